"""The relevance filter keeps conflict sentences in English and French (illustrative sentences)."""

from sahelwatch.read.relevance import cue_spans, has_violence_cue, is_relevant


def test_conflict_sentences_are_relevant():
    assert is_relevant("Gunmen ambushed a patrol near Ayorou.")
    assert is_relevant("Des hommes armés ont enlevé trois enseignants.", "fr")


def test_other_sentences_are_not():
    assert not is_relevant("The ministry presented the new school calendar.")
    assert not is_relevant("Le ministre a inauguré un marché.", "fr")


def test_cues_are_matched_at_word_starts():
    assert cue_spans("skilled workers") == []
    assert cue_spans("they killed two") == [(5, 9)]


def test_french_violence_cues_of_shooting_and_ransacking():
    assert has_violence_cue("Illustratif : des hommes armés ont ouvert le feu sur la foule.", "fr")
    assert has_violence_cue("Illustratif : des jeunes en colère ont saccagé le commissariat.", "fr")
    assert not has_violence_cue("Illustratif : le ministre a ouvert la séance.", "fr")
