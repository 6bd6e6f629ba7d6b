"""Datelines are recognised so that their place and date are not taken for the event's."""

import pytest

from sahelwatch.read.datelines import dateline_spans


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("NIAMEY, March 12 (Sahel Wire) - At least 12 soldiers", "NIAMEY, March 12 (Sahel Wire) - "),
        ("Kabul (BNA) As many as 15 fighters", "Kabul (BNA) "),
        ("BAMAKO CITY – A farmer was killed", "BAMAKO CITY – "),
        ("Niamey, 12 mars (AFP) - Des hommes armés", "Niamey, 12 mars (AFP) - "),
        ("Baghdad: Four militants were killed", "Baghdad: "),
        ("Tenkodogo, 8 juin 2026 - Des hommes armés", "Tenkodogo, 8 juin 2026 - "),
        ("Dori, 1er août - Des hommes armés", "Dori, 1er août - "),
        ("Pemba, Moçambique, 22 ago 2026 (Lusa) - Insurgentes", "Pemba, Moçambique, 22 ago 2026 (Lusa) - "),
        ("Niamey — Gunmen killed four herders", "Niamey — "),  # a title-case town and a long dash
        ("Ouagadougou, March 08/2026 – Soldiers killed", "Ouagadougou, March 08/2026 – "),
        ("Maiduguri, May 7 (Example Wire).- At least 27 people", "Maiduguri, May 7 (Example Wire).- "),
        # a town and its country with a short dash, no date ("Maiduguri, Nigéria - ")
        ("Maiduguri, Nigéria - Combatentes do Boko Haram", "Maiduguri, Nigéria - "),
        ("Diffa, Niger — Des hommes armés", "Diffa, Niger — "),
    ],
)
def test_datelines_are_found(text, dateline):
    assert [text[a:b] for a, b in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize("text", ["The army said (in a statement) - nothing", "Gunmen killed 3 people.",
                                  "Srinagar, Oct 08: A militant was killed.",
                                  "Selon le maire, 12 personnes - dont trois enfants - ont été tuées.",
                                  "Segundo o governador, Ali Musa - o chefe - partiu.",
                                  # a monitor's province heading places the event: no dateline
                                  "Tillabéri Region – Local sources said gunmen killed four herders."])
def test_ordinary_sentences_have_no_dateline(text):
    assert dateline_spans(text) == []
