"""Train the shipped event-type classifier.

``python -m sahelwatch.extract.train_classifier`` regenerates
``src/sahelwatch/data/models/event_classifier.npz`` from the CASE 2021 Task 2 dev split
(``../shared/data/case2021-task2/dev.tsv``) plus the hand-written seed sentences in
``data/lexicon/classifier_seed.tsv`` (English and French examples for rare classes).
``--cv 5`` also prints the stratified cross-validated estimate on dev, seed sentences
being used only in the training folds.
"""

from __future__ import annotations

import argparse
import csv
from dataclasses import replace
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.svm import LinearSVC

from sahelwatch.extract.classify import (
    CueMatcher,
    LinearModel,
    ModelConfig,
    make_vectorizers,
    package_data_file,
)
from sahelwatch.extract.taxonomy import ALL_LABELS

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DEV = REPO_ROOT / ".." / "shared" / "data" / "case2021-task2" / "dev.tsv"
DEFAULT_OUTPUT = REPO_ROOT / "src" / "sahelwatch" / "data" / "models" / "event_classifier.npz"
SEED_NAME = "classifier_seed.tsv"
SHIPPED_CONFIG = ModelConfig()


def load_seed(path: Path | None = None) -> tuple[list[str], list[str]]:
    """The synthetic seed sentences: (texts, labels). File columns: label, text."""
    text = path.read_text("utf-8") if path else package_data_file("lexicon", SEED_NAME).read_text("utf-8")
    texts, labels = [], []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        label, _, sentence = line.partition("\t")
        if label not in ALL_LABELS or not sentence.strip():
            raise ValueError(f"{path or SEED_NAME}:{number}: bad seed line (want LABEL<TAB>text)")
        texts.append(sentence.strip())
        labels.append(label)
    return texts, labels


def load_labelled_tsv(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(ids, texts, labels) from a CASE 2021 TSV with id, EventSnippet and SubType columns."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r["id"] for r in rows], [r["EventSnippet"] for r in rows], [r["SubType"] for r in rows]


def fit_model(
    texts: list[str], labels: list[str], config: ModelConfig = SHIPPED_CONFIG, cues: CueMatcher | None = None
) -> LinearModel:
    """Fit vectorizers and the logistic regression on labelled texts."""
    word, char = make_vectorizers(config)
    word.fit(texts)
    char.fit(texts)
    model = LinearModel(config, word, char, cues or CueMatcher.from_yaml(), [], np.zeros(0), np.zeros(0))
    features = model.features(texts)
    regression = _estimator(config)
    regression.fit(features, labels)
    model.classes = [str(c) for c in regression.classes_]
    model.coef = regression.coef_
    model.intercept = regression.intercept_
    return model


def _estimator(config: ModelConfig) -> LogisticRegression | LinearSVC:
    if config.estimator == "svm":
        return LinearSVC(C=config.C, class_weight=config.class_weight, max_iter=5000, random_state=0)
    if config.estimator == "logreg":
        return LogisticRegression(C=config.C, class_weight=config.class_weight, max_iter=3000)
    raise ValueError(f"unknown estimator {config.estimator!r}")


def cross_val_predict(
    texts: list[str],
    labels: list[str],
    folds: int = 5,
    config: ModelConfig = SHIPPED_CONFIG,
    seed: tuple[list[str], list[str]] | None = None,
    random_state: int = 0,
) -> list[str]:
    """Out-of-fold predictions; seed examples are added to every training fold only."""
    seed_texts, seed_labels = seed if seed is not None else load_seed()
    cues = CueMatcher.from_yaml()
    predictions = [""] * len(texts)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=random_state)
    for train_index, test_index in splitter.split(texts, _stratifiable(labels, folds)):
        train_texts = [texts[i] for i in train_index] + seed_texts
        train_labels = [labels[i] for i in train_index] + seed_labels
        model = fit_model(train_texts, train_labels, config, cues)
        probs = model.probabilities([texts[i] for i in test_index])
        for i, row in zip(test_index, probs, strict=True):
            predictions[i] = model.classes[int(row.argmax())]
    return predictions


def _stratifiable(labels: list[str], folds: int) -> list[str]:
    """Labels for stratification: items of classes rarer than ``folds`` join the largest class."""
    counts = {label: labels.count(label) for label in set(labels)}
    largest = max(counts, key=lambda label: (counts[label], label))
    return [label if counts[label] >= folds else largest for label in labels]


def train_and_save(dev: Path = DEFAULT_DEV, output: Path = DEFAULT_OUTPUT) -> LinearModel:
    """Train on all of dev plus the seed sentences and write the model file."""
    _, texts, labels = load_labelled_tsv(dev)
    seed_texts, seed_labels = load_seed()
    model = fit_model(texts + seed_texts, labels + seed_labels)
    model.save(output)
    return model


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEFAULT_DEV, help="CASE 2021 dev TSV")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="model file to write")
    parser.add_argument("--cv", type=int, default=0, help="also print a K-fold CV estimate on dev")
    args = parser.parse_args(argv)
    model = train_and_save(args.dev, args.output)
    print(f"wrote {args.output} ({len(model.classes)} labels, {model.coef.shape[1]} features)")
    if args.cv:
        from sahelwatch.evaluate.case2021 import score

        _, texts, labels = load_labelled_tsv(args.dev)
        report = score(labels, cross_val_predict(texts, labels, args.cv))
        print(f"{args.cv}-fold CV: {report.summary()}")


def with_overrides(config: ModelConfig, **changes) -> ModelConfig:
    """A copy of a configuration with some fields changed (for tuning)."""
    return replace(config, **changes)


if __name__ == "__main__":
    main()
