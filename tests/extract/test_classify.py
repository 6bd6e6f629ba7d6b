"""Event-type classifier: illustrative English and French sentences, taxonomy, CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sahelwatch.cli import app
from sahelwatch.extract.classify import CueMatcher, EventClassifier, Prediction, is_conflict_event
from sahelwatch.extract.taxonomy import (
    ACLED_LABELS,
    CASE_TO_ACLED,
    EVENT_TYPES,
    case_code,
    default_civilian_targeting,
    disorder_type,
)
from sahelwatch.extract.train_classifier import fit_model, load_seed

ENGLISH = [
    ("A military drone strike hit a convoy of fighters east of the town, killing six.", "AIR_STRIKE"),
    ("Unknown gunmen kidnapped four aid workers on the road to the camp.", "ABDUCT_DISSAP"),
    ("Hundreds of teachers held a peaceful march to the ministry over unpaid salaries.", "PEACE_PROTEST"),
    ("A suicide bomber blew himself up at the gate of the barracks.", "SUIC_BOMB"),
    ("Police arrested eleven suspects after a search of the neighbourhood.", "ARREST"),
    # the device of the incident told before, named again: a remote explosive, not a clash
    ("In March, a similar device killed nine soldiers near Diapaga.", "REM_EXPLOS"),
]
# an engagement told from the side fired on ("came under fire") is a clash (illustrative)
UNDER_FIRE = ("An army patrol came under fire from armed men near Néma on Friday night, the army said.",
              "ARMED_CLASH")
FRENCH = [
    ("Une frappe de drone de l'armée a visé des terroristes à moto près de la frontière.", "AIR_STRIKE"),
    ("Des hommes armés ont enlevé deux commerçants sur la route du marché.", "ABDUCT_DISSAP"),
    ("Les jeunes ont organisé une marche pacifique pour réclamer de l'eau potable.", "PEACE_PROTEST"),
    ("Un camion a sauté sur un engin explosif improvisé sur l'axe principal.", "REM_EXPLOS"),
    ("Des soldats sont tombés dans une embuscade tendue par des jihadistes.", "ARMED_CLASH"),
    ("Des centaines de personnes se sont réunies devant la mairie pour réclamer le départ du préfet.",
     "PEACE_PROTEST"),
    ("Le lendemain, une seconde frappe a touché un campement nomade près du fleuve.", "AIR_STRIKE"),
]


CODEBOOK = [  # ACLED codebook distinctions between neighbouring sub-event types
    ("Protesters set fire to a police station and threw stones at officers.", "VIOL_DEMONSTR"),
    ("Soldiers shot dead two unarmed demonstrators during a peaceful rally.", "FORCE_AGAINST_PROTEST"),
    ("Villagers beat to death a man they accused of stealing cattle.", "MOB_VIOL"),
    ("The rebels pulled out of the town and handed it to the army without fighting.",
     "NON_VIOL_TERRIT_TRANSFER"),
    # (illustrative) captives led away, not a march of protesters
    ("Gunmen stormed the church during the service and marched the congregation into the bush.",
     "ABDUCT_DISSAP"),
    # (illustrative) suspects of an arrest, not an abduction; a crowd that breaks up by itself
    ("Police arrested five suspected kidnappers in their hideout in Funtua on Sunday.", "ARREST"),
    ("Hundreds marched in Gao against fuel shortages; the march was peaceful and dispersed in the afternoon.",
     "PEACE_PROTEST"),
    # (illustrative) people seized are captives, not a weapons seizure
    ("The soldiers arrived in several vehicles in the morning, seized the men at a well and took cattle.",
     "ABDUCT_DISSAP"),
]


@pytest.fixture(scope="module")
def classifier() -> EventClassifier:
    return EventClassifier.load()


@pytest.mark.parametrize(("text", "label"), ENGLISH)
def test_english_sentences(classifier: EventClassifier, text: str, label: str) -> None:
    assert classifier.predict([text])[0].label == label


@pytest.mark.parametrize(("text", "label"), CODEBOOK)
def test_codebook_distinctions(classifier: EventClassifier, text: str, label: str) -> None:
    assert classifier.predict_one(text).label == label


@pytest.mark.parametrize(("text", "label"), FRENCH)
def test_french_sentences(classifier: EventClassifier, text: str, label: str) -> None:
    assert classifier.predict([text], lang="fr")[0].label == label


def test_prediction_fields(classifier: EventClassifier) -> None:
    strike, flood = classifier.predict(
        [
            "Warplanes bombed rebel positions overnight.",
            "Floods after heavy rain destroyed hundreds of homes.",
        ]
    )
    assert (strike.event_type, strike.sub_event_type) == ("Explosions/Remote violence", "Air/drone strike")
    assert abs(sum(strike.scores.values()) - 1) < 1e-6 and strike.probability == max(strike.scores.values())
    assert is_conflict_event(strike)
    assert flood.label == "NATURAL_DISASTER" and flood.event_type is None and not is_conflict_event(flood)
    assert classifier.predict([]) == []


def test_load_is_cached() -> None:
    assert EventClassifier.load() is EventClassifier.load()


def test_missing_model_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="train_classifier"):
        EventClassifier.load(tmp_path / "none.npz")


def test_cues_fire_in_both_languages() -> None:
    cues = CueMatcher.from_yaml()
    assert "cue:suicide" in cues.fired("Un kamikaze s'est fait exploser.")
    assert "cue:dispersal" in cues.fired("La police a dispersé la foule au gaz lacrymogène.")
    assert "combo:protest_dispersed" in cues.fired("Police used tear gas to disperse the protesters.")
    assert "cue:suicide" not in cues.fired("Soldiers patrolled the market.")


def test_the_air_component_of_a_joint_operation_is_an_air_strike_cue() -> None:
    cues = CueMatcher.from_yaml()  # illustrative sentence
    assert "cue:air_strike" in cues.fired("The Air Component struck a gathering of fighters near Gwoza.")


def test_french_sorties_and_a_crowd_breaking_up_by_itself_are_no_cues() -> None:
    cues = CueMatcher.from_yaml()  # "sorties" is aircraft only in English; "se disperser" is no force
    assert "cue:air_strike" not in cues.fired("Six femmes ont été tuées, sorties chercher du bois.")
    assert "cue:air_strike" in cues.fired("Russian jets flew 40 sorties over the province.")
    assert "cue:dispersal" not in cues.fired("Ils se sont rassemblés avant de se disperser dans le calme.")
    assert "cue:dispersal" not in cues.fired("The marchers dispersed peacefully at noon.")
    assert "cue:dispersal" in cues.fired("Police dispersed the protesters with batons.")


def test_a_market_is_no_march_but_a_march_is() -> None:
    cues = CueMatcher.from_yaml()  # accents are stripped before matching: "marché" reads "marche"
    assert "cue:protest" not in cues.fired("Le marché de la localité a été fortement endommagé.")
    assert "cue:protest" in cues.fired("La marche des femmes a traversé la ville.")
    assert "cue:protest" in cues.fired("Des milliers de gens se sont rassemblés place de la Nation.")


def test_seized_people_are_captives_and_seized_weapons_a_seizure() -> None:
    cues = CueMatcher.from_yaml()  # illustrative sentences
    fired = cues.fired("Gunmen seized six herders at a well.")
    assert "cue:abduction" in fired and "cue:weapon_seizure" not in fired
    fired = cues.fired("Troops seized two rifles and ammunition at a checkpoint.")
    assert "cue:weapon_seizure" in fired and "cue:abduction" not in fired


def test_trained_model_round_trips(tmp_path: Path) -> None:
    texts, labels = load_seed()
    model = fit_model(texts, labels)
    model.save(tmp_path / "m.npz")
    loaded = EventClassifier.load(tmp_path / "m.npz")
    sample = texts[:20]
    assert [p.label for p in loaded.predict(sample)] == [
        model.classes[i] for i in model.probabilities(sample).argmax(axis=1)
    ]


def test_taxonomy_is_complete() -> None:
    assert len(ACLED_LABELS) == 25
    assert sum(len(subs) for subs in EVENT_TYPES.values()) == 25
    assert set(CASE_TO_ACLED.values()) == {(t, s) for t, subs in EVENT_TYPES.items() for s in subs}
    assert case_code("Protests", "Peaceful protest") == "PEACE_PROTEST"
    with pytest.raises(ValueError):
        case_code("Protests", "Armed clash")


def test_disorder_and_civilian_targeting() -> None:
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Protests", "Peaceful protest") == "Demonstrations"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Riots", "Mob violence") == "Political violence"
    assert (
        disorder_type("Protests", "Excessive force against protesters")
        == "Political violence; Demonstrations"
    )
    assert disorder_type("Strategic developments", "Arrests") == "Strategic developments"
    with pytest.raises(ValueError):
        disorder_type("Battles", "Grenade")
    assert default_civilian_targeting("Violence against civilians", "Attack")
    assert not default_civilian_targeting("Battles", "Armed clash")


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_classify_writes_labels(tmp_path: Path) -> None:
    source = _write(
        tmp_path / "in.tsv",
        "id\tEventSnippet\tSubType\n"
        "s1\tArmed men abducted a village chief and three of his sons.\tIGNORED\n"
        "s2\tThe air force carried out air strikes on the militants' camp.\t\n",
    )
    result = CliRunner().invoke(app, ["classify", str(source), "-o", str(tmp_path / "out.tsv")])
    assert result.exit_code == 0, result.output
    lines = (tmp_path / "out.tsv").read_text(encoding="utf-8").splitlines()
    assert lines == ["id\tlabel", "s1\tABDUCT_DISSAP", "s2\tAIR_STRIKE"]


def test_cli_classify_to_stdout(tmp_path: Path) -> None:
    source = _write(tmp_path / "in.tsv", "id\tEventSnippet\n7\tPolice arrested two suspects.\n")
    result = CliRunner().invoke(app, ["classify", str(source)])
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["id\tlabel", "7\tARREST"]


def test_cli_classify_malformed_tsv(tmp_path: Path) -> None:
    source = _write(tmp_path / "bad.tsv", "id\tEventSnippet\n1\tfine\n2\ttoo\tmany\tfields\n")
    result = CliRunner().invoke(app, ["classify", str(source)])
    assert result.exit_code == 1
    assert "bad.tsv:3" in result.output
    missing = _write(tmp_path / "nocol.tsv", "id\ttext\n1\tx\n")
    result = CliRunner().invoke(app, ["classify", str(missing)])
    assert result.exit_code == 1 and "EventSnippet" in result.output


def test_prediction_type() -> None:
    p = Prediction("OTHER", 0.5, "Strategic developments", "Other", {"OTHER": 0.5})
    assert is_conflict_event(p)


def test_an_executive_or_a_fire_is_no_killing_nor_arson() -> None:
    cues = CueMatcher.from_yaml()  # "executivo", "executive", "exécutif": the government
    assert "cue:killing" not in cues.fired("O executivo aprovou o orçamento.")
    assert "cue:killing" not in cues.fired("The executive approved the budget.")
    assert "cue:killing" in cues.fired("Des hommes armés ont exécuté deux otages.")
    assert "cue:killing" in cues.fired("Os rebeldes executaram dois reféns.")
    assert "cue:property" not in cues.fired("Um incêndio atingiu o mercado.")
    assert "cue:property" in cues.fired("Des assaillants ont incendié le marché.")


def test_brazilian_spelling_of_an_explosive_device_is_an_ied_cue() -> None:
    """Illustrative: Brazilian 'artefato explosivo' (European 'artefacto') and a vehicle driving over one."""
    cues = CueMatcher.from_yaml()
    assert "cue:ied" in cues.fired("O veículo passou sobre um artefato explosivo perto de Téra.")
    assert "cue:ied" in cues.fired("Um caminhão pisou uma mina na estrada.")


def test_a_gold_mine_is_no_landmine_cue() -> None:
    """Illustrative: a mine told as a mining site ("la mine d'or de Karma", "employés de la mine de Boungou",
    "a gold mine") is no explosive; a vehicle hitting a mine still is."""
    cues = CueMatcher.from_yaml()
    assert "cue:ied" not in cues.fired("Des hommes armés ont attaqué la mine d'or industrielle de Karma.")
    assert "cue:ied" not in cues.fired("Une embuscade contre un convoi d'employés de la mine de Boungou.")
    assert "cue:ied" not in cues.fired("Gunmen attacked a gold mine near Djibo.")
    assert "cue:ied" in cues.fired("Leur véhicule a heurté une mine près de Djibo.")
    assert "cue:ied" in cues.fired("Two soldiers died when their truck hit a mine.")


def test_portuguese_air_operations_are_an_air_strike_cue() -> None:
    """Illustrative: 'numa operação aérea', 'raides aéreos', 'a aviação maliana' tell an air strike."""
    cues = CueMatcher.from_yaml()
    assert "cue:air_strike" in cues.fired("O exército matou terroristas numa operação aérea.")
    assert "cue:air_strike" in cues.fired("A aviação maliana bombardeou posições perto de Léré.")


@pytest.mark.parametrize(
    "text",
    ["The army said it killed dozens of fighters in a drone attack near Banibangou.",
     "L'armée a neutralisé des terroristes lors d'une attaque de drone près de Banibangou.",
     "O exército neutralizou dezenas de terroristas num ataque de drones perto de Banibangou."],
)
def test_an_attack_told_by_its_drones_is_an_air_strike_not_an_attack_cue(
        classifier: EventClassifier, text: str) -> None:
    """Illustrative: a drone attack fires the air-strike cue only, so the armed fighters it killed do not
    make it a clash; 'the jihadists attacked the post' is still an attack."""
    cues = CueMatcher.from_yaml()
    assert "cue:attack" not in cues.fired(text) and "cue:air_strike" in cues.fired(text)
    assert classifier.predict_one(text).sub_event_type == "Air/drone strike"
    assert "cue:attack" in cues.fired("Os jihadistas atacaram o posto; o ataque fez cinco mortos.")


def test_portuguese_troops_regaining_control_are_a_government_capture(classifier: EventClassifier) -> None:
    """Illustrative: 'os militares recuperaram o controlo de Léré', 'o exército retomou Djibo'."""
    text = "Os militares malianos recuperaram o controlo da localidade de Léré no sábado."
    fired = CueMatcher.from_yaml().fired(text)
    assert {"cue:capture", "cue:government_captures"} <= set(fired)
    assert classifier.predict_one(text).sub_event_type == "Government regains territory"


def test_a_means_named_as_a_trade_or_a_suspects_deed_is_blanked() -> None:
    # illustrative sentences: a bomb maker killed, a bombing suspect arrested, are no bombing
    from sahelwatch.extract.classify import without_idle_means

    for text in ("Troops kill ISWAP explosives expert in Borno", "Boko Haram bomb-maker arrested in Yola",
                 "Militant suspected of ordering the Gao bombing killed", "Police arrest Kaya blast suspect",
                 "Two suspects in last week's Diffa bombing held", "Un expert en explosifs de l'EIGS tué",
                 "Morto um especialista em explosivos do grupo"):
        masked = without_idle_means(text)
        assert len(masked) == len(text), text
        assert not any(w in masked.lower() for w in ("bomb", "explos", "blast")), text
    for text in ("Bomb blast kills five in Maiduguri market", "Troops destroy bomb-making factory in Sambisa",
                 "Suspected jihadists planted explosives on the road"):
        assert without_idle_means(text) == text


def test_a_bomb_maker_killed_is_not_typed_a_bombing(classifier: EventClassifier) -> None:
    from sahelwatch.extract.pipeline import extract_article
    from sahelwatch.models import Article

    for text in ("Troops kill ISWAP explosives expert near Damboa",
                 "Militant suspected of ordering Gao bombing killed"):
        [m] = extract_article(Article(id="h", text=text, raw_text=text, title=text, published="2024-03-12",
                                      language="en"))
        assert m.sub_event_type != "Remote explosive/landmine/IED", text
    assert "cue:explosion" not in classifier.model.cues.fired("Troops kill an explosives expert")


def test_a_patrol_coming_under_fire_is_a_clash(classifier: EventClassifier) -> None:
    text, label = UNDER_FIRE
    assert classifier.predict([text])[0].label == label
