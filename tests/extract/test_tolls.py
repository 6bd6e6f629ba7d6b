"""The toll of one incident from its sentences' figures (illustrative sentences)."""

from sahelwatch.extract.classify import Prediction
from sahelwatch.extract.drafts import Draft
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.tolls import incident_casualties, updates_toll
from sahelwatch.models import EventDate
from sahelwatch.read.sentences import Sentence

ATTACK = Prediction("ATTACK", 0.9, "Violence against civilians", "Attack")


def _draft(text: str, start: int) -> Draft:
    sentence = Sentence(start, start + len(text), text)
    return Draft(sentence, ATTACK, find_casualties(text), EventDate("2024-03-10"), True, None, False, [])


def _killed(group: list[Draft]) -> list[int]:
    return [c.low for c in incident_casualties(group) if c.kind == "killed"]


def test_the_lead_sets_the_toll_and_a_far_restatement_is_dropped():
    lead = _draft("Gunmen killed 6 villagers near Tera.", 0)
    far = _draft("A local official said 9 villagers were killed.", 900)
    assert _killed([lead, far]) == [6]


def test_an_update_and_another_side_right_after_are_kept():
    lead = _draft("Gunmen killed 6 villagers near Tera.", 0)
    side = _draft("The army said 4 attackers died in the pursuit.", 40)
    update = _draft("The toll later rose to 11.", 2000)
    assert updates_toll(update) and not updates_toll(side)
    assert _killed([lead, side, update]) == [6, 4, 11]


def test_another_side_repeating_a_lead_figure_is_a_restatement():
    lead = _draft("Five members of a self-defence militia were killed.", 0)
    again = _draft("Five VDP members also lost their lives.", 55)
    assert _killed([lead, again]) == [5]
