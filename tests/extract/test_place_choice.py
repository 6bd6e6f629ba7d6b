"""Which place an event gets when the text names nothing finer than the country (fictional reports)."""

import pytest

from sahelwatch.extract.pipeline import extract_article
from sahelwatch.models import Article


def _article(text: str) -> Article:
    return Article(id="t-place", text=text, raw_text=text, published="2021-05-20", language="en")


def test_a_local_dateline_gives_the_province_when_nothing_finer_is_named():
    text = "Kandahar (BNA) Two Taliban fighters were killed in an airstrike last night, officials told BNA."
    [mention] = extract_article(_article(text))
    assert (mention.place.country, mention.place.admin1, mention.place.where_prec) == ("AF", "Kandahār", 4)


def test_a_named_province_beats_the_dateline_town():
    text = "Kabul (BNA) Eight fighters were killed in an airstrike in eastern Kunar province last night."
    [mention] = extract_article(_article(text))
    assert mention.place.admin1 == "Kunaṟ"


def test_a_foreign_dateline_is_not_the_event_region():
    text = "NAIROBI (Example Wire) - Somali troops killed ten militants in an ambush in Somalia on Tuesday."
    mentions = extract_article(_article(text))
    assert mentions and all(m.place.country == "SO" and m.place.where_prec == 6 for m in mentions)


def test_a_bureau_on_the_other_side_of_the_country_than_the_part_told_gives_no_province():
    # a southern dateline and "in northern Benin" / "no norte do Benim": the country; a bureau in the north
    # stays
    text = "COTONOU (Example Wire) - Eleven soldiers were killed on Thursday in an attack in northern Benin."
    [mention] = extract_article(_article(text))
    assert (mention.place.country, mention.place.admin1) == ("BJ", None)
    text = "COTONOU, 20 mai (Lusa) - Onze soldados foram mortos na quinta-feira num ataque no norte do Benim."
    article = Article(id="t-place", text=text, raw_text=text, published="2021-05-20", language="pt")
    [mention] = extract_article(article)
    assert (mention.place.country, mention.place.admin1) == ("BJ", None)
    text = "DORI (Example Wire) - Eleven soldiers were killed on Thursday in an attack in northern Burkina."
    [mention] = extract_article(_article(text))
    assert (mention.place.country, mention.place.admin1) == ("BF", "Sahel")


def test_a_country_named_as_the_one_striking_is_not_the_place_of_the_strike():
    text = "(Illustrative) Two men were killed in alleged US drone strikes in Marib, Yemen, on Tuesday."
    [mention] = extract_article(_article(text))
    assert mention.place.country == "YE"


def test_a_country_acting_at_home_is_the_place():
    [mention] = extract_article(_article("(Illustrative) Algeria army kills 22 militants on Tuesday"))
    assert mention.place.country == "DZ"


def test_a_country_leading_a_coalition_is_not_the_place_of_its_strike():
    text = "(Illustrative) Eight militants were killed in US-led coalition air strikes in Ramadi on Monday"
    [mention] = extract_article(_article(text))
    assert mention.place.country == "IQ"


def test_a_country_named_only_by_its_border_is_not_the_place():
    text = ("(Illustrative) Rebels said on Sunday they had killed 15 Malian soldiers near Tinzaouaten, "
            "close to the border with Algeria, on Saturday.")
    [mention] = extract_article(_article(text))
    assert (mention.place.country, mention.place.admin1) == ("ML", "Kidal")


def test_an_unknown_border_village_takes_the_country_of_its_actors_not_the_neighbour():
    text = ("(Illustrative) Gunmen killed nine Malian soldiers at Zzyxwaq, near the border with "
            "Burkina Faso, on Saturday.")
    [mention] = extract_article(_article(text))
    assert mention.place is None or mention.place.country != "BF"


def test_a_village_said_to_lie_a_few_km_from_a_town_is_put_near_that_town_not_at_a_distant_homonym():
    text = ("(Illustrative) Gunmen killed four herders on Monday in the village of Lada, 4 km from Diffa in "
            "south-eastern Niger.")  # the gazetteer's Ladas are in Chad and Spain
    [mention] = extract_article(_article(text))
    place = mention.place
    assert (place.name, place.country, place.admin1, place.geo_precision) == ("Lada", "NE", "Diffa", 2)


def test_the_army_of_an_article_from_a_neighbour_is_the_army_of_the_incident_s_country():
    text = ("(Illustrative) Thousands of refugees reached Mauritania this month. They fled fighting between "
            "the army and jihadists near Léré in the Timbuktu region on Saturday, the UN said.")
    mentions = [m for m in extract_article(_article(text)) if m.event_type == "Battles"]
    assert mentions and mentions[0].place.country == "ML"
    names = {a.name for a in (mentions[0].actor1, mentions[0].actor2) if a}
    assert any(n.startswith("Military Forces of Mali") for n in names)
    assert not any("Mauritania" in n for n in names)


def test_a_word_of_a_group_s_name_is_no_place_even_when_the_gazetteer_lacks_it():
    text = ("(Illustrative) Fighters of Jama'at Nusrat al-Islam wal-Muslimin attacked the village of "
            "Zzyxwaq in Mali's Mopti region on Saturday, killing nine civilians, officials said.")
    [mention] = extract_article(_article(text))
    assert mention.place.name != "Jama" and mention.place.admin1 == "Mopti"


def test_a_blamed_country_is_not_the_place_when_the_text_names_another_by_demonym():
    text = ("(Illustrative) Two civilians were killed in alleged Turkish strikes on the village of Zzyxwaq "
            "on Monday, the Syrian Observatory for Human Rights said. Local sources attributed them to "
            "Turkey.")
    mentions = extract_article(_article(text))
    assert mentions and all(m.place.country == "SY" for m in mentions)
    alone = extract_article(_article("(Illustrative) Algeria army kills 22 militants on Tuesday"))
    assert alone[0].place.country == "DZ"



def test_a_town_of_the_acting_country_beats_a_foreign_city_known_by_another_name():
    text = "(Illustrative) Mali's army said its troops killed 20 militants after an attack on a camp in Boni."
    [mention] = extract_article(_article(text))
    assert (mention.place.country, mention.place.name) == ("ML", "Boni")
    marib = "(Illustrative) Two men were killed in alleged US drone strikes in Marib on Tuesday."
    assert extract_article(_article(marib))[0].place.country == "YE"


def test_the_ends_of_a_journey_are_not_where_the_convoy_came_under_fire():
    text = ("(Illustrative) BAMAKO (Example Wire) - Gunmen attacked a supply convoy in Mali on Friday, "
            "killing one driver, the company said. The convoy was travelling from the northern city of Kidal "
            "to Gao and came under fire about 100 km northeast of the town of Bourem.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Bourem" and mention.fatalities.best == 1
    french = Article(id="t-fr", language="fr", published="2024-03-02",
                     text="(Illustratif) Le convoi, qui allait de Gao à Ansongo, a été attaqué près de Fafa "
                          "vendredi. Trois soldats ont été tués.")
    french.raw_text = french.text
    [mention] = extract_article(french)
    assert mention.place.name == "Fafa"


def test_a_journey_the_only_places_of_the_report_belong_to_still_places_it():
    text = ("(Illustrative) A convoy travelling from Gao to Ansongo was ambushed on Friday; three soldiers "
            "were killed.")
    [mention] = extract_article(_article(text))
    assert mention.place.admin1 == "Gao"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a town inside the lead's region, told later, is the place
        ("(Illustrative) Twelve soldiers were killed when gunmen ambushed a unit in the Tillaberi region on "
         "Monday, the ministry said. The troops were on patrol near Teguey when they were attacked.",
         "Téguèy"),
        # a village placed by its district keeps its name over a town told later
        ("(Illustrative) Troops neutralised 12 terrorists near Bartiebougou, in Komondjari province, on "
         "Friday. The terrorists had been preparing an attack on the town of Gayeri, the army said.",
         "Bartiebougou"),
        # the village named later beats the town given as a landmark (same province)
        ("(Illustrative) Armed men killed 12 civilians in a village near Fada N'Gourma in eastern Burkina "
         "Faso, residents said. The gunmen stormed the village of Natiaboani, in the Gourma province, on "
         "Sunday night and shot the men.", "Natiaboani"),
        # a town told in the passive sentence that follows places the ambush
        ("(Illustrative) ISWAP fighters killed nine soldiers in an ambush on a military convoy in Borno "
         "state on Tuesday. The convoy was attacked near Marte as it moved towards Dikwa.", "Marte"),
        # a city named like its region stands for the region: a district of it told next is the place
        ("(Illustrative) Four Taliban commanders were killed by security forces in Herat. The commanders "
         "were targeted late last night in Shindand district.", "Shīnḏanḏ"),
        ("(Illustrative) Five soldiers were killed in fighting with Boko Haram in Diffa. The soldiers were "
         "ambushed at night near Bosso.", "Bosso"),
    ],
)
def test_the_place_told_in_a_later_sentence(text: str, place: str):
    [mention] = extract_article(_article(text))
    assert mention.place.name == place


def test_a_city_named_like_its_region_among_listed_towns_keeps_its_own_incident():
    # a communiqué's lead lists the towns, then one line per town: Kayes (named like its region) is one of
    # them, not the region standing for Nioro's incident
    text = ("(Illustrative) Dans la matinée du jeudi 19 novembre 2026, des groupes armés terroristes ont "
            "mené des attaques simultanées contre des positions des FAMa à Kayes, Nioro du Sahel et Diboli.\n"
            "- à Kayes, 21 terroristes neutralisés, côté ami deux militaires tués ;\n"
            "- à Nioro du Sahel, 14 terroristes neutralisés, côté ami un militaire tué ;\n"
            "- à Diboli, 7 terroristes neutralisés.")
    article = Article(id="t-kayes", title="", text=text, raw_text=text, published="2026-11-20", language="fr")
    places = sorted((m.place.name, m.fatalities.best) for m in extract_article(article))
    assert places == [("Diboli", 7), ("Kayes", 23), ("Nioro", 15)]


def test_the_place_of_the_deed_a_suspect_is_named_by_is_not_the_arrests():
    text = ("(Illustrative) Soldiers arrested the suspected mastermind of the Kidal bombing in Gao on "
            "Monday, the army said. He was handed to the gendarmerie.")
    [mention] = extract_article(_article(text))
    assert (mention.sub_event_type, mention.place.name) == ("Arrests", "Gao")


def test_a_text_naming_no_country_takes_the_sahel_namesake_of_its_town():
    title = "(Illustrative) Jihadist suspected of masterminding Solhan massacre killed in army raid"
    article = Article(id="t-head", title=title, text=title, raw_text=title, published="2024-07-22",
                      language="en")
    [mention] = extract_article(article)
    assert (mention.place.country, mention.place.admin1, mention.fatalities.best) == ("BF", "Sahel", 1)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "(Illustrative) Three soldiers were killed on Tuesday when a roadside bomb hit their truck "
               "20 km from Gao on the road to Ansongo."),
        ("fr", "(Illustratif) Trois soldats ont été tués mardi lorsque leur camion a sauté sur une mine à "
               "une vingtaine de kilomètres de Gao, sur l'axe menant à Ansongo."),
        ("pt", "(Ilustrativo) Três soldados foram mortos na terça-feira quando o seu camião pisou uma mina "
               "a 20 km de Gao, na estrada para Ansongo."),
    ],
)
def test_where_a_road_leads_is_no_place_of_the_blast_told_near_another_town(language, text):
    article = Article(id="t-road", text=text, raw_text=text, published="2024-03-02", language=language)
    [mention] = extract_article(article)
    assert mention.place.name == "Gao"


def test_a_town_qualified_by_its_province_in_an_earlier_sentence_is_the_place():
    # illustrative: the toll sentence names no place; the sentence before names the town, then its province
    text = ("Illustratif : les unités ont mené une opération dans les environs de Sebba, dans la province du "
            "Yagha. Elles ont neutralisé trente terroristes.")
    article = Article(id="t-place", text=text, raw_text=text, published="2026-03-09", language="fr")
    [mention] = extract_article(article)
    assert mention.place.name == "Sebba"


def test_a_road_end_gives_way_to_the_village_told_near_later():
    # illustrative: the lead names the road's ends; the next sentence tells where on it
    text = ("Insurgents on Tuesday abducted four aid workers travelling on the Maiduguri-Monguno road in "
            "Borno State. The aid workers were taken away after the insurgents mounted a checkpoint near "
            "Ngamdu village in Kaga Local Government Area.")
    [mention] = extract_article(_article(text))
    assert (mention.place.admin1, mention.place.admin2) == ("Borno", "Kaga")
    # a road end alone stays the place; a town the wounded were taken to is no place of the incident
    text = ("Gunmen on Tuesday ambushed a bus on the Damboa-Maiduguri road, killing five passengers. "
            "The wounded were evacuated to a hospital in Biu.")
    [mention] = extract_article(_article(text))
    assert mention.place.admin2 == "Damboa"
    # nor is the town where a quoted trader is based
    text = ("A bus hit a mine last week on the Boni-Hombori road, killing seven passengers. \"It is the "
            "third time this year,\" said a transporter based in Douentza.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Boni"


def test_a_road_end_gives_way_to_a_village_told_at_its_height_and_route_ends_are_no_place():
    # illustrative: "à hauteur de" / "non loin de" tell where on the road; "reliant X à Y" names its ends
    text = ("Illustratif : un convoi escorté par des éléments de l'armée et des Volontaires pour la "
            "défense de la patrie (VDP) a été attaqué samedi sur l'axe Kaya-Dori, à hauteur de Yalgo, "
            "dans la province du Namentenga. Dix soldats ont été tués.")
    article = Article(id="t-place", text=text, raw_text=text, published="2025-12-08", language="fr")
    [mention] = extract_article(article)
    assert mention.place.name == "Yalgo"
    text = ("Illustratif : des camions-citernes ont été incendiés lundi par des hommes armés sur la route "
            "nationale reliant Kayes à Bamako, non loin de Diéma. Deux chauffeurs ont été tués.")
    article = Article(id="t-place", text=text, raw_text=text, published="2026-02-10", language="fr")
    [mention] = extract_article(article)
    assert (mention.place.admin1, mention.place.name) == ("Kayes", "Diéma")
    text = ("(Illustrative) Gunmen on Monday torched fuel tankers on the highway linking Kayes to Bamako, "
            "near Diéma, killing two drivers.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Diéma"


def test_a_landmark_the_place_lies_off_is_not_where_the_next_sentences_happen():
    # illustrative: "au sud-ouest de Bamako" only locates Kangaba; the ambush told next happened near there
    text = ("Illustratif : trois ouvriers étrangers ont été enlevés dimanche par des hommes armés près de "
            "Kangaba, au sud-ouest de Bamako. Le lendemain, deux gendarmes ont été tués dans une embuscade "
            "tendue par les ravisseurs.")
    article = Article(id="t-place", text=text, raw_text=text, published="2025-12-02", language="fr")
    assert {m.place.name for m in extract_article(article)} == {"Kangaba"}


def test_a_road_told_by_its_two_ends_in_a_country_stays_at_its_first_end():
    # illustrative: "que liga Kayes a Bamako" / "reliant Kayes à Bamako" names only the road's ends; the
    # country told after them is no finer place, so the first end stays, as for "l'axe Kayes-Bamako"
    text = ("Ilustrativo: combatentes atacaram na terça-feira um comboio na estrada que liga Kayes a "
            "Bamako, no oeste do Mali, matando cinco militares. A escassez de combustível paralisou Bamako.")
    article = Article(id="t-place", text=text, raw_text=text, published="2025-11-14", language="pt")
    assert {m.place.name for m in extract_article(article)} == {"Kayes"}
    text = ("Illustratif : des hommes armés ont attaqué mardi un convoi sur la route reliant Kayes à "
            "Bamako, dans l'ouest du Mali, tuant cinq militaires. La pénurie de carburant paralyse Bamako.")
    article = Article(id="t-place", text=text, raw_text=text, published="2025-11-14", language="fr")
    assert {m.place.name for m in extract_article(article)} == {"Kayes"}


def test_a_town_said_to_lie_off_another_is_the_place_not_the_other():
    text = ("(Illustrative) Hombori, situated east of the capital Bamako, was attacked on 8 March; "
            "12 soldiers were killed.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Hombori"


def test_a_region_inside_a_cartels_name_gives_only_its_country():
    # the Sinaloa Cartel and the Jalisco New Generation Cartel fight far from the states they are named for
    text = ("Illustrative report. Gunmen of the Sinaloa Cartel killed two men in a bar on Saturday, police "
            "said. The Jalisco New Generation Cartel denied any part in the attack.")
    mentions = extract_article(_article(text))
    assert mentions and all(m.place.country == "MX" and m.place.admin1 is None for m in mentions)


def test_a_region_inside_a_police_force_name_is_still_the_place():
    text = "Illustrative report. The Kano State Police said two men were killed by gunmen on Saturday."
    mentions = extract_article(_article(text))
    assert mentions and all(m.place.admin1 == "Kano" for m in mentions)


def test_the_islamic_states_full_name_is_no_place_of_the_event():
    text = ("Illustrative report. Soldiers killed three militants loyal to the Islamic State of Iraq and "
            "Syria in Cotabato province on Thursday, the army said.")
    mentions = extract_article(_article(text))
    assert mentions and all(m.place is not None and m.place.country == "PH" for m in mentions)


def test_this_city_is_the_dateline_town():
    # illustrative: the dateline's town is the event's when the lead places it in "this city" (not its region,
    # nor a town named later)
    text = "Gao, 19 mai (AFP) - Une attaque contre un marché de cette ville du nord a fait deux morts."
    article = Article(id="t-place", text=text, raw_text=text, published="2021-05-20", language="fr")
    [mention] = extract_article(article)
    assert (mention.place.name, mention.place.where_prec) == ("Gao", 1)
    text = ("MOPTI, May 19 (Example Wire) - Gunmen attacked a market in this central Malian town on "
            "Wednesday, killing two people, officials said. The army later sent troops to Sévaré.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Mopti"


def test_a_victims_home_town_is_not_where_he_was_killed():
    # illustrative: the trader came from Kano; the shooting was in Kaduna (one event, not a second at Kano)
    text = ("Gunmen opened fire outside a bar in Kaduna early on Friday. A 40-year-old trader from the "
            "northern city of Kano died of wounds received in the shooting, police in Kaduna said.")
    [mention] = extract_article(_article(text))
    assert mention.place.admin1 == "Kaduna" and mention.fatalities.best == 1


def test_the_seat_of_a_bishop_who_tells_the_attack_is_no_place_of_it():
    # illustrative: "the bishop of Kaya ... said": where the news came from, not where the church was attacked
    text = ("Suspected jihadists killed 12 worshippers during Sunday mass in Dablo, the diocese of Kaya said "
            "on Monday. \"Armed men burst into the church and opened fire on the faithful,\" the bishop of "
            "Kaya said in a message.")
    mentions = extract_article(_article(text))
    assert mentions and {m.place.name for m in mentions} == {"Dablo"}


def test_an_aid_groups_suspended_operations_do_not_place_the_ambush_it_tells():
    # illustrative: "suspending its operations in the Diffa region after ... killed near Toumour": Toumour
    text = ("An aid group said on Wednesday it was suspending its operations in Niger's Diffa region after "
            "two of its staff were killed when gunmen ambushed their car near Toumour on Monday.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Toumour"


def test_a_district_governor_speaks_of_his_district_which_stays_the_place():
    # illustrative: a district's governor tells what happened in his district
    text = ("The district governor of Nahrin told reporters that Taliban fighters fired mortar shells at a "
            "market yesterday, killing three civilians.")
    [mention] = extract_article(_article(text))
    assert mention.place.name == "Nahrīn"
