"""Unit tests of casualty extraction and fatality summaries (English and French)."""

import json
from pathlib import Path

import pytest

from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.fatality_summary import summarise_fatalities


def _facts(text: str, lang: str = "en") -> list[tuple[int, str, str]]:
    return [(c.low, c.kind, c.group) for c in find_casualties(text, lang) if not c.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23 soldiers were killed in the attack.", [(23, "killed", "security")]),
        ("Gunmen killed 12 civilians in Tillaberi.", [(12, "killed", "civilians")]),
        ("The raid killed at least 15 people.", [(15, "killed", "unknown")]),
        ("Five dead and three injured.", [(5, "killed", "unknown"), (3, "wounded", "unknown")]),
        ("The death toll rose to 40.", [(40, "killed", "unknown")]),
        ("The ambush claimed the lives of 8 soldiers.", [(8, "killed", "security")]),
        ("17 people lost their lives.", [(17, "killed", "unknown")]),
        ("Rescuers found 20 bodies.", [(20, "killed", "unknown")]),
        ("The blast left 10 dead and 25 injured.", [(10, "killed", "unknown"), (25, "wounded", "unknown")]),
        ("11 killed, 6 wounded.", [(11, "killed", "unknown"), (6, "wounded", "unknown")]),
        ("23 soldiers and 30 attackers were killed.",
         [(23, "killed", "security"), (30, "killed", "militants")]),
        ("The army said it neutralised 45 terrorists.", [(45, "killed", "militants")]),
        ("The raid led to the neutralization of several BHTs.", [(3, "killed", "militants")]),
        ("It announced the elimination of 12 terrorists.", [(12, "killed", "militants")]),
        ("20 rebels at the place were killed in the airstrikes.", [(20, "killed", "militants")]),
        ("Two soldiers at the checkpoint were wounded.", [(2, "wounded", "security")]),
        ("A fighter who shot a constable inside a police camp in Tral was killed.",
         [(1, "killed", "militants")]),
        ("One fatality was recorded.", [(1, "killed", "unknown")]),
        ("Jihadist suspected of masterminding the Solhan massacre killed in army raid.",
         [(1, "killed", "militants")]),
        ("At least 5 Nigerien security force members have been killed.", [(5, "killed", "security")]),
        ("Nine soldiers were killed and two police posts were overrun.", [(9, "killed", "security")]),
        ("Unknown gunmen shot dead two members of the military intelligence in Gao.",
         [(2, "killed", "security")]),
        ("Three members of the Islamic State were killed in the raid.", [(3, "killed", "militants")]),
        ("Four members of the same family were killed.", [(4, "killed", "civilians")]),
        ("Gunmen killed two members of the local council.", [(2, "killed", "unknown")]),
        ("Bandits killed three members of a local vigilante group near Tsafe.", [(3, "killed", "security")]),
        ("A suicide bomber and her two companions were killed near Diffa.", [(3, "killed", "militants")]),
        ("The commander and seven other insurgents were killed.", [(8, "killed", "militants")]),
        ("Gunmen killed a soldier and two others in Gao.",
         [(1, "killed", "security"), (2, "killed", "security")]),
        ("The chief, who was wounded two days ago in an ambush, was evacuated.", []),
        ("Rebels publicly execute 3 villagers accused of spying.", [(3, "killed", "civilians")]),
        ("Activists documented the death of four members of the rebel group.", [(4, "killed", "militants")]),
        ("Moussa Ag Acharatoumane, 40 years old, was shot dead in Ménaka.", [(1, "killed", "unknown")]),
        ("The body of a man was found near Ansongo on Friday.", [(1, "killed", "unknown")]),
        ("Her two companions were killed.", [(2, "killed", "unknown")]),
        ("One person was killed by the police in Gao.", [(1, "killed", "unknown")]),
        ("Gunmen execute village chief in Ménaka", [(1, "killed", "civilians")]),
        ("Eight soldiers, over 20 Boko Haram fighters die in Cameroon clashes",
         [(8, "killed", "security"), (20, "killed", "militants")]),
        ("Thousands die every year of hunger.", []),
        ("Unknown gunmen assassinate army defector near Gao", [(1, "killed", "security")]),
        ("A communist New People's Army (NPA) fighter died in the encounter.", [(1, "killed", "militants")]),
        ("One officer is said to have been killed in the raid.", [(1, "killed", "security")]),
        ("The army killed the commander of the group and two other fighters.", [(3, "killed", "militants")]),
        ("Militants attacked the town and two villages nearby.", []),
        ("Seven of the attackers were killed.", [(7, "killed", "militants")]),
        ("Dozens of villagers were killed.", [(12, "killed", "civilians")]),
        ("12 gunmen killed 3 villagers.", [(3, "killed", "civilians")]),
        ("A soldier was killed and two others wounded.",
         [(1, "killed", "security"), (2, "wounded", "security")]),
        ("killing 10 soldiers and 3 civilians", [(10, "killed", "security"), (3, "killed", "civilians")]),
        ("Two soldiers were abducted and 14 arrested.",
         [(2, "abducted", "security"), (14, "arrested", "unknown")]),
        ("Three days after gunmen killed four people", [(4, "killed", "unknown")]),
        # "lost N men": the men are of the body that lost them
        ("The army said it lost four men in the attack.", [(4, "killed", "security")]),
        ("The village lost four men in the raid.", [(4, "killed", "civilians")]),
        # illustrative: "lost N of their own / of their members" after the subject's deed: its men
        ("The soldiers repelled the raid, killed 15 insurgents and lost three of their own.",
         [(15, "killed", "militants"), (3, "killed", "security")]),
        ("The gunmen shot dead five villagers but lost two of their members.",
         [(5, "killed", "civilians"), (2, "killed", "militants")]),
        ("The bandits killed five farmers and the troops lost two of their members.",
         [(5, "killed", "civilians"), (2, "killed", "security")]),
        # a toll told town by town: the figure after "and" takes the noun and kind of the first
        ("19 civilians were killed in Kantchari and 15 in Diapaga.",
         [(19, "killed", "civilians"), (15, "killed", "civilians")]),
        ("Gunmen killed 12 villagers in Solenzo and eight others in Djibasso.",
         [(12, "killed", "civilians"), (8, "killed", "civilians")]),
        ("Two soldiers died in Gao in 2019 and 3 in March.", [(2, "killed", "security")]),  # no town
        ("Strikes killed 17 rebels in Marib, a government military source said.",
         [(17, "killed", "militants")]),
        ('It said 15 attackers were "neutralised".', [(15, "killed", "militants")]),
        ("The attackers were repelled and 20 of them were killed.", [(20, "killed", "militants")]),
        ("Gunmen abducted 30 people; five of them were killed.",
         [(30, "abducted", "unknown"), (5, "killed", "unknown")]),
        ("Two CJTF members lost their lives.", [(2, "killed", "security")]),
        # illustrative: the dead buried; "all of them ..." after a short adverbial gives their group
        ('"We buried seven people, all of them farmers," a resident said.', [(7, "killed", "civilians")]),
        ("Nine people were killed on Sunday, all civilians.", [(9, "killed", "civilians")]),
        # illustrative: a figure joined to another, its noun left out and its body in a "from" complement
        ("Five soldiers and 12 from the rebel group were killed.",
         [(5, "killed", "security"), (12, "killed", "militants")]),
        ("Six civilians and 3 from the army were killed on Sunday.",
         [(6, "killed", "civilians"), (3, "killed", "security")]),
        ("The ambush killed three Russian mercenaries.", [(3, "killed", "security")]),  # not civilians
        # illustrative: an assassination "targeting" one person killed them; an attempt did not
        ("Sources reported an assassination targeting a member of the council in Ménaka.",
         [(1, "killed", "unknown")]),
        ("Sources reported an assassination attempt targeting a member of the council in Ménaka.", []),
        # illustrative: a definite lone victim who died counts one
        ("The driver died on the way to hospital.", [(1, "killed", "civilians")]),
        ("The wounded soldier later died in Gao.", [(1, "killed", "security")]),
        # illustrative: kin a person lost are a bereavement, no toll; a side's men lost are one
        ('"We have no answers," said a survivor who lost three relatives.', []),
        ("Islamic State also lost 11 members.", [(11, "killed", "militants")]),
    ],
)
def test_english_casualties(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19 soldats tués dans une embuscade.", [(19, "killed", "security")]),
        ("Les assaillants ont tué au moins 12 civils.", [(12, "killed", "civilians")]),
        ("L'attaque a fait 20 morts et 15 blessés.", [(20, "killed", "unknown"), (15, "wounded", "unknown")]),
        ("Le bilan de 30 morts est provisoire.", [(30, "killed", "unknown")]),
        ("Côté ami, 29 soldats sont tombés. 45 terroristes neutralisés.",
         [(29, "killed", "security"), (45, "killed", "militants")]),
        ("Cinq personnes ont été enlevées.", [(5, "abducted", "unknown")]),
        ("Trois soldats ont perdu la vie.", [(3, "killed", "security")]),
        ("Sept civils égorgés.", [(7, "killed", "civilians")]),
        ("Deux gendarmes portés disparus.", [(2, "missing", "security")]),
        ("une dizaine de villageois abattus", [(10, "killed", "civilians")]),
        ("tuant quatre-vingt-douze soldats nigériens", [(92, "killed", "security")]),
        ("L'armée a perdu quatre hommes dans l'attaque.", [(4, "killed", "security")]),
        ("Trois membres de l'armée ont été tués.", [(3, "killed", "security")]),
        ("L'attaque a fait dix morts parmi les soldats.", [(10, "killed", "security")]),
        ("Des hommes armés ont tué 12 civils à Solenzo et 8 à Djibasso.",
         [(12, "killed", "civilians"), (8, "killed", "civilians")]),
        # illustrative: a definite lone victim who died counts one
        ("Le chauffeur est mort sur le coup.", [(1, "killed", "civilians")]),
        ("Le soldat blessé a succombé à ses blessures.", [(1, "killed", "security")]),
        ("Une survivante qui a perdu trois proches témoigne.", []),
    ],
)
def test_french_casualties(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("No casualties were reported.", "en"),
        ("No one was killed in the attack.", "en"),
        ("No deaths were reported.", "en"),
        # illustrative: a singular noun after "no" is no lone death of that noun
        ("No soldier was killed, the source said.", "en"),
        ("No civilians were hurt in the blast.", "en"),
        ("L'attaque n'a fait aucune victime.", "fr"),
        ("Pas de victime selon les autorités.", "fr"),
        ("Aucun bilan n'a été communiqué.", "fr"),
    ],
)
def test_negations(text: str, lang: str) -> None:
    found = find_casualties(text, lang)
    assert found and all(c.negated and c.low == 0 for c in found)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("More than 2,000 people have been killed since 2015.", "en"),
        ("Some 300 civilians were killed so far in 2021.", "en"),
        ("Plus de 200 personnes tuées depuis le début de l'année.", "fr"),
        ("Dozens of fighters from both sides have been killed since then, according to local media.", "en"),
        ("Des dizaines de soldats ont été tués depuis lors.", "fr"),
        ("Dezenas de civis foram mortos desde então.", "pt"),
    ],
)
def test_cumulative_counts_are_flagged(text: str, lang: str) -> None:
    found = find_casualties(text, lang)
    assert found and all(c.cumulative for c in found)
    assert summarise_fatalities(found).best == 0


@pytest.mark.parametrize(
    ("text", "lang", "best"),
    [  # illustrative sentences: a superlative measures the incident against the period, no running total
        ("Gunmen killed five villagers on Tuesday in the deadliest attack since 2024.", "en", 5),
        ("Nine soldiers were killed, the worst loss for the army since March.", "en", 9),
        ("Des hommes armés ont tué sept civils, l'attaque la plus meurtrière depuis 2023.", "fr", 7),
        ("Homens armados mataram seis civis, o ataque mais mortífero desde 2022.", "pt", 6),
        ("More than 300 people have been killed since 2024, the worst toll in the region.", "en", 0),
    ],
)
def test_a_superlative_before_a_period_bound_is_no_running_total(text: str, lang: str, best: int) -> None:
    assert summarise_fatalities(find_casualties(text, lang)).best == best


def test_spans_point_into_the_text() -> None:
    text = "On Sunday, 23 soldiers were killed near Inates."
    (casualty,) = find_casualties(text, "en")
    assert text[casualty.number_start:casualty.number_end] == "23"
    assert text[casualty.start:casualty.end] == "23 soldiers were killed"
    assert casualty.noun == "soldiers"


def test_summary_per_side_and_wounded_never_dead() -> None:
    text = "23 soldiers and 30 attackers were killed. 12 civilians died and 40 were wounded."
    summary = summarise_fatalities(find_casualties(text, "en"))
    assert (summary.deaths_a, summary.deaths_b, summary.deaths_civilians) == (23, 30, 12)
    assert summary.best == 65
    assert summary.wounded == 40


def test_summary_revised_toll_keeps_range() -> None:
    text = "At least 12 soldiers were killed. The toll later rose to 15 soldiers killed."
    summary = summarise_fatalities(find_casualties(text, "en"))
    assert (summary.low, summary.best, summary.high) == (12, 15, 15)
    assert summary.deaths_a == 15


def test_summary_unknown_total_is_not_double_counted() -> None:
    text = "The attack killed 12 people, including 10 soldiers."
    summary = summarise_fatalities(find_casualties(text, "en"))
    assert summary.best == 12
    assert (summary.deaths_a, summary.deaths_unknown) == (10, 2)


def test_summary_ignores_negated_and_vague_dozens_is_twelve() -> None:
    text = "Dozens of civilians were killed. No soldier was hurt."
    summary = summarise_fatalities(find_casualties(text, "en"))
    assert summary.best == 12 and summary.deaths_civilians == 12 and summary.vague
    precise = summarise_fatalities(find_casualties("Dozens were wounded and 9 soldiers were killed.", "en"))
    assert precise.best == 9 and not precise.vague


def test_subset_of_same_group_is_not_a_new_toll() -> None:
    text = "Treize civils, dont sept enfants, ont été tués jeudi."
    summary = summarise_fatalities(find_casualties(text, "fr"))
    assert (summary.best, summary.deaths_civilians) == (13, 13)


# --- real data -------------------------------------------------------------------------------

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def _dev_fr() -> dict[str, dict]:
    with open(SHARED / "data" / "sahel-news" / "dev-fr.jsonl", encoding="utf-8") as handle:
        return {row["id"]: row for row in map(json.loads, handle)}


@pytest.mark.parametrize(
    ("article_id", "group", "toll"),
    [
        ("sd-03", "civilians", 38),  # 38 civilians killed by Boko Haram in south-east Niger
        ("sd-23", "security", 9),  # nine Nigerien soldiers killed near Tillaberi
        ("sd-24", "security", 6),  # 6 soldiers killed near the Burkina Faso border
        ("sd-12", "civilians", 13),  # 13 civilians including 7 children killed in drone strikes
    ],
)
def test_sahel_news_french_tolls(article_id: str, group: str, toll: int) -> None:
    casualties = find_casualties(_dev_fr()[article_id]["text"], "fr")
    tolls = {c.low for c in casualties if c.kind == "killed" and c.group == group and not c.negated}
    assert toll in tolls


def test_ucdp_aec_validation_gold_toll_among_figures() -> None:
    with open(SHARED / "data" / "ucdp-aec" / "validation.jsonl", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    found = exact = 0
    for row in rows:
        gold = row["deaths_side_a"] + row["deaths_side_b"] + row["deaths_civilian"] + row["deaths_unknown"]
        casualties = find_casualties(row["source_article"], "en")
        figures = {c.low for c in casualties if c.kind == "killed" and not c.negated}
        found += gold in figures or (gold == 0 and not figures)
        exact += summarise_fatalities(casualties).best == gold
    assert found / len(rows) >= 0.50
    assert exact / len(rows) >= 0.32


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # one victim told twice by apposition
        ("At least one civilian, a boy, was killed and four others were hurt in the strike.", 1),
        ("One young herder, a civilian, was shot dead near the well.", 1),
        # a named victim and the companions counted with him
        ("A rebel commander was killed along with his five bodyguards near the river.", 6),
        ("A militia leader with his four men were killed in the raid.", 5),
        # a lone victim named by rank or title, then the others
        ("The blast caused the death of a captain and two soldiers.", 3),
        ("Two army troopers and a militiaman were killed in the clash.", 3),
        # a list with a generic noun beside a named group is no total
        ("Nine insurgents and four members of a village guard were killed.", 13),
        ("A colonel and three members were killed and two wounded.", 4),
        # a list whose first figure takes its kind from the verb at the end
        ("One soldier, a policeman and two civilians were killed.", 4),
        # no second figure inside a noun or its complement
        ("Six members of one family were killed when a shell hit their house.", 6),
        ("Three people of the two clans were killed in the feud.", 3),
        # a body named before a generic noun
        ("Nine ISIS members were killed in the air raids.", 9),
        # illustrative: a victim joined by "and" to a second, unnumbered one counts two; not a thing, not a
        # second person with another fate
        ("Gunmen killed the district head and his son in the attack.", 2),
        ("The attackers shot dead a teacher and a pupil's relative before fleeing.", 2),
        ("Bandits killed a herder and his cattle.", 1),
        ("Gunmen killed a trader and his wife was abducted.", 1),
        ("A farmer was shot dead and his son wounded.", 1),
        # illustrative: a mob's killing told with "to death" around its victim, or "lynched"
        ("A crowd beat to death and burnt a young man accused of theft.", 1),
        ("Angry youths stoned a trader to death near the market.", 1),
        ("Residents lynched a suspected kidnapper on Monday.", 1),
        ("Police beat a man in the market.", 0),
        # illustrative: each rival group's dead, the second figure's noun left out
        ("At least 14 JNIM fighters and 9 from the Islamic State were killed in the clash.", 23),
        ("The army said its men killed 30 insurgents and lost five of their own.", 35),
        # "left N ... dead" and "lost N" with any noun phrase between
        ("The clashes left six soldiers and allied militiamen dead, while the rebels lost four men.", 10),
        ("Police found the bodies of one male and one female near the road.", 2),
        # weapons counted are not casualties
        ("Jets carried out nearly ten strikes and killed two fighters.", 2),
        # a figure's own later verb wins over the kind of the figure before it
        ("In the raid 4 rebels were killed and 6 others including their leader were wounded.", 4),
        ("The raid left one person dead and several others taken by the troops to an unknown place.", 1),
        # a perfect is active: the gunmen are the killers, not the victims
        ("Two gunmen of the faction have killed a young man in the market.", 1),
        # a passive relative clause, a coordinated noun, incises inside a complement
        ("Another rebel who was killed in the clash was buried on Monday.", 1),
        ("Three herders who tried to escape were shot dead near the well.", 3),
        ("15 villagers and members of the local militia were killed by the army.", 15),
        ("At least one member of the special battalion, an elite unit of the army, has died.", 1),
        # lone victims told without a number
        ("A 45-year-old trader was shot dead in the market.", 1),
        ("Gunmen shoot village chief dead near the well", 1),
        ("The attackers also shot dead the mosque's muezzin before leaving.", 1),
        ("Bandits killed a vigilante near Tsafe on Monday.", 1),
        ("His body was found near the river on Friday.", 1),
        ("Leader of rebel group killed in ambush near Gao", 1),
        # an incise naming one of the figure before does not break the list
        ("Two rebels, including Ali Musa, and three soldiers were killed in the clash.", 5),
        ("Police found the corpses of two men near the road.", 2),
        ("The number of fatalities among the troops have risen to 11.", 11),
        # the breakdown of a running total is part of it
        ("Among the total, there are 40 people, including 25 women and six children, who were killed.", 0),
        # "several dozen" is counted as "dozens" (ACLED: 12), "several hundred" once, as "hundreds"
        ("Several dozen assailants were killed in the pursuit.", 12),
        ("A few dozen soldiers died in the attack.", 12),
        ("Several hundred people were killed in the massacre.", 100),
        ("The death toll from Tuesday's attacks on a police school and the airport in the capital has risen "
         "to at least 77, with 255 wounded.", 77),
        # a head noun after the first noun ("a bandit commander") does not end the list; a vehicle word
        # before a person noun ("truck drivers") describes the people
        ("Jets killed a notorious bandit commander and about 30 of his fighters near the forest.", 31),
        ("Two truck drivers were killed and three soldiers wounded when the convoy hit a mine.", 2),
        ("Gunmen burned two trucks and killed three people on the road.", 3),
        # "N of whom" takes the noun before the comma, unless that noun had a figure of its own
        ("Troops repelled the assailants, 17 of whom were neutralised, the army said.", 17),
        ("Gunmen killed 30 villagers, 12 of whom were shot dead in the mosque.", 30),
        ("Gunmen killed 30 villagers, 12 of whom were children.", 30),
    ],
)
def test_english_summaries(text: str, best: int) -> None:  # illustrative sentences
    assert summarise_fatalities(find_casualties(text, "en")).best == best


@pytest.mark.parametrize(
    ("text", "lang", "best"),
    [
        # a sum tied to one incident is its toll; untied, or with a period, it is a running total
        ("Gunmen stormed the village, killing 12 people in total.", "en", 12),
        ("A total of 9 soldiers died in the ambush near the river.", "en", 9),
        ("In total, 2,000 people have been killed in the region.", "en", 0),
        ("Au total, 12 personnes ont été tuées lors de l'attaque du village.", "fr", 12),
        ("Au total, 300 civils ont été tués dans la région depuis janvier.", "fr", 0),
        ("Ao todo, 7 pessoas morreram no ataque à aldeia.", "pt", 7),
        # a day told between the auxiliary and the verb
        ("Five persons were on Sunday reportedly killed by herdsmen near the village.", "en", 5),
        ("Three soldiers were last Tuesday night killed in an ambush.", "en", 3),
        ("A teenage cattle herder was on Sunday evening found shot dead near the village.", "en", 1),
        # animals are no victims
        ("Bandits killed 30 cows in the raid.", "en", 0),
        ("Bandits killed 30 cows and two herders in the raid.", "en", 2),
        ("Les assaillants ont tué 40 bœufs et deux bergers.", "fr", 2),
        ("Les assaillants ont tué 40 bœufs dans le village.", "fr", 0),
        ("Os atacantes mataram 40 cabeças de gado na aldeia.", "pt", 0),
        # a month of last year dates the deed; 'last year' alone marks a total
        ("In March last year, jihadists killed 30 soldiers near the camp.", "en", 30),
        ("Last year, jihadists killed 300 soldiers in the region.", "en", 0),
    ],
)
def test_running_totals_and_tolls_with_their_dates(text: str, lang: str, best: int) -> None:
    assert summarise_fatalities(find_casualties(text, lang)).best == best  # illustrative sentences


@pytest.mark.parametrize(
    ("text", "lang", "best"),
    [
        ("Two Malian soldiers and a Nigerien were killed in the ambush.", "en", 3),
        ("Gunmen killed two Malians and a Nigerien near the border.", "en", 3),
        ("Two Malian soldiers were killed.", "en", 2),
        ("Deux Maliens et un Burkinabè ont été tués.", "fr", 3),
        ("Cinq soldats maliens et un Nigérien ont été tués.", "fr", 6),
        ("Dois soldados malianos e um nigerino foram mortos.", "pt", 3),
    ],
)
def test_people_named_by_nationality_are_counted(text: str, lang: str, best: int) -> None:
    # illustrative sentences: a demonym alone is a person of no stated side; before a noun, an adjective
    assert summarise_fatalities(find_casualties(text, lang)).best == best


def test_a_generic_noun_listed_beside_a_named_group_keeps_its_own_count() -> None:
    casualties = find_casualties("Nine insurgents and four members of a village guard were killed.", "en")
    summary = summarise_fatalities(casualties)
    assert (summary.deaths_b, summary.deaths_unknown) == (9, 4)


def test_the_most_specific_body_names_the_side() -> None:  # illustrative sentences
    assert _facts("Three members of the New People’s Army were killed.") == [(3, "killed", "militants")]
    assert _facts("Three members of the army were killed.") == [(3, "killed", "security")]


def test_fighters_siding_with_the_state_are_counted_with_it() -> None:
    assert _facts("Two pro-government militiamen were killed.") == [(2, "killed", "security")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were shot and killed at the checkpoint.", [(3, "killed", "security")]),
        ("Four villagers were beaten to death by the mob.", [(4, "killed", "civilians")]),
        ("Two radicals were killed in the raid.", [(2, "killed", "militants")]),
    ],
)
def test_more_casualty_verbs_and_nouns(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text) == expected


def test_a_named_incise_between_noun_and_verb() -> None:
    text = "Two rebels, including a local commander known as Abu Salim, were killed on Saturday."
    assert summarise_fatalities(find_casualties(text)).best == 2
    text = "Two soldiers, including a captain, were killed in the ambush."
    assert summarise_fatalities(find_casualties(text)).best == 2


def test_along_with_counts_the_one_named_before() -> None:
    text = "The deputy head of the rebel commission was killed along with two other rebel fighters."
    assert summarise_fatalities(find_casualties(text)).best == 3
    text = "Sixteen soldiers were killed along with three civilians."
    fatalities = summarise_fatalities(find_casualties(text))
    assert (fatalities.best, fatalities.deaths_a, fatalities.deaths_civilians) == (19, 16, 3)
    assert not find_casualties("The governor arrived along with two ministers.")


def test_figures_of_another_incident_are_flagged_elsewhere() -> None:
    text = "The raid came two days after a bombing claimed by the group killed 32 people in the capital."
    assert [(c.low, c.elsewhere) for c in find_casualties(text)] == [(32, True)]
    text = "Two days after the vote, gunmen killed 12 villagers in the north."
    assert [(c.low, c.elsewhere) for c in find_casualties(text)] == [(12, False)]
    text = "Gunmen killed 12 villagers on Sunday, a week after an ambush that killed 3 soldiers."
    assert [(c.low, c.elsewhere) for c in find_casualties(text)] == [(12, False), (3, True)]
    text = "Also read: 2 militants killed in a separate encounter\nSoldiers killed 4 militants on Monday."
    assert [(c.low, c.elsewhere) for c in find_casualties(text)] == [(2, True), (4, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two communist New People's Army (NPA) rebels were killed.", [(2, "killed", "militants")]),
        ("Troops killed 4 Islamic State Sahel Province (ISSP) fighters.", [(4, "killed", "militants")]),
        ("Four shepherds from a nearby district were found dead.", [(4, "killed", "civilians")]),
    ],
)
def test_named_bodies_and_found_dead(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text) == expected


def test_another_source_s_count_is_no_extra_death():
    text = "Gunmen killed at least 9 miners near Essakane on Monday. Other sources put the toll at 14."
    f = summarise_fatalities(find_casualties(text, "en"))
    assert (f.low, f.best, f.high) == (9, 9, 14)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dois capacetes azuis chadianos da MINUSMA morreram e outros quatro ficaram feridos.", "pt"),
        ("Deux soldats tchadiens de la MINUSMA sont morts dans l'explosion.", "fr"),
    ],
)
def test_a_complement_after_an_adjective_still_reaches_the_verb(text: str, lang: str) -> None:
    """Illustrative: the nationality adjective before 'da MINUSMA' hid the casualty verb."""
    killed = [c for c in find_casualties(text, lang) if c.kind == "killed"]
    assert [(c.low, c.group) for c in killed] == [(2, "security")]


def test_a_quoted_figure_is_still_read() -> None:
    """Illustrative: the army's figure in quotation marks ('abateram "duas dezenas" de terroristas')."""
    text = 'O exército afirmou que as tropas abateram "duas dezenas" de terroristas.'
    assert [(c.low, c.kind, c.group) for c in find_casualties(text, "pt")] == [(20, "killed", "militants")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Os rebeldes disseram ter matado 47 soldados malianos e 84 combatentes do grupo Wagner.", "pt"),
        ("Les rebelles disent avoir tué 47 soldats maliens et 84 combattants de Wagner.", "fr"),
    ],
)
def test_a_second_figure_joined_after_an_adjective_shares_the_kind(text: str, lang: str) -> None:
    """Illustrative: the adjective after the first noun ('soldados malianos e 84 ...') broke the chain."""
    assert [(c.low, c.kind) for c in find_casualties(text, lang)] == [(47, "killed"), (84, "killed")]


def test_a_toll_risen_far_after_its_noun_and_an_initial_count_revised() -> None:
    """Illustrative: the toll's noun and its verb are a long place name apart; the count a spokesman
    'had initially put' at 34 is an earlier count, not more dead."""
    text = ("The death toll from Monday's attack by gunmen on Kauri village in Mafa Local Government Area "
            "of Borno State has risen to 17, the police said.")
    assert [c.low for c in find_casualties(text)] == [17]
    text = "The police spokesman had initially put the toll at 14 on Tuesday."
    assert [(c.low, c.elsewhere) for c in find_casualties(text)] == [(14, True)]
    text = "(Illustrative) Earlier reports had put the toll at 26."
    assert [(c.low, c.elsewhere) for c in find_casualties(text)] == [(26, True)]


def test_each_sides_dead_set_against_the_others_add_up() -> None:
    """Illustrative: two groups' fighters, the same noun, contrasted by 'while': 9 + 27, not one count."""
    text = "ISWAP lost nine fighters while 27 JAS fighters were killed, a fisherman said."
    assert summarise_fatalities(find_casualties(text)).best == 36


def test_a_single_person_who_speaks_after_a_toll_is_its_source() -> None:
    """Illustrative: 'a resident said' names no victim; 'killing a civilian, officials said' does."""
    assert _facts("Five soldiers were killed, a resident said.") == [(5, "killed", "security")]
    assert _facts("Gunmen killed a herder, a teacher told reporters.") == [(1, "killed", "civilians")]
    assert _facts("Bandits killed a civilian, officials said.") == [(1, "killed", "civilians")]


def test_a_named_or_placed_source_after_a_toll_is_no_extra_death() -> None:
    """Illustrative: the speaker's name or where he lives may come between him and 'told'/'said'."""
    assert _facts("Two soldiers were killed, a resident, Ali Musa, told us.") == [(2, "killed", "security")]
    assert _facts("Two soldiers were killed, a resident of the town said.") == [(2, "killed", "security")]
    text = ("Six rebels were killed, while two guards lost their lives, a guard commander in the area, "
            "Sani Bala, said.")
    assert summarise_fatalities(find_casualties(text)).best == 8


def test_a_toll_another_speaker_gives_after_while_is_an_alternative() -> None:
    """Illustrative: the association's 17 counts the same dead as the official's 13: 13, up to 17."""
    text = "An official said 13 people had been killed, while a youth association put the toll at 17."
    fatalities = summarise_fatalities(find_casualties(text))
    assert (fatalities.low, fatalities.best, fatalities.high) == (13, 13, 17)


def test_an_incise_saying_who_most_victims_were_does_not_hide_the_toll() -> None:
    """Illustrative: ', most of them women,' between the figure and its verb."""
    assert _facts("At least 18 people, most of them women, were killed.") == [(18, "killed", "unknown")]
    assert _facts("At least 9 people, almost all of them herders, died.") == [(9, "killed", "unknown")]


def test_the_death_a_crowd_protests_is_flagged_as_not_theirs():
    text = "(Illustrative) Protests over the death of a young man in custody spread."
    [death] = [c for c in find_casualties(text) if c.kind == "killed"]
    assert death.motive and death.elsewhere
    [shot] = find_casualties("(Illustrative) Police fired on protesters, killing three.")
    assert not shot.motive


def test_the_death_suspects_are_arrested_over_is_the_arrests_motive():
    text = "(Illustrative) Police arrested two men over the murder of a trader in Gusau."
    [death] = [c for c in find_casualties(text) if c.kind == "killed"]
    assert death.motive and death.elsewhere
    later = "(Illustrative) Police arrested two men after gunmen killed three traders."
    assert not any(c.motive for c in find_casualties(later))


def test_a_side_named_before_the_means_of_a_strike_is_no_victim() -> None:
    """Illustrative: 'A Nigerian military air strike killed ...' counts the ten, not 'a Nigerian'."""
    assert _facts("A Nigerian military air strike killed at least 10 civilians in a village.") == [
        (10, "killed", "civilians")]
    assert _facts("A Nigerian air strike killed 10 civilians.") == [(10, "killed", "civilians")]
    assert _facts("A Nigerian was killed.") == [(1, "killed", "unknown")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Illustrative) The toll of Monday's attack on farmers rose to 19 dead after militias found "
         "four more bodies on Thursday.", "en"),
        ("(Exemple) Le bilan de l'attaque s'est alourdi à 19 morts après la découverte de quatre "
         "autres corps.", "fr"),
        ("(Ilustrativo) O balanço do ataque subiu para 19 mortos, depois de as milícias terem "
         "encontrado mais quatro corpos.", "pt"),
        ("(Exemple) Le bilan de l'embuscade s'est alourdi à 19 morts après la découverte de quatre "
         "nouveaux corps dans la brousse.", "fr"),
        ("(Ilustrativo) O balanço do ataque subiu para 19 mortos, depois de terem sido encontrados "
         "quatro novos corpos.", "pt"),
    ],
)
def test_the_dead_found_since_are_part_of_the_risen_toll(text, lang):
    f = summarise_fatalities(find_casualties(text, lang))
    assert (f.low, f.best, f.high) == (19, 19, 19)


def test_more_dead_without_a_risen_toll_still_add():
    text = "(Illustrative) Five soldiers were killed and two more died."
    f = summarise_fatalities(find_casualties(text, "en"))
    assert f.best >= 5  # unchanged by the risen-toll rule (no "rose to")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("(Illustrative) The army announced the deaths of four soldiers and of eleven attackers.", "en"),
        ("(Exemple) L'armée a annoncé la mort de quatre militaires et de onze assaillants.", "fr"),
        ("(Ilustrativo) O exército anunciou a morte de quatro militares e de onze atacantes.", "pt"),
    ],
)
def test_a_preposition_repeated_after_and_still_joins_the_second_figure(text, lang):
    f = summarise_fatalities(find_casualties(text, lang))
    assert (f.deaths_a, f.deaths_b, f.best) == (4, 11, 15)


def test_a_wounded_figure_before_a_when_clause_takes_no_noun_from_it() -> None:
    """Illustrative: "14 wounded when Boko Haram fighters attacked" are 14 wounded, not 14 dead fighters."""
    text = "Nine soldiers were killed and 14 wounded when Boko Haram fighters attacked the post."
    assert _facts(text) == [(9, "killed", "security"), (14, "wounded", "unknown")]
    found = find_casualties("Two soldiers were killed and five wounded as gunmen attacked the camp.", "en")
    assert [(c.low, c.kind) for c in found] == [(2, "killed"), (5, "wounded")]


def test_the_dead_whose_bodies_protesters_carry_are_no_toll_of_the_protest() -> None:
    """Illustrative: bodies a crowd carries are of an earlier incident; gunmen carrying rifles still kill."""
    text = "The protesters, carrying placards and the bodies of two victims, burnt tyres on the road."
    assert [c.elsewhere for c in find_casualties(text)] == [True]
    assert [c.elsewhere for c in find_casualties("Soldiers recovered the bodies of two victims.")] == [False]
    assert _facts("Gunmen carrying AK-47 rifles killed five villagers.") == [(5, "killed", "civilians")]


def test_slaughtered_counts_the_dead():
    # illustrative sentences
    [c] = find_casualties("Gunmen slaughtered at least 30 herders near the well.", "en")
    assert (c.kind, c.low) == ("killed", 30)
    [c] = find_casualties("Fourteen villagers were slaughtered in their fields.", "en")
    assert (c.kind, c.low) == ("killed", 14)


def test_arrested_generals_are_security_forces() -> None:
    # illustrative: officers arrested over a coup plot are the forces they serve in
    found = find_casualties("Authorities arrested two generals and three colonels over a coup plot.", "en")
    facts = [(c.low, c.kind, c.group) for c in found]
    assert facts == [(2, "arrested", "security"), (3, "arrested", "security")]


@pytest.mark.parametrize(
    ("text", "lang", "groups"),
    [  # illustrative sentences: the number of one kind of dead told as risen, after a long complement
        ("O número de soldados mortos no ataque contra o quartel de Damboa, no estado de Borno, "
         "subiu para 12.", "pt", [(12, "security")]),
        ("The number of soldiers killed in the raid on the Damboa barracks rose to 12, the army said.",
         "en", [(12, "security")]),
        ("The number of civilians killed in the attack last week on the village of Kompienga, in eastern "
         "Burkina Faso, has risen to 42.", "en", [(42, "civilians")]),
        ("Le nombre de civils tués dans l'attaque du marché de Damboa est passé à 12.", "fr",
         [(12, "civilians")]),
        ("O número de mortos subiu para 40.", "pt", [(40, "unknown")]),
        # a weekday told with its day in brackets (Brazilian style) between the dead and the rise
        ("O número de mortos do atentado de terça-feira (21) contra um mercado de Dikwa, no estado de Borno, "
         "no nordeste da Nigéria, subiu para 14, informou a agência.", "pt", [(14, "unknown")]),
        ("O balanço do ataque de terça-feira contra a aldeia, no estado de Borno, subiu para 14, disse a "
         "polícia.", "pt", [(14, "unknown")]),
        ("O balanço de feridos do ataque subiu para 30.", "pt", []),
        ("O número de deslocados subiu para 3000.", "pt", []),
    ],
)
def test_the_number_of_one_kind_of_dead_told_as_risen(text: str, lang: str, groups: list) -> None:
    found = [(c.low, c.group) for c in find_casualties(text, lang) if c.kind == "killed"]
    assert found == groups


def test_bodies_the_attackers_left_behind_are_militants():
    # illustrative: "left nine bodies behind" counts the attackers' own dead
    found = [(c.low, c.group) for c in find_casualties("The attackers left nine bodies behind.", "en")]
    assert found == [(9, "militants")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # illustrative: hunters counted as the dead: Dozo (traditional) hunters of the Dozo militia, others
        # (local hunters) of no armed side
        ("Nine traditional Dozo hunters were killed on Tuesday.", "en", [(9, "killed", "militants")]),
        ("Gunmen killed seven local hunters near the village.", "en", [(7, "killed", "civilians")]),
        ("Les assaillants ont tué quatre chasseurs dozos.", "fr", [(4, "killed", "militants")]),
        ("Nove caçadores tradicionais dozos foram mortos na terça.", "pt", [(9, "killed", "militants")]),
        ("Os jihadistas mataram seis caçadores perto da aldeia.", "pt", [(6, "killed", "civilians")]),
    ],
)
def test_hunters_are_counted_dead(text: str, lang: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text, lang) == expected


def test_a_period_after_the_last_of_joined_figures_makes_each_a_tally() -> None:
    """Illustrative: 'in the last two months' covers the killed as well as the abducted."""
    text = "Over 30 people had been killed and more than 100 abducted in the area in the last two months."
    assert all(c.cumulative for c in find_casualties(text))


def test_members_of_a_civilian_defence_militia_are_no_civilians() -> None:
    """Illustrative: the militia is the state's side, whatever 'civilian' its name holds."""
    text = "Gunmen killed eight members of Burkina Faso's civilian defence militia in an attack on Monday."
    assert [(c.low, c.group) for c in find_casualties(text) if c.kind == "killed"] == [(8, "security")]
    text = "Gunmen killed six members of a self-defence militia near the village."
    assert [(c.low, c.group) for c in find_casualties(text) if c.kind == "killed"] == [(6, "security")]


def test_another_source_s_count_of_one_side_widens_that_side_only() -> None:
    """Illustrative: the official's 14 counts the soldiers alone: 9 + 24 = 33, up to 14 + 24 = 38."""
    text = ("Nine soldiers and 24 fighters were killed, the army said. Other sources put the toll among the "
            "soldiers at 14.")
    [alternative] = [c for c in find_casualties(text) if c.alternative]
    assert (alternative.low, alternative.group) == (14, "security")
    fatalities = summarise_fatalities(find_casualties(text))
    assert (fatalities.low, fatalities.best, fatalities.high) == (33, 33, 38)


def test_hoodlums_and_miscreants_are_armed_men() -> None:
    # illustrative: Nigerian police and army statements call gunmen "hoodlums" or "miscreants"
    [dead] = find_casualties("In the gun duel, three of the hoodlums were neutralised.", "en")
    assert (dead.low, dead.kind, dead.group) == (3, "killed", "militants")
    [dead] = find_casualties("Troops killed two miscreants.", "en")
    assert (dead.low, dead.group) == (2, "militants")


def test_others_killed_with_a_person_told_with_a_complement_add_to_that_person() -> None:
    # illustrative: "a commander of the group and two others" are three dead, not two
    casualties = find_casualties("The police killed a commander of the group and two others in Orlu.", "en")
    assert summarise_fatalities(casualties).best == 3


def test_seen_dead_is_dead() -> None:
    # illustrative: army communiqués say the fighters "were seen dead"
    [dead] = find_casualties("However 2 militiamen were seen dead and troops burnt down their camp.", "en")
    assert (dead.low, dead.kind, dead.group) == (2, "killed", "militants")


def test_a_relative_clause_between_commas_does_not_hide_the_toll():
    # illustrative: "who tried to intervene" between commas, between the figure and its verb
    [c] = find_casualties("Two guards, who tried to intervene, were shot dead.", "en")
    assert (c.low, c.kind) == (2, "killed")


def test_a_speaker_s_smaller_count_told_with_only_is_an_alternative() -> None:
    """Illustrative: the police's 'only six' counts the same dead as the villagers' 11: 6, up to 11."""
    text = "Villagers said gunmen killed 11 people, but the police said only six people were killed."
    fatalities = summarise_fatalities(find_casualties(text))
    assert (fatalities.low, fatalities.high) == (6, 11)
    text = "The army confirmed the raid but insisted that just two soldiers died."
    assert [c.alternative for c in find_casualties(text)] == [True]


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # a single death counted with the singular noun
        ("We have suffered one death and dozens of our fighters were injured, a commander said.", 1),
        ("Police recorded a death and two injuries after the clash at the market.", 1),
        ("The attack caused two deaths in the village.", 2),
        # a death toll, sentence or threat is no death
        ("The attack raised a death toll of 12 people.", 12),
        ("The court handed down one death sentence and two life terms.", 0),
        ("The village chief received a death threat from the gunmen.", 0),
    ],
)
def test_one_death_told_with_the_singular_noun(text: str, best: int) -> None:
    # illustrative sentences
    assert summarise_fatalities(find_casualties(text, "en")).best == best


@pytest.mark.parametrize(
    ("text", "lang", "best"),
    [
        # an incise listing some of the dead, with commas between them, does not hide the figure's verb
        ("At least four persons including a baby, two children and their mother have been killed in a raid.",
         "en", 4),
        ("Seven villagers, including the chief, his wife and two herders, were killed by gunmen.", "en", 7),
        ("Huit personnes, dont le chef du village, son épouse et deux bergers, ont été tuées.", "fr", 8),
        ("Oito pessoas, incluindo o chefe da aldeia, a sua mulher e dois pastores, foram mortas.", "pt", 8),
        # a clause after a one-name incise is no list: its verb is not the figure's
        ("Some 40 soldiers, including a captain, were killed or wounded, while three rebels died.", "en", 3),
        ("The toll rose to five policemen, including a sergeant, while six others were hurt.", "en", 5),
    ],
)
def test_a_listed_incise_between_the_figure_and_its_verb(text: str, lang: str, best: int) -> None:
    # illustrative sentences
    assert summarise_fatalities(find_casualties(text, lang)).best == best


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [  # illustrative sentences: a quantifier standing for victims already counted, told in the pluperfect
        ("Alguns tinham sido executados.", "pt", []),
        ("Several had been executed.", "en", []),
        ("Plusieurs avaient été exécutés.", "fr", []),
        # a quantifier with its noun, or told as a new deed, is still a count
        ("Vários civis tinham sido mortos.", "pt", [(3, 10)]),
        ("Several were killed.", "en", [(3, 10)]),
        ("Plusieurs ont été tués.", "fr", [(3, 10)]),
    ],
)
def test_a_quantifier_for_victims_already_counted_is_no_count(text: str, lang: str, found: list) -> None:
    assert [(c.low, c.high) for c in find_casualties(text, lang) if c.kind == "killed"] == found


@pytest.mark.parametrize(
    "text",
    [
        "(Illustrative) Dozens of the assailants were neutralised during the counter-attack.",
        "(Illustrative) Troops neutralised dozens of the assailants.",
    ],
)
def test_a_vague_figure_with_a_partitive_counts_its_noun(text) -> None:
    # illustrative: "dozens of the assailants" is "dozens" (12) of the attackers, as "twelve of the .."
    assert _facts(text) == [(12, "killed", "militants")]


def test_a_part_told_by_a_noun_of_no_group_is_no_smaller_count() -> None:
    # illustrative: the commander is one of the 18 bandits, not a second, smaller count of the dead
    text = "The air strike killed at least 18 bandits, including a commander known as Kachalla Musa."
    fatalities = summarise_fatalities(find_casualties(text))
    assert (fatalities.low, fatalities.best, fatalities.high) == (18, 18, 18)


def test_generic_members_take_the_side_of_the_named_group_of_the_actor_dictionary():
    # illustrative sentences: the group is known to the actor dictionary, not to the affiliations lexicon
    militia = find_casualties("At least six members of the Houthi militia were killed in an air strike.")
    assert [(c.low, c.group) for c in militia] == [(6, "militants")]
    pmf = find_casualties("Two members of the Popular Mobilization Forces died when a bomb hit their car.")
    assert [(c.low, c.group) for c in pmf] == [(2, "security")]
    quds = find_casualties("Five members of Liwaa al-Quds were killed in an ambush in the desert.")
    assert [(c.low, c.group) for c in quds] == [(5, "security")]
    # a body that is no armed group leaves them unknown, a family makes them civilians
    council = find_casualties("Gunmen shot dead two members of the local council on Monday.")
    assert [(c.low, c.group) for c in council] == [(2, "unknown")]
    family = find_casualties("Three members of the same family were killed in the shelling.")
    assert [(c.low, c.group) for c in family] == [(3, "civilians")]


def test_a_range_s_best_is_its_midpoint_rounded_down():
    # illustrative: no half of a dead person is counted up
    one_or_two = summarise_fatalities(find_casualties("Between one and two civilians were killed."))
    assert (one_or_two.low, one_or_two.best, one_or_two.high) == (1, 1, 2)
    range_ = summarise_fatalities(find_casualties("Between four and eight soldiers were killed."))
    assert (range_.low, range_.best, range_.high) == (4, 6, 8)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels said more than 20 government forces had been killed.", [(20, "killed", "security")]),
        ("Over 15 resistance forces have been killed in the valley.", [(15, "killed", "militants")]),
        ("They shot dead a friend of mine as they fled the town.", [(1, "killed", "unknown")]),
        ("Two tribesmen were killed in the clash.", [(2, "killed", "unknown")]),
        ("At least 20 Houthi forces were killed in the air strikes.", [(20, "killed", "militants")]),
        ("Two civilian resistance fighters were killed in the clash.", [(2, "killed", "militants")]),
        # the armed opposition of a government's communiqués: fighters, not civilians
        ("Police killed 3 armed opponents in the district.", [(3, "killed", "militants")]),
        ("Soldiers killed 15 armed opposition fighters near Gao.", [(15, "killed", "militants")]),
    ],
)
def test_forces_friends_and_tribesmen_are_counted(text: str, expected: list[tuple[int, str, str]]) -> None:
    # illustrative sentences
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Boko Haram commander and his four colleagues were killed.", [(5, "killed", "militants")]),
        ("A suicide bomber and her two companions were killed before reaching the camp.",
         [(3, "killed", "militants")]),
        ("Two bodyguards were killed when gunmen ambushed the convoy.", [(2, "killed", "security")]),
    ],
)
def test_companions_take_their_lead_s_side_and_bodyguards_are_security(
        text: str, expected: list[tuple[int, str, str]]) -> None:
    # illustrative sentences
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "sides"),
    [
        # the possessive after the figure: "N of his men" are the lead's men, not civilians
        ("A Taliban commander was killed along with seven of his men near the checkpoint.", "en",
         (0, 8, 0, 0)),
        ("An army captain was killed together with three of his men when the convoy hit a mine.", "en",
         (4, 0, 0, 0)),
        ("The bandit leader and his nine men were killed by troops.", "en", (0, 10, 0, 0)),
        ("Un chef de l'EIGS et ses six hommes ont été neutralisés par l'armée.", "fr", (0, 7, 0, 0)),
        ("O comandante e seis dos seus homens foram mortos.", "pt", (0, 0, 0, 7)),
    ],
)
def test_a_lead_s_men_take_the_lead_s_side(text: str, lang: str, sides: tuple[int, int, int, int]) -> None:
    # illustrative sentences (sides: security, militants, civilians, unknown)
    f = summarise_fatalities(find_casualties(text, lang))
    assert (f.deaths_a, f.deaths_b, f.deaths_civilians, f.deaths_unknown) == sides


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two National Guard officers guarding the prison were killed in the exchange of fire, and three of "
         "the "
         "attackers were also killed.", [(2, "killed", "security"), (3, "killed", "militants")]),
        ("Two guards manning the gate were killed.", [(2, "killed", "security")]),
        ("Four soldiers stationed in the town were killed on Sunday.", [(4, "killed", "security")]),
    ],
)
def test_a_participle_telling_the_post_between_noun_and_verb_keeps_the_toll(text, expected):
    assert _facts(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # illustrative: vehicles, boats and weapons seized are no people abducted
        ("The attackers also seized two vehicles and set fire to the post.", "en", []),
        ("Weapons, ammunition and three canoes had been seized, the army said.", "en", []),
        ("The gunmen seized four motorcycles and abducted two traders.", "en",
         [(2, "abducted", "civilians")]),
        ("Les assaillants ont emporté deux véhicules et enlevé trois commerçants.", "fr",
         [(3, "abducted", "civilians")]),
    ],
)
def test_things_seized_are_no_hostages(text: str, lang: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "best", "low"),
    [
        # illustrative: a name in apposition between the one killed and "and N others"
        ("Troops killed a commander of the bandit gang, the Forest Boys, and two others near Gusau.", 3, 3),
        ("Police killed a kidnap kingpin, Musa Bello, and four others in a gunfight on Sunday.", 5, 5),
        ("The army killed a commander of the jihadist group, Abu Yahya, and two other fighters.", 3, 3),
        # a clause between them is no apposition: the others did not die
        ("Gunmen killed a farmer, injured his wife, and two others fled into the bush.", 1, 1),
    ],
)
def test_a_name_in_apposition_before_and_n_others_keeps_them_counted(text: str, best: int, low: int) -> None:
    fatalities = summarise_fatalities(find_casualties(text))
    assert (fatalities.best, fatalities.low) == (best, low)



@pytest.mark.parametrize(
    ("text", "best"),
    [
        # illustrative: "killed, injured" is "killed and injured", a count of both (no death toll)
        ("Several militiamen killed, injured in clashes with the army near Mopti", 0),
        ("Five people killed, injured in a blast at a market.", 0),
        # a comma before a new clause or a new figure keeps the dead counted
        ("Four soldiers were killed, wounded soldiers were evacuated to Gao.", 4),
        ("Two soldiers killed, three injured in an ambush.", 2),
    ],
)
def test_killed_comma_injured_is_a_count_of_both(text: str, best: int) -> None:
    assert summarise_fatalities(find_casualties(text)).best == best


def test_the_loss_of_soldiers_a_communique_regrets_is_a_death_toll():
    """Illustrative: an army communiqué 'regrets the loss of' its men: they are dead, of the forces."""
    assert _facts("The General Staff regrets the loss of three soldiers who fell with arms in hand.") == [
        (3, "killed", "security")]
    assert _facts("The army mourns the loss of five gendarmes in the attack on Dori.") == [
        (5, "killed", "security")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # illustrative: those abducted or detained, then killed in the same telling, are the dead too
        ("Soldiers arrested six herders at the market on Saturday and executed them hours later.", "en",
         [(6, "arrested", "civilians"), (6, "killed", "civilians")]),
        ("Five farmers were abducted and killed near the village on Sunday.", "en",
         [(5, "abducted", "civilians"), (5, "killed", "civilians")]),
        ("Des hommes armés ont enlevé cinq paysans samedi avant de les exécuter.", "fr",
         [(5, "abducted", "civilians"), (5, "killed", "civilians")]),
        ("Six bergers ont été arrêtés au marché et exécutés quelques heures plus tard.", "fr",
         [(6, "arrested", "civilians"), (6, "killed", "civilians")]),
        ("Seis pastores foram detidos no mercado e executados horas depois.", "pt",
         [(6, "arrested", "civilians"), (6, "killed", "civilians")]),
        ("Homens armados raptaram cinco camponeses no sábado e mataram-nos.", "pt",
         [(5, "abducted", "civilians"), (5, "killed", "civilians")]),
        # someone else killed, or those taken let go: no more dead
        ("Gunmen abducted five farmers on Saturday and killed a soldier.", "en",
         [(5, "abducted", "civilians"), (1, "killed", "security")]),
        ("Troops arrested 12 suspects and killed three terrorists, the army said.", "en",
         [(12, "arrested", "unknown"), (3, "killed", "militants")]),
        ("Gunmen kidnapped three aid workers before releasing them on Monday.", "en",
         [(3, "abducted", "civilians")]),
        ("Des hommes armés ont enlevé cinq paysans samedi puis les ont libérés dimanche.", "fr",
         [(5, "abducted", "civilians")]),
    ],
)
def test_people_taken_then_killed_in_the_same_telling_are_the_dead(text: str, lang: str, expected) -> None:
    assert _facts(text, lang) == expected


def test_the_injury_of_a_number_counts_the_wounded():
    # illustrative monitor wording: "documented the death of ... and the injury of six militiamen"
    text = ("Activists documented the death of a militia commander and two other soldiers and the injury of "
            "six militiamen in the explosion of a landmine near Gao.")
    wounded = [(c.low, c.group) for c in find_casualties(text, "en") if c.kind == "wounded"]
    assert wounded == [(6, "militants")]


def test_another_kind_of_fighters_told_as_also_killed_adds_to_the_first():
    # illustrative: a militia's dead and its attackers', both armed non-state sides, in one sentence
    text = ("\"Twelve of our fighters were killed,\" a militia officer said, adding that six assailants were "
            "also killed in the fighting.")
    assert summarise_fatalities(find_casualties(text, "en")).best == 18


def test_a_military_units_number_is_no_toll():
    # illustrative: the number of the battalion that killed a man is no count of the dead
    text = "On Monday, Light Infantry Battalion (LIB) 408 shot and killed a farmer near Papun."
    assert [c.low for c in find_casualties(text) if c.kind == "killed"] != [408]
    assert _facts("Soldiers of Brigade 7 killed 12 militants near Gao.") == [(12, "killed", "militants")]


@pytest.mark.parametrize(
    ("text", "lang", "high"),
    [
        ("The shelling of the camp near Ménaka left six dead and wounded among the soldiers.", "en", 6),
        ("Four soldiers dead and wounded in an ambush near Tessit", "en", 4),
        ("L'attaque du poste de Boni a fait six morts et blessés parmi les soldats.", "fr", 6),
        ("Trois soldats tués et blessés dans une embuscade près de Tessit", "fr", 3),
        ("O ataque ao posto de Boni deixou seis mortos e feridos entre os militares.", "pt", 6),
    ],
)
def test_dead_and_wounded_in_one_count_is_no_toll_of_that_many(text: str, lang: str, high: int) -> None:
    # illustrative: "N dead and wounded" counts both; at least one died, at most N
    f = summarise_fatalities(find_casualties(text, lang))
    assert (f.low, f.best, f.high) == (1, 1, high)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The blast near Gao left 10 dead and 25 injured.", "en"),
        ("L'attaque de Boni a fait six morts et trois blessés.", "fr"),
        ("O ataque deixou seis mortos e dois feridos em Boni.", "pt"),
    ],
)
def test_dead_and_wounded_each_with_a_figure_keep_their_toll(text: str, lang: str) -> None:
    assert summarise_fatalities(find_casualties(text, lang)).best in (6, 10)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Two cadres of the outlawed CPI (Maoist) were gunned down in an exchange of fire.", "en",
         [(2, "killed", "militants")]),
        ("Two Maoist cadres were killed in Sukma.", "en", [(2, "killed", "militants")]),
        ("Two BJP cadres were killed in a clash.", "en", [(2, "killed", "unknown")]),
        ("Monitors documented the killing of two members of the National Front for Liberation.", "en",
         [(2, "killed", "militants")]),
        ("Two members of jihadist factions were killed near Gao.", "en", [(2, "killed", "militants")]),
        ("Deux cadres de l'EIGS ont été tués près de Ménaka.", "fr", [(2, "killed", "militants")]),
        ("Dois quadros do JNIM foram mortos perto de Ménaka.", "pt", [(2, "killed", "militants")]),
    ],
)
def test_cadres_and_factions_take_the_side_of_their_body(text: str, lang: str,
                                                         expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("At least four soldiers including their commander were killed by a roadside bomb near Gao.", "en",
         [(4, "killed", "security")]),
        ("Quatre soldats dont leur chef ont été tués dans l'embuscade près de Tessit.", "fr",
         [(4, "killed", "security")]),
        ("Quatro soldados incluindo o seu comandante foram mortos na emboscada perto de Tessit.", "pt",
         [(4, "killed", "security")]),
    ],
)
def test_a_part_named_without_commas_before_the_verb_keeps_the_figure(text: str, lang: str,
                                                                      expected: list[tuple[int, str, str]]
                                                                      ) -> None:
    # illustrative: "including their commander" between the noun and its verb, no commas around it
    assert _facts(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A militant involved in the killing of two policemen was shot dead near Gao on Friday.", "en",
         [(1, "killed", "militants")]),
        ("A JNIM commander, involved in the killing of a village chief, was killed near Boni.", "en",
         [(1, "killed", "militants")]),
        ("A bandit wanted for the murder of a farmer was killed by troops near Maradi.", "en",
         [(1, "killed", "militants")]),
        # an accusation often tells this incident's own perpetrators: its dead stay the toll
        ("Soldiers are accused of killing two herders near Djibo.", "en", [(2, "killed", "civilians")]),
    ],
)
def test_the_dead_of_a_victims_past_deed_are_no_toll(text: str, lang: str,
                                                      expected: list[tuple[int, str, str]]) -> None:
    # illustrative: "involved in the killing of", "wanted for the murder of" tell the dead man's record
    told = [(c.low, c.kind, c.group) for c in find_casualties(text, lang) if not c.negated and not c.motive]
    assert told == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Un chef jihadiste impliqué dans l'assassinat de deux gendarmes a été neutralisé.", "fr"),
        ("Um líder jihadista envolvido no assassinato de dois polícias foi abatido perto de Boni.", "pt"),
    ],
)
def test_the_dead_of_a_past_deed_are_no_toll_in_french_and_portuguese(text: str, lang: str) -> None:
    assert all(c.motive for c in find_casualties(text, lang) if c.low == 2)


@pytest.mark.parametrize(
    "text",
    [
        # illustrative: the victims of a mob told as suspects of a petty crime are counted
        "Two young men suspected of snatching phones were beaten to death by a mob on Sunday in Kano.",
        "Two suspected thieves were beaten to death by a mob on Sunday in Kano.",
        "Two men accused of theft were lynched by a mob in Fagge.",
        # the "A" of "A mob" is no count of one
        "A mob lynched two suspected thieves in Kano on Sunday.",
    ],
)
def test_people_a_mob_killed_as_suspects_of_a_crime_are_counted_as_civilians(text):
    assert _facts(text) == [(2, "killed", "civilians")]


def test_a_group_that_says_it_lost_men_counts_its_own_dead():
    # illustrative: "it" is the armed group that speaks, not the soldiers it says it killed
    text = ("The Azawad Liberation Front (FLA) said its fighters had killed more than 30 soldiers and "
            "destroyed several vehicles, and that it lost three men.")
    assert (3, "killed", "militants") in _facts(text)
    assert _facts("The army said it lost four men.") == [(4, "killed", "security")]


@pytest.mark.parametrize(
    "text",
    [
        "(Illustrative) The minister said the number of soldiers killed had risen to 11, after three wounded "
        "soldiers died in hospital.",
        "(Illustrative) The toll of the ambush rose to 11 when three of the wounded died overnight.",
    ],
)
def test_the_dead_told_as_the_cause_of_a_risen_toll_are_part_of_it(text):
    f = summarise_fatalities(find_casualties(text, "en"))
    assert (f.low, f.best, f.high) == (11, 11, 11)


def test_a_phrase_of_state_between_the_noun_and_its_verb():
    """Illustrative: 'in training', 'on patrol' between the victims and 'were killed' keep the figure."""
    text = "The army said 12 gendarmes in training had been killed and 20 assailants neutralised."
    assert _facts(text) == [(12, "killed", "security"), (20, "killed", "militants")]
    assert _facts("Four soldiers on patrol were killed near the town.") == [(4, "killed", "security")]
