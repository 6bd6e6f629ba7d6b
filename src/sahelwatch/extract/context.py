"""The extractor's configuration and the lookups every step shares: the event classifier, which sentence
holds a span, whether a sentence carries its own date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from sahelwatch.extract.classify import EventClassifier, Prediction
from sahelwatch.extract.dates import DateExpr
from sahelwatch.extract.drafts import ArticleContext
from sahelwatch.extract.numbers import lexicon_pattern
from sahelwatch.extract.taxonomy import acled_types
from sahelwatch.models import Article
from sahelwatch.read.sentences import Sentence

EXTRACTOR_VERSION = "0.1.0"
BACKGROUND_DAYS = 60  # a cumulative count dated this long before publication is context, not an event


@dataclass
class ExtractionConfig:
    """Thresholds of the extractor (tuned on the UCDP-AEC dev split)."""

    min_event_probability: float = 0.35  # classifier probability for a sentence to report an event
    min_nonviolent_probability: float = 0.4  # protests, riots and strategic developments: no cue backs them
    max_sentences: int = 400  # very long pages: read the first N sentences only
    consolidate_days: int = 0  # sentences whose dates differ by at most this are one incident


@cache
def classifier() -> EventClassifier:
    return EventClassifier.load()


def parse_published(article: Article) -> date | None:
    """The publication day, or None when unknown or unparsable."""
    try:
        return date.fromisoformat(article.published_date) if article.published_date else None
    except ValueError:
        return None


def own_date(ctx: ArticleContext, sentence: Sentence) -> bool:
    return any(in_sentence(d.start, d.end, sentence) for d in ctx.dates)


def in_sentence(start: int, end: int, sentence: Sentence) -> bool:
    return sentence.start <= start and end <= sentence.end


def sentence_holding(ctx: ArticleContext, expr: DateExpr) -> Sentence | None:
    """The sentence a date expression lies in."""
    return next((s for s in ctx.sentences if in_sentence(expr.start, expr.end, s)), None)


def sentence_of(ctx: ArticleContext, offset: int) -> Sentence | None:
    """The sentence a character offset lies in."""
    return next((s for s in ctx.sentences if s.start <= offset < s.end), None)


def previous_text(ctx: ArticleContext, sentence: Sentence) -> str:
    """The text of the sentence before ``sentence`` in its paragraph ("" for a paragraph's first)."""
    before = [s for s in ctx.sentences if s.end <= sentence.start]
    if not before or "\n" in ctx.article.text[before[-1].end : sentence.start]:
        return ""
    return before[-1].text


def march_told(ctx: ArticleContext, sentence: Sentence) -> bool:
    """True when a crowd's march is told as a deed with its aim ("des milliers de personnes ont marché samedi
    à Niamey pour exiger ..."), which the classifier, unsure, may read as anything."""
    return marched_text(ctx, sentence.text)


def marched_text(ctx: ArticleContext, text: str) -> bool:
    """``march_told`` on a text (lexicon ``protest_deed`` and ``protest_aim``)."""
    deed = lexicon_pattern(ctx.lang, "protest_deed", r"\b(?:{})(?![\w’'])")
    aim = lexicon_pattern(ctx.lang, "protest_aim", r"\b(?:{})\b")
    if deed is None or aim is None:
        return False
    return bool(deed.search(text) and aim.search(text))


def as_label(prediction: Prediction, label: str) -> Prediction:
    """The prediction relabelled, with the label's own score."""
    event_type, sub_event_type = acled_types(label)  # type: ignore[misc]
    return Prediction(label, prediction.scores.get(label, 0.0), event_type, sub_event_type, prediction.scores)


def relabelled(prediction: Prediction, label: str) -> Prediction:
    """The prediction relabelled, keeping its own certainty (the sentence's words, not the label's score,
    decided the label)."""
    return replace(as_label(prediction, label), probability=prediction.probability)


AIR_STRIKE = "Air/drone strike"


COUNTRY_PREC = 6  # the where precision of a place that is only a country


REMOTE_MEANS = {
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Chemical weapon",
}
SURE_MEANS = 0.8  # a means the classifier is sure of
CONFIDENT_MEANS = 0.35  # a weak guess of the means ("Bilan : six tués" as an IED) does not split an incident


WEEK_PREC = 3  # UCDP date_prec of a week (a month is 4); "in the past 48 hours" is no such period
