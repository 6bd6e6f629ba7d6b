"""Event-type classifier: CASE 2021 / ACLED sub-event types for a sentence or short paragraph.

A linear model (one-vs-rest linear SVM, margins turned into probabilities by a softmax)
over three feature blocks:
TF-IDF word n-grams, TF-IDF character n-grams, and binary *cues* from a hand-written
English/French trigger lexicon (``data/lexicon/classifier_cues.yaml``). Cues are
language-independent concepts, so what the model learns about them on English text
carries over to French. The shipped model is a compressed ``.npz`` of plain arrays
(vocabularies, idf weights, coefficients): no pickle, no scikit-learn version lock.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import yaml
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

from sahelwatch.extract.taxonomy import acled_types, is_acled_label
from sahelwatch.geo.normalize import strip_accents
from sahelwatch.read.prefilter import may_match, required_literals

MODEL_FORMAT = 2  # 2: weights quantised to int8 per class (keeps the shipped file small)
DEFAULT_MODEL_NAME = "event_classifier.npz"
CUES_NAME = "classifier_cues.yaml"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# the words that must be in a text for a means to be named only as a person's trade or a suspect's deed
_IDLE_MEANS_WORDS = ("bomb", "blast", "explos", "ied", "i.e.d", "engin", "eei", "artefa")


@dataclass(frozen=True)
class ModelConfig:
    """Hyper-parameters of the features and the linear model."""

    word_ngrams: tuple[int, int] = (1, 2)
    char_ngrams: tuple[int, int] = (3, 5)
    word_min_df: int = 1
    char_min_df: int = 2
    word_weight: float = 1.0
    char_weight: float = 1.5  # with the codebook seed sentences: +0.005 CV weighted F1 over 10 fold seeds
    cue_weight: float = 0.5
    C: float = 0.5
    class_weight: str | None = "balanced"
    estimator: str = "svm"  # "logreg" (multinomial logistic regression) or "svm" (linear SVM)
    svm_scale: float = 6.0  # SVM margins times this go into the softmax (calibrated by 5-fold CV log-loss)


@dataclass
class Prediction:
    """The classifier's decision for one text."""

    label: str  # CASE 2021 code
    probability: float
    event_type: str | None  # ACLED event type, None for non-ACLED labels
    sub_event_type: str | None
    scores: dict[str, float] = field(default_factory=dict)  # probability of every label


def is_conflict_event(prediction: Prediction) -> bool:
    """Whether a prediction is one of the 25 ACLED sub-event types (not crime, disaster, ...)."""
    return is_acled_label(prediction.label)


def normalize_text(text: str) -> str:
    """Lower-case, strip accents, replace digits by ``0`` and squeeze whitespace."""
    stripped = strip_accents(text.lower()).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(_NUMBER.sub("0", stripped).split())


@lru_cache(maxsize=1)
def _idle_means_patterns() -> tuple[re.Pattern[str], ...]:
    data = yaml.safe_load(package_data_file("lexicon", CUES_NAME).read_text("utf-8"))
    return tuple(re.compile(p, re.I) for p in data.get("idle_means", ()))


def without_idle_means(text: str) -> str:
    """The text with a means of violence blanked where it names no means used but a person's trade ("an
    explosives expert", "bomb maker") or the earlier deed a suspect is named by ("a militant suspected of
    ordering the Volgograd bombing", "the Kaya blast suspect"): the lexicon's ``idle_means`` (group ``m``).
    A killing or an arrest of such a man is no bombing."""
    lowered = text.lower()
    if not any(word in lowered for word in _IDLE_MEANS_WORDS):
        return text
    for rx in _idle_means_patterns():
        text = rx.sub(_blank_means, text)
    return text


def _blank_means(match: re.Match[str]) -> str:
    start, end = match.start("m") - match.start(), match.end("m") - match.start()
    whole = match.group(0)
    return whole[:start] + " " * (end - start) + whole[end:]


def _cue_text(text: str) -> str:
    """Text for cue matching: like ``normalize_text`` but numbers kept."""
    return " ".join(strip_accents(text.lower()).replace("\u2019", "'").split())


class CueMatcher:
    """Binary concept features from the trigger lexicon, plus their conjunctions."""

    def __init__(self, cues: dict[str, list[str]], combos: dict[str, list[str]]):
        self.cue_names = sorted(cues)
        self.patterns = [_compile_cue(cues[name]) for name in self.cue_names]
        self.needs = [required_literals(p.pattern) for p in self.patterns]
        index = {name: i for i, name in enumerate(self.cue_names)}
        unknown = {part for parts in combos.values() for part in parts} - set(index)
        if unknown:
            raise ValueError(f"combos refer to unknown cues: {sorted(unknown)}")
        self.combo_names = sorted(combos)
        self.combos = [[index[part] for part in combos[name]] for name in self.combo_names]

    @classmethod
    def from_yaml(cls, path: Path | None = None) -> CueMatcher:
        """Load the lexicon (the packaged one by default)."""
        text = path.read_text("utf-8") if path else package_data_file("lexicon", CUES_NAME).read_text("utf-8")
        data = yaml.safe_load(text)
        return cls(data["cues"], data.get("combos", {}))

    @property
    def feature_names(self) -> list[str]:
        return [f"cue:{n}" for n in self.cue_names] + [f"combo:{n}" for n in self.combo_names]

    def fired(self, text: str) -> list[str]:
        """Names of the cues and combos that fire on a text (for explanations and debugging)."""
        row = self._row(_cue_text(without_idle_means(text)))
        return [name for name, on in zip(self.feature_names, row, strict=True) if on]

    def _row(self, cue_text: str) -> list[bool]:
        pairs = zip(self.needs, self.patterns, strict=True)
        hits = [may_match(needs, cue_text) and p.search(cue_text) is not None for needs, p in pairs]
        return hits + [all(hits[i] for i in parts) for parts in self.combos]

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """A binary (n_texts, n_features) matrix."""
        rows, cols = [], []
        for r, text in enumerate(texts):
            for c, on in enumerate(self._row(_cue_text(text))):
                if on:
                    rows.append(r)
                    cols.append(c)
        shape = (len(texts), len(self.feature_names))
        return sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)


def _compile_cue(patterns: list[str]) -> re.Pattern:
    """One regex for a cue; a leading ``\\b`` shared by the alternatives is factored out (faster)."""
    bounded = [p[2:] for p in patterns if p.startswith(r"\b")]
    others = [p for p in patterns if not p.startswith(r"\b")]
    parts = [r"\b(?:" + "|".join(bounded) + ")"] if bounded else []
    return re.compile("|".join(parts + [f"(?:{p})" for p in others]))


def package_data_file(*parts: str):
    """A file shipped under ``sahelwatch/data``."""
    return resources.files("sahelwatch.data").joinpath(*parts)


def make_vectorizers(config: ModelConfig) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    """Unfitted word and character TF-IDF vectorizers for a configuration."""
    word = TfidfVectorizer(
        preprocessor=normalize_text,
        ngram_range=config.word_ngrams,
        min_df=config.word_min_df,
        sublinear_tf=True,
        token_pattern=r"(?u)\b\w[\w'-]*\b",
    )
    char = TfidfVectorizer(
        preprocessor=normalize_text,
        analyzer="char_wb",
        ngram_range=config.char_ngrams,
        min_df=config.char_min_df,
        sublinear_tf=True,
    )
    return word, char


@dataclass
class LinearModel:
    """Everything needed to score texts: fitted vectorizers, cue matcher and weights."""

    config: ModelConfig
    word: TfidfVectorizer
    char: TfidfVectorizer
    cues: CueMatcher
    classes: list[str]
    coef: np.ndarray  # (n_classes, n_features)
    intercept: np.ndarray  # (n_classes,)

    def features(self, texts: list[str]) -> sparse.csr_matrix:
        """The stacked, weighted feature matrix of some texts."""
        cfg = self.config
        texts = [without_idle_means(t) for t in texts]
        blocks = [
            self.word.transform(texts) * cfg.word_weight,
            self.char.transform(texts) * cfg.char_weight,
            self.cues.transform(texts) * cfg.cue_weight,
        ]
        return sparse.hstack(blocks, format="csr")

    def probabilities(self, texts: list[str]) -> np.ndarray:
        """Softmax class probabilities, shape (n_texts, n_classes)."""
        logits = np.asarray(self.features(texts) @ self.coef.T) + self.intercept
        if self.config.estimator == "svm":
            logits *= self.config.svm_scale
        logits -= logits.max(axis=1, keepdims=True)
        exp = np.exp(logits)
        return exp / exp.sum(axis=1, keepdims=True)

    def save(self, path: Path) -> None:
        """Write the model as a compressed npz of plain arrays."""
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = {"format": MODEL_FORMAT, "config": asdict(self.config), "cues": self.cues.feature_names}
        quantised, scale = quantise(self.coef)
        np.savez_compressed(
            path,
            meta=np.array(json.dumps(meta)),
            classes=np.array(self.classes),
            word_vocab=_vocab_array(self.word),
            word_idf=self.word.idf_.astype(np.float32),
            char_vocab=_vocab_array(self.char),
            char_idf=self.char.idf_.astype(np.float32),
            coef=quantised,
            coef_scale=scale,
            intercept=self.intercept.astype(np.float32),
        )

    @classmethod
    def load(cls, path: Path, cues: CueMatcher | None = None) -> LinearModel:
        """Read a model written by ``save``."""
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            if meta.get("format") != MODEL_FORMAT:
                raise ValueError(f"{path}: unsupported model format {meta.get('format')!r}")
            raw = meta["config"]
            config = ModelConfig(**{k: tuple(v) if isinstance(v, list) else v for k, v in raw.items()})
            cues = cues or CueMatcher.from_yaml()
            if cues.feature_names != meta["cues"]:
                raise ValueError(f"{path}: trained with a different cue lexicon; retrain the model")
            word, char = make_vectorizers(config)
            _restore(word, data["word_vocab"], data["word_idf"])
            _restore(char, data["char_vocab"], data["char_idf"])
            return cls(
                config=config,
                word=word,
                char=char,
                cues=cues,
                classes=[str(c) for c in data["classes"]],
                coef=data["coef"].astype(np.float64) * data["coef_scale"].astype(np.float64),
                intercept=data["intercept"].astype(np.float64),
            )


def quantise(coef: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 weights and one float scale per class (row): 127 levels of each class's largest weight."""
    scale = np.abs(coef).max(axis=1, keepdims=True) / 127.0
    scale[scale == 0] = 1.0
    return np.round(coef / scale).astype(np.int8), scale.astype(np.float32)


def _vocab_array(vectorizer: TfidfVectorizer) -> np.ndarray:
    terms = [""] * len(vectorizer.vocabulary_)
    for term, index in vectorizer.vocabulary_.items():
        terms[index] = term
    return np.array(terms)


def _restore(vectorizer: TfidfVectorizer, vocab: np.ndarray, idf: np.ndarray) -> None:
    vectorizer.vocabulary_ = {str(term): i for i, term in enumerate(vocab)}
    vectorizer.idf_ = idf.astype(np.float64)


def default_model_path() -> Path:
    """The packaged model file."""
    return Path(str(package_data_file("models", DEFAULT_MODEL_NAME)))


class EventClassifier:
    """Predicts the CASE 2021 / ACLED event type of sentences and short paragraphs."""

    def __init__(self, model: LinearModel):
        self.model = model

    @classmethod
    def load(cls, path: str | Path | None = None) -> EventClassifier:
        """The classifier stored at ``path`` (default: the packaged model); cached per path."""
        return _load_cached(str(Path(path).resolve()) if path else str(default_model_path()))

    @property
    def labels(self) -> list[str]:
        return list(self.model.classes)

    def predict(self, texts: list[str], lang: str = "en") -> list[Prediction]:
        """One prediction per text. ``lang`` is informational: cues cover English and French."""
        if not texts:
            return []
        probs = self.model.probabilities(list(texts))
        return [self._prediction(row) for row in probs]

    def predict_one(self, text: str, lang: str = "en") -> Prediction:
        """The prediction for a single text."""
        return self.predict([text], lang=lang)[0]

    def _prediction(self, row: np.ndarray) -> Prediction:
        best = int(row.argmax())
        label = self.model.classes[best]
        types = acled_types(label)
        return Prediction(
            label=label,
            probability=float(row[best]),
            event_type=types[0] if types else None,
            sub_event_type=types[1] if types else None,
            scores={c: float(p) for c, p in zip(self.model.classes, row, strict=True)},
        )


@lru_cache(maxsize=4)
def _load_cached(path: str) -> EventClassifier:
    if not Path(path).is_file():
        raise FileNotFoundError(
            f"event classifier model not found: {path} (run `python -m sahelwatch.extract.train_classifier`)"
        )
    return EventClassifier(LinearModel.load(Path(path)))
