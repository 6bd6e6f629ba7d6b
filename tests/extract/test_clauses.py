"""A crowd's reaction and the killing it reacts to, told in one sentence (illustrative sentences)."""

from sahelwatch.extract.clauses import reaction_clauses
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.models import Article
from sahelwatch.read.sentences import Sentence


def _protest_cue(text: str) -> list[str]:
    return ["cue:protest"] if "protest" in text or "manifest" in text else []


def _split(text: str, lang: str = "en", anchored: bool = True) -> list[str]:
    parts = reaction_clauses(Sentence(0, len(text), text), lang, _protest_cue, lambda start, end: anchored)
    return [p.text for p in parts]


def test_a_protest_after_a_killing_is_two_clauses():
    text = "Residents protested in Niamey on Friday after gunmen killed five villagers in Téra on Thursday."
    assert _split(text) == ["Residents protested in Niamey on Friday ",
                            "after gunmen killed five villagers in Téra on Thursday."]
    french = ("Des habitants ont manifesté vendredi à Niamey après que des hommes armés ont tué cinq "
              "villageois.")
    assert len(_split(french, "fr")) == 2


def test_no_split_without_a_protest_with_deaths_on_both_sides_or_without_a_place_or_date():
    assert len(_split("Soldiers killed ten militants after they attacked a post in Djibo on Monday.")) == 1
    assert len(_split("Two protesters were killed in Niamey after police killed a driver.")) == 1
    assert len(_split("Residents protested in Niamey after the governor resigned.")) == 1
    recalled = "Supporters took to the streets to protest, which began after the president was killed."
    assert len(_split(recalled, anchored=False)) == 1


def test_the_protest_and_the_killing_keep_their_own_town_and_day():
    text = ("(Illustrative) Hundreds of residents protested in Niamey on Friday after gunmen killed five "
            "villagers in Tera on Thursday. The protesters demanded more soldiers in the region.")
    article = Article(id="t-1", text=text, raw_text=text, published="2024-05-11", language="en")
    mentions = extract_article(article)
    found = sorted((m.sub_event_type, m.place.name, m.date.event_date, m.fatalities.best) for m in mentions)
    assert found == [("Attack", "Téra", "2024-05-09", 5), ("Peaceful protest", "Niamey", "2024-05-10", 0)]
