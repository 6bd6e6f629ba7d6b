"""CASE 2021 Task 2 scoring, the eval command, and the cross-validated figure on real dev data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sahelwatch.cli import app
from sahelwatch.evaluate.case2021 import SnippetFileError, evaluate_file, read_snippets, score


def test_acled_subset_ignores_non_acled_gold() -> None:
    gold = ["AIR_STRIKE", "AIR_STRIKE", "ARREST", "DIPLO"]
    pred = ["AIR_STRIKE", "DIPLO", "ARREST", "ARREST"]
    scores = score(gold, pred)
    assert scores.n_acled == 3 and scores.n_all == 4
    # ACLED subset: AIR_STRIKE p=1 r=.5 f=.667 (2 items), ARREST p=1 r=1 f=1 (1 item)
    assert scores.weighted_f1_acled == pytest.approx((2 * 2 / 3 + 1) / 3)
    assert scores.macro_f1_acled == pytest.approx((2 / 3 + 1) / 2)
    # all labels: ARREST precision drops to .5, DIPLO gets f=0
    assert scores.weighted_f1_all == pytest.approx((2 * 2 / 3 + 2 / 3 + 0) / 4)
    assert scores.accuracy_all == 0.5
    assert scores.confusion["AIR_STRIKE"] == {"AIR_STRIKE": 1, "DIPLO": 1}


def test_perfect_predictions() -> None:
    gold = ["GRENADE", "ATTRIB", "PEACE_PROTEST"]
    scores = score(gold, gold)
    assert scores.weighted_f1_acled == scores.weighted_f1_all == scores.macro_f1_all == 1.0


def test_read_snippets_requires_gold_column(tmp_path: Path) -> None:
    path = tmp_path / "x.tsv"
    path.write_text("id\tEventSnippet\n1\tSomething happened.\n", encoding="utf-8")
    assert read_snippets(path)[0].text == "Something happened."
    with pytest.raises(SnippetFileError, match="x.tsv:1: missing column"):
        read_snippets(path, require_gold=True)


def test_eval_command_on_small_file(tmp_path: Path) -> None:
    path = tmp_path / "gold.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tA drone strike killed five fighters in their camp.\tAIR_STRIKE\n"
        "2\tPolice arrested the mayor on corruption charges.\tARREST\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["eval", "case2021", str(path), "--json", str(tmp_path / "s.json")])
    assert result.exit_code == 0, result.output
    assert "weighted F1" in result.output and "WARNING" not in result.output
    figures = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert figures["n_all"] == 2 and figures["weighted_f1_acled"] == 1.0


def test_eval_warns_when_scoring_training_data(shared: Path) -> None:
    dev = shared / "case2021-task2" / "dev.tsv"
    scores, overlap = evaluate_file(dev)
    assert overlap == scores.n_all == 510


def test_cross_validated_figures_on_dev(shared: Path) -> None:
    """5-fold CV on dev, retraining per fold; floors just under the measured figures."""
    scores, overlap = evaluate_file(shared / "case2021-task2" / "dev.tsv", cv=5)
    assert overlap == 0
    assert scores.weighted_f1_acled >= 0.82
    assert scores.weighted_f1_all >= 0.825


def test_read_snippets_tolerates_trailing_tabs_but_not_extra_fields(tmp_path: Path) -> None:
    path = tmp_path / "y.tsv"
    path.write_text("id\tEventSnippet\tSubType\n1\tA text.\tARREST\t\n2\tNo gold yet.\n", encoding="utf-8")
    first, second = read_snippets(path)
    assert (first.gold, second.gold) == ("ARREST", None)
    path.write_text("id\tEventSnippet\n1\tone\ttwo\n", encoding="utf-8")
    with pytest.raises(SnippetFileError, match="y.tsv:2: expected 2"):
        read_snippets(path)
    path.write_text("id\tEventSnippet\n\tno id\n", encoding="utf-8")
    with pytest.raises(SnippetFileError, match="y.tsv:2: empty id"):
        read_snippets(path)


def test_classify_writes_one_label_per_snippet(tmp_path: Path) -> None:
    # illustrative snippets: an air strike, a peaceful march and a kidnapping
    path = tmp_path / "snippets.tsv"
    path.write_text(
        "id\tEventSnippet\n"
        "1\tMilitary jets bombed insurgent camps near Gorgoram, killing several fighters.\n"
        "2\tHundreds of traders marched peacefully through Niamey to demand lower taxes.\n"
        "3\tGunmen abducted 12 passengers from a bus on the Gusau road.\n",
        encoding="utf-8",
    )
    out = tmp_path / "labels.tsv"
    result = CliRunner().invoke(app, ["classify", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines() == [
        "id\tlabel", "1\tAIR_STRIKE", "2\tPEACE_PROTEST", "3\tABDUCT_DISSAP"]
