"""`weerbaar eval` end to end through the CLI: fake embedder, extractive answers, temp index and output."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli import weerbaar

PNG = b"\x89PNG\r\n\x1a\n"
ROW_KEYS = {"id", "question", "answer", "refused", "cited_gemeenten", "retrieved_gemeenten", "latency_ms",
            "type", "lang", "correct", "config"}


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("eval-cli")
    e = {"WEERBAAR_INDEX_DIR": str(root / "index"), "WEERBAAR_EMBEDDER": "fake",
         "WEERBAAR_EVAL_DIR": str(root / "default-out"), "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
         "WEERBAAR_LLM": None}
    weerbaar("ingest", env=e, check=True)
    return e


def _rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_eval_writes_every_file(env, tmp_path):
    out = tmp_path / "run"
    proc = weerbaar("eval", "--llm", "extractive", "--limit", "6", "--out", str(out), env=env, check=True)
    rows = _rows(out / "results.jsonl")
    assert len(rows) == 6 and all(ROW_KEYS <= set(r) for r in rows)
    assert len({r["type"] for r in rows}) == 6  # --limit spreads over the types
    assert all(isinstance(r["refused"], bool) and set(r["latency_ms"]) == {"total", "first_token"} for r in rows)
    metrics = json.loads((out / "metrics.json").read_text())
    [(name, block)] = metrics["configs"].items()
    assert name == "hybrid+extractive" and block["overall"]["n"] == 6
    assert {"hit@1", "recall@5", "mrr", "citation_precision", "citation_recall", "correct",
            "refusal_rate", "false_refusal_rate", "latency_total_p95_ms"} <= set(block["overall"])
    assert set(block["by_lang"]) <= {"nl", "en"} and len(block["by_type"]) == 6
    assert metrics["similar"]["status"] == "ok" and metrics["similar"]["n"] == 1  # the one comparable question
    settings = json.loads((out / "settings.json").read_text())
    assert settings["settings"]["embedder"] == "fake" and settings["git_commit"] and settings["timestamp"]
    assert len(settings["question_ids"]) == 6
    assert "How each number is computed" in (out / "report.md").read_text()
    assert (out / "by_type.png").read_bytes()[:8] == PNG
    assert "hybrid+extractive" in proc.stdout  # the summary table
    assert "hybrid+extractive:" in proc.stderr  # tqdm progress


def test_eval_compare_puts_configs_side_by_side(env, tmp_path):
    out = tmp_path / "cmp"
    weerbaar("eval", "--llm", "extractive", "--compare", "dense,hybrid", "--limit", "4", "--out", str(out), env=env,
             check=True)
    rows = _rows(out / "results.jsonl")
    assert [r["config"] for r in rows] == ["dense"] * 4 + ["hybrid"] * 4
    metrics = json.loads((out / "metrics.json").read_text())
    assert list(metrics["configs"]) == ["dense", "hybrid"]
    assert metrics["configs"]["dense"]["retrieval"].startswith("dense")
    settings = json.loads((out / "settings.json").read_text())
    assert settings["configs"]["dense"]["settings"]["retrieval"] == "dense"
    assert (out / "comparison.png").read_bytes()[:8] == PNG
    report = (out / "report.md").read_text()
    assert "| dense |" in report and "| hybrid |" in report


def test_eval_json_prints_metrics_only(env, tmp_path):
    proc = weerbaar("eval", "--llm", "extractive", "--types", "unanswerable", "--limit", "3", "--split", "dev",
                    "--out", str(tmp_path / "j"), "--json", env=env, check=True)
    metrics = json.loads(proc.stdout)
    block = next(iter(metrics["configs"].values()))
    assert block["overall"]["n"] == 3 and block["overall"]["recall@5"] is None
    assert block["overall"]["refusal_rate"] == 1.0  # Groningen, Maastricht, Almere are not in the corpus


def test_eval_baseline_runs_offline_on_the_raw_file(env, tmp_path):
    out = tmp_path / "base"
    weerbaar("eval", "--llm", "extractive", "--compare", "baseline", "--limit", "3", "--out", str(out), env=env,
             check=True)
    rows = _rows(out / "results.jsonl")
    assert all(r["config"] == "baseline" and r["backend"] == "baseline/extractive" for r in rows)
    answered = [r for r in rows if r["type"] != "unanswerable"]
    assert answered and all(r["retrieved_gemeenten"] for r in answered)  # nodes mapped back to gemeenten
    assert any((Path(env["WEERBAAR_INDEX_DIR"]) / "eval-baseline").glob("*.json"))  # embedded nodes cached


def test_eval_explains_bad_input(env, tmp_path):
    bad = weerbaar("eval", "--compare", "dense,nonsense", "--out", str(tmp_path / "x"), env=env, check=False)
    assert bad.returncode == 2 and "unknown configuration 'nonsense'" in bad.stderr
    empty = {**env, "WEERBAAR_INDEX_DIR": str(tmp_path / "no-index")}
    missing = weerbaar("eval", "--llm", "extractive", "--limit", "1", "--out", str(tmp_path / "y"), env=empty, check=False)
    assert missing.returncode == 2 and "weerbaar ingest" in missing.stderr
    assert not (tmp_path / "y").exists()


def test_bench_times_the_first_questions_it_is_given(env):
    """`weerbaar bench` prints each latency's p50 and p95 over the first --limit answerable dev questions (numbers,
    not asserts: nothing here checks how fast)."""
    proc = weerbaar("bench", "--llm-questions", "0", "--limit", "5", "--json", env=env, check=True)
    result = json.loads(proc.stdout)
    assert result["questions"] == 5
    for key in ("retrieve_dense_ms", "retrieve_lexical_ms", "retrieve_hybrid_ms", "extractive_total_ms"):
        assert set(result[key]) == {"p50", "p95"} and 0 < result[key]["p50"] <= result[key]["p95"], key
    assert not any(key.startswith("local") for key in result)  # --llm-questions 0: no model loaded
