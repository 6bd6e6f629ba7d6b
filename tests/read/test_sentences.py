"""Sentence splitting keeps exact offsets and survives abbreviations (illustrative text)."""

from sahelwatch.read.sentences import split_sentences


def test_offsets_index_the_text_exactly():
    text = (
        "Gunmen killed 12 soldiers near Téguèy on Saturday. Gen. Tiani said the U.S. was told.\n\nPhoto: AFP"
    )
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Gunmen killed 12 soldiers near Téguèy on Saturday.",
        "Gen. Tiani said the U.S. was told.",
        "Photo: AFP",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_initials_and_lowercase_continuations_do_not_split():
    text = "M. Diarra arrived at 5 p.m. yesterday. Troops left."
    assert [s.text for s in split_sentences(text)] == [
        "M. Diarra arrived at 5 p.m. yesterday.",
        "Troops left.",
    ]


def test_quotes_close_sentences():
    text = 'He said: "We will win." The army lost 3 men.'
    assert len(split_sentences(text)) == 2


def test_empty_text_has_no_sentences():
    assert split_sentences("  \n ") == []
