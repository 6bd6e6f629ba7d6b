"""The UCDP-AEC scorer matches names leniently, dates strictly, and counts misses as wrong."""

from sahelwatch.evaluate.ucdp_aec import GoldEvent, names_match, score

GOLD = {
    "side_a": "Government of Niger",
    "side_b": "IS",
    "country": "Niger",
    "adm_1": "Tillaberi region",
    "adm_2": "Ouallam department",
    "where": "Tegey village",
    "start_date": "2021-03-09",
    "end_date": "2021-03-09",
    "deaths_a": 12,
    "deaths_b": 0,
    "deaths_civilians": 0,
    "deaths_unknown": 0,
    "low": 12,
    "high": 15,
    "best": 12,
}


def _row(**changes):
    row = {
        "side_a": "Government of Niger",
        "side_b": "IS",
        "country": "Niger",
        "adm_1": "Tillabéri",
        "adm_2": "Ouallam",
        "where_description": "Téguèy",
        "date_start": "2021-03-09",
        "date_end": "2021-03-09",
        "deaths_a": 12,
        "deaths_b": 0,
        "deaths_civilians": 0,
        "deaths_unknown": 0,
        "low": 12,
        "high": 12,
        "best": 12,
        "source_article": "aec-1",
    }
    row.update(changes)
    return row


def test_names_match_ignores_type_words_and_accents():
    assert names_match("Tillaberi region", "Tillabéri")
    assert names_match("Deir ez Zor governorate", "Deir ez-Zor")
    assert not names_match("Tahoua region", "Tillabéri")


def test_a_perfect_row_scores_every_field():
    result = score([GoldEvent("aec-1", GOLD)], {"aec-1": [_row()]}).as_dict()
    assert result["found"] == 1.0
    assert result["accuracy"]["deaths_a"] == 1.0 and result["accuracy"]["adm_1"] == 1.0
    assert result["accuracy"]["high"] == 0.0  # 12 reported, gold high is 15
    assert result["best_within_gold_low_high"] == 1.0


def test_best_candidate_is_chosen_and_misses_count_as_wrong():
    rows = {"aec-1": [_row(country="Mali", date_start="2021-01-01"), _row()]}
    result = score([GoldEvent("aec-1", GOLD), GoldEvent("aec-2", GOLD)], rows).as_dict()
    assert result["found"] == 0.5
    assert result["accuracy"]["country"] == 0.5
    assert result["events_per_article"] == 1.0


def test_a_date_two_days_off_is_not_found():
    result = score([GoldEvent("aec-1", GOLD)], {"aec-1": [_row(date_start="2021-03-11")]}).as_dict()
    assert result["found"] == 0.0


def test_rows_that_fit_equally_are_taken_in_the_order_the_article_tells_them():
    lead, later = _row(id="NER000009", deaths_a=12), _row(id="NER000002", deaths_a=3)
    told_at = {("NER000009", "aec-1"): 40, ("NER000002", "aec-1"): 900}
    for rows in ([lead, later], [later, lead]):
        result = score([GoldEvent("aec-1", GOLD)], {"aec-1": rows}, told_at).as_dict()
        assert result["accuracy"]["deaths_a"] == 1.0


def test_a_tie_goes_to_the_nearer_date_before_the_telling_order():
    near, lead = _row(id="b", date_start="2021-03-09", best=0), _row(id="a", date_start="2021-03-11", best=12)
    told_at = {("a", "aec-1"): 0, ("b", "aec-1"): 500}  # the deaths bonus offsets two days: a tie
    assert score([GoldEvent("aec-1", GOLD)], {"aec-1": [lead, near]}, told_at).as_dict()["found"] == 1.0


def test_a_gold_name_with_alternatives_matches_either():
    assert names_match("Tadmur/Palmyra town", "Palmyra") and names_match("Tadmur/Palmyra town", "Tadmur")
    assert not names_match("Tadmur/Palmyra town", "Homs")


def test_a_name_that_begins_the_other_matches():
    assert names_match("Veracruz state", "Veracruz de Ignacio de la Llave")
    assert not names_match("Niger", "Nigeria state")  # too short to count as a prefix


def test_a_store_that_holds_the_articles_already_is_scored_on_a_fresh_extraction(tmp_path):
    import json

    from sahelwatch.evaluate.ucdp_aec import evaluate_file
    from sahelwatch.extract.context import EXTRACTOR_VERSION
    from sahelwatch.merge.update import update_events
    from sahelwatch.store import open_store

    row = {
        "id": 1, "source_date": "2021-03-12", "side_a_name": "Government of Niger", "side_b_name": "IS",
        "location_root_name": "Niger", "location_adm1_name": "Tillaberi region", "location_adm2_name": "",
        "location_where_name": "Ouallam", "start_date": "2021-03-11", "end_date": "2021-03-11",
        "deaths_side_a": 12, "deaths_side_b": 0, "deaths_civilian": 0, "deaths_unknown": 0,
        "deaths_low": 12, "deaths_high": 12,
        "source_article": "Illustrative report. At least 12 Nigerien soldiers were killed on Thursday when "
        "Islamic State fighters ambushed an army patrol near Ouallam in the Tillabéri region.",
    }
    path = tmp_path / "aec.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with open_store(tmp_path / "aec.db") as store:
        assert evaluate_file(store, path)["found"] == 1.0
        store.replace_mentions("aec-1", [], EXTRACTOR_VERSION)  # as an older extractor's output would stand
        update_events(store, ["aec-1"])
        assert evaluate_file(store, path)["found"] == 1.0
