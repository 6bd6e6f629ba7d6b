"""A crowd's reaction and the killing it reacts to, told in one sentence (illustrative sentences)."""

import pytest

from sahelwatch.extract.clauses import dated_clauses, reaction_clauses
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



def test_a_protest_for_the_release_of_abducted_people_is_two_clauses():
    text = "Hundreds protested in Maiduguri on Saturday to demand the release of 14 women abducted at Dikwa."
    assert _split(text) == ["Hundreds protested in Maiduguri on Saturday ",
                            "to demand the release of 14 women abducted at Dikwa."]
    # the aim that reads as a protest stays with the protest's clause
    french = ("Des centaines de personnes ont manifesté samedi à Maiduguri pour exiger la libération de 14 "
              "femmes enlevées près de Dikwa.")
    def fired(text: str) -> list[str]:
        return ["cue:protest"] if "manifest" in text or "exiger la libération" in text else []
    parts = reaction_clauses(Sentence(0, len(french), french), "fr", fired, lambda start, end: True)
    assert parts[1].text == " 14 femmes enlevées près de Dikwa."


@pytest.mark.parametrize(
    ("text", "lang", "published"),
    [
        ("(Ilustrativo) Centenas de pessoas manifestaram-se no sábado em Maiduguri, no estado de Borno, para "
         "exigir a libertação de 14 mulheres raptadas na semana passada perto de Dikwa. O protesto decorreu "
         "sem incidentes.", "pt", "2026-10-19"),
        ("(Illustrative) Hundreds of people protested in Maiduguri, Borno state, on Saturday to demand the "
         "release of 14 women abducted last week near Dikwa. The protest was peaceful, police said.", "en",
         "2026-10-19"),
    ],
)
def test_the_protest_and_the_abduction_keep_their_own_town_and_day(text: str, lang: str, published: str):
    article = Article(id="t-1", text=text, raw_text=text, published=published, language=lang)
    found = sorted((m.sub_event_type, m.place.name, m.date.date_start) for m in extract_article(article))
    assert found == [("Abduction/forced disappearance", "Dikwa", "2026-10-12"),
                     ("Peaceful protest", "Maiduguri", "2026-10-17")]

def _dated_split(text: str, dates: list[str]) -> list[str]:
    starts = [text.index(d) for d in dates]
    violent = lambda t: "killed" in t or "attack" in t  # noqa: E731
    parts = dated_clauses(Sentence(0, len(text), text), "en", starts, violent)
    return [p.text for p in parts]


def test_a_second_dated_incident_coordinated_in_one_sentence_is_its_own_clause():
    text = ("On May 3, gunmen killed two herders near Tillia, and on May 9 a roadside bomb killed four "
            "soldiers near Ayorou.")
    assert _dated_split(text, ["May 3", "May 9"]) == [
        "On May 3, gunmen killed two herders near Tillia,",
        " and on May 9 a roadside bomb killed four soldiers near Ayorou."]
    # one incident told with two dates, or a second clause that tells no violence: one sentence
    assert len(_dated_split("Gunmen who killed two herders on May 3 were arrested on May 9.",
                            ["May 3", "May 9"])) == 1
    assert len(_dated_split("On May 3, gunmen killed two herders, and on May 9 the governor visited Tillia.",
                            ["May 3", "May 9"])) == 1


def test_recalled_incidents_of_one_sentence_keep_their_own_day_place_and_toll():
    text = ("(Illustrative) ISWAP fighters attacked a military base in Malam Fatori, Borno State, on Sunday, "
            "but were repelled by troops, who killed nine of the insurgents. On July 28, insurgents killed "
            "four soldiers in an attack on a base in Damasak, and on August 2 a suicide bomber killed seven "
            "people at a market in Konduga.")
    article = Article(id="t-2", text=text, raw_text=text, published="2026-08-10", language="en")
    found = sorted((m.date.event_date, m.place.name, m.sub_event_type, m.fatalities.best)
                   for m in extract_article(article))
    assert found == [("2026-07-28", "Damasak", "Armed clash", 4),
                     ("2026-08-02", "Konduga", "Suicide bomb", 7),
                     ("2026-08-09", "Malam Fatori", "Armed clash", 9)]


def test_another_groups_deed_after_a_conjunction_is_its_own_incident_in_portuguese_and_french():
    # illustrative reports: another group's deed told after "enquanto" / "tandis qu'" is another incident
    texts = {
        "pt": ("Homens armados mataram 11 civis na segunda-feira na aldeia de Bourzanga, enquanto perto de "
               "Titao, outro grupo de homens armados raptou nove mulheres que apanhavam lenha. "
               "Os ataques não foram reivindicados."),
        "fr": ("Des hommes armés ont tué 11 civils lundi dans le village de Bourzanga, tandis qu'à Titao, "
               "un autre groupe d'hommes armés a enlevé neuf femmes qui ramassaient du bois. "
               "Les attaques n'ont pas été revendiquées."),
    }
    for lang, text in texts.items():
        article = Article(id="t-3", text=text, raw_text=text, published="2026-10-21", language=lang)
        found = sorted((m.place.name, m.sub_event_type, m.fatalities.best) for m in extract_article(article))
        assert found == [("Bourzanga", "Attack", 11), ("Titao", "Abduction/forced disappearance", 0)], lang
    # one group's deeds joined by "e" stay one incident
    text = ("Homens armados mataram 11 civis na segunda-feira em Bourzanga, e raptaram nove mulheres. "
            "Os ataques não foram reivindicados.")
    article = Article(id="t-4", text=text, raw_text=text, published="2026-10-21", language="pt")
    assert len(extract_article(article)) == 1


def test_french_coordinates_a_second_dated_incident_too():
    # illustrative: the French ``dated_coordination`` link ("..., et le 9 mai ...")
    text = ("Le 3 mai, des hommes armés ont tué deux bergers près de Tillia, et le 9 mai une mine a tué "
            "quatre soldats.")
    starts = [text.index("3 mai"), text.index("9 mai")]
    parts = dated_clauses(Sentence(0, len(text), text), "fr", starts, lambda t: "tué" in t)
    assert [p.text for p in parts] == ["Le 3 mai, des hommes armés ont tué deux bergers près de Tillia,",
                                       " et le 9 mai une mine a tué quatre soldats."]
