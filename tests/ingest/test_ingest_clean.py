"""Cleaner tests on small illustrative texts (fictional, written for these tests)."""

import pytest

from sahelwatch.ingest.clean import clean_span_to_raw, clean_text, clean_to_raw


def assert_exact_map(raw: str, clean: str, offset_map: list[tuple[int, int, int]]) -> None:
    for clean_start, raw_start, length in offset_map:
        assert clean[clean_start : clean_start + length] == raw[raw_start : raw_start + length]


def test_removes_boilerplate_lines_and_keeps_story():
    raw = (
        "Gunmen attack patrol near Tera\n"
        "By Amina Diallo / Fictional Wire\n"
        "Gunmen attacked an army patrol near Tera on Monday, officials said.\n"
        "Share this:\nFacebook Twitter WhatsApp\n"
        "Read more: Niger closes border posts\n"
        "See also the map of the region\n"
        "Leave a Reply\nYour email address will not be published. Required fields are marked *\n"
        "Source link\n"
        "© 2024 Fictional Wire. All rights reserved.\n"
    )
    clean, offset_map = clean_text(raw)
    assert clean == (
        "Gunmen attack patrol near Tera\n\n"
        "Gunmen attacked an army patrol near Tera on Monday, officials said."
    )
    assert_exact_map(raw, clean, offset_map)


def test_drops_repeated_lines_and_truncated_caption_of_first_line():
    raw = (
        "Soldiers patrol the market in Ouallam after the attack\n"
        "Soldiers patrol the market in Oual…\n"
        "The market reopened on Tuesday under heavy guard.\n"
        "A caption printed twice by the website layout\n"
        "Traders said they were afraid.\n"
        "A caption printed twice by the website layout\n"
    )
    clean, offset_map = clean_text(raw)
    assert clean.count("A caption printed twice") == 1
    assert "Oual…" not in clean
    assert clean.startswith("Soldiers patrol the market in Ouallam after the attack\n")
    assert_exact_map(raw, clean, offset_map)


def test_sentence_with_number_of_dead_is_never_removed():
    raw = "Niger: 5 soldiers killed in Diffa region on Monday\nStory.\nNiger: 5 soldiers killed in Diffa…\n"
    clean, _ = clean_text(raw)
    assert clean.endswith("Niger: 5 soldiers killed in Diffa…")  # a caption, but it carries a toll


@pytest.mark.parametrize(
    "link",
    [
        "Read more: 14 soldiers killed in attack near Inates",
        "À LIRE AUSSI >> Burkina : une attaque fait 20 morts à Djibo",
        "Leia também | Mali: 12 soldados mortos perto de Boni",
    ],
)
def test_a_link_to_another_story_is_removed_whatever_its_toll(link):
    clean, _ = clean_text(f"Main story.\n{link}\nMore story.")
    assert clean == "Main story.\n\nMore story."


def test_titles_listed_under_a_related_heading_are_removed_whatever_their_toll():
    raw = (
        "Main story.\n"
        "Related Articles\n"
        "Niger: 3 civilians dead after mine blast\n"
        "Mali: market reopens in Gao\n"
        "Read more\n"
        "Gunmen killed 12 soldiers in Boni on Sunday. The army said it had responded\n"
        "Related\n"
        "“We lost 12 men,” the mayor said”\n"
    )
    clean, _ = clean_text(raw)
    assert "3 civilians dead" not in clean and "market reopens in Gao" not in clean
    assert "Gunmen killed 12 soldiers in Boni on Sunday" in clean and "We lost 12 men" in clean


def test_byline_rule_does_not_eat_sentences_starting_with_by():
    raw = "By Monday, the troops had withdrawn from the town.\nBy Moussa Ibrahim\n"
    clean, _ = clean_text(raw)
    assert clean == "By Monday, the troops had withdrawn from the town."


def test_whitespace_normalised_with_exact_offsets():
    raw = "  Three  gunmen\tarrived\r\n\n\n\nat   dawn.  \n"
    clean, offset_map = clean_text(raw)
    assert clean == "Three gunmen arrived\n\nat dawn."
    assert_exact_map(raw, clean, offset_map)
    start = clean.index("arrived")
    assert clean_span_to_raw(offset_map, start, start + 7) == (raw.index("arrived"), raw.index("arrived") + 7)
    span = clean_span_to_raw(offset_map, 0, len(clean))
    assert span is not None
    assert raw[span[0] : span[1]].startswith("Three") and raw[span[0] : span[1]].endswith(".")
    tab_position = clean.index(" arrived")  # synthesised space replacing a tab
    assert clean_to_raw(offset_map, tab_position) is None
    assert clean_to_raw(offset_map, 0) == 2


def test_french_boilerplate():
    raw = (
        "Une attaque a visé Diffa.\nÀ lire aussi : le bilan de la semaine\n"
        "Par Moussa Ibrahim\nPartager sur Facebook\n"
    )
    clean, _ = clean_text(raw)
    assert clean == "Une attaque a visé Diffa."


def test_portuguese_boilerplate():
    raw = (
        "Por Rui Matos\nHomens armados atacaram Djibo no domingo.\n"
        "Leia também: Junta militar do Mali dissolve os partidos\n"
        "Veja também\nSaiba mais: o exército perdeu dez homens em Dori\n"
    )
    clean, _ = clean_text(raw)
    assert clean == "Homens armados atacaram Djibo no domingo."


def test_empty_and_boilerplate_only_text():
    assert clean_text("") == ("", [])
    assert clean_text("Share this:\nTwitter\n")[0] == ""


def test_a_site_list_of_other_stories_is_removed():
    raw = (
        "Main story.\n"
        "Les plus lus\nMali : 20 civils tués près de Bandiagara\nBurkina : 15 soldats tués à Djibo\n"
        "Most Read\nNigeria: 30 killed in Zamfara raid\n"
        "Mais lidas\nMali: 20 mortos em Mopti\n"
        "À la une\nLe gouverneur a décrété un couvre-feu après la mort de 4 personnes.\n"
        "Tags: Niger, Diffa, sécurité\n"
    )
    clean, _ = clean_text(raw)
    assert clean == "Main story.\n\nLe gouverneur a décrété un couvre-feu après la mort de 4 personnes."


def test_credits_page_dates_reading_time_and_embeds_are_removed():
    raw = (
        "Par notre correspondant à Diffa\n"
        "Des hommes armés ont tué trois civils dimanche à Bosso.\n"
        "Photo d'illustration\n(Photo : AFP)\nCrédit photo : DR\nFoto: Lusa\n"
        "Publié le 05/03/2024 à 10:12 | Mis à jour le 05/03/2024 à 12:00\n"
        "Temps de lecture : 2 min\n"
        "— FAMa (@FAMa_DIRPA) March 5, 2024\n"
        "Commentaires\nRecevez notre newsletter\n"
        "Photographs show the destroyed market.\n"
        "Updated: 12 people were killed, officials said.\n"
    )
    clean, _ = clean_text(raw)
    assert clean == (
        "Des hommes armés ont tué trois civils dimanche à Bosso.\n\n"
        "Photographs show the destroyed market.\nUpdated: 12 people were killed, officials said."
    )


@pytest.mark.parametrize(
    "footer",
    [
        "The post Niger: four soldiers killed near Makalondi appeared first on Sahel Daily.",
        "L'article Mali : cinq civils tués à Ansongo est apparu en premier sur Le Journal du Fleuve.",
        "O post Burkina: dez mortos em Dori apareceu primeiro em Notícias do Sahel.",
        "Continue reading...",
        "Continuer la lecture →",
        "[Continuar lendo]",
    ],
)
def test_feed_footer_and_continue_reading_links_are_removed(footer):
    # illustrative: a blog feed entry's summary followed by its platform footer (fictional text)
    raw = f"Gunmen attacked a market in Tera on Monday, residents said.\n{footer}\n"
    clean, _ = clean_text(raw)
    assert clean == "Gunmen attacked a market in Tera on Monday, residents said."


def test_a_news_database_citation_run_into_its_headline_is_cut_off():
    raw = (
        "Mali: Heavy fighting resumes near Menaka 214 words 3 March 2019 09:12 Fictional Monitoring English "
        "(c) 2019 Fictional Monitoring Ltd. All Rights Reserved. No material may be reproduced."
    )
    clean, offset_map = clean_text(raw)
    assert clean == "Mali: Heavy fighting resumes near Menaka"
    assert_exact_map(raw, clean, offset_map)
    # a body line that counts words is no citation without a copyright after it
    line = "The report of 214 words 3 March 2019 was read out in Menaka"
    assert clean_text(line)[0] == line
    # two lines, the first with its citation: the second is kept, with its line break
    clean, offset_map = clean_text(raw + "\nSoldiers were deployed to the town.")
    assert clean == "Mali: Heavy fighting resumes near Menaka\nSoldiers were deployed to the town."
    assert_exact_map(raw + "\nSoldiers were deployed to the town.", clean, offset_map)
