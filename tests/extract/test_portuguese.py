"""Portuguese as data (data/lexicon/pt.yaml and the `pt` parts of the shared lexicons).

Sentences and the article below were written for these tests (illustrative, fictional reports about real
places), not taken from news reports.
"""

from datetime import date

import pytest

from sahelwatch.extract.actors import find_actors
from sahelwatch.extract.dates import resolve_event_date
from sahelwatch.extract.fatalities import find_casualties
from sahelwatch.extract.fatality_summary import summarise_fatalities
from sahelwatch.extract.numbers import find_numbers
from sahelwatch.extract.pipeline import extract_article, supported_languages
from sahelwatch.models import Article
from sahelwatch.read.relevance import has_violence_cue, is_relevant

PUBLISHED = date(2024, 3, 18)  # a Monday


def test_portuguese_is_a_supported_language() -> None:
    assert "pt" in supported_languages()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("três", (3, 3, "exact")),
        ("duas", (2, 2, "exact")),
        ("vinte e cinco", (25, 25, "exact")),
        ("cento e vinte", (120, 120, "exact")),
        ("duzentos e cinquenta", (250, 250, "exact")),
        ("mil e quinhentos", (1500, 1500, "exact")),
        ("cem", (100, 100, "exact")),
        ("1.200", (1200, 1200, "exact")),
        ("dezenas de", (12, 12, "vague")),
        ("centenas de", (100, 100, "vague")),
        ("uma dezena de", (10, 10, "vague")),
        ("quatro dezenas", (40, 40, "exact")),
        ("cerca de duas centenas", (200, 200, "about")),
        ("várias dezenas de", (12, 12, "vague")),
        ("pelo menos 12", (12, 12, "at_least")),
        ("mais de trinta", (30, 30, "more_than")),
        ("cerca de 40", (40, 40, "about")),
        ("entre 10 e 15", (10, 15, "range")),
        # half a ten, hundred or thousand
        ("cerca de meia centena de", (50, 50, "vague")),
        ("meia dúzia de", (6, 6, "vague")),
        ("meio milhar de", (500, 500, "vague")),
    ],
)
def test_portuguese_numbers(text: str, expected: tuple[int, int, str]) -> None:
    [match] = find_numbers(text, "pt")
    assert (match.low, match.high, match.qualifier) == expected


def _facts(text: str) -> list[tuple[int, str, str]]:
    return [(c.low, c.kind, c.group) for c in find_casualties(text, "pt") if not c.negated]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doze soldados foram mortos num ataque perto de Ménaka.", [(12, "killed", "security")]),
        ("Homens armados atacaram a aldeia, matando pelo menos 15 civis.", [(15, "killed", "civilians")]),
        ("Vinte e cinco militares nigerinos foram mortos.", [(25, "killed", "security")]),
        ("O exército anunciou que 45 terroristas foram neutralizados.", [(45, "killed", "militants")]),
        ("Dezenas de aldeões foram mortos.", [(12, "killed", "civilians")]),
        ("O ataque fez 20 mortos e 11 feridos.", [(20, "killed", "unknown"), (11, "wounded", "unknown")]),
        ("Cerca de 50 pessoas foram raptadas.", [(50, "abducted", "unknown")]),
        ("Trinta mulheres foram sequestradas.", [(30, "abducted", "civilians")]),
        ("Doze pessoas foram detidas.", [(12, "arrested", "unknown")]),
        ("Quatro crianças estão desaparecidas.", [(4, "missing", "civilians")]),
        ("Os jihadistas mataram, na segunda-feira, cinco civis.", [(5, "killed", "civilians")]),
        ("Morreram 20 soldados no ataque.", [(20, "killed", "security")]),  # verb first
        ("Foram raptadas 25 mulheres.", [(25, "abducted", "civilians")]),
        ("O exército disse ter abatido 17 terroristas.", [(17, "killed", "militants")]),
        ("A polícia afirmou ter neutralizado cinco bandidos.", [(5, "killed", "militants")]),
        ("Um massacre de cerca de 40 civis perto de Kaya.", [(40, "killed", "civilians")]),
        ("O exército perdeu quatro homens no ataque.", [(4, "killed", "security")]),  # the army's men
        ("Oito soldados morrem em emboscada no Níger.", [(8, "killed", "security")]),  # a headline's present
        ("Milhares morrem de fome todos os anos.", []),
        # a time phrase without commas between the verb and its figure; a date's day and year are no figures
        ("Os jihadistas mataram no domingo 63 agricultores.", [(63, "killed", "civilians")]),
        ("O ataque matou na quinta-feira 9 civis e 5 militares.",
         [(9, "killed", "civilians"), (5, "killed", "security")]),
        ("Os bandidos mataram a 5 de maio de 2021 três comerciantes.", [(3, "killed", "civilians")]),
        ("O ataque matou no passado dia 3 sete civis.", [(7, "killed", "civilians")]),
        ("Na base terão morrido cerca de uma centena de soldados.", [(100, "killed", "security")]),
        # the side named after the dead ("entre os soldados"), a pluperfect or infinitive kill verb
        ("O assalto ao quartel tinha feito 60 mortos entre os militares.", [(60, "killed", "security")]),
        ("A emboscada fez nove mortos entre os atacantes.", [(9, "killed", "militants")]),
        ("Um ataque que tinha matado 14 gendarmes.", [(14, "killed", "security")]),
        ("Os reforços permitiram neutralizar 25 jihadistas.", [(25, "killed", "militants")]),
        # a figure in single quotes, as a communiqué is quoted ("mataram 'vários terroristas'")
        ("Os soldados mataram 'vários terroristas' na sexta-feira.", [(3, "killed", "militants")]),
        ("O exército diz ter neutralizado ‘dezenas de terroristas’.", [(12, "killed", "militants")]),
        # the kill verb or a figure of up to four words in double quotes, as a communiqué is quoted
        ('O exército anunciou ter "neutralizado" dezenas de combatentes.', [(12, "killed", "militants")]),
        ('O exército afirmou ter abatido "cerca de meia centena" de combatentes.',
         [(50, "killed", "militants")]),
        # "causar/provocar" a toll, "a morte a", "resultou na morte de", an adverb in -mente, executions by
        # firing squad or throat-cutting, "o número de mortos subiu para"
        ("O ataque causou duas dezenas de mortos.", [(20, "killed", "unknown")]),
        ("A explosão causou a morte a sete pessoas.", [(7, "killed", "unknown")]),
        ("O ataque resultou na morte de 17 soldados.", [(17, "killed", "security")]),
        ("O ataque vitimou mortalmente 11 civis.", [(11, "killed", "civilians")]),
        ("Os jihadistas fuzilaram 12 homens.", [(12, "killed", "civilians")]),
        ("Os atacantes degolaram quatro pastores.", [(4, "killed", "civilians")]),
        ("O número de mortos subiu para 40.", [(40, "killed", "unknown")]),
        # the figure fronted before the count it raises ("Sobe para 21 o número de ...")
        ("Subiu para 21 o número de soldados mortos na emboscada.", [(21, "killed", "security")]),
        ("O ataque elevou para 11 o número de civis mortos.", [(11, "killed", "civilians")]),
        ("Sobe para 30 o número de feridos.", []),
        ("O ataque causou 20 feridos.", [(20, "wounded", "unknown")]),
        ("A explosão causou danos a 12 casas.", []),
        # the Brazilian day of the month in brackets after the weekday, between the verb and the figure
        ("Um ataque matou nesta segunda-feira (17) pelo menos 15 soldados.", [(15, "killed", "security")]),
        ("Jihadistas mataram no sábado (15) 12 civis.", [(12, "killed", "civilians")]),
        # a strike that killed its victims by mistake ("por engano", "por erro")
        ("O drone do exército matou por engano pelo menos 16 civis.", [(16, "killed", "civilians")]),
        ("O bombardeamento matou por erro sete pastores.", [(7, "killed", "civilians")]),
        # a definite lone victim who died ("o mototaxista morreu a caminho do hospital")
        ("Segundo o hospital, o mototaxista morreu a caminho do hospital.", [(1, "killed", "civilians")]),
        ("O soldado ferido morreu ontem.", [(1, "killed", "security")]),
        ("Um taxista foi morto a tiro perto de Maradi.", [(1, "killed", "civilians")]),
    ],
)
def test_portuguese_casualties(text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _facts(text) == expected


def test_tolls_per_side() -> None:
    text = ("Do lado amigo, três soldados morreram e seis ficaram feridos; do lado inimigo, "
            "30 terroristas foram abatidos.")
    f = summarise_fatalities(find_casualties(text, "pt"))
    assert (f.deaths_a, f.deaths_b, f.best, f.wounded) == (3, 30, 33, 6)


def test_a_breakdown_is_not_added() -> None:
    text = "O balanço é de 32 mortos, entre os quais 10 crianças."
    assert summarise_fatalities(find_casualties(text, "pt")).best == 32


def test_the_parties_of_a_clash_give_no_side_to_its_toll() -> None:
    # "entre as forças de defesa e segurança e grupos armados" names the parties, not the side of the dead:
    # the total is not a security toll added to the breakdown that follows
    text = ("Confrontos entre as Forças de Defesa e Segurança e grupos armados fizeram 18 mortos. "
            "Segundo o comunicado, 15 terroristas foram abatidos e três militares perderam a vida.")
    f = summarise_fatalities(find_casualties(text, "pt"))
    assert (f.deaths_a, f.deaths_b, f.best, f.high) == (3, 15, 18, 18)
    found = find_casualties("Os confrontos entre os jihadistas e o exército fizeram 9 mortos.", "pt")
    assert [(c.low, c.group) for c in found] == [(9, "unknown")]
    # the side after the figure still counts ("mortos entre os militares")
    found = find_casualties("O ataque fez 18 mortos entre os militares e 5 entre os terroristas.", "pt")
    assert [(c.low, c.group) for c in found][0] == (18, "security")


def test_a_lone_death() -> None:
    f = summarise_fatalities(find_casualties("Um pastor foi morto a tiro perto de Djibo.", "pt"))
    assert (f.deaths_civilians, f.best) == (1, 1)


@pytest.mark.parametrize(
    "text",
    ["Não houve vítimas, segundo o exército.", "O ataque não causou vítimas.",
     "A explosão ocorreu sem causar vítimas."],
)
def test_portuguese_negations(text: str) -> None:
    found = find_casualties(text, "pt")
    assert found and all(c.negated and c.low == 0 for c in found)


@pytest.mark.parametrize(
    "text",
    ["Desde 2015, mais de 10 mil pessoas foram mortas no Burkina Faso.",
     "Este ano, 300 civis foram mortos na região.",
     "No total, 150 soldados foram mortos."],
)
def test_running_totals_are_cumulative(text: str) -> None:
    found = find_casualties(text, "pt")
    assert found and all(c.cumulative for c in found)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("O ataque ocorreu ontem.", "2024-03-17", "2024-03-17"),
        ("O ataque ocorreu anteontem.", "2024-03-16", "2024-03-16"),
        ("O ataque ocorreu hoje.", "2024-03-18", "2024-03-18"),
        ("O ataque ocorreu no passado sábado.", "2024-03-16", "2024-03-16"),
        ("O ataque ocorreu no sábado.", "2024-03-16", "2024-03-16"),
        ("O ataque ocorreu na quinta-feira.", "2024-03-14", "2024-03-14"),
        ("O ataque ocorreu no domingo à noite.", "2024-03-17", "2024-03-17"),
        ("O ataque ocorreu na noite de sexta-feira para sábado.", "2024-03-15", "2024-03-16"),
        ("O ataque ocorreu a 12 de março.", "2024-03-12", "2024-03-12"),
        ("O ataque ocorreu a 2 de fevereiro de 2024.", "2024-02-02", "2024-02-02"),
        ("O ataque ocorreu na semana passada.", "2024-03-11", "2024-03-17"),
        ("O ataque ocorreu no início de março.", "2024-03-01", "2024-03-10"),
        ("O ataque ocorreu em meados de março.", "2024-03-11", "2024-03-20"),
        ("O ataque ocorreu no final de fevereiro.", "2024-02-21", "2024-02-29"),
        ("O ataque ocorreu há três dias.", "2024-03-15", "2024-03-15"),
        ("O ataque ocorreu há uma semana.", "2024-03-11", "2024-03-11"),
        ("O ataque ocorreu há duas semanas.", "2024-03-04", "2024-03-04"),
        # illustrative: "há quinze dias" (a fortnight ago) counts its days like "há três dias"
        ("O ataque ocorreu há quinze dias.", "2024-03-03", "2024-03-03"),
        ("O ataque ocorreu há doze dias.", "2024-03-06", "2024-03-06"),
        # illustrative: hours told back count whole days ("há 48 horas": two days before publication)
        ("O ataque ocorreu há 48 horas.", "2024-03-16", "2024-03-16"),
        ("O ataque ocorreu há setenta e duas horas.", "2024-03-15", "2024-03-15"),
        ("O exército anunciou ter abatido dez terroristas nas últimas 24 horas.", "2024-03-17", "2024-03-18"),
        ("O ataque ocorreu no passado dia 12.", "2024-03-12", "2024-03-12"),
        ("O ataque ocorreu no dia 28, em Gao.", "2024-02-28", "2024-02-28"),
        ("Os combates ocorreram durante o fim de semana.", "2024-03-16", "2024-03-17"),
        ("Os combates prolongaram-se ao longo do fim de semana.", "2024-03-16", "2024-03-17"),
    ],
)
def test_portuguese_dates(text: str, start: str, end: str) -> None:
    found = resolve_event_date(text, PUBLISHED, "pt")
    assert found is not None and (found.date_start, found.date_end) == (start, end)


def test_a_year_alone_is_a_year() -> None:
    found = resolve_event_date("O ataque ocorreu em 2024.", PUBLISHED, "pt")
    assert found is not None and (found.date_start, found.date_end) == ("2024-01-01", "2024-12-31")


def _actors(text: str, country: str = "ML") -> set[tuple[str, str]]:
    return {(m.actor.name, m.group) for m in find_actors(text, "pt", country=country, on_date="2024-03-10")}


def test_portuguese_actors() -> None:
    text = ("As Forças Armadas Malianas e o grupo Wagner foram atacados por homens armados não identificados "
            "perto de Ménaka, matando civis.")
    assert _actors(text) == {
        ("Military Forces of Mali (2021-)", "security"),
        ("Wagner Group", "external"),
        ("Unidentified Armed Group (Mali)", "militants"),
        ("Civilians (Mali)", "civilians"),
    }


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("O exército nigerino respondeu.", "NE", "Military Forces of Niger (2023-)"),
        ("Os militares burquinabes responderam.", "BF", "Military Forces of Burkina Faso (2022-)"),
        ("A FAMa respondeu.", "ML", "Military Forces of Mali (2021-)"),
        ("O Estado Islâmico no Sahel reivindicou.", "NE", "Islamic State (Sahel)"),
        ("O Estado Islâmico na África Ocidental reivindicou.", "NG",
         "Islamic State West Africa Province (ISWAP)"),
        ("O Grupo de Apoio ao Islão e aos Muçulmanos reivindicou.", "BF",
         "JNIM: Jama'at Nusrat al-Islam wal Muslimin"),
        ("O Africa Corps chegou.", "ML", "Africa Corps"),
        ("Os capacetes azuis da MINUSMA chegaram.", "ML",
         "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"),
    ],
)
def test_portuguese_named_actors(text: str, country: str, name: str) -> None:
    assert name in {m.actor.name for m in find_actors(text, "pt", country=country, on_date="2024-03-10")}


def test_portuguese_generic_words_stay_portuguese() -> None:
    assert not find_actors("Les civis sont partis.", "fr", country="ML")  # "civis" is not a French noun


def test_relevance_and_violence_cues() -> None:
    assert is_relevant("Homens armados atacaram a aldeia.", "pt")
    assert has_violence_cue("Homens armados atacaram a aldeia.", "pt")
    assert not is_relevant("O presidente visitou Lisboa.", "pt")


@pytest.mark.parametrize(
    "text", ["Oito condutores perderam a vida.", "Um refém perdeu a vida."]
)
def test_a_sentence_telling_deaths_by_another_verb_is_relevant(text: str) -> None:
    # illustrative sentences: "perder a vida", "falecer", "morrer" in forms the relevance list lacked
    assert is_relevant(text, "pt")


@pytest.mark.parametrize(
    "text",
    ["Homens armados do grupo jihadista JNIM atacaram um comboio.",
     "Combatentes da organização terrorista JNIM atacaram um comboio."],
)
def test_gunmen_of_a_group_described_before_its_name_are_its_men(text: str) -> None:
    # illustrative sentences: "do grupo jihadista JNIM" ties the gunmen to JNIM, no second, unidentified group
    assert [m.actor.name for m in find_actors(text, "pt", country="ML", on_date="2025-11-08")] == [
        "JNIM: Jama'at Nusrat al-Islam wal Muslimin"]


ARTICLE = (
    "Artigo ilustrativo (fictício). BAMAKO, 18 mar (Exemplo) - Pelo menos 15 soldados malianos foram "
    "mortos na madrugada de sábado num ataque de jihadistas do Grupo de Apoio ao Islão e aos Muçulmanos "
    "(JNIM) contra um posto militar perto de Boni, na região de Mopti, no centro do Mali, anunciou o "
    "exército. "
    "Do lado dos atacantes, 20 terroristas foram neutralizados, segundo o comunicado das Forças Armadas "
    "Malianas (FAMa)."
)


def test_a_portuguese_article_becomes_one_battle() -> None:
    article = Article(id="pt-1", text=ARTICLE, raw_text=ARTICLE, published="2024-03-18", language="pt")
    [mention] = extract_article(article)
    assert mention.event_type == "Battles"
    assert {mention.actor1.name, mention.actor2.name} == {
        "Military Forces of Mali (2021-)",
        "JNIM: Jama'at Nusrat al-Islam wal Muslimin",
    }
    assert (mention.fatalities.deaths_a, mention.fatalities.deaths_b, mention.fatalities.best) == (15, 20, 35)
    assert mention.date.event_date == "2024-03-16" and mention.date.time_precision == 1
    assert mention.place is not None and mention.place.country == "ML"
    assert all(ARTICLE[e.start : e.end] == e.text for e in mention.evidence)


VILLAGE_ATTACK = (
    "Artigo ilustrativo (fictício). Homens armados não identificados mataram pelo menos 12 civis na noite de "
    "sexta-feira para sábado na aldeia de Seytenga, na província de Séno, no norte do Burkina Faso, "
    "disseram fontes locais. Não houve vítimas entre os militares."
)


def test_a_portuguese_attack_on_villagers_is_violence_against_civilians() -> None:
    article = Article(id="pt-2", text=VILLAGE_ATTACK, raw_text=VILLAGE_ATTACK, published="2024-06-17",
                      language="pt")
    [mention] = extract_article(article)
    assert (mention.event_type, mention.sub_event_type) == ("Violence against civilians", "Attack")
    assert mention.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert mention.actor2.name == "Civilians (Burkina Faso)"
    assert (mention.fatalities.deaths_civilians, mention.fatalities.best) == (12, 12)
    assert (mention.date.date_start, mention.date.date_end) == ("2024-06-14", "2024-06-15")
    assert mention.place is not None and (mention.place.name, mention.place.country) == ("Seytenga", "BF")


def _mentions(text: str, published: str = "2024-06-17") -> list:
    article = Article(id="pt-x", text=text, raw_text=text, published=published, language="pt")
    return extract_article(article)


def test_a_country_named_as_a_border_is_not_the_place() -> None:
    text = "Ilustrativo: homens armados mataram seis aldeões perto da fronteira com o Mali, no norte do " \
        "Níger."
    [mention] = _mentions(text)
    assert mention.place is not None and mention.place.country == "NE"


def test_portuguese_recalled_incidents_and_new_incidents() -> None:
    from sahelwatch.extract.dates import is_recalled
    from sahelwatch.extract.incidents import starts_new_incident

    assert is_recalled("Em julho, seis soldados tinham sido mortos na mesma zona.", "pt")
    assert not is_recalled("O exército disse que os atacantes tinham matado seis soldados.", "pt")
    assert starts_new_incident("Um segundo ataque atingiu um acampamento de deslocados.", "pt")
    assert not starts_new_incident("O ataque atingiu um acampamento de deslocados.", "pt")


def test_portuguese_demonyms_hint_the_country() -> None:
    from sahelwatch.extract.locatives import demonym_hint, side_country

    assert demonym_hint("Ilustrativo: o exército argelino anunciou a operação.", "pt") == "DZ"
    assert side_country("Dez pescadores foram mortos do lado chadiano do lago.", "pt") == "TD"


def test_the_nationality_of_kidnapped_foreigners_is_no_place_hint() -> None:
    """Illustrative: 'engenheiros chineses' are victims' nationality; Kita stays in Mali (not Quito)."""
    from sahelwatch.extract.locatives import demonym_hint

    assert demonym_hint("Três engenheiros chineses foram raptados perto de Kita.", "pt") is None
    assert demonym_hint("Um soldado maliano morreu perto de Boni.", "pt") == "ML"


def test_a_one_sentence_forecast_is_no_event() -> None:
    assert _mentions("Ilustrativo: analistas temem novos ataques jihadistas na região de Tahoua.") == []


@pytest.mark.parametrize("text", [
    "Analistas alertam que a retirada pode abrir caminho a novos ataques jihadistas perto de Gao.",
    "Segundo um investigador, o fim da missão poderá provocar mais atentados na região de Mopti.",
])
def test_a_consequence_foreseen_is_no_event(text: str) -> None:
    assert _mentions(text) == []


def test_another_source_s_count_widens_the_range():
    text = ("Pelo menos 9 garimpeiros foram mortos na segunda-feira. "
            "Outras fontes falam em cerca de catorze mortos.")
    f = summarise_fatalities(find_casualties(text, "pt"))
    assert (f.low, f.best, f.high) == (9, 9, 14)


def test_a_relative_clause_and_the_lorries_it_names_are_skipped():
    from sahelwatch.extract.fatalities import find_casualties

    found = find_casualties("Cinco soldados que escoltavam 12 camiões foram mortos.", "pt")
    assert [(c.low, c.group) for c in found] == [(5, "security")]
    assert [c.low for c in find_casualties("Dois aldeões que tentavam fugir foram mortos.", "pt")] == [2]
    french = find_casualties("Cinq soldats qui escortaient 12 camions ont été tués.", "fr")
    assert [c.low for c in french] == [5]


def test_arrested_journalists_are_the_civilians_arrested() -> None:
    """Illustrative: the journalists the police detain are actor2 of the arrests."""
    [mention] = _mentions("A polícia deteve na segunda-feira três jornalistas em Bamaco.")
    assert mention.sub_event_type == "Arrests"
    assert mention.actor2 is not None and mention.actor2.name == "Civilians (Mali)"


@pytest.mark.parametrize("text", ["O seu motorista maliano foi morto durante o rapto.",
                                  "O pastor foi abatido perto de Djibo."])
def test_a_lone_death_of_a_definite_person(text: str) -> None:
    f = summarise_fatalities(find_casualties(text, "pt"))
    assert (f.deaths_civilians, f.best) == (1, 1)


@pytest.mark.parametrize(("text", "civilians"), [
    ("Um corpo foi encontrado esta manhã perto do mercado de Mueda.", 0),
    ("O corpo de um homem foi descoberto na praia de Pemba.", 1),
    ("O corpo diplomático foi convocado pelo ministro.", None),
])
def test_a_body_found_is_one_dead(text: str, civilians: int | None) -> None:
    """Illustrative: a body found is one killed (of the group its complement names); a 'corpo' that is an
    institution is none."""
    f = summarise_fatalities(find_casualties(text, "pt"))
    assert (f.deaths_civilians, f.best) == ((0, 0) if civilians is None else (civilians, 1))


def test_the_junta_of_a_decree_is_not_the_force_that_dispersed_a_protest() -> None:
    """Illustrative: the protest told after the junta's decree was dispersed by the police."""
    [mention] = _mentions("A junta militar do Mali dissolveu todos os partidos. Centenas de pessoas "
                          "participaram numa manifestação em Bamaco, que foi dispersada pela polícia com gás "
                          "lacrimogéneo.")
    assert mention.sub_event_type == "Protest with intervention"
    assert mention.actor2 is not None and mention.actor2.name == "Police Forces of Mali (2021-)"


def test_a_lynching_by_a_crowd_is_mob_violence_against_civilians():
    text = "Ilustrativo: um suposto ladrão foi linchado por uma multidão no sábado em Niamey."
    [mention] = _mentions(text, "2025-06-10")
    assert (mention.event_type, mention.sub_event_type) == ("Riots", "Mob violence")
    assert mention.actor1.name == "Rioters (Niger)" and mention.actor2.name == "Civilians (Niger)"
    assert mention.fatalities.best == 1


def test_a_link_to_another_story_is_no_event():
    """Illustrative: the "Leia também" line links another story; the article itself reports no violence."""
    text = ("O capitão Ibrahim Traoré apelou ao recrutamento de 50 mil voluntários para apoiar o exército.\n"
            "Leia também: Burkina Faso: ataque contra comboio em Gaskindé faz 37 mortos")
    assert all(m.fatalities.best == 0 for m in _mentions(text, "2022-11-03"))


def test_the_day_a_group_denounced_the_strike_is_not_its_date():
    """Illustrative: 'denunciou hoje' dates the denunciation; the army's reply is the same strike."""
    text = ("Pelo menos 21 civis morreram no domingo em ataques com drones do exército maliano em "
            "Tinzaouatène, denunciou hoje a coligação rebelde CSP. O exército confirmou ter realizado "
            "ataques aéreos na zona.")
    [mention] = _mentions(text, "2024-08-27")
    assert mention.date.event_date == "2024-08-25" and mention.fatalities.best == 21


def test_a_figure_before_a_word_opening_with_mil_is_no_thousand():
    """Illustrative: 'mil' (thousand) must be a whole word: '11 militares' are eleven soldiers."""
    [match] = find_numbers("o ministério tinha dado conta de 11 militares mortos", "pt")
    assert (match.low, match.high) == (11, 11)


def test_survivors_identifying_the_attackers_name_the_attacker():
    """Illustrative: 'identificaram os atacantes como membros da milícia ...' attributes the attack."""
    text = ("Pelo menos 31 habitantes foram mortos na sexta-feira num ataque contra a aldeia de Ogossagou, "
            "no centro do Mali. Sobreviventes identificaram os atacantes como membros da milícia Dan Na "
            "Ambassagou.")
    [mention] = _mentions(text, "2020-02-16")
    assert mention.actor1.name == "Dan Na Ambassagou"


def test_a_sentence_takes_its_finest_date_not_the_first():
    """Illustrative: 'na semana passada' dates the coup in a relative clause; the arrests are 'hoje'."""
    text = ("A junta militar que tomou o poder no Níger na semana passada deteve hoje vários ministros do "
            "governo deposto. As detenções ocorreram em Niamey.")
    [mention] = _mentions(text, "2023-07-31")
    assert mention.date.event_date == "2023-07-31"


def test_shot_or_hit_by_gunfire_says_violence_happened() -> None:
    assert has_violence_cue("Comerciante baleado à porta de casa em Tera", "pt")
    assert has_violence_cue("Dois pastores atingidos por tiros perto de Tahoua", "pt")
    assert not has_violence_cue("A baleia foi vista perto da costa", "pt")


def test_a_woman_found_dead_says_violence_happened() -> None:
    assert has_violence_cue("Comerciante encontrada morta perto de Tera", "pt")


def test_without_a_publication_date_a_sentence_takes_the_last_day_told_before_it():
    """Illustrative: an article with no publication date; the protest the second sentence tells is the
    one of the day the first sentence named."""
    text = ("Milhares de pessoas manifestaram-se no domingo, 3 de setembro de 2023, em Niamei, diante da "
            "base militar francesa, para exigir a saída imediata dos cerca de 1.500 soldados franceses "
            "estacionados no Níger.\n\nOs manifestantes, convocados por organizações da sociedade civil que "
            "apoiam a junta, empunhavam cartazes com a inscrição \"Tropas francesas, fora\".")
    article = Article(id="pt-null", text=text, published=None, language="pt")
    assert [m.date.event_date for m in extract_article(article)] == ["2023-09-03"]


def test_a_claim_naming_a_place_of_its_own_is_another_incident():
    """Illustrative: 'foi alvo de outro ataque, também reivindicado pelo JNIM' in Hombori is an incident
    there, not only the attribution of the Boni ambush."""
    text = ("Pelo menos seis soldados foram mortos no domingo numa emboscada perto de Boni, anunciou o "
            "exército. No mesmo dia, um acampamento militar em Hombori foi alvo de outro ataque, também "
            "reivindicado pelo JNIM.")
    places = sorted(m.place.name for m in _mentions(text, "2024-03-12"))
    assert places == ["Boni", "Hombori"]


@pytest.mark.parametrize(("text", "lang", "country"), [
    ("Uma cidadã austríaca foi raptada no sábado à noite em Agadez por homens armados.", "pt", "Austria"),
    ("Três cidadãos indianos foram raptados ontem perto de Kayes.", "pt", "India"),
    ("Trois ressortissants indiens ont été enlevés hier près de Kayes.", "fr", "India"),
])
def test_a_demonym_after_the_noun_makes_foreigners_civilians_of_their_country(text, lang, country):
    """Illustrative: in Portuguese and French the demonym follows the noun ('cidadã austríaca')."""
    article = Article(id="pt-d", text=text, raw_text=text, published="2025-01-13", language=lang)
    [mention] = extract_article(article)
    assert mention.actor2.name == f"Civilians ({country})"


def test_a_claim_of_another_incident_does_not_name_the_kidnappers():
    """Illustrative: JNIM claims the attacks of 'the same day' elsewhere, not the kidnapping told before."""
    text = ("Três engenheiros chineses foram raptados ontem num estaleiro perto de Kita por homens armados. "
            "No mesmo dia, o JNIM reivindicou ataques contra posições do exército em Nioro do Sahel.")
    kidnapping = next(m for m in _mentions(text, "2025-07-03") if m.place.name == "Kita")
    assert kidnapping.actor1.name == "Unidentified Armed Group (Mali)"


def test_drones_supplied_are_no_strike():
    """Illustrative: a supply of armed drones in a background sentence is no air strike."""
    text = ("Desde o golpe de Estado de julho de 2023, a junta militar de Niamei reforçou a cooperação com a "
            "Turquia, que forneceu vários drones armados.")
    assert _mentions(text, "2024-02-16") == []


def test_a_protest_told_outright_is_a_protest_even_when_the_classifier_is_unsure():
    """Illustrative: 'manifestaram-se ... para exigir a saída dos soldados franceses' is a protest; a ban
    on protests is none."""
    told = ("Milhares de pessoas manifestaram-se no domingo em Niamei para exigir a saída dos soldados "
            "franceses.")
    [mention] = _mentions(told, "2023-09-04")
    assert mention.sub_event_type == "Peaceful protest" and mention.date.event_date == "2023-09-03"
    assert _mentions("O governo proibiu as manifestações em Bamako até nova ordem.", "2024-03-11") == []


def test_people_who_take_to_the_streets_protest() -> None:
    """Illustrative: 'saíram às ruas ... para exigir' tells a protest (classifier cue words in Portuguese)."""
    [mention] = _mentions("Milhares de pessoas saíram às ruas no domingo em Niamei para exigir a saída dos "
                          "soldados franceses.")
    assert (mention.sub_event_type, mention.place.name) == ("Peaceful protest", "Niamey")


def test_the_posts_a_government_denies_are_no_event() -> None:
    text = ("Exemplo ilustrativo. O Governo desmentiu no domingo um ataque contra o posto de Néma. "
            "Segundo as publicações, homens armados teriam matado quatro guardas na sexta-feira.")
    assert _mentions(text) == []


@pytest.mark.parametrize("source", ["indicou hoje a polícia", "segundo a polícia"])
def test_the_police_who_tell_a_bombing_s_toll_are_no_party(source: str) -> None:
    text = (f"Exemplo ilustrativo. Uma bombista suicida fez-se explodir no sábado num mercado de Monguno, "
            f"matando nove pessoas, {source}.")
    [mention] = _mentions(text)
    assert mention.sub_event_type == "Suicide bomb"
    assert (mention.actor1.name, mention.actor2.name) == ("Unidentified Armed Group (Nigeria)",
                                                          "Civilians (Nigeria)")


def test_an_attack_the_government_attributes_to_a_group_and_its_revised_toll() -> None:
    text = ("Exemplo ilustrativo. Homens armados mataram 15 aldeões na sexta-feira perto de Ouallam, "
            "informou o governo no domingo. O primeiro balanço, divulgado por fontes locais no sábado, era "
            "de seis mortos. O governo atribuiu o ataque ao Estado Islâmico no Sahel.")
    [mention] = _mentions(text)
    assert mention.actor1.name == "Islamic State (Sahel)"
    assert (mention.fatalities.low, mention.fatalities.best) == (15, 15)


@pytest.mark.parametrize(
    ("text", "elsewhere"),
    [("O primeiro balanço, dado no sábado, era de oito mortos.", True),
     ("Um anterior balanço apontava cinco mortos.", True),
     ("Um primeiro balanço dá conta de oito mortos.", False)],  # the current, provisional toll
)
def test_an_earlier_count_is_no_toll(text: str, elsewhere: bool) -> None:
    assert [c.elsewhere for c in find_casualties(text, "pt")] == [elsewhere]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pt", "Combatentes do Boko Haram raptaram 25 mulheres perto de Gwoza no sábado. Em 2014, o grupo "
            "sequestrou 276 estudantes em Chibok."),
     ("en", "Boko Haram fighters abducted 25 women near Gwoza on Saturday. In 2014, the group kidnapped "
            "276 students in Chibok.")],
)
def test_the_group_named_again_is_the_armed_group_named_before(lang: str, text: str) -> None:
    article = Article(id="pt-x", text="Exemplo ilustrativo. " + text, raw_text="Exemplo ilustrativo. " + text,
                      published="2024-06-17", language=lang)
    actors = {m.place.name: m.actor1.name for m in extract_article(article)}
    assert actors["Chibok"] == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_an_earlier_incident_told_of_a_whole_country_is_not_at_today_s_town() -> None:
    text = ("Exemplo ilustrativo. Pelo menos 20 combatentes foram mortos no sábado em confrontos entre o "
            "JNIM e o Estado Islâmico perto de Ansongo. Em março de 2020, combates entre os dois grupos "
            "tinham feito centenas de mortos no Mali.")
    places = sorted((m.place.name, m.place.where_prec) for m in _mentions(text))
    assert places == [("Ansongo", 2), ("Mali", 6)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pt", "A explosão de uma mina artesanal à passagem de um autocarro matou oito pessoas perto de "
            "Tillia."),
     ("en", "A roadside bomb killed eight people on Tuesday near Tillia.")],
)
def test_the_people_a_bomb_killed_with_no_forces_named_are_civilians(lang: str, text: str) -> None:
    article = Article(id="pt-x", text="Exemplo ilustrativo. " + text, raw_text="Exemplo ilustrativo. " + text,
                      published="2024-06-17", language=lang)
    [mention] = extract_article(article)
    assert (mention.actor1.name, mention.actor2.name) == ("Unidentified Armed Group (Niger)",
                                                          "Civilians (Niger)")


@pytest.mark.parametrize(
    ("lang", "text"),
    [("pt", "Um ataque deixou 12 mortos na segunda-feira em Monguno, segundo a polícia."),
     ("en", "An attack left 12 dead on Monday in Monguno, according to police.")],
)
def test_the_police_cited_as_the_source_of_a_toll_are_not_the_attackers(lang: str, text: str) -> None:
    article = Article(id="pt-x", text="Exemplo ilustrativo. " + text, raw_text="Exemplo ilustrativo. " + text,
                      published="2024-06-18", language=lang)
    [mention] = extract_article(article)
    assert mention.actor1.name == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    ("text", "actor2"),
    [("Manifestantes incendiaram a sede da câmara municipal de Dori no domingo.", None),
     ("Dezenas de jovens incendiaram a câmara municipal de Dori no domingo, em protesto contra a "
      "insegurança.", None),
     ("Dezenas de jovens atiraram pedras contra a polícia em Dori no domingo, em protesto contra a "
      "insegurança.", "Police Forces of Burkina Faso (2022-)")],
)
def test_a_crowd_that_burns_or_stones_is_a_violent_demonstration(text: str, actor2: str | None) -> None:
    [mention] = _mentions("Exemplo ilustrativo. " + text)
    assert (mention.sub_event_type, mention.actor1.name) == ("Violent demonstration",
                                                             "Rioters (Burkina Faso)")
    assert (mention.actor2.name if mention.actor2 else None) == actor2


def test_armed_men_who_burn_a_town_hall_are_no_demonstration() -> None:
    text = "Exemplo ilustrativo. Homens armados incendiaram a sede da câmara municipal de Dori no domingo."
    [mention] = _mentions(text)
    assert mention.sub_event_type != "Violent demonstration"


def test_portuguese_police_with_a_demonym_is_the_police() -> None:
    # illustrative sentence: "polícias beninenses" (accented noun) are the police, not the army
    found = find_actors("Dois polícias beninenses foram mortos.", "pt", country="BJ", on_date="2026-08-07")
    assert found[0].actor.name == "Police Forces of Benin (2016-)"


def test_a_named_groups_fighters_are_no_second_party_to_an_agreement() -> None:
    # illustrative sentence: "um grupo rebelde" / "os rebeldes" are the FPL's own men, not another side
    text = "Ilustrativo: o Governo do Níger e a Frente Patriótica de Libertação, um grupo rebelde do " \
        "norte, assinaram na sexta-feira em Niamey um acordo de paz que prevê a integração dos rebeldes no " \
        "exército."
    [mention] = _mentions(text, published="2026-10-26")
    assert mention.sub_event_type == "Agreement"
    assert {mention.actor1.name, mention.actor2.name} == {
        "Military Forces of Niger (2023-)", "FPL: Patriotic Liberation Front"}


def test_portuguese_tuareg_rebels_and_the_fpl() -> None:
    # illustrative phrases: the Tuareg rebels of 2026 are the FLA; the FPL is Niger's rebel front
    found = find_actors("Os rebeldes tuaregues atacaram.", "pt", country="ML", on_date="2026-07-05")
    assert found[0].actor.name == "FLA: Azawad Liberation Front"
    found = find_actors("A Frente Patriótica de Libertação atacou.", "pt", country="NE", on_date="2026-07-05")
    assert found[0].actor.name == "FPL: Patriotic Liberation Front"


def test_portuguese_names_of_the_multinational_joint_task_force() -> None:
    # illustrative phrase
    found = find_actors("A Força Multinacional Conjunta atacou.", "pt", country="TD", on_date="2026-07-05")
    assert found[0].actor.name == "MNJTF: Multinational Joint Task Force"


@pytest.mark.parametrize(
    "text",
    ["Os rebeldes afirmaram ter abatido um drone do exército.", "Os insurgentes abateram um helicóptero.",
     "Os rebeldes disseram ter abatido dois aviões da força aérea."],
)
def test_a_downed_aircraft_is_no_death(text: str) -> None:
    # illustrative sentences: "abater um drone" shoots a machine down, it kills no one
    assert find_casualties(text, "pt") == []


def test_a_first_of_its_kind_remark_is_no_second_incident() -> None:
    # illustrative text: "É o primeiro ataque ..." ranks the attack just told; with the Mali named before it
    # it made a second, Malian event
    text = "Ilustrativo: dois militares mauritanos foram mortos por homens armados perto de Adel Bagrou. " \
        "Os atacantes fugiram para o território maliano. É o primeiro ataque contra o exército mauritano " \
        "em vários anos."
    assert [m.place.country for m in _mentions(text, published="2026-05-08")] == ["MR"]


def test_soldiers_among_the_dead_of_an_attack_on_a_convoy_did_not_kill_the_civilians() -> None:
    # illustrative text: the escort's soldiers died beside the drivers; no attacker is named
    text = "Ilustrativo: um comboio de camiões escoltado pelo exército foi atacado na segunda-feira entre " \
        "Kayes e Diboli. Cinco motoristas e dois soldados foram mortos."
    [mention] = _mentions(text, published="2026-03-10")
    assert (mention.actor1.name, mention.actor2.name) == (
        "Unidentified Armed Group (Mali)", "Military Forces of Mali (2021-)")


def test_dozens_of_youths_who_loot_are_rioters() -> None:
    # illustrative sentence: a counted crowd of youths ("dezenas de jovens"), as "des dizaines de jeunes"
    [mention] = _mentions("Ilustrativo: dezenas de jovens saquearam e incendiaram lojas em Maradi no sábado.",
                          published="2026-03-10")
    assert (mention.sub_event_type, mention.actor1.name) == ("Violent demonstration", "Rioters (Niger)")


def test_soldiers_among_the_dead_of_an_attack_on_civilians_are_no_perpetrator() -> None:
    # illustrative sentence: the soldiers are among the dead, not the killers of the civilians
    text = "Ilustrativo: o balanço do ataque de sábado em Tillabéri subiu para 32 mortos, entre os " \
        "quais 20 civis e 12 soldados."
    [mention] = _mentions(text, published="2026-03-10")
    assert mention.actor1.name == "Unidentified Armed Group (Niger)"


def test_the_destination_of_a_tanker_convoy_is_not_the_place() -> None:
    # illustrative text: the convoy carried fuel to Bamako; it was attacked near Nioro do Sahel
    text = ("Ilustrativo: homens armados atacaram no sábado um comboio de camiões que transportava "
            "combustível do Senegal para Bamako, perto de Nioro do Sahel, no oeste do Mali. Oito motoristas "
            "morreram.")
    [mention] = _mentions(text, published="2025-11-10")
    assert mention.place is not None and mention.place.name.startswith("Nioro")


def test_foreigners_kidnapped_over_the_years_are_no_new_abduction() -> None:
    # illustrative text: the second sentence counts past kidnappings, with an example and no day
    text = ("Ilustrativo: um cooperante espanhol foi raptado há uma semana por homens armados perto de "
            "Bourem, no Mali. Vários estrangeiros foram raptados no Sahel nos últimos anos, incluindo uma "
            "austríaca em Agadez, no Níger.")
    assert [m.place.name for m in _mentions(text, published="2025-11-26")] == ["Bourem"]


@pytest.mark.parametrize("deed", ["terá raptado mais de 60 pessoas", "raptou dezenas de pessoas"])
def test_a_gang_s_victims_over_the_last_years_are_no_new_abduction(deed: str) -> None:
    # illustrative text: the second sentence counts the gang's kidnappings over two years, in the active voice
    text = ("Ilustrativo: a polícia deteve na terça-feira um alegado chefe de bandidos em Isa, no estado de "
            f"Sokoto, na Nigéria. Segundo a polícia, o grupo {deed} nos últimos dois anos nos distritos de "
            "Isa e Sabon Birni.")
    assert [m.sub_event_type for m in _mentions(text, published="2026-11-12")] == ["Arrests"]


def test_fighting_that_made_dozens_of_dead_over_the_years_is_no_new_clash() -> None:
    # illustrative text: a ceasefire signed, then the toll of years of fighting told in the active voice
    text = ("Ilustrativo: o governo do Chade e um grupo rebelde assinaram no domingo um acordo de "
            "cessar-fogo. Os combates entre o exército e os rebeldes no Tibesti fizeram dezenas de mortos "
            "nos últimos anos.")
    assert "Armed clash" not in [m.sub_event_type for m in _mentions(text, published="2026-11-10")]


def test_the_deadliest_attack_of_the_last_years_is_still_an_event() -> None:
    # illustrative sentence: the period qualifies the attack, which is told with its toll
    text = ("Ilustrativo: homens armados mataram 20 aldeões em Isa, no estado de Sokoto, na Nigéria, o "
            "ataque mais mortífero nos últimos dois anos.")
    assert [m.sub_event_type for m in _mentions(text, published="2026-11-12")] == ["Attack"]


def test_a_base_handed_over_is_a_non_violent_transfer_of_territory() -> None:
    # illustrative sentence: departing foreign troops hand their base to the national army
    text = "Ilustrativo: os últimos militares italianos entregaram na sexta-feira ao exército nigerino a " \
        "base que ocupavam junto ao aeroporto de Niamei."
    [mention] = _mentions(text, published="2026-03-02")
    assert mention.sub_event_type == "Non-violent transfer of territory"
    # the side the base is handed to took control: actor 1, as ACLED codes it
    assert (mention.actor1.name, mention.actor2.name) == ("Military Forces of Niger (2023-)",
                                                          "Military Forces of Italy")


@pytest.mark.parametrize("label", ["Legenda", "Foto", "Imagem"])
def test_a_photo_caption_tells_no_other_incident(label: str) -> None:
    # illustrative text: the caption recalls other deaths at another place (a long one is not cleaned at
    # ingest)
    text = ("Ilustrativo: homens armados mataram cinco aldeões na quarta-feira em Tera, no oeste do "
            "Níger.\n\n"
            f"{label}: Soldados nigerinos patrulham a estrada perto de Ouallam, na região de Tillabéri, onde "
            "dezenas de civis foram mortos em 2024\n\nOs atacantes fugiram em motos.")
    assert [m.place.name for m in _mentions(text, published="2025-12-05")] == ["Téra"]


@pytest.mark.parametrize(
    "claim",
    ["O JNIM, braço da Al-Qaeda no Sahel, assumiu a autoria.",
     "O JNIM assumiu a responsabilidade pelo ataque.",
     "O governo responsabilizou o JNIM pelo ataque."],
)
def test_a_group_that_takes_responsibility_is_the_attacker(claim: str) -> None:
    # illustrative text: the claim names the group in a sentence of its own, after the unsigned ambush
    text = ("Ilustrativo: um comboio do exército maliano foi emboscado na segunda-feira perto de Boni. Onze "
            f"soldados morreram e outros oito ficaram feridos. {claim}")
    [mention] = _mentions(text, published="2025-11-19")
    assert mention.actor1.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"


@pytest.mark.parametrize(
    ("victim", "civilians"),
    [("Um cooperante espanhol foi raptado", "Civilians (Spain)"),
     ("Um espanhol foi raptado", "Civilians (Spain)"),
     ("Um trabalhador chinês foi sequestrado", "Civilians (China)")],
)
def test_a_kidnapped_foreigner_is_a_civilian_of_his_country(victim: str, civilians: str) -> None:
    # illustrative sentences: an aid worker or a worker named by his nationality, or the nationality alone
    text = f"Ilustrativo: {victim} na segunda-feira por homens armados perto de Bourem, no norte do Mali."
    [mention] = _mentions(text, published="2025-11-26")
    assert mention.actor2.name == civilians


def test_video_and_audio_links_tell_no_incident_nor_toll() -> None:
    # illustrative text: Brazilian-style links to other stories inside the body
    text = ("Ilustrativo: homens armados mataram cinco aldeões na quarta-feira em Tera, no oeste do "
            "Níger.\n\nVÍDEO: Ataque jihadista mata 20 soldados no Mali\n\n"
            "Assista: drones do exército bombardeiam acampamento em Kidal\n\nOs atacantes fugiram em motos.")
    [mention] = _mentions(text, published="2025-11-19")
    assert (mention.place.name, mention.fatalities.best) == ("Téra", 5)


@pytest.mark.parametrize(("text", "lang"), [
    ("Ilustrativo: o Níger anunciou na terça-feira a retirada das suas tropas da Força Multinacional "
     "Conjunta, criada para combater o Boko Haram na bacia do lago Chade.", "pt"),
    ("Illustrative: Niger announced on Tuesday the withdrawal of its troops from the Multinational Joint "
     "Task Force fighting Boko Haram around Lake Chad.", "en"),
    ("Illustratif : le Niger a annoncé mardi le retrait de ses troupes de la Force multinationale mixte qui "
     "combat Boko Haram dans le bassin du lac Tchad.", "fr"),
])
def test_a_state_leaving_a_joint_force_is_no_event(text: str, lang: str) -> None:
    article = Article(id="x", text=text, raw_text=text, published="2026-02-06", language=lang)
    assert extract_article(article) == []


def test_a_base_handed_over_on_leaving_is_still_a_transfer() -> None:
    text = "Ilustrativo: os militares franceses retiraram-se na terça-feira da base de Gossi, que " \
        "entregaram às forças malianas."
    [mention] = _mentions(text, published="2026-02-06")
    assert mention.sub_event_type == "Non-violent transfer of territory"


@pytest.mark.parametrize(("text", "expected"), [
    ("O exército repeliu um ataque em Diapaga, tendo neutralizado cinco assaltantes.", 5),
    ("Os jihadistas atacaram a aldeia na terça-feira, tendo morto sete civis.", 7),
    ("Os soldados responderam, tendo abatido dez terroristas.", 10),
])
def test_a_compound_gerund_kills(text: str, expected: int) -> None:
    # illustrative sentences: "tendo + particípio" (having killed) tells the dead like "matando"
    assert summarise_fatalities(find_casualties(text, "pt")).best == expected


@pytest.mark.parametrize("text", [
    "Ilustrativo: as forças armadas repeliram uma tentativa de infiltração na madrugada de terça-feira em "
    "Diapaga e cinco terroristas foram neutralizados.",
    "Ilustrativo: os militares do destacamento de Diapaga rechaçaram uma investida na terça-feira e cinco "
    "terroristas foram abatidos.",
    'Ilustrativo: o governo afirmou que as forças armadas repeliram "uma tentativa de infiltração" na '
    'terça-feira em Diapaga e que cinco terroristas foram neutralizados.',
    'Ilustrativo: o exército afirmou que as tropas "repeliram com sucesso" um ataque contra a base de '
    'Diapaga na terça-feira, "neutralizando cinco terroristas".',
])
def test_forces_that_repelled_an_attack_were_attacked(text: str) -> None:
    [mention] = _mentions(text, published="2026-02-05")
    assert (mention.actor1.name, mention.actor2.name) == (
        "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # illustrative reports: where the wounded or the detainees were taken is no place of an incident
        ("Homens armados mataram cinco pessoas no domingo na aldeia de Kukawa, no estado de Borno. "
         "Os feridos foram evacuados para o hospital de Maiduguri, onde morreram.", [("Attack", "Kukawa")]),
        ("A polícia deteve na segunda-feira 17 pessoas suspeitas de ligações a grupos jihadistas em Maradi, "
         "no sul do Níger. Os detidos foram transferidos para a capital, Niamey.", [("Arrests", "Maradi")]),
    ],
)
def test_where_the_wounded_or_detainees_were_taken_is_no_scene(text: str, expected: list) -> None:
    article = Article(id="pt-dest", text=text, raw_text=text, published="2026-11-04", language="pt")
    assert sorted((m.sub_event_type, m.place.name) for m in extract_article(article)) == expected


@pytest.mark.parametrize(
    "text",
    [  # illustrative reports: a day told between "recuperou" and "o controlo" keeps the regained territory
        "O exército recuperou na sexta-feira o controlo da cidade de Djibo, anunciou o governo. A população "
        "festejou.",
        "As forças armadas recuperaram ontem o controle da localidade de Boni, no centro do Mali. "
        "A população festejou.",
    ],
)
def test_territory_regained_with_its_day_in_between(text: str) -> None:
    article = Article(id="pt-regain", text=text, raw_text=text, published="2026-11-18", language="pt")
    assert [m.sub_event_type for m in extract_article(article)] == ["Government regains territory"]


def test_recovering_other_things_and_control_of_accounts_is_no_territory() -> None:
    text = ("O governo recuperou o dinheiro e o controlo das contas públicas, disse o ministro. "
            "A oposição criticou.")
    article = Article(id="pt-regain-2", text=text, raw_text=text, published="2026-11-18", language="pt")
    assert extract_article(article) == []


def test_a_portuguese_incident_that_came_days_after_another_dates_that_one_apart() -> None:
    # illustrative: "o rapto ocorreu dois dias depois de ..." tells an earlier killing, not the kidnapping's
    # toll
    text = ("Exemplo ilustrativo. Homens armados raptaram no sábado cinco comerciantes em Thiou, no norte do "
            "Burkina Faso. O rapto ocorreu dois dias depois de oito pessoas terem sido mortas num mercado de "
            "Ouahigouya.")
    article = Article(id="t-pt", text=text, raw_text=text, published="2026-10-26", language="pt")
    found = sorted((m.date.event_date, m.place.name, m.sub_event_type, m.fatalities.best)
                   for m in extract_article(article))
    assert found == [("2026-10-22", "Ouahigouya", "Attack", 8),
                     ("2026-10-24", "Thiou", "Abduction/forced disappearance", 0)]


def test_a_toll_counted_since_the_start_of_the_year_is_no_event() -> None:
    # illustrative: a humanitarian tally over months names no incident, even with the report's day
    text = ("Exemplo ilustrativo. Segundo um relatório do OCHA publicado na segunda-feira, pelo menos "
            "140 civis foram mortos na região de Tombuctu desde o início do ano.")
    assert _mentions(text, "2026-02-03") == []


def test_a_denied_toll_told_today_is_dated_by_the_attack():
    """Illustrative: 'desmentiu hoje' dates the denial, not the attack told in the next sentence."""
    text = ("O exército desmentiu hoje que 30 soldados tenham sido mortos num ataque do Boko Haram contra "
            "uma posição militar em Bosso. Segundo o porta-voz, o ataque, na noite de segunda para "
            "terça-feira, causou a morte de quatro militares.")
    article = Article(id="pt-denied", text=text, raw_text=text, published="2024-03-14", language="pt")
    [mention] = extract_article(article)
    assert mention.date.event_date in ("2024-03-11", "2024-03-12") and mention.fatalities.best == 4


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Dez soldados morreram num ataque em Tassia na semana passada, anunciou o Ministério da Defesa "
         "no domingo.", "pt"),
        ("Dix soldats ont été tués dans une attaque à Tassia la semaine dernière, a annoncé le ministère "
         "de la Défense dimanche.", "fr"),
    ],
)
def test_a_day_after_a_speaker_told_after_its_verb_dates_the_statement(text: str, lang: str) -> None:
    # illustrative: the subject after the reporting verb ("anunciou o Ministério da Defesa no domingo")
    # does not make the statement's day the deed's; the week told before dates it
    from sahelwatch.extract.dates import event_date_expressions

    exprs = event_date_expressions(text, date(2026, 11, 2), lang)
    assert [(e.date_start, e.date_end) for e in exprs] == [(date(2026, 10, 26), date(2026, 11, 1))]
    kept = "Dez soldados morreram em Tassia, confirmou a morte de 12 soldados no domingo."
    days = [e.date_start for e in event_date_expressions(kept, date(2026, 11, 4), "pt")]
    assert days == [date(2026, 11, 1)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ilustrativo: dezenas de civis foram mortos no sábado num ataque contra a aldeia de Ségué, no "
         "centro do Mali.\n\nMais de 3.000 civis foram mortos no Mali em 2025, segundo a ACLED.", "pt"),
        ("Illustrative: dozens of civilians were killed on Saturday in an attack on the village of Ségué, in "
         "central Mali.\n\nMore than 3,000 civilians were killed in Mali in 2025, ACLED says.", "en"),
    ],
)
def test_a_year_count_for_a_whole_country_is_no_event(text: str, lang: str) -> None:
    article = Article(id="x", text=text, raw_text=text, published="2026-10-28", language=lang)
    dates = [m.date.event_date for m in extract_article(article)]
    assert dates == ["2026-10-24"]
    # a recalled incident told with its village stays an event of its year
    recalled = text.split("\n\n")[0] + "\n\nEm 2019, 160 pastores foram mortos na aldeia de Ogossagou."
    article = Article(id="y", text=recalled, raw_text=recalled, published="2026-10-28", language="pt")
    assert "2019-01-01" in [m.date.event_date for m in extract_article(article)]


def test_a_flight_in_the_days_after_the_attack_is_no_new_incident() -> None:
    # illustrative sentence: where the villagers fled after the attack already told
    text = ("Ilustrativo: segundo estas fontes, cerca de 3.000 pessoas fugiram da aldeia nos dias "
            "seguintes ao ataque e refugiaram-se em Pama e Fada N'Gourma, no leste do Burkina Faso.")
    assert _mentions(text, published="2026-10-28") == []


def test_the_attribution_of_a_trend_over_years_is_not_the_incident_s() -> None:
    # illustrative text: the second sentence attributes the region's attacks since 2021, not this abduction
    text = ("Ilustrativo: três professores foram raptados na segunda-feira por homens armados perto de "
            "Tanguiéta, no norte do Benim.\n\nO norte do Benim regista desde 2021 uma vaga de ataques "
            "atribuídos a grupos jihadistas, sobretudo ao JNIM.")
    [mention] = _mentions(text, published="2026-11-04")
    assert mention.actor1.name == "Unidentified Armed Group (Benin)"


def test_a_lone_victim_told_with_a_clause_between_commas_counts_one():
    text = ("Na terça-feira, um vereador local, identificado como Moussa Diallo, de 52 anos, que estava na "
            "sua loja no mercado de Sévaré, foi morto a tiro por homens armados.")
    killed = [c for c in find_casualties(text, "pt") if c.kind == "killed"]
    assert [c.low for c in killed] == [1]


def test_a_claim_told_paragraphs_later_names_the_attacker_beside_background_groups() -> None:
    # illustrative: the background names Al-Qaeda and the Islamic State; the claim's day dates nothing, the
    # authorities' silence is no incident, and the revised toll of "our men" is the soldiers'
    text = ("Ilustrativo: pelo menos 20 soldados foram mortos no sábado num ataque contra um destacamento "
            "militar em Djibo, no norte do Burkina Faso, segundo fontes de segurança.\n\n"
            "\"O balanço foi revisto em alta, 26 dos nossos homens perderam a vida\", disse uma fonte de "
            "segurança.\n\nO país enfrenta grupos ligados à Al-Qaida e ao Estado Islâmico.\n\n"
            "O ataque foi reivindicado no domingo pelo JNIM, ligado à Al-Qaida. As autoridades de "
            "Ouagadougou, que raramente comunicam sobre os ataques contra as suas forças, não reagiram.")
    [mention] = _mentions(text, published="2026-03-16")
    assert mention.actor1.name.startswith("JNIM") and mention.actor2.name.startswith("Military Forces")
    assert (mention.date.event_date, mention.place.name) == ("2026-03-14", "Djibo")
    assert (mention.fatalities.best, mention.fatalities.deaths_civilians) == (26, 0)


def test_our_men_are_soldiers_only_when_a_security_source_speaks() -> None:
    soldiers = find_casualties('"Catorze dos nossos homens perderam a vida", disse uma fonte militar.', "pt")
    assert [(c.group, c.low) for c in soldiers] == [("security", 14)]
    villagers = find_casualties('"Eles mataram cinco dos nossos homens", disse o chefe da aldeia.', "pt")
    assert [c.group for c in villagers] == ["civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "Ilustrativo: as autoridades, que raramente comunicam sobre os ataques, ainda não reagiram.",
        "Ilustrativo: o ISWAP tem multiplicado nos últimos meses os ataques contra bases militares em Borno.",
        "Ilustrativo: a região de Ménaka é um dos bastiões do Estado Islâmico, que ali combate o JNIM.",
    ],
)
def test_silence_trends_and_strongholds_are_no_incident(text: str) -> None:
    assert _mentions(text, published="2026-03-16") == []


def test_a_raid_that_fought_the_guards_and_took_workers_is_a_clash_and_an_abduction() -> None:
    # illustrative: the soldiers guarding a mine fought, the foreign workers were carried off
    text = ("Ilustrativo: homens armados atacaram na quarta-feira uma mina de ouro perto de Téra, no oeste "
            "do Níger, mataram dois soldados que guardavam o local e raptaram três cidadãos indianos. As "
            "autoridades atribuíram o ataque ao Estado Islâmico no Sahel.")
    found = sorted((m.sub_event_type, m.actor1.name, m.actor2.name, m.fatalities.best)
                   for m in _mentions(text, published="2025-07-12"))
    assert found == [("Abduction/forced disappearance", "Islamic State (Sahel)", "Civilians (India)", 0),
                     ("Armed clash", "Islamic State (Sahel)", "Military Forces of Niger (2023-)", 2)]


def test_the_islamic_state_in_cabo_delgado_is_its_mozambican_branch() -> None:
    # illustrative: the claim names the Islamic State without its branch
    text = ("Ilustrativo: insurgentes mataram na quarta-feira três civis numa aldeia do distrito de Macomia, "
            "em Cabo Delgado. O ataque foi reivindicado pelo Estado Islâmico.")
    [mention] = _mentions(text, published="2026-08-22")
    assert mention.actor1.name == "Islamic State Central Africa Province"


def test_officers_held_in_a_foiled_coup_are_the_army_s() -> None:
    # illustrative: the participle of a compound tense arrests too
    text = ("Ilustrativo: as autoridades do Mali anunciaram hoje ter frustrado uma tentativa de golpe e "
            "detido vários militares em Bamaco.")
    assert [(c.kind, c.group) for c in find_casualties(text, "pt")] == [("arrested", "security")]
    [mention] = _mentions(text, published="2025-08-14")
    assert mention.sub_event_type == "Arrests"
    assert mention.actor1.name == mention.actor2.name == "Military Forces of Mali (2021-)"


def test_a_convoy_attacked_near_a_town_is_not_placed_at_its_journey_s_start() -> None:
    # illustrative: Kaya is where the convoy came from and where a witness lives; the VDP escort is no ally
    # of the attackers
    text = ("Ilustrativo: pelo menos 15 civis foram mortos na terça-feira num ataque de jihadistas contra "
            "um comboio a cerca de 20 quilómetros de Barsalogho, no Burkina Faso. Os atacantes emboscaram "
            "o comboio, escoltado por voluntários para a defesa da pátria (VDP), quando este seguia de Kaya "
            "para Barsalogho. \"Quinze corpos foram recuperados\", disse um habitante de Kaya.")
    [mention] = _mentions(text, published="2026-07-25")
    assert mention.place.name == "Barsalogho" and mention.assoc_actor_1 == []


def test_bystanders_told_as_also_killed_paragraphs_later_add_to_a_battle_s_toll() -> None:
    # illustrative: nine soldiers and 15 attackers, then two fishermen "também" killed, told further off
    text = ("Ilustrativo: nove soldados chadianos foram mortos na madrugada de sábado num ataque do Boko "
            "Haram contra uma posição do exército em Baga Sola, no Chade. Segundo o porta-voz do exército, "
            "os atacantes chegaram em embarcações por volta das 02h00 e foram repelidos após mais de duas "
            "horas de combates intensos nas margens do lago; \"quinze terroristas foram neutralizados e "
            "várias armas foram recuperadas\", declarou o porta-voz na televisão nacional, sem dar mais "
            "pormenores.\n\nFontes locais referem também a morte de dois pescadores atingidos por balas "
            "perdidas.")
    [mention] = _mentions(text, published="2026-02-16")
    assert mention.fatalities.best == 26


@pytest.mark.parametrize(
    ("text", "lang", "group"),
    [
        ('Os atacantes, "suspeitos de pertencerem ao Estado Islâmico no Sahel", chegaram.', "pt",
         "Islamic State (Sahel)"),
        ("Les assaillants, soupçonnés d'appartenir à l'EIGS, sont arrivés.", "fr", "Islamic State (Sahel)"),
    ],
)
def test_attackers_suspected_to_belong_to_a_group_are_its_men(text: str, lang: str, group: str) -> None:
    assert [a.actor.name for a in find_actors(text, lang)] == [group]
    assert len(find_actors("Os atacantes, Boko Haram e o ISWAP, chegaram.", "pt")) == 3


def test_an_ambush_of_a_joint_patrol_names_the_foreign_forces_beside_the_army() -> None:
    # illustrative: "emboscou" tells violence; "as forças ruandesas" are Rwanda's, beside Mozambique's
    text = ("Ilustrativo: dois militares moçambicanos morreram no sábado perto de Mocímboa da Praia, em Cabo "
            "Delgado. Um grupo de insurgentes emboscou uma patrulha conjunta das forças moçambicanas e das "
            "forças ruandesas.")
    [mention] = _mentions(text, published="2026-10-05")
    assert mention.actor2.name == "Military Forces of Mozambique"
    assert [a.name for a in mention.assoc_actor_2] == ["Military Forces of Rwanda"]


def test_a_speaker_s_own_higher_count_is_the_high_figure_only() -> None:
    # illustrative: the government's "pelo menos uma centena", a local official "falou em mais de 110"
    text = ("Ilustrativo: pelo menos uma centena de civis foram mortos na quinta-feira num ataque contra a "
            "localidade de Dargol, no Níger, anunciou o governo. Um eleito local falou em \"mais de 110 "
            "mortos\". O governo não confirmou este número.")
    [mention] = _mentions(text, published="2025-11-08")
    assert (mention.fatalities.low, mention.fatalities.high) == (100, 110)


def test_a_day_of_a_year_named_before_is_no_incident_of_the_report() -> None:
    # illustrative: "desse ano" is 2024, named in the sentence before; the new attack keeps its attacker
    text = ("Ilustrativo: pelo menos 15 civis foram mortos na terça-feira num ataque de jihadistas perto "
            "de Barsalogho, no Burkina Faso. A cidade ficou conhecida em 2024. A 24 de agosto desse ano, "
            "combatentes do JNIM mataram centenas de civis na cidade.")
    [mention] = _mentions(text, published="2026-07-25")
    assert mention.actor1.name == "Unidentified Armed Group (Burkina Faso)"
    assert (mention.date.event_date, mention.fatalities.best) == ("2026-07-21", 15)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ilustrativo: uma bombista suicida fez-se explodir num mercado de Konduga, matando 12 pessoas, "
         "além da própria bombista.", "pt", 13),
        ("Ilustrativo: doze pessoas morreram, sem contar o bombista suicida.", "pt", 13),
        ("Illustrative: a suicide bomber blew herself up at a market in Konduga, killing 12 people besides "
         "the bomber.", "en", 13),
        ("Illustratif : une kamikaze s'est fait exploser sur un marché de Konduga, tuant 12 personnes, en "
         "plus de la kamikaze.", "fr", 13),
        # no word of the bomber: the toll as told
        ("Illustrative: a suicide bomber blew herself up at a market in Konduga, killing 12 people.", "en",
         12),
        ("Ilustrativo: um bombista suicida matou 12 pessoas num mercado de Konduga.", "pt", 12),
    ],
)
def test_a_suicide_bomber_counted_apart_from_the_toll_is_one_more_dead(text: str, lang: str,
                                                                     expected: int) -> None:
    assert summarise_fatalities(find_casualties(text, lang)).best == expected


def test_an_attack_attributed_by_a_source_to_a_group_is_that_group_s() -> None:
    # illustrative: "atribuído pela fonte de segurança ao grupo ..." names the attacker
    text = ("Ilustrativo: pelo menos 20 civis foram mortos na segunda-feira num ataque contra a aldeia de "
            "Namssiguia, no Burkina Faso. O ataque foi atribuído pela fonte de segurança ao grupo extremista "
            "JNIM, braço da Al-Qaeda na região.")
    [mention] = _mentions(text, published="2025-11-05")
    assert mention.actor1.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"


@pytest.mark.parametrize(
    "text",
    [
        "Ilustrativo: ninguém reivindicou o sequestro até a noite desta segunda-feira (13).",
        "Ilustrativo: grupos extremistas ligados à Al-Qaeda e ao Estado Islâmico mantêm vários reféns "
        "ocidentais na região do Sahel.",
        "Ilustrativo: o exército afirma ter enfraquecido os jihadistas, mas os ataques continuam nas zonas "
        "rurais do estado de Borno.",
        "Ilustrativo: a região de Tillabéri é palco frequente de ataques do grupo Estado Islâmico no Sahel.",
    ],
)
def test_no_claim_hostages_held_and_attacks_that_go_on_are_no_incident(text: str) -> None:
    assert _mentions(text, published="2025-11-04") == []


def test_a_day_told_in_an_aside_about_the_source_dates_no_incident() -> None:
    # illustrative: the governor "que visitou a localidade no sábado": his visit, not a second attack
    text = ("Ilustrativo: pelo menos 30 pessoas foram mortas num ataque do Boko Haram contra a aldeia de "
            "Darul Jamal, no estado de Borno, na noite de sexta-feira. Os atacantes incendiaram casas e "
            "viaturas, segundo o governador do estado de Borno, Babagana Zulum, que visitou a localidade no "
            "sábado.")
    mentions = _mentions(text, published="2025-09-08")
    assert {m.date.event_date for m in mentions} == {"2025-09-05"}


def test_dozens_of_attackers_neutralised_add_to_an_equal_exact_toll_of_soldiers() -> None:
    # illustrative: "dezenas" (ACLED's 12) matches the twelve soldiers by chance and restates nothing
    text = ("Ilustrativo: doze soldados do Níger morreram no domingo numa emboscada perto de Banibangou, na "
            "região de Tillabéri, informou o Ministério da Defesa. Segundo a nota, a resposta das tropas "
            "permitiu \"neutralizar dezenas de terroristas\" e recuperar motos e armas.")
    [mention] = _mentions(text, published="2025-11-04")
    assert mention.fatalities.best == 24


def test_the_sentence_that_dates_an_incident_also_places_it_inside_the_lead_s_state() -> None:
    # illustrative: the lead says only "numa aldeia do estado de Zamfara"; the next sentence names the
    # village and its district
    text = ("Ilustrativo: homens armados raptaram pelo menos 25 pessoas e mataram duas numa aldeia do estado "
            "de Zamfara, no noroeste da Nigéria, disse hoje a polícia. O ataque ocorreu no domingo à noite "
            "na aldeia de Kairu, no distrito de Maru, segundo o porta-voz da polícia.")
    [mention] = _mentions(text, published="2025-06-10")
    assert mention.date.event_date == "2025-06-08"
    assert (mention.place.admin1, mention.place.admin2) == ("Zamfara", "Maru")


def test_a_place_named_right_before_a_later_sentence_of_the_incident_refines_the_lead_s_state() -> None:
    # illustrative: the dating sentence names the village and district; the abductions told after it
    text = ("Ilustrativo: homens armados raptaram pelo menos 25 pessoas e mataram duas numa aldeia do estado "
            "de Zamfara, no noroeste da Nigéria, disse hoje a polícia. O ataque ocorreu no domingo à noite "
            "na aldeia de Kairu, no distrito de Maru, segundo o porta-voz da polícia. Os atacantes, que "
            "chegaram em dezenas de motorizadas, levaram sobretudo mulheres e crianças para a floresta.")
    [mention] = _mentions(text, published="2025-06-10")
    assert (mention.place.admin1, mention.place.admin2) == ("Zamfara", "Maru")


def test_a_suicide_attack_named_in_the_lead_stays_a_suicide_bombing():
    # illustrative: the lead names the means; later sentences (the bomber, the toll) do not retype it
    text = ("Um atentado suicida deixou ao menos 12 mortos num mercado de Konduga, no estado de Borno, neste "
            "domingo (2). Segundo a polícia, a autora do ataque, uma mulher que carregava explosivos presos "
            "ao corpo, detonou a carga no meio da multidão. Morreram 12 pessoas, além da própria "
            "mulher-bomba.")
    article = Article(id="t", text=text, raw_text=text, published="2025-03-03", language="pt")
    [mention] = extract_article(article)
    assert mention.sub_event_type == "Suicide bomb"
    summary = summarise_fatalities(find_casualties("Matou 12 pessoas, além da própria mulher-bomba.", "pt"))
    assert summary.best == 13


def test_barracks_attacked_are_a_clash_with_the_army() -> None:
    [mention] = _mentions("Ilustrativo: jihadistas atacaram no domingo o quartel de Boni.")
    assert mention.sub_event_type == "Armed clash"
    assert mention.actor2.name == "Military Forces of Mali (2021-)"


def test_a_sahel_town_stands_beside_a_neighbours_rebels_named_in_the_backdrop() -> None:
    [mention] = _mentions("Ilustrativo: homens armados mataram sete aldeões perto de Djibo no sábado. "
                          "O Mali vive uma crise desde o início de 2012, quando rebeldes tuaregues tomaram o "
                          "controlo do norte do país.")
    assert (mention.place.name, mention.place.country) == ("Djibo", "BF")


def test_livestock_carried_off_is_looting() -> None:
    [mention] = _mentions("Ilustrativo: homens armados roubaram 200 cabeças de gado perto de Téra "
                          "no domingo.")
    assert mention.sub_event_type == "Looting/property destruction"


@pytest.mark.parametrize(
    "blame",
    [
        "Segundo o presidente da câmara, os atacantes serão membros do JNIM.",
        "As autoridades locais suspeitam do JNIM, ligado à Al-Qaida.",
        "O exército acusa o JNIM, ligado à Al-Qaida.",
        "Fontes de segurança apontam o dedo ao JNIM.",
        "O JNIM é apontado como o principal suspeito.",
        "Para as autoridades, o ataque foi obra do JNIM.",
        "Os atacantes são suspeitos de pertencer ao JNIM.",
        "Os atacantes, que seriam do JNIM, fugiram para a floresta.",
    ],
)
def test_a_group_blamed_in_the_next_sentence_is_the_attacker(blame: str) -> None:
    # illustrative: the lead names no group; the sentence after it ties one group to the attack
    text = "Ilustrativo: homens armados mataram nove civis na aldeia de Bankass, no Mali, no sábado. "
    [mention] = _mentions(text + blame, published="2026-03-02")
    assert mention.actor1.name == "JNIM: Jama'at Nusrat al-Islam wal Muslimin"


def test_a_group_only_said_to_be_active_in_the_area_is_no_attacker() -> None:
    text = ("Ilustrativo: homens armados mataram nove civis na aldeia de Bankass, no Mali, no sábado. "
            "A zona é um bastião do JNIM, que os moradores acusam de cobrar impostos.")
    [mention] = _mentions(text, published="2026-03-02")
    assert mention.actor1.name == "Unidentified Armed Group (Mali)"


def test_captives_who_escaped_later_are_no_second_abduction() -> None:
    # illustrative: the escape on another day tells no new deed; an attack the villagers fled is still read
    text = ("Ilustrativo: cerca de 30 mulheres foram raptadas por jihadistas na quinta-feira perto de Titao, "
            "no norte do Burkina Faso. Algumas conseguiram fugir e regressaram no sábado, contando que os "
            "raptores as levaram para a floresta.")
    [mention] = _mentions(text, published="2026-06-30")
    assert mention.date.event_date == "2026-06-25"
    fled = ("Ilustrativo: os habitantes conseguiram fugir quando os jihadistas atacaram a aldeia de Kelbo no "
            "domingo e mataram seis pessoas, contou um antigo refém dos raptores.")
    [attack] = _mentions(fled, published="2026-06-30")
    assert attack.fatalities.best == 6


def test_the_attack_named_by_its_day_in_a_claim_keeps_that_day() -> None:
    # illustrative: "o ataque de terça-feira" names the deed; the claim's and the statement's days do not
    from sahelwatch.extract.dates import event_date_expressions

    claim = ("Ilustrativo: o ISWAP reivindicou o ataque de terça-feira contra uma base em Damboa, num "
             "comunicado divulgado na sexta-feira.")
    [day] = event_date_expressions(claim, date(2026, 6, 13), "pt")
    assert day.date_start == date(2026, 6, 9)
    assert not event_date_expressions("Ilustrativo: o JNIM reivindicou na quarta-feira o ataque.",
                                      date(2026, 6, 13), "pt")
    text = (claim + " Seis soldados morreram no ataque, segundo fontes militares. O exército disse na "
            "quarta-feira que os seus homens mataram dezenas de terroristas.")
    [mention] = _mentions(text, published="2026-06-13")
    assert mention.date.event_date == "2026-06-09"


def test_a_claim_told_after_another_day_s_incident_is_that_incident_s() -> None:
    # illustrative: the claim of Wednesday's ambush does not name Monday's killers
    text = ("Ilustrativo: na segunda-feira, homens armados mataram sete civis na aldeia de Kokorou, no oeste "
            "do Níger. Na quarta-feira, uma patrulha militar caiu numa emboscada perto de Ouallam: três "
            "soldados morreram. O Estado Islâmico no Sahel reivindicou a emboscada na quinta-feira.")
    mentions = {m.date.event_date: m for m in _mentions(text, published="2026-05-22")}
    assert mentions["2026-05-18"].actor1.name == "Unidentified Armed Group (Niger)"
    assert mentions["2026-05-20"].actor1.name == "Islamic State (Sahel)"


def test_days_later_and_a_militia_chief_as_the_source() -> None:
    # illustrative: "Dois dias depois" counts from the day told before; the CJTF chief is a source
    text = ("Ilustrativo: na segunda-feira, combatentes do ISWAP atacaram uma posição do exército em Malam "
            "Fatori, matando quatro soldados. Dois dias depois, jihadistas do Boko Haram mataram 12 "
            "lenhadores nos arredores de Gwoza, segundo um chefe da milícia Força Civil Conjunta (CJTF).")
    mentions = {m.place.name: m for m in _mentions(text, published="2026-03-21")}
    gwoza = mentions["Gwoza"]
    assert gwoza.date.event_date == "2026-03-18"
    assert (gwoza.event_type, gwoza.actor2.name) == ("Violence against civilians", "Civilians (Nigeria)")


def test_a_side_that_claims_victory_today_fought_on_the_day_told_and_lost_its_men() -> None:
    # illustrative: "reclamaram hoje a vitória" is the day of the claims; "ter perdido dois soldados" a toll
    assert _facts("O exército diz ter perdido três soldados.") == [(3, "killed", "security")]
    text = ("Ilustrativo: o exército chadiano e os rebeldes do CCMSR reclamaram hoje a vitória em combates "
            "travados no domingo no Tibesti. O estado-maior afirma ter morto 20 rebeldes e perdido dois "
            "soldados.")
    [mention] = _mentions(text, published="2026-01-20")
    assert mention.date.event_date == "2026-01-18"
    assert mention.fatalities.best == 22


def test_a_killing_a_government_reacts_to_keeps_its_own_day_and_place() -> None:
    # illustrative: the summons in the capital is the reaction; the deaths near Nara last week the event
    text = ("Ilustrativo: o governo da Mauritânia convocou nesta terça-feira (3) o embaixador do Mali em "
            "Nouakchott depois da morte de pelo menos sete pastores mauritanos na semana passada no lado "
            "maliano da fronteira, perto da cidade de Nara. O governo do Mali negou qualquer envolvimento.")
    [mention] = _mentions(text, published="2026-03-03")
    assert (mention.date.date_start, mention.date.date_end) == ("2026-02-23", "2026-03-01")
    assert mention.place.name == "Nara" and mention.fatalities.best == 7
    assert mention.actor2.name == "Civilians (Mauritania)"


@pytest.mark.parametrize("how", ["o seu veículo acionou uma mina", "o seu veículo accionou uma mina",
                                 "o seu veículo foi atingido por uma mina"])
def test_a_mine_set_off_by_a_vehicle_is_a_remote_explosive(how: str) -> None:
    # illustrative: the vehicle that set off a mine was hit by an explosive, not in a gunfight
    text = (f"Ilustrativo: dois soldados nigerinos foram mortos quando {how} perto de Tillia, no Níger, na "
            "quinta-feira. O exército confirmou.")
    [mention] = _mentions(text, published="2026-04-25")
    assert mention.sub_event_type == "Remote explosive/landmine/IED"


def test_a_kidnapping_and_the_body_found_later_are_two_events() -> None:
    text = ("Relato ilustrativo da região Leste. O chefe da aldeia, raptado na quarta-feira por homens "
            "armados perto de Pama, foi encontrado morto no domingo, segundo moradores.")
    mentions = sorted(_mentions(text, published="2024-03-12"), key=lambda m: m.date.event_date)
    assert [(m.sub_event_type, m.date.event_date) for m in mentions] == [
        ("Abduction/forced disappearance", "2024-03-06"), ("Attack", "2024-03-10")]


def test_without_a_publication_date_the_wire_dateline_dates_the_weekday() -> None:
    # illustrative: no metadata date; "segunda-feira" is the Monday before the dateline's Tuesday 27 January
    text = ("N'Djamena, 27 jan 2026 (Lusa) - Pelo menos dois manifestantes foram mortos e dez ficaram "
            "feridos na segunda-feira em N'Djamena, quando a polícia disparou contra uma marcha, indicou "
            "hoje um partido. A marcha reuniu vários milhares de pessoas no bairro de Chagoua.")
    from sahelwatch.ingest.build import build_article
    from sahelwatch.ingest.records import Record

    record = Record({"id": "pt-dateline", "text": text, "language": "pt"}, "t.jsonl", 1, "jsonl")
    article, _ = build_article(record)
    assert article is not None and article.published == "2026-01-27"  # ingest takes the dateline's day
    assert [m.date.event_date for m in extract_article(article)] == ["2026-01-26"]


def test_a_communique_read_on_a_later_day_does_not_date_the_attack_it_quotes() -> None:
    # illustrative: "lido no domingo" is the day the statement was read, not a second attack
    text = ("Ilustrativo: o exército afirmou ter neutralizado cerca de 30 terroristas que atacaram na "
            "sexta-feira um posto militar em Tillia, num confronto que custou a vida a quatro soldados. "
            "\"Uma horda de terroristas em motos atacou a posição das Forças de Defesa e Segurança\", refere "
            "o comunicado do Ministério da Defesa lido no domingo na televisão pública.")
    [mention] = _mentions(text, published="2026-08-24")
    assert mention.date.event_date == "2026-08-21" and mention.fatalities.best == 34


def test_the_day_told_inside_last_week_dates_the_killing_and_the_army_version_adds_no_clash() -> None:
    # illustrative: the killing "na semana passada" is dated by the Tuesday the next sentence tells; the
    # army's version ("neutralizado terroristas", no number, no civilians mentioned) is no fight of its own
    text = ("Ilustrativo: soldados malianos mataram pelo menos 12 civis na semana passada em Diafarabé, "
            "segundo habitantes. Os militares chegaram na terça-feira e executaram os homens junto ao "
            "mercado. O exército afirmou ter \"neutralizado terroristas\" durante uma operação na zona, sem "
            "mencionar vítimas civis.")
    [mention] = _mentions(text, published="2026-06-08")
    assert mention.date.event_date == "2026-06-02"
    assert (mention.sub_event_type, mention.actor2.name) == ("Attack", "Civilians (Mali)")


def test_militias_allied_to_the_army_do_not_bring_the_army_in() -> None:
    # illustrative: the army only describes the militias; the Tuareg group named next is the jihadists' foe
    text = ("Ilustrativo: combatentes do Estado Islâmico no Sahel e milícias tuaregues aliadas do exército "
            "maliano enfrentaram-se no domingo perto de Tidermène, causando 20 mortos. Um responsável do "
            "GATIA disse que oito combatentes do GATIA morreram e que 12 jihadistas foram mortos.")
    [mention] = _mentions(text, published="2026-03-09")
    assert (mention.actor1.name, mention.actor2.name) == (
        "Islamic State (Sahel)", "GATIA: Imghad Tuareg and Allies Self-Defense Group")


def test_fulani_herders_named_as_the_attackers() -> None:
    # illustrative: "pastores fulas" named by the residents are the Fulani militia, not unidentified gunmen
    text = ("Ilustrativo: homens armados mataram 15 pessoas no domingo numa aldeia de Bokkos, no estado do "
            "Plateau. Os atacantes, que os habitantes identificam como pastores fulas, incendiaram casas.")
    [mention] = _mentions(text, published="2026-05-04")
    assert mention.actor1.name == "Fulani Ethnic Militia"


def test_a_protest_called_for_friday_is_no_event() -> None:
    # illustrative: the arrest is the event; the rally its supporters called for Friday has not happened
    text = ("Niamei, 6 out 2026 (Lusa) - Um antigo ministro foi detido na segunda-feira em Niamei pela "
            "polícia, anunciou hoje o seu advogado. Os seus apoiantes convocaram uma manifestação para "
            "sexta-feira em frente ao tribunal.")
    mentions = _mentions(text, published="2026-10-06")
    assert [(m.sub_event_type, m.date.event_date) for m in mentions] == [("Arrests", "2026-10-05")]


def test_security_sources_count_beats_the_group_claim_of_dozens() -> None:
    # illustrative: the group's "dezenas" is its claim; the security sources' 17 is the toll
    text = ("Ilustrativo: o JNIM reivindicou o ataque a um comboio escoltado pelo exército na quarta-feira "
            "perto de Sebba. Em mensagem divulgada pelo seu braço de propaganda, o grupo afirma ter matado "
            "dezenas de soldados. Fontes de segurança ouvidas pela AFP falam em 17 militares mortos.")
    [mention] = _mentions(text, published="2026-07-14")
    assert (mention.fatalities.low, mention.fatalities.best) == (17, 17)


def test_a_fight_told_over_two_days_of_last_week_and_its_quoted_toll_are_one_event() -> None:
    # illustrative: "na semana passada" then Wednesday and Thursday; the CJTF leader only gives the toll
    text = ("Ilustrativo: combatentes do ISWAP e do Boko Haram enfrentaram-se na semana passada perto de "
            "Kukawa, no estado de Borno, fazendo mais de 40 mortos. Os combates começaram na quarta-feira, "
            "quando o ISWAP atacou acampamentos do Boko Haram, e só terminaram na quinta-feira. \"O ISWAP "
            "perdeu 12 homens\", disse à AFP Babakura Kolo, um chefe da milícia CJTF.")
    [mention] = _mentions(text, published="2026-10-19")
    assert (mention.date.date_start, mention.date.date_end) == ("2026-10-14", "2026-10-15")
    assert {mention.actor1.name, mention.actor2.name} == {
        "Islamic State West Africa Province (ISWAP)",
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"}


def test_a_split_recalled_since_its_year_is_no_event() -> None:
    text = ("Ilustrativo: o ISWAP atacou o Boko Haram na quarta-feira perto de Kukawa, fazendo 20 mortos. Os "
            "dois grupos disputam o lago desde a cisão de 2016, e os seus confrontos já mataram centenas de "
            "combatentes.")
    assert [m.date.event_date for m in _mentions(text, published="2026-10-19")] == ["2026-10-14"]


def test_the_ends_of_the_route_a_boat_plied_are_not_the_place() -> None:
    # illustrative: Mopti is where the boat came from, the attack was near Timbuktu
    text = ("Ilustrativo: homens armados atacaram na quinta-feira um barco de passageiros perto de Tombuctu, "
            "matando 20 civis. Os atacantes dispararam contra a embarcação, que fazia a ligação entre Mopti "
            "e Tombuctu.")
    assert [m.place.name for m in _mentions(text, published="2026-04-20")] == ["Timbuktu"]


def test_a_day_after_a_sentence_ending_in_an_acronym_is_not_a_statement_day() -> None:
    # illustrative: "ouvidas pela DW. Na quinta-feira" — the Thursday dates the clash, not DW's sources
    text = ("Ilustrativo: na terça-feira, insurgentes decapitaram quatro homens numa aldeia de Chiúre, "
            "segundo fontes ouvidas pela DW. Na quinta-feira, forças ruandesas mataram nove insurgentes "
            "perto da vila de Ancuabe.")
    mentions = sorted(_mentions(text, published="2026-11-22"), key=lambda m: m.date.event_date)
    assert [(m.date.event_date, m.place.name) for m in mentions] == [
        ("2026-11-17", "Chiúre"), ("2026-11-19", "Ancuabe")]


@pytest.mark.parametrize("text", ["O governo fez um apelo à calma.", "A explosão provocou um incêndio."])
def test_made_or_caused_one_thing_is_no_death(text: str) -> None:
    # illustrative: "fez um apelo", "provocou um incêndio" count no dead ("fez 12 mortos" still does)
    assert [c for c in find_casualties(text, "pt") if c.kind == "killed"] == []
    assert [c.low for c in find_casualties("O ataque fez 12 mortos.", "pt")] == [12]


def test_a_pipeline_sabotage_claimed_later_is_a_remote_explosive_where_it_blew_up() -> None:
    # illustrative: the claim names the pipeline's ends (Agadem, the port of Sèmè in Benin); the blast was
    # near Gaya on Saturday; the leader's demand for a man "detido desde 2023" is no arrest
    text = ("Ilustrativo: a Frente Patriótica de Libertação (FPL), um grupo rebelde nigerino, reivindicou "
            "esta terça-feira a sabotagem de um troço do oleoduto que liga Agadem ao porto de Sèmè, no "
            "Benim. A explosão ocorreu na madrugada de sábado perto de Gaya, na região de Dosso, e provocou "
            "um incêndio. Não houve vítimas. O líder da FPL exigiu a libertação do antigo Presidente Mohamed "
            "Bazoum, detido desde o golpe de 2023.")
    [mention] = _mentions(text, published="2026-09-15")
    assert mention.sub_event_type == "Remote explosive/landmine/IED"
    assert mention.date.event_date == "2026-09-12"
    assert (mention.place.name, mention.fatalities.best, mention.actor2) == ("Gaya", 0, None)


def test_a_claim_naming_the_village_of_the_first_incident_is_its_claim() -> None:
    # illustrative: the claim follows Thursday's clash but names Ocua, Tuesday's village
    text = ("Ilustrativo: na madrugada de terça-feira, um grupo armado invadiu a aldeia de Ocua, no distrito "
            "de Chiúre, e decapitou quatro homens. Na quinta-feira, forças ruandesas mataram nove "
            "insurgentes perto de Ancuabe. O Estado Islâmico reivindicou no sábado o ataque a Ocua.")
    killing = next(m for m in _mentions(text, published="2026-11-22") if m.date.event_date == "2026-11-17")
    assert killing.actor1.name != "Unidentified Armed Group (Mozambique)"


def test_an_agreement_ended_in_an_earlier_year_told_as_background_is_no_event() -> None:
    # illustrative: the clash is the event; "rompeu em 2024 o acordo" (its year alone, no victims) is not
    text = ("Ilustrativo: rebeldes da FLA e soldados malianos enfrentaram-se no sábado perto de Tessalit, "
            "fazendo 12 mortos. O Mali, governado por uma junta militar, rompeu em 2024 o acordo de paz de "
            "Argel assinado com os grupos armados do norte.")
    assert [m.sub_event_type for m in _mentions(text, published="2026-05-12")] == ["Armed clash"]


def test_a_claim_told_first_joins_the_deed_of_its_town_told_next_by_its_day() -> None:
    # illustrative: the claim (Saturday) names the town; the attack (Tuesday) names only "o posto"
    text = ("Ilustrativo: o JNIM reivindicou no sábado o ataque contra um posto da gendarmaria em Cinkassé, "
            "no norte do Togo. Na madrugada de terça-feira, homens armados atacaram o posto, matando quatro "
            "gendarmes.")
    [mention] = _mentions(text, published="2026-05-10")
    assert (mention.date.event_date, mention.fatalities.best) == ("2026-05-05", 4)


def test_a_weekday_of_a_weekly_roundup_published_that_weekday_is_the_week_before() -> None:
    # illustrative: "Resumo semanal" published on Monday 16 November: "na segunda-feira" is Monday 9
    text = ("Resumo semanal da segurança no Sahel. No Mali, quatro soldados morreram na segunda-feira quando "
            "o seu veículo acionou uma mina perto de Boni, na região de Mopti.")
    [mention] = _mentions(text, published="2026-11-16")
    assert mention.date.event_date == "2026-11-09"
    [mention] = _mentions(text.replace("Resumo semanal da", "A"), published="2026-11-16")
    assert mention.date.event_date == "2026-11-16"


def test_a_deed_told_a_day_before_a_decision_is_dated_that_day() -> None:
    # illustrative: the suspension (Friday) is no event; the arrest told after "um dia depois de" is Thursday
    text = ("Ilustrativo: a autoridade dos media suspendeu na sexta-feira a rádio Kledu FM, um dia depois de "
            "o seu diretor ter sido detido em Bamaco por agentes da segurança do Estado.")
    [mention] = _mentions(text, published="2026-08-15")
    assert (mention.sub_event_type, mention.date.event_date) == ("Arrests", "2026-08-13")
    # the killing told before the words keeps its own day
    text = ("Ilustrativo: homens armados mataram cinco aldeões perto de Boni na sexta-feira, um dia depois "
            "de os soldados terem detido o chefe do grupo.")
    assert _mentions(text, published="2026-08-15")[0].date.event_date == "2026-08-14"


@pytest.mark.parametrize(("text", "lang"), [
    ("Ilustrativo: os atacantes abriram fogo contra os guardas prisionais.", "pt"),
    ("Illustrative: gunmen shot two prison guards.", "en"),
    ("Illustratif : les assaillants ont tué deux gardiens de prison.", "fr"),
])
def test_prison_guards_are_the_police(text: str, lang: str) -> None:
    names = {m.actor.name for m in find_actors(text, lang, country="NE", on_date="2026-03-17")}
    assert "Police Forces of Niger (2023-)" in names


def test_civil_after_a_noun_is_an_adjective_not_a_civilian() -> None:
    # illustrative: "prisão civil", "guerra civil" name no civilians; "um civil" does
    assert not find_actors("Ilustrativo: dezenas de presos fugiram da prisão civil de Filingué.", "pt",
                           country="NE")
    assert not find_actors("Ilustrativo: o Mali vive uma guerra civil desde 2012.", "pt", country="ML")
    found = find_actors("Ilustrativo: os atacantes mataram um soldado e um civil.", "pt", country="NE")
    assert "Civilians (Niger)" in {m.actor.name for m in found}


@pytest.mark.parametrize(("text", "lang", "group"), [
    ("Ilustrativo: os atacantes abriram fogo contra os guardas prisionais, matando dois deles.", "pt",
     "security"),
    ("Ilustrativo: os soldados repeliram os atacantes, matando dez deles.", "pt", "militants"),
    ("Illustrative: the gunmen opened fire on the villagers, killing two of them.", "en", "civilians"),
])
def test_the_dead_told_as_some_of_them_after_a_kill_verb_are_of_the_group_named_before(
        text: str, lang: str, group: str) -> None:
    assert [c.group for c in find_casualties(text, lang) if c.kind == "killed"] == [group]


def test_an_attack_on_a_prison_that_kills_its_guards_is_a_clash_with_the_police() -> None:
    # illustrative: the escaped prisoners are no arrests nor civilians targeted; the guards are the police
    text = ("Ilustrativo: dezenas de presos fugiram da prisão civil de Filingué, na região de Tillabéri, "
            "depois de um ataque de homens armados na noite de terça-feira. Os atacantes abriram fogo contra "
            "os guardas prisionais, matando dois deles.")
    [mention] = _mentions(text, published="2026-03-19")
    assert (mention.sub_event_type, mention.actor2.name, mention.fatalities.best) == (
        "Armed clash", "Police Forces of Niger (2023-)", 2)


def test_the_start_of_a_pipeline_told_with_its_oil_fields_is_no_event_place() -> None:
    # illustrative: "liga os campos petrolíferos de Agadem ao porto de Sèmè" names the pipeline's ends
    text = ("Ilustrativo: a Frente Patriótica de Libertação (FPL), um grupo rebelde nigerino, reivindicou "
            "esta terça-feira a sabotagem de um troço do oleoduto que liga os campos petrolíferos de Agadem "
            "ao porto de Sèmè, no Benim. A explosão ocorreu na madrugada de sábado perto de Gaya, na região "
            "de Dosso, e provocou um incêndio. Não houve vítimas.")
    [mention] = _mentions(text, published="2026-09-15")
    assert mention.place.name == "Gaya"


@pytest.mark.parametrize(
    "text",
    [
        "Uma ONG acusa soldados de terem executado sumariamente pelo menos 31 civis perto de Barani.",
        "Os habitantes acusam os milicianos de terem assassinado 31 civis na aldeia.",
        "O relatório acusa a milícia de ter massacrado 31 civis em março.",
    ],
)
def test_an_accusation_of_having_executed_people_is_their_toll(text: str) -> None:
    # illustrative: the compound infinitive after an accusation ("de terem executado ... 31 civis")
    assert (31, "killed", "civilians") in _facts(text)


def test_the_islamic_state_in_the_west_africa_province_is_iswap_in_any_country_s_story() -> None:
    # illustrative: a roundup opened by Mali, where a bare "Estado Islâmico" would be the Sahel branch
    text = ("Combatentes do Estado Islâmico na Província da África Ocidental (ISWAP) atacaram uma base em "
            "Borno.")
    names = {m.actor.name for m in find_actors(text, "pt", country="ML", on_date="2026-11-18")}
    assert "Islamic State West Africa Province (ISWAP)" in names
    assert "Islamic State (Sahel)" not in names


def test_a_toll_quoted_in_single_quotes_over_four_words_is_a_toll() -> None:
    # illustrative: the army's words quoted ("ter matado 'várias dezenas de terroristas'")
    text = ("O exército afirmou ter matado 'várias dezenas de terroristas' num ataque com drones perto de "
            "Anzourou.")
    assert (12, "killed", "militants") in _facts(text)


def test_a_drone_strike_s_target_is_the_named_group_beside_the_generic_terrorists() -> None:
    # illustrative: "terroristas" told first, the group named after them as the camp's owner
    text = ("Ilustrativo: o exército do Níger afirmou ter matado dezenas de terroristas num ataque com "
            "drones na quinta-feira contra um acampamento do grupo Estado Islâmico no Sahel perto de "
            "Anzourou, na região de Tillabéri.")
    [mention] = _mentions(text, published="2026-06-09")
    assert mention.actor2 is not None and mention.actor2.name == "Islamic State (Sahel)"


def test_fighters_of_the_armed_group_named_after_them_are_that_group_s_men() -> None:
    # illustrative: two generic nouns ("combatentes", "grupo armado") before the group's name
    text = "Ilustrativo: combatentes do grupo armado Lakurawa mataram seis aldeões perto de Augie."
    names = {m.actor.name for m in find_actors(text, "pt", country="NG", on_date="2026-01-11")}
    assert names == {"Lakurawa", "Civilians (Nigeria)"}


def test_a_base_taken_by_a_named_group_in_a_nigerian_lga_is_an_event() -> None:
    # illustrative: "tomaram ... a base militar" with no killing verb; "área de governo local" is no
    # government
    text = ("Ilustrativo: combatentes do ISWAP tomaram na quinta-feira a base militar de Gajiram, na área de "
            "governo local de Nganzai, no estado de Borno, e levaram armas e munições.")
    mentions = _mentions(text, published="2026-11-24")
    assert [(m.sub_event_type, m.actor1.name) for m in mentions] == [
        ("Armed clash", "Islamic State West Africa Province (ISWAP)")]


def test_a_pipeline_a_group_says_it_blew_up_is_a_remote_explosive_event() -> None:
    # illustrative: "afirmou ter feito explodir ... um troço do oleoduto"
    text = ("Ilustrativo: a Frente Patriótica de Libertação (FPL) afirmou ter feito explodir no sábado "
            "um troço do oleoduto perto de Gaya, na região de Dosso. Não houve vítimas.")
    [mention] = _mentions(text, published="2026-09-15")
    assert (mention.sub_event_type, mention.actor1.name) == (
        "Remote explosive/landmine/IED", "FPL: Patriotic Liberation Front")


def test_a_measure_s_date_in_a_participle_aside_dates_neither_the_protest_nor_what_follows() -> None:
    # illustrative: "a dissolução ..., decretada pela junta na quarta-feira" is the measure's day, not the
    # protest's
    text = ("Ilustrativo: a polícia dispersou no sábado com gás lacrimogéneo centenas de manifestantes "
            "que protestavam em Bamaco contra a dissolução dos partidos, decretada pela junta na "
            "quarta-feira. Os manifestantes, reunidos diante da Assembleia Nacional, gritavam 'Liberdade' "
            "quando os agentes intervieram.")
    mentions = _mentions(text, published="2026-05-11")
    assert {m.date.event_date for m in mentions} == {"2026-05-09"}


@pytest.mark.parametrize("text", [
    "Ilustrativo: pelo menos 15 alunos gendarmes foram mortos no ataque.",
    "Ilustrativo: o balanço subiu para pelo menos 72 mortos, a maioria alunos gendarmes.",
])
def test_gendarme_trainees_are_the_forces_not_pupils(text: str) -> None:
    assert [c.group for c in find_casualties(text, "pt") if c.kind == "killed"] == ["security"]


def test_forces_cited_as_the_source_of_a_toll_are_no_attacker() -> None:
    # illustrative: "segundo um documento interno das forças de segurança": the source, not a party
    text = ("Ilustrativo: segundo um documento interno das forças de segurança, o balanço do ataque de "
            "terça-feira em Bamaco subiu para pelo menos 40 mortos, a maioria alunos gendarmes.")
    mentions = _mentions(text, published="2026-03-20")
    assert mentions and all(m.actor1.name != "Military Forces of Mali (2021-)" for m in mentions)


def test_the_author_of_a_protested_measure_in_a_participle_aside_is_no_party() -> None:
    # illustrative: "decretada pela junta": the junta decreed the measure, the police dispersed the crowd
    text = ("Ilustrativo: a polícia maliana dispersou no sábado com gás lacrimogéneo centenas de "
            "manifestantes que protestavam em Bamaco contra a dissolução dos partidos, decretada pela junta "
            "na quarta-feira.")
    [mention] = _mentions(text, published="2026-05-11")
    assert (mention.actor2.name, mention.assoc_actor_2) == ("Police Forces of Mali (2021-)", [])


def test_the_state_police_confirming_an_attack_is_its_source_not_a_party_of_the_next_one() -> None:
    # illustrative: "A polícia do estado de Sokoto confirmou": a source, even with its state between
    text = ("Ilustrativo: combatentes do grupo Lakurawa mataram cinco aldeões no sábado perto de Tangaza, no "
            "estado de Sokoto. A polícia do estado de Sokoto confirmou o ataque e enviou agentes para a "
            "zona. O Lakurawa, um grupo armado vindo do Níger, está presente há anos na região. Em março de "
            "2025, um ataque do grupo à aldeia de Gidan Rana, também em Tangaza, fez 12 mortos.")
    mentions = _mentions(text, published="2026-02-02")
    assert {(m.sub_event_type, m.actor2.name) for m in mentions} == {("Attack", "Civilians (Nigeria)")}


@pytest.mark.parametrize("text, group", [
    ("Ilustrativo: os bandidos invadiram o internato e mataram um guarda que tentou resistir.", "civilians"),
    ("Ilustrativo: os atacantes mataram dois guardas nacionais no posto de Banibangou.", "security"),
    ("Ilustrativo: três guardas prisionais foram mortos durante a fuga.", "security"),
    ("Ilustrativo: abriram fogo contra os guardas prisionais, matando dois deles.", "security"),
])
def test_a_bare_guard_is_a_watchman_not_the_forces(text: str, group: str) -> None:
    assert [c.group for c in find_casualties(text, "pt") if c.kind == "killed"] == [group]


@pytest.mark.parametrize("text", [
    # illustrative: the group that speaks tells its own dead (lexicon speaker_pronoun, speaker_said), not the
    # soldiers it says it killed; a relative clause's subject stays its own
    "O JNIM afirmou que os seus combatentes mataram mais de 30 soldados e destruíram vários veículos, e "
    "reconheceu ter perdido três homens.",
    "O JNIM afirmou que os seus combatentes mataram 30 soldados, mas admitiu que perdeu três homens.",
])
def test_a_group_that_says_it_lost_men_counts_its_own_dead(text):
    assert (3, "killed", "militants") in _facts(text)
    assert _facts("O exército disse que os jihadistas, que perderam doze homens, fugiram.") == [
        (12, "killed", "militants")]


def test_the_speakers_pronoun_and_verb_are_each_languages_own():
    from sahelwatch.extract.casualty_rules import rules
    assert rules("en").speaker_said.search("The FLA claims")
    assert not rules("en").speaker_said.search("it told")  # no wider than before
    assert rules("fr").speaker_pronoun.search("et qu'ils ") and rules("pt").speaker_pronoun.search("e eles ")


@pytest.mark.parametrize(("text", "best"), [
    # illustrative: mortos ditos a mais ("outro", "mais dois", "outros dois") somam-se ao balanço do primeiro
    ("Homens armados mataram um pastor perto de Djibo na segunda-feira. Outro pastor foi morto a tiro perto "
     "dali.", 2),
    ("Homens armados mataram dois pastores perto de Djibo na segunda-feira. Mais dois pastores foram mortos "
     "perto dali.", 4),
    ("Homens armados mataram dois pastores perto de Djibo na segunda-feira. Outros dois pastores foram "
     "mortos perto dali.", 4),
])
def test_dead_told_as_more_add_to_the_lead_toll(text, best):
    article = Article(id="pt-more", text=text, raw_text=text, published="2026-03-11", language="pt")
    [mention] = extract_article(article)
    assert mention.fatalities.best == best
