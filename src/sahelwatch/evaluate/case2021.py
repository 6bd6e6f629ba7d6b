"""CASE 2021 Task 2 evaluation: fine-grained event classification of news snippets.

Scores as the shared task did: "ACLED" figures use only the gold items whose gold label is
one of the 25 ACLED sub-event types (a prediction of another label counts as an error);
"all labels" figures use every item.
"""

from __future__ import annotations

import csv
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.metrics import f1_score, precision_recall_fscore_support

from sahelwatch.extract.taxonomy import ACLED_LABELS


class SnippetFileError(ValueError):
    """A malformed snippet TSV; the message names file and line."""


@dataclass
class Snippet:
    id: str
    text: str
    gold: str | None = None


@dataclass
class Scores:
    """F1 figures on the ACLED subset and on all labels, with per-label detail."""

    n_all: int
    n_acled: int
    weighted_f1_acled: float
    macro_f1_acled: float
    weighted_f1_all: float
    macro_f1_all: float
    accuracy_all: float
    per_label: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> predicted -> count

    def summary(self) -> str:
        return (
            f"ACLED-25 weighted F1 {self.weighted_f1_acled:.3f} macro {self.macro_f1_acled:.3f} "
            f"(n={self.n_acled}); all labels weighted F1 {self.weighted_f1_all:.3f} "
            f"macro {self.macro_f1_all:.3f} accuracy {self.accuracy_all:.3f} (n={self.n_all})"
        )

    def as_dict(self) -> dict:
        return {
            "n_all": self.n_all,
            "n_acled": self.n_acled,
            "weighted_f1_acled": self.weighted_f1_acled,
            "macro_f1_acled": self.macro_f1_acled,
            "weighted_f1_all": self.weighted_f1_all,
            "macro_f1_all": self.macro_f1_all,
            "accuracy_all": self.accuracy_all,
            "per_label": self.per_label,
            "confusion": self.confusion,
        }


def read_snippets(path: Path, require_gold: bool = False) -> list[Snippet]:
    """Rows of a TSV with columns ``id`` and ``EventSnippet`` (and optionally ``SubType``)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header is None:
            raise SnippetFileError(f"{path}:1: empty file")
        columns = {name.strip(): i for i, name in enumerate(header)}
        missing = {"id", "EventSnippet"} - set(columns) | (
            {"SubType"} - set(columns) if require_gold else set()
        )
        if missing:
            raise SnippetFileError(f"{path}:1: missing column(s) {', '.join(sorted(missing))}")
        return [
            _snippet(path, reader.line_num, row, columns) for row in reader if any(c.strip() for c in row)
        ]


def classify_file(path: Path, model_path: Path | None = None) -> list[tuple[str, str]]:
    """(id, CASE label) for every row of a TSV with ``id`` and ``EventSnippet`` columns."""
    from sahelwatch.extract.classify import EventClassifier

    snippets = read_snippets(path)
    predictions = EventClassifier.load(model_path).predict([s.text for s in snippets])
    return [(s.id, p.label) for s, p in zip(snippets, predictions, strict=True)]


def _snippet(path: Path, line: int, row: list[str], columns: dict[str, int]) -> Snippet:
    while len(row) > len(columns) and not row[-1].strip():
        row = row[:-1]  # trailing tabs
    needed = max(columns["id"], columns["EventSnippet"]) + 1
    if len(row) > len(columns) or len(row) < needed:
        raise SnippetFileError(f"{path}:{line}: expected {len(columns)} tab-separated fields, got {len(row)}")
    if not row[columns["id"]].strip():
        raise SnippetFileError(f"{path}:{line}: empty id")
    has_gold = "SubType" in columns and columns["SubType"] < len(row)
    gold = row[columns["SubType"]].strip() if has_gold else None
    return Snippet(id=row[columns["id"]].strip(), text=row[columns["EventSnippet"]], gold=gold or None)


def write_labels(path: Path, ids: list[str], labels: list[str]) -> None:
    """Write ``id<TAB>label`` rows under a header."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("id\tlabel\n")
        for snippet_id, label in zip(ids, labels, strict=True):
            handle.write(f"{snippet_id}\t{label}\n")


def score(gold: list[str], predicted: list[str]) -> Scores:
    """CASE 2021 Task 2 figures for aligned gold and predicted labels."""
    acled = [i for i, g in enumerate(gold) if g in ACLED_LABELS]
    acled_gold = [gold[i] for i in acled]
    acled_pred = [predicted[i] for i in acled]
    present = sorted(set(acled_gold))
    all_present = sorted(set(gold))
    return Scores(
        n_all=len(gold),
        n_acled=len(acled),
        weighted_f1_acled=_f1(acled_gold, acled_pred, present, "weighted"),
        macro_f1_acled=_f1(acled_gold, acled_pred, present, "macro"),
        weighted_f1_all=_f1(gold, predicted, all_present, "weighted"),
        macro_f1_all=_f1(gold, predicted, all_present, "macro"),
        accuracy_all=sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1),
        per_label=_per_label(gold, predicted, all_present),
        confusion=_confusion(gold, predicted),
    )


def _f1(gold: list[str], predicted: list[str], labels: list[str], average: str) -> float:
    if not gold:
        return 0.0
    return float(f1_score(gold, predicted, labels=labels, average=average, zero_division=0))


def _per_label(gold: list[str], predicted: list[str], labels: list[str]) -> dict[str, dict[str, float]]:
    p, r, f, support = precision_recall_fscore_support(gold, predicted, labels=labels, zero_division=0)
    return {
        label: {
            "precision": float(p[i]),
            "recall": float(r[i]),
            "f1": float(f[i]),
            "support": int(support[i]),
        }
        for i, label in enumerate(labels)
    }


def _confusion(gold: list[str], predicted: list[str]) -> dict[str, dict[str, int]]:
    table: dict[str, Counter] = {}
    for g, p in zip(gold, predicted, strict=True):
        table.setdefault(g, Counter())[p] += 1
    return {g: dict(sorted(c.items())) for g, c in sorted(table.items())}


def text_fingerprint(text: str) -> str:
    """A short hash of a snippet's whitespace-normalised text."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def training_overlap(snippets: list[Snippet], training_texts: list[str]) -> int:
    """How many snippets also occur (same text) in the training data."""
    seen = {text_fingerprint(t) for t in training_texts}
    return sum(text_fingerprint(s.text) in seen for s in snippets)


def evaluate_file(path: Path, cv: int = 0, model_path: Path | None = None) -> tuple[Scores, int]:
    """Score a gold TSV: the shipped model's predictions, or a ``cv``-fold estimate retraining per fold.

    Returns the scores and how many snippets overlap the shipped model's training data
    (0 for cross-validation, where every prediction is out-of-fold).
    """
    snippets = read_snippets(path, require_gold=True)
    unlabelled = [s.id for s in snippets if not s.gold]
    if unlabelled:
        raise SnippetFileError(f"{path}: {len(unlabelled)} row(s) without SubType, e.g. id {unlabelled[0]}")
    texts = [s.text for s in snippets]
    gold = [s.gold or "" for s in snippets]
    if cv:
        from sahelwatch.extract.train_classifier import cross_val_predict

        return score(gold, cross_val_predict(texts, gold, cv)), 0
    from sahelwatch.extract.classify import EventClassifier
    from sahelwatch.extract.train_classifier import DEFAULT_DEV, load_labelled_tsv, load_seed

    predicted = [p.label for p in EventClassifier.load(model_path).predict(texts)]
    training = load_seed()[0] + (load_labelled_tsv(DEFAULT_DEV)[1] if DEFAULT_DEV.is_file() else [])
    return score(gold, predicted), training_overlap(snippets, training)


def confusion_rows(scores: Scores, limit: int = 40) -> list[tuple[str, str, int]]:
    """The most frequent (gold, predicted, count) errors."""
    errors = [(g, p, n) for g, row in scores.confusion.items() for p, n in row.items() if g != p]
    return sorted(errors, key=lambda e: (-e[2], e[0], e[1]))[:limit]


def format_report(scores: Scores, overlap: int = 0, cv: int = 0) -> str:
    """A plain-text report: the F1 figures, a warning on training overlap, and the main confusions."""
    lines = []
    if cv:
        lines.append(f"{cv}-fold cross-validated estimate (model retrained per fold)")
    elif overlap:
        lines.append(
            f"WARNING: {overlap} of {scores.n_all} snippets are in the shipped model's training data; "
            "these figures are optimistic (use --cv 5 for a cross-validated estimate)"
        )
    lines += [
        f"ACLED 25 types  (n={scores.n_acled}): weighted F1 {scores.weighted_f1_acled:.3f}  "
        f"macro F1 {scores.macro_f1_acled:.3f}",
        f"all labels      (n={scores.n_all}): weighted F1 {scores.weighted_f1_all:.3f}  "
        f"macro F1 {scores.macro_f1_all:.3f}  accuracy {scores.accuracy_all:.3f}",
        "",
        f"{'label':32} {'prec':>5} {'rec':>5} {'f1':>5} {'n':>4}",
    ]
    for label, row in scores.per_label.items():
        lines.append(
            f"{label:32} {row['precision']:5.2f} {row['recall']:5.2f} {row['f1']:5.2f} {row['support']:4d}"
        )
    errors = confusion_rows(scores)
    if errors:
        lines += ["", f"{'gold':32} {'predicted':32} {'n':>4}"]
        lines += [f"{g:32} {p:32} {n:4d}" for g, p, n in errors]
    return "\n".join(lines)
