"""Headline-only articles (a title, no body): illustrative headlines written for these tests."""

from dataclasses import replace
from datetime import date

from sahelwatch.extract.classify import Prediction
from sahelwatch.extract.headline import (
    clean_headline,
    headline_country,
    headline_language,
    headline_prediction,
    headline_toll,
    is_headline,
    is_title_only,
)
from sahelwatch.extract.pipeline import extract_article
from sahelwatch.models import Article


def _headline(text: str, published: str | None = "2024-03-12") -> Article:
    return Article(id="h-1", text=text, raw_text=text, title=text, published=published, language="en")


def test_a_title_without_body_is_a_headline_and_a_full_article_is_not():
    assert is_headline(_headline("Gunmen kill five villagers near Tera"))
    body = "Gunmen killed five villagers near Tera on Monday.\n\nThe army said it was searching the area."
    assert not is_headline(Article(id="a", text=body, title="Five killed near Tera", language="en"))


def test_cleaning_keeps_offsets_and_reads_the_date_of_a_citation_prefix():
    raw = 'Example Wire 3/14/2024 "FIVE SOLDIERS DIE IN AMBUSH NEAR TERA'
    text, cited = clean_headline(raw)
    assert len(text) == len(raw) and cited == date(2024, 3, 14)
    assert text.strip() == "Five soldiers die in ambush near tera"
    tagged, _ = clean_headline("UPDATE 2-Bomb kills three in Diffa market")
    assert tagged.strip() == "Bomb kills three in Diffa market"


def test_headline_idiom_tolls():
    [toll] = headline_toll("Clashes claim 34 lives in northern Mali")
    assert (toll.low, toll.kind) == (34, "killed")
    [toll] = headline_toll("Four soldiers die in Tillaberi ambush")
    assert toll.low == 4
    assert headline_toll("Army chief visits Diffa") == []


def test_countries_named_in_any_case_or_by_demonym():
    assert headline_country("six die in clashes in southeast niger") == "NE"
    assert headline_country("Nine rebels killed in Malian operation") == "ML"
    assert headline_country("Army chief visits the front") is None


SHOUTED = 'Example Wire 3/14/2024 "SIX DIE IN CLASHES IN NORTHERN NIGER'


def test_a_shouted_headline_with_a_wire_prefix_becomes_one_dated_event_in_its_country():
    [m] = extract_article(_headline(SHOUTED, published=None))
    assert m.event_type == "Battles" and m.fatalities.best == 6
    assert m.place.country == "NE" and m.date.event_date == "2024-03-14"
    assert all(e.text == SHOUTED[e.start : e.end] for e in m.evidence)  # spans point into the stored text


def test_a_headline_the_classifier_doubts_is_typed_by_its_cue_words():
    [m] = extract_article(_headline("Suicide bomber hits Diffa market, killing seven"))
    assert (m.event_type, m.sub_event_type) == ("Explosions/Remote violence", "Suicide bomb")
    assert m.fatalities.best == 7 and m.place.country == "NE"


def test_a_headline_of_property_burnt_is_destruction_unless_people_died():
    [m] = extract_article(_headline("Gunmen torch school in Tillaberi village"))  # illustrative headlines
    assert m.sub_event_type == "Looting/property destruction" and m.place.country == "NE"
    french = "Des hommes armés incendient une école à Tégué, dans la région de Tillabéri"
    [m] = extract_article(replace(_headline(french), language="fr"))
    assert m.sub_event_type == "Looting/property destruction"
    [m] = extract_article(_headline("Gunmen torch school, kill two teachers in Tillaberi village"))
    assert m.sub_event_type == "Attack" and m.fatalities.best == 2


def test_a_town_after_a_possessive_country_is_the_place():
    [m] = extract_article(_headline("Four dead in attack in Niger's Diffa"))
    assert m.place.name == "Diffa"


def test_a_headline_without_violence_yields_nothing():
    assert extract_article(_headline("Niger's president meets Mali's leader in Niamey")) == []


def test_a_title_case_headline_keeps_capitals_only_on_names_that_can_be_places():
    text, _ = clean_headline("Deadly Twin Blasts Hit Niamey Market As Army Chief Visits Burkina Faso")
    assert text == "Deadly twin blasts hit Niamey market as army chief visits Burkina Faso"
    assert clean_headline("Gunmen kill five villagers near Tera")[0] == "Gunmen kill five villagers near Tera"
    [m] = extract_article(_headline("Roadside Bomb Hits Army Convoy Outside Niamey City, Four Dead"))
    assert m.place.name == "Niamey" and m.fatalities.best == 4
    [car] = extract_article(_headline("Car bomb hits Niamey market, killing three"))  # a car, not the CAR
    assert car.place.country == "NE"


def test_headline_idiom_for_fighting_and_killing_yields_an_event():
    casualties = extract_article(_headline("Niger army says jihadists suffered heavy casualties near Diffa"))
    assert [m.event_type for m in casualties] == ["Battles"]
    [retaken] = extract_article(_headline("Niger troops retake border town of Bankilare from jihadists"))
    assert (retaken.event_type, retaken.sub_event_type) == ("Battles", "Government regains territory")
    [burned] = extract_article(_headline("Gunmen burn three herders alive near Tahoua"))
    assert burned.event_type == "Violence against civilians"
    assert extract_article(_headline("Army chief visits wounded soldiers in Niamey hospital")) == []


def test_military_communique_idiom_and_bodies_found_yield_events():
    [m] = extract_article(_headline("Niger army says it neutralised 14 terrorists near Diffa"))
    assert m.event_type == "Battles" and m.fatalities.best == 14
    [found] = extract_article(_headline("Bodies of three herders found near Tahoua"))
    assert found.event_type == "Violence against civilians"


def test_a_headline_cited_with_the_wrong_language_is_read_in_its_own():
    headline = "Tillabéri : 6 morts dans une attaque contre un poste de l'armée à Tera"  # declared English
    [m] = extract_article(_headline(headline))
    assert m.fatalities.best == 6 and m.language == "fr"
    assert (m.place.country, m.place.geo_precision) == ("NE", 1)
    assert extract_article(_headline("Niger : le président reçoit les chefs de l'armée à Niamey")) == []


def test_killings_of_a_number_is_a_toll():
    [toll] = headline_toll("Inquiry into the killings of six villagers near Tera")
    assert (toll.low, toll.kind) == (6, "killed")
    assert headline_toll("Protest over the deaths of 12 miners") == []  # deaths alone may be an accident


def test_only_a_title_is_a_title_only_article():
    assert is_title_only(_headline("Gunmen kill five villagers near Tera"))
    sentence = "Gunmen killed five villagers near Tera on Monday, officials said."
    assert is_headline(Article(id="s", text=sentence, title="Five killed", language="en"))
    assert not is_title_only(Article(id="s", text=sentence, title="Five killed", language="en"))


def test_the_hash_of_a_hashtag_is_blanked():
    raw = "12 #soldiers killed in #Tera, issue #5"
    text, _ = clean_headline(raw)
    assert len(text) == len(raw) and text == "12  soldiers killed in  Tera, issue #5"
    [m] = extract_article(_headline("Nine #jihadists killed in #Niger"))
    assert m.fatalities.best == 9


def test_martyrs_and_a_total_so_far_are_tolls():
    [toll] = headline_toll("15 martyrs, including 4 children, in shelling of a village near Tera")
    assert (toll.low, toll.kind) == (15, "killed")
    [toll] = headline_toll("Army kills more bandits, total of 25 in two days")
    assert toll.low == 25
    assert headline_toll("Police arrest 3 more, total of 40 detained") == []  # no killing told


def test_a_portuguese_headline_is_read_in_portuguese():
    langs = frozenset({"en", "fr", "pt"})
    assert headline_language("Agricultor é assassinado a tiros em Tera", "en", langs) == "pt"
    assert headline_language("Gunmen kill a farmer near Tera", "en", langs) == "en"


def test_communities_invaded_by_armed_men_are_an_attack():
    [m] = extract_article(_headline("Suspected bandits invade two villages near Tera"))
    assert m.event_type == "Violence against civilians"
    assert extract_article(_headline("Investors invade the bond market in Niamey")) == []


def test_a_headline_of_force_on_a_crowd_or_a_crowds_violence_stays_unrest_when_it_names_the_crowd():
    [riot] = extract_article(_headline("Rioters torch police station in Kano, two dead"))
    assert (riot.sub_event_type, riot.actor1.name, riot.fatalities.best) == (
        "Violent demonstration", "Rioters (Nigeria)", 2)
    [clash] = extract_article(_headline("Violent clashes in rural Qamishli"))  # no crowd: a battle
    assert clash.event_type == "Battles"


def test_a_headline_may_give_its_incidents_toll_so_far():
    [mention] = extract_article(_headline("Massacre in Yirgou: 210 dead to date, according to a collective"))
    assert mention.fatalities.best == 210


def test_a_front_line_moved_by_fighting_is_a_battle():
    [back] = extract_article(_headline("Nigerien troops push jihadists back from the outskirts of Diffa"))
    assert back.event_type == "Battles"
    [into] = extract_article(_headline("Rebels push into northern region of Mali"))
    assert into.event_type == "Battles"
    [firing] = extract_article(_headline("Heavy firing along the border near Tera"))
    assert firing.event_type == "Battles"
    assert extract_article(_headline("Niger pushes the vote back from May to June")) == []


def test_a_bomb_the_headline_does_not_name_is_no_type():
    guess = Prediction("REM_EXPLOS", 0.9, "Explosions/Remote violence", "Remote explosive/landmine/IED")
    typed = headline_prediction("Troops kill six Abu Sayyaf fighters on Jolo", guess, 0.3)
    assert typed.sub_event_type == "Armed clash"
    told = headline_prediction("Roadside bomb kills six soldiers on Jolo", guess, 0.3)
    assert told.sub_event_type == "Remote explosive/landmine/IED"


def test_barrel_bombs_ground_restored_and_deaths_of_wounds_are_headline_idiom():
    [barrels] = extract_article(_headline("Twelve explosive barrels hit Diffa"))
    assert barrels.sub_event_type == "Air/drone strike"
    [restored] = extract_article(_headline("Niger army restores control of Bankilare after jihadist raid"))
    assert restored.sub_event_type == "Government regains territory"
    assert extract_article(_headline("Niger troops restore an area lost to jihadists near Tera")) != []
    assert extract_article(_headline("Wounded soldier succumbs to injuries in Niamey")) != []
    assert extract_article(_headline("Government restores power supply to Niamey")) == []


def test_a_homicide_is_violence():
    assert extract_article(_headline("Double homicide reported in a Niamey suburb")) != []


def test_bodies_found_are_an_incident_in_every_language():
    for text, lang in (("Des corps découverts dans un puits près de Tera", "fr"),
                       ("Corpos encontrados num poço perto de Tera", "pt")):
        article = Article(id="h-1", text=text, raw_text=text, title=text, published="2024-03-12",
                          language=lang)
        [found] = extract_article(article)
        assert found.event_type == "Violence against civilians"
    assert extract_article(_headline("Bodies of three herders found near Tahoua")) != []


def test_the_month_of_march_is_no_protest():
    # illustrative headlines: a dated bulletin title is no march; a march stays a protest
    assert extract_article(_headline("Niger security bulletin: March 2024")) == []
    assert extract_article(_headline("Tuesday 12 March 2024")) == []
    [march] = extract_article(_headline("Thousands march in Niamey against insecurity"))
    assert march.sub_event_type == "Peaceful protest"


def test_a_noun_naming_the_dead_without_place_or_toll_is_a_label_not_an_incident():
    # illustrative headlines: titles of victim lists and records report no incident
    assert extract_article(_headline("Martyr info")) == []
    assert extract_article(_headline("Executions 2019")) == []
    [placed] = extract_article(_headline("Martyrs in Diffa and Bosso"))
    assert placed.place is not None and placed.place.country == "NE"
    [counted] = extract_article(_headline("Six martyrs in shelling of a market"))
    assert counted.fatalities.best == 6


def test_headline_verbs_of_defeat_targeting_control_and_death_by_torture_yield_events():
    # illustrative headlines
    [battered] = extract_article(_headline("Jihadists battered near Diffa and Bosso"))
    assert battered.event_type == "Battles"
    [targeted] = extract_article(_headline("Unknown gunmen target soldiers in Tillaberi town"))
    assert targeted.event_type in ("Battles", "Violence against civilians")
    [defeated] = extract_article(_headline("Niger forces defeated a jihadist column near Diffa"))
    assert defeated.event_type == "Battles"
    [held] = extract_article(_headline("Chad rebels say they have control of a border town"))
    assert held.sub_event_type == "Non-state actor overtakes territory"
    [tortured] = extract_article(_headline("Herder tortured to dead by gunmen near Tahoua"))
    assert tortured.event_type == "Violence against civilians"
    assert extract_article(_headline("Niger government targets inflation with new budget")) == []
    assert extract_article(_headline("Ruling party has control of parliament in Niamey")) == []


def test_headline_idiom_of_sieges_gunfights_bombardments_and_losses_yields_events():
    # illustrative headlines
    for text in ("Fierce gunfight in Menaka", "Battles rage near Menaka", "Jihadists lay siege to Djibo",
                 "Bandits besiege village in Katsina", "Troops pound jihadist positions near Diffa",
                 "Heavy losses for jihadists near Diffa"):
        assert len(extract_article(_headline(text))) == 1, text
    for text in ("Legal battle continues over Mali election",
                 "Farmers suffer heavy losses after floods in Maradi",
                 "Traders count losses to bandits in Katsina market",
                 "Aid convoy reaches the besieged city of Djibo"):
        assert extract_article(_headline(text)) == [], text


def test_the_title_of_a_compiled_document_reports_no_incident_without_a_toll():
    # illustrative titles
    for text in ("Weekly Security Brief for the Sahel (Mali & Niger): JNIM attacks in period of May 1-14",
                 "ANNEX B - Chronological overview of attacks on villages in Tillaberi",
                 "2022 Clash and IED Events Dataset for Niger.xlsx"):
        assert extract_article(_headline(text)) == [], text
    [counted] = extract_article(_headline("Weekly security brief: gunmen kill 12 villagers near Tera"))
    assert counted.fatalities.best == 12
    assert len(extract_article(_headline("Gunmen kill villagers near Tera, security update says"))) == 1


def test_an_attack_told_repulsed_is_a_clash_with_the_forces():
    # illustrative headlines: driven back by no one named, the forces fought it; villagers who did are named
    [m] = extract_article(_headline("ISWAP attack repulsed in Borno"))
    assert m.sub_event_type == "Armed clash"
    [m] = extract_article(_headline("Villagers repel bandit raid in Zamfara"))
    assert m.sub_event_type != "Armed clash" or "Military" not in (m.actor2.name if m.actor2 else "")


def test_armed_opponents_killed_by_the_police_are_a_clash_and_plain_opponents_at_a_protest_are_not():
    [m] = extract_article(_headline("Police kill 3 armed opponents near Menaka"))  # illustrative headlines
    assert m.event_type == "Battles" and m.fatalities.best == 3
    [m] = extract_article(_headline("Twelve opponents killed at a protest in Bamako"))
    assert m.event_type != "Battles" and m.fatalities.best == 12


def test_troops_that_find_bodies_in_a_headline_are_no_perpetrators():
    for text in ("Soldiers find bodies of 12 herders near Menaka", "Troops discover 12 bodies near Menaka"):
        [m] = extract_article(_headline(text))  # illustrative headlines
        assert m.fatalities.best == 12 and m.actor1.name.startswith("Unidentified Armed Group")
    [m] = extract_article(_headline("Soldiers kill 12 jihadists near Menaka"))
    assert m.actor1.name.startswith("Military Forces of Mali")


def test_troops_that_find_bodies_are_no_perpetrators_in_french_and_portuguese_headlines():
    for text, lang in (("Ménaka : les FAMa retrouvent 12 corps dans un village", "fr"),  # illustrative
                       ("Militares encontram 12 corpos em aldeia de Mocímboa da Praia", "pt")):
        [m] = extract_article(replace(_headline(text), language=lang))
        assert m.fatalities.best == 12 and m.actor1.name.startswith("Unidentified Armed Group")


def test_a_headline_naming_burkina_alone_or_a_border_is_placed_in_its_country():
    # illustrative headlines: "Burkina" is Burkina Faso; "near Burkina border" is a landmark, not the place
    [m] = extract_article(_headline("Suspected jihadists kill 20 villagers in northern Burkina"))
    assert m.place is not None and m.place.country == "BF"
    [m] = extract_article(_headline("Ambush kills 11 Nigerien soldiers near Burkina border"))
    assert m.place is not None and m.place.country == "NE"


def test_forces_that_strike_from_afar_place_their_strikes_by_their_target_not_their_home():
    # "US-led", "Turkish strikes", "the International Coalition's warplanes": a state's aircraft or a
    # coalition strike abroad as often as at home; the armed group struck says where, else nothing does
    led = extract_article(_headline("US-led coalition strikes kill 12 Islamic State fighters", "2019-10-12"))
    assert [m.place.country for m in led if m.place] == ["SY"]
    planes = "Bombardment by the International Coalition's warplanes targets ISIS last enclave, 6 killed"
    assert [m.place.country for m in extract_article(_headline(planes, "2018-10-03")) if m.place] == ["SY"]
    turkish = extract_article(_headline("Turkish strikes kill 5", "2019-10-12"))
    assert len(turkish) == 1 and (turkish[0].place is None or turkish[0].place.country != "TR")
    # an army told on the ground is at home
    algeria = extract_article(_headline("Algeria army kills 22 militants", "2019-10-12"))
    assert [m.place.country for m in algeria if m.place] == ["DZ"]
