"""Exports follow ACLED's and UCDP GED's column layouts."""

import csv
import io
import json

from illustrative import illustrative_event

from sahelwatch.export.formats import ACLED_COLUMNS, UCDP_COLUMNS, write_events


def _csv(fmt: str) -> list[dict[str, str]]:
    buffer = io.StringIO()
    assert write_events([illustrative_event()], buffer, fmt) == 1
    return list(csv.DictReader(io.StringIO(buffer.getvalue())))


def test_acled_csv_has_the_31_columns_in_order_then_extensions():
    buffer = io.StringIO()
    write_events([illustrative_event()], buffer, "acled-csv")
    header = buffer.getvalue().splitlines()[0].split(",")
    assert header[:31] == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31
    assert header[31:] == [
        "fatalities_low",
        "fatalities_high",
        "date_start",
        "date_end",
        "article_ids",
        "source_urls",
        "confidence",
        "evidence",
    ]


def test_acled_row_values():
    row = _csv("acled-csv")[0]
    assert row["event_id_cnty"] == "NER000001"
    assert row["iso"] == "562" and row["region"] == "Western Africa" and row["country"] == "Niger"
    assert row["fatalities"] == "12" and row["time_precision"] == "1" and row["geo_precision"] == "1"
    assert row["interaction"] == "13" and row["source"] == "Example Outlet"
    assert "Gunmen killed" in row["notes"]


def test_an_undated_event_is_flagged_for_review_not_given_a_year():
    from dataclasses import replace

    from sahelwatch.export.formats import UNDATED_TAG, acled_row
    from sahelwatch.models import EventDate

    event = illustrative_event()
    assert acled_row(event)["tags"] == ""
    row = acled_row(replace(event, date=EventDate(None, time_precision=3)))
    assert row["event_date"] == "" and row["year"] == "" and row["tags"] == UNDATED_TAG


def test_ucdp_row_values():
    row = _csv("ucdp-csv")[0]
    assert list(row) == UCDP_COLUMNS
    assert row["side_a"] == "Government of Niger"
    assert row["source_article"] == "a-1" and row["best"] == "12" and row["country"] == "Niger"


def test_geojson_points_are_lon_lat():
    buffer = io.StringIO()
    write_events([illustrative_event()], buffer, "geojson")
    feature = json.loads(buffer.getvalue())["features"][0]
    assert feature["geometry"]["coordinates"] == [1.5, 14.5]


def test_ucdp_dyads_follow_ucdp_rules():
    from sahelwatch.export.ucdp import ucdp_dyad
    from sahelwatch.models import Actor

    event = illustrative_event()
    gov = Actor("Military Forces of Syria", inter=1, ucdp_name="Government of Syria")
    civilians = Actor("Civilians (Syria)", inter=7, ucdp_name="Civilians")
    unknown = Actor("Unidentified Armed Group (Syria)", inter=3)
    event.event_type, event.sub_event_type = "Explosions/Remote violence", "Shelling/artillery/missile attack"
    event.actor1, event.actor2 = gov, civilians
    assert ucdp_dyad(event, "Syria") == ("Government of Syria", "Syrian insurgents", 1)
    event.event_type, event.sub_event_type = "Violence against civilians", "Attack"
    assert ucdp_dyad(event, "Syria") == ("Government of Syria", "Civilians", 3)
    event.actor1 = unknown
    # an unnamed killer: the region's usual UCDP dyad, else the country's usual perpetrator, coded
    # within its conflict when UCDP rarely codes that group's killings as one-sided (cartels), unless
    # the group is one of the country's rebels
    assert ucdp_dyad(event, "Syria", "Daraa governorate") == ("Government of Syria", "Syrian insurgents", 1)
    assert ucdp_dyad(event, "Syria") == ("IS", "Civilians", 3)
    assert ucdp_dyad(event, "Mexico") == ("Jalisco Cartel New Generation", "Sinaloa Cartel", 2)
    assert ucdp_dyad(event, "Niger")[1:] == ("Civilians", 3)
    event.event_type, event.sub_event_type = "Protests", "Peaceful protest"
    assert ucdp_dyad(event, "Syria")[2] is None


def test_regional_dyads_allow_spelling_variants():
    from sahelwatch.export.ucdp import local_dyad, region_key

    assert region_key("Syria", "Deir ez-Zor governorate") == "Syria|deirezzor"
    assert local_dyad("Syria", "Dair ez Zor governorate") == local_dyad("Syria", "Deir ez-Zor") is not None
    assert local_dyad("Syria", "Daraa governorate") == ("Government of Syria", "Syrian insurgents")
    assert local_dyad("Syria", None) is None and local_dyad("Atlantis", "Nowhere") is None


def _blast(sentence: str, civilians: int = 2, soldiers: int = 0):
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.models import Evidence, Fatalities

    event = illustrative_event()
    dead = civilians + soldiers
    event.fatalities = Fatalities(deaths_a=soldiers, deaths_civilians=civilians, low=dead, best=dead,
                                  high=dead)
    event.evidence = [Evidence("sentence", 0, len(sentence), sentence),
                      Evidence("fatalities:killed:civilians", 0, 10, sentence[:10])]
    return ucdp_row(event)


def test_civilians_killed_by_ordnance_left_over_from_the_war_are_ucdp_s_high_estimate_only():
    # illustrative sentences: UCDP cannot tie an old mine's dead to a dyad on that day
    for sentence in ("Two children were killed when an old landmine left over from the war exploded nearby.",
                     "Two shepherds were killed by a mine thought to be part of the war ordnance.",
                     "Deux enfants ont été tués par l'explosion d'un obus non explosé près de l'école.",
                     "Duas crianças morreram na explosão de um engenho não detonado perto da aldeia."):
        row = _blast(sentence)
        assert (row["low"], row["best"], row["high"], row["deaths_civilians"]) == (0, 0, 2, 0), sentence
    # a fresh mine keeps its dead; so do soldiers killed by an old one
    row = _blast("Two children were killed when a landmine planted by the militants exploded near a farm.")
    assert (row["low"], row["best"], row["deaths_civilians"]) == (2, 2, 2)
    row = _blast("Three soldiers were killed when their truck hit an old landmine.", civilians=0, soldiers=3)
    assert (row["best"], row["deaths_a"]) == (3, 3)


def test_unnamed_dead_of_one_sided_violence_are_civilians():
    # illustrative: "gunmen shot dead a man" coded as one-sided violence: UCDP counts its dead as civilians
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.models import Actor, Fatalities

    event = illustrative_event()
    event.event_type, event.sub_event_type = "Violence against civilians", "Attack"
    event.actor1 = Actor("Islamic State (Sahel)", surface="IS Sahel", inter=2, ucdp_name="IS")
    event.actor2 = Actor("Civilians (Niger)", surface="a man", inter=7, ucdp_name="Civilians")
    event.fatalities = Fatalities(deaths_unknown=2, low=2, best=2, high=2)
    row = ucdp_row(event)
    assert (row["side_b"], row["type_of_violence"]) == ("Civilians", 3)
    assert (row["deaths_civilians"], row["deaths_unknown"], row["best"]) == (2, 0, 2)


def _fight(country: str, place: str, adm1: str, actor1, actor2, sentence: str, told: str, group: str,
           dead: int):
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.models import Evidence, Fatalities, Place

    event = illustrative_event()
    event.place = Place(name=place, country=country, admin1=adm1)
    event.date.event_date = event.date.date_start = event.date.date_end = "2021-06-01"
    event.actor1, event.actor2 = actor1, actor2
    counts = {"deaths_a": dead} if group == "security" else {"deaths_b": dead}
    event.fatalities = Fatalities(**counts, low=dead, best=dead, high=dead)
    at = sentence.index(told)
    event.evidence = [Evidence("sentence", 0, len(sentence), sentence),
                      Evidence(f"fatalities:killed:{group}", at, at + len(told), told)]
    return ucdp_row(event)


def test_each_side_s_dead_go_to_its_ucdp_side():
    # illustrative sentences. In Yemen UCDP's "Government of Yemen (North Yemen)" (side a) is the Houthi
    # authority, so dead rebels named as Houthis are side a's, the recognised government's soldiers side b's
    from sahelwatch.models import Actor

    houthis = Actor("Houthi Movement (Ansarallah)", surface="Houthi rebels", inter=2,
                    ucdp_name="Government of Yemen (North Yemen)")
    plc = Actor("Forces of the Presidential Leadership Council", surface="government forces", inter=1,
                ucdp_name="Forces of the Presidential Leadership Council")
    sentence = "At least nine Houthi rebels were killed in air strikes near the front line on Monday."
    row = _fight("YE", "Marib", "Marib", plc, houthis, sentence, "At least nine Houthi rebels were killed",
                 "militants", 9)
    assert row["side_a"] == "Government of Yemen (North Yemen)"
    assert (row["deaths_a"], row["deaths_b"], row["best"]) == (9, 0, 9)
    sentence = "Four soldiers were killed when the rebels attacked a checkpoint south of the city."
    row = _fight("YE", "Marib", "Marib", houthis, plc, sentence, "Four soldiers were killed", "security", 4)
    assert (row["deaths_a"], row["deaths_b"]) == (0, 4)
    # a non-state dyad: the side named with the dead takes them ("members of the Asayish" are the SDF's)
    sdf = Actor("SDF: Syrian Democratic Forces", surface="SDF", inter=2, ucdp_name="SDF")
    isis = Actor("Islamic State", surface="ISIS", inter=2, ucdp_name="IS")
    sentence = "Gunmen shot dead two members of the Asayish at a checkpoint east of the town."
    row = _fight("SY", "Deir ez-Zor", "Deir ez-Zor", isis, sdf, sentence, "shot dead two members",
                 "security", 2)
    assert (row["side_a"], row["side_b"], row["deaths_a"], row["deaths_b"]) == ("IS", "SDF", 0, 2)
    # the state's own soldiers stay side a's elsewhere
    niger = Actor("Military Forces of Niger", surface="soldiers", inter=1, ucdp_name="Government of Niger")
    sentence = "Five soldiers were killed when gunmen attacked their post."
    row = _fight("NE", "Tillaberi", "Tillaberi", None, niger, sentence, "Five soldiers were killed",
                 "security", 5)
    assert (row["deaths_a"], row["deaths_b"]) == (5, 0)


def test_the_attacker_named_after_the_verb_is_not_the_side_of_the_dead():
    # illustrative: "were killed in an ambush by the Islamic State" names the killers, not the dead
    from sahelwatch.models import Actor

    iraq = Actor("Military Forces of Iraq", surface="Hashed al-Shaabi", inter=1,
                 ucdp_name="Government of Iraq")
    isis = Actor("Islamic State", surface="Islamic State", inter=2, ucdp_name="IS")
    sentence = "Six fighters from the Hashed al-Shaabi were killed in an ambush by the Islamic State."
    row = _fight("IQ", "Tikrit", "Salah ad Din", isis, iraq, sentence,
                 "Six fighters from the Hashed al-Shaabi were killed", "militants", 6)
    assert (row["side_a"], row["side_b"]) == ("Government of Iraq", "IS")
    assert (row["deaths_a"], row["deaths_b"]) == (6, 0)


def test_soldiers_told_in_a_group_s_war_are_that_group_s_dead():
    # illustrative: a guard killed in the SDF's war against IS, the state named only by the generic noun
    from sahelwatch.models import Actor

    syria = Actor("Military Forces of Syria", surface="guard", inter=1, ucdp_name="Government of Syria")
    sdf = Actor("SDF: Syrian Democratic Forces", surface="SDF", inter=2, ucdp_name="SDF")
    sentence = "Unknown gunmen shot dead a guard at a checkpoint in the eastern countryside."
    row = _fight("SY", "Deir ez-Zor", "Deir ez-Zor", sdf, syria, sentence, "shot dead a guard", "security", 1)
    assert (row["side_a"], row["side_b"], row["deaths_a"], row["deaths_b"]) == ("IS", "SDF", 0, 1)


def test_dead_of_no_group_go_to_the_side_every_phrase_names():
    # illustrative: "the commander of Jaish-e-Mohammed" is of no casualty group but of side b; a phrase that
    # names no side ("he was shot dead") leaves them unknown
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.models import Actor, Evidence, Fatalities, Place

    india = Actor("Military Forces of India", surface="security forces", inter=1,
                  ucdp_name="Government of India")
    jem = Actor("Kashmir insurgents", surface="militants", inter=2, ucdp_name="Kashmir insurgents")
    sentence = "A commander of Jaish-e-Mohammed was killed in an encounter with security forces on Monday."
    told = "A commander of Jaish-e-Mohammed was killed"
    event = illustrative_event()
    event.place = Place(name="Shopian", country="IN", admin1="Jammu and Kashmir")
    event.date.event_date = event.date.date_start = event.date.date_end = "2021-06-01"
    event.actor1, event.actor2 = india, jem
    event.fatalities = Fatalities(deaths_unknown=1, low=1, best=1, high=1)
    event.evidence = [Evidence("sentence", 0, len(sentence), sentence),
                      Evidence("fatalities:killed:unknown", 0, len(told), told)]
    row = ucdp_row(event)
    assert row["side_b"] == "Kashmir insurgents"
    assert (row["deaths_b"], row["deaths_unknown"], row["best"]) == (1, 0, 1)
    event.evidence.append(Evidence("fatalities:killed:unknown", 0, 10, "he was shot dead"))  # names no side
    row = ucdp_row(event)
    assert (row["deaths_b"], row["deaths_unknown"]) == (0, 1)


def test_a_place_and_what_happened_there_name_no_side_of_the_dead():
    # illustrative: the complement after "a rebel" is a place; the regime forces named further on fired
    from sahelwatch.models import Actor

    syria = Actor("Military Forces of Syria", surface="regime forces", inter=1,
                  ucdp_name="Government of Syria")
    rebels = Actor("Syrian insurgents", surface="rebels", inter=2, ucdp_name="Syrian insurgents")
    sentence = ("Activists documented the death of a rebel in Akrad due to an"
                " exchange of fire between regime forces and the factions.")
    row = _fight("SY", "Latakia", "Latakia", syria, rebels, sentence, "the death of a rebel", "militants", 1)
    assert (row["side_a"], row["deaths_a"], row["deaths_b"]) == ("Government of Syria", 0, 1)


def _told_dead(country: str, place: str, adm1: str, actor1, actor2, sentence: str, told: str, dead: int):
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.models import Evidence, Fatalities, Place

    event = illustrative_event()
    event.place = Place(name=place, country=country, admin1=adm1)
    event.date.event_date = event.date.date_start = event.date.date_end = "2026-03-01"
    event.actor1, event.actor2 = actor1, actor2
    event.fatalities = Fatalities(deaths_unknown=dead, low=dead, best=dead, high=dead)
    at = sentence.index(told)
    event.evidence = [Evidence("sentence", 0, len(sentence), sentence),
                      Evidence("fatalities:killed:unknown", at, at + len(told), told)]
    return ucdp_row(event)


def test_the_side_named_with_the_dead_is_read_in_french_and_portuguese():
    # illustrative sentences: the dead named as members of one group of a non-state fight go to its side
    from sahelwatch.models import Actor

    jnim = Actor("JNIM: Jama'at Nusrat al-Islam wal Muslimin", surface="JNIM", inter=2, ucdp_name="JNIM")
    isis = Actor("Islamic State (Sahel)", surface="EIGS", inter=2, ucdp_name="IS")
    sentence = "Dix-huit membres de l'EIGS ont été tués lors de combats contre le JNIM près de Ménaka."
    row = _told_dead("ML", "Menaka", "Menaka", jnim, isis, sentence, "Dix-huit membres", 18)
    is_side = "deaths_a" if row["side_a"] == "IS" else "deaths_b"
    assert (row[is_side], row["deaths_unknown"]) == (18, 0)
    sentence = "Dezoito membros do JNIM foram mortos em combates com o Estado Islâmico perto de Ménaka."
    row = _told_dead("ML", "Menaka", "Menaka", isis, jnim, sentence, "Dezoito membros", 18)
    jnim_side = "deaths_a" if row["side_a"] == "JNIM" else "deaths_b"
    assert (row[jnim_side], row["deaths_unknown"]) == (18, 0)


def test_one_group_s_dead_told_in_phrases_naming_different_sides_are_split():
    # illustrative: both figures are of the "militants" group; the dozos are the associate of Dan Na
    # Ambassagou (UCDP's "Dogon"), the attackers of the JNIM they fought
    from sahelwatch.export.formats import ucdp_row
    from sahelwatch.models import Actor, Evidence, Fatalities, Place

    dna = Actor("Dan Na Ambassagou", surface="Dan Na Ambassagou", inter=4, ucdp_name="Dogon")
    dozos = Actor("Dozo Communal Militia", surface="chasseurs dozos", inter=4)
    jnim = Actor("JNIM: Jama'at Nusrat al-Islam wal Muslimin", surface="JNIM", inter=2, ucdp_name="JNIM")
    sentence = "Six chasseurs dozos et une vingtaine d'assaillants ont été tués près de Bankass, dimanche."
    event = illustrative_event()
    event.place = Place(name="Bankass", country="ML", admin1="Mopti")
    event.date.event_date = event.date.date_start = event.date.date_end = "2026-03-01"
    event.actor1, event.actor2, event.assoc_actor_1 = dna, jnim, [dozos]
    event.fatalities = Fatalities(deaths_b=26, low=26, best=26, high=26)
    event.evidence = [Evidence("sentence", 0, len(sentence), sentence)]
    for told in ("Six chasseurs dozos", "une vingtaine d'assaillants ont été tués"):
        at = sentence.index(told)
        event.evidence.append(Evidence("fatalities:killed:militants", at, at + len(told), told))
    row = ucdp_row(event)
    dogon = "deaths_a" if row["side_a"] == "Dogon" else "deaths_b"
    other = "deaths_b" if dogon == "deaths_a" else "deaths_a"
    assert (row[dogon], row[other], row["best"]) == (6, 20, 26)
    # figures that do not add up to the group's dead are not split
    event.fatalities = Fatalities(deaths_b=30, low=30, best=30, high=30)
    row = ucdp_row(event)
    assert sorted((row["deaths_a"], row["deaths_b"])) == [0, 30]
