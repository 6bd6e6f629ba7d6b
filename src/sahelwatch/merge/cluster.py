"""Cluster mentions into incidents, independently of the order they arrived in.

Two steps: the *components* of the link graph (an edge wherever a blocked candidate pair's
``pair_score`` reaches ``LINK_THRESHOLD``), then inside each component a constrained
average-linkage agglomeration (``agglomerate``): never across a vetoed pair, and across a
weak average only when a link bridges two clusters with no real evidence against them.
Both steps see mentions sorted by their stable ``sort_key`` and break ties by it, so the
result depends only on the set of mentions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from sahelwatch.merge.features import MergeKey
from sahelwatch.merge.score import LINK_THRESHOLD, MAX_CONFLICT, is_candidate, pair_evidence, pair_score


def components(
    keys: list[MergeKey], neighbours: Callable[[MergeKey], Iterable[MergeKey]]
) -> list[list[MergeKey]]:
    """Connected components of the link graph, found from each key's scored neighbours."""
    by_id = {k.mention_id: k for k in keys}
    parent = {i: i for i in by_id}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for key in keys:
        for other in neighbours(key):
            if other.mention_id in parent:
                parent[find(key.mention_id)] = find(other.mention_id)
    groups: dict[int, list[MergeKey]] = {}
    for i, key in by_id.items():
        groups.setdefault(find(i), []).append(key)
    return sorted((sorted(g, key=lambda k: k.sort_key) for g in groups.values()), key=lambda g: g[0].sort_key)


def is_linked(a: MergeKey, b: MergeKey) -> bool:
    """An edge of the link graph: a blocked candidate pair scoring at least the threshold."""
    return is_candidate(a, b) and pair_score(a, b) >= LINK_THRESHOLD


def evidence_matrices(keys: list[MergeKey]) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric matrices of pair scores and pair conflicts (diagonals 0)."""
    n = len(keys)
    scores, conflicts = np.zeros((n, n)), np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            scores[i, j], conflicts[i, j] = pair_evidence(keys[i], keys[j])
            scores[j, i], conflicts[j, i] = scores[i, j], conflicts[i, j]
    return scores, conflicts


def agglomerate(keys: list[MergeKey]) -> list[list[MergeKey]]:
    """Clusters of one component, deterministic and veto-respecting.

    Two clusters may join when no pair between them is vetoed and either their average pair
    score reaches the threshold, or one pair links them and no pair between them has more
    than ``MAX_CONFLICT`` evidence against (a vague report bridged by a precise one). The
    best average joins first. Sums, maxima, minima and vetoes between clusters are updated
    in place, so a component of n mentions costs O(n^2) numpy work per step.
    """
    keys = sorted(keys, key=lambda k: k.sort_key)
    if len(keys) < 2:
        return [keys] if keys else []
    scores, conflicts = evidence_matrices(keys)
    state = _ClusterState(scores, conflicts)
    while (pair := state.best_pair()) is not None:
        state.join(*pair)
    return [[keys[i] for i in sorted(state.members[c])] for c in np.flatnonzero(state.alive)]


class _ClusterState:
    """Between-cluster statistics of an agglomeration in progress."""

    def __init__(self, scores: np.ndarray, conflicts: np.ndarray):
        n = len(scores)
        self.vetoes = np.isneginf(scores)
        self.sums = np.where(self.vetoes, 0.0, scores)
        self.maxima = np.where(self.vetoes, -np.inf, scores)
        self.conflicts = np.where(self.vetoes, -np.inf, conflicts)
        self.sizes = np.ones(n)
        self.alive = np.ones(n, dtype=bool)
        self.members: list[list[int]] = [[i] for i in range(n)]

    def best_pair(self) -> tuple[int, int] | None:
        """The joinable pair of live clusters with the highest average (lowest indices on ties)."""
        averages = self.sums / np.outer(self.sizes, self.sizes)
        bridged = (self.maxima >= LINK_THRESHOLD) & (self.conflicts >= MAX_CONFLICT)
        allowed = np.triu(~self.vetoes & ((averages >= LINK_THRESHOLD) | bridged), k=1)
        allowed &= self.alive[:, None] & self.alive[None, :]
        if not allowed.any():
            return None
        flat = int(np.argmax(np.where(allowed, averages, -np.inf)))
        return divmod(flat, len(self.sizes))

    def join(self, a: int, b: int) -> None:
        for matrix, combine in ((self.sums, np.add), (self.maxima, np.maximum), (self.conflicts, np.minimum)):
            matrix[a, :] = combine(matrix[a, :], matrix[b, :])
            matrix[:, a] = combine(matrix[:, a], matrix[:, b])
        self.vetoes[a, :] |= self.vetoes[b, :]
        self.vetoes[:, a] |= self.vetoes[:, b]
        self.sizes[a] += self.sizes[b]
        self.alive[b] = False
        self.members[a] += self.members[b]


def cluster_keys(keys: list[MergeKey]) -> list[list[MergeKey]]:
    """All clusters of a set of keys in memory: link-graph components, then agglomeration."""

    def neighbours(key: MergeKey) -> list[MergeKey]:
        return [other for other in keys if other is not key and is_linked(key, other)]

    clusters = [c for comp in components(keys, neighbours) for c in agglomerate(comp)]
    return sorted(clusters, key=lambda c: c[0].sort_key)
