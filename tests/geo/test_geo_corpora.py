"""Gold-corpus readers and the --resolve-gold predictions, on a GeoWebNews sample and real LGL."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sahelwatch.cli import app
from sahelwatch.evaluate.geoparse import evaluate_resolution, predict_gold_spans
from sahelwatch.geo.corpora import read_corpus

GWN_SAMPLE = Path(__file__).parent / "data" / "gwn_sample.xml"


def test_gwn_reader_uses_file_ids_offsets_and_coordinates():
    docs = list(read_corpus(str(GWN_SAMPLE), "gwn"))
    assert [d.doc_id for d in docs] == ["101.ann", "102.ann"]
    dori = docs[0].toponyms[0]
    assert docs[0].text[dori.start : dori.end] == "Dori" and dori.geonameid == 2361082
    assert docs[1].toponyms[0].lat is None


def test_resolve_gold_on_gwn_sample(gaz):
    preds = list(predict_gold_spans(read_corpus(str(GWN_SAMPLE), "gwn"), gaz))
    assert [p["text"] for p in preds] == ["Dori", "Burkina Faso", "Paris"]
    assert abs(preds[0]["lat"] - 14.03) < 0.2 and abs(preds[1]["lat"] - 12.5) < 1.5


def test_cli_resolve_gold_writes_one_line_per_gold_toponym(gaz, tmp_path, monkeypatch):
    monkeypatch.setenv("SAHELWATCH_GAZETTEER", gaz.path)
    out = tmp_path / "pred.jsonl"
    result = CliRunner().invoke(
        app, ["geoparse", "--resolve-gold", str(GWN_SAMPLE), "--format", "gwn", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 3 and set(lines[0]) == {"doc_id", "start", "end", "text", "lat", "lon", "geonameid"}


def test_geovirus_reader_positions_as_ids(geo_shared):
    docs = list(read_corpus(str(geo_shared / "corpora" / "GeoVirus.xml"), "geovirus"))
    assert docs[0].doc_id == "0" and docs[0].toponyms[0].lat is not None


def test_lgl_gold_span_accuracy_floor(gaz, geo_shared):
    figures = evaluate_resolution(str(geo_shared / "corpora" / "lgl.xml"), "lgl", limit=150, gazetteer=gaz)
    assert figures["toponyms"] > 800
    assert figures["accuracy_161"] >= 0.865  # measured 0.874 on these 150 articles


def test_tr_news_and_geovirus_gold_span_accuracy_floors(gaz, geo_shared):
    corpora = geo_shared / "corpora"
    tr_news = evaluate_resolution(str(corpora / "TR-News.xml"), "lgl", gazetteer=gaz)
    assert tr_news["accuracy_161"] >= 0.89  # measured 0.896
    geovirus = evaluate_resolution(str(corpora / "GeoVirus.xml"), "geovirus", gazetteer=gaz)
    assert geovirus["accuracy_161"] >= 0.855  # measured 0.861 (Wikipedia coordinates, not GeoNames)


WIKTOR_SAMPLE = Path(__file__).parent / "data" / "wiktor_sample.xml"


def test_wiktor_reader_gives_every_occurrence_the_page_coordinates():
    docs = list(read_corpus(str(WIKTOR_SAMPLE), "wiktor"))
    assert [d.doc_id for d in docs] == ["1", "2"]
    assert [(t.text, t.lat) for t in docs[0].toponyms] == [("Dori", 14.035), ("Dori", 14.035)]


def test_wiktor_sample_resolves_near_the_gold(gaz):
    figures = evaluate_resolution(str(WIKTOR_SAMPLE), "wiktor", gazetteer=gaz)
    assert figures["toponyms"] == 3 and figures["accuracy_161"] == 1.0


def test_cli_resolve_gold_fails_when_the_format_finds_no_toponym(gaz, tmp_path, monkeypatch):
    monkeypatch.setenv("SAHELWATCH_GAZETTEER", gaz.path)
    result = CliRunner().invoke(app, ["geoparse", "--resolve-gold", str(WIKTOR_SAMPLE), "--format", "lgl"])
    assert result.exit_code == 1 and "no gold toponym found" in result.output
