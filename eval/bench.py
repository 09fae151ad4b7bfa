"""`weerbaar bench`: latency of retrieval and answers on this machine, warm (numbers, not asserts)."""
from __future__ import annotations

import json
import statistics
import time
from pathlib import Path

QUESTIONS = Path(__file__).with_name("questions.jsonl")


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile.

    >>> percentile([1, 2, 3, 4], 50)
    2
    """
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, int(round(p / 100 * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


def run_bench(assistant, questions: list[str], llm_questions: int = 3, llm: str = "local", progress=None) -> dict:
    out: dict = {"questions": len(questions)}
    for q in questions[:3]:  # warm up: model loads, caches
        assistant.retrieve(q)
    for mode in ("dense", "lexical", "hybrid"):
        assistant.retriever.embed_model.clear_cache()  # every mode pays for its query embeddings
        times = []
        for q in questions:
            t = time.perf_counter()
            assistant.retriever.search(q, mode=mode)
            times.append((time.perf_counter() - t) * 1000)
        out[f"retrieve_{mode}_ms"] = {"p50": percentile(times, 50), "p95": percentile(times, 95)}
    times = []
    assistant.retriever.embed_model.clear_cache()
    for q in questions:
        t = time.perf_counter()
        assistant.ask(q, llm="extractive")
        times.append((time.perf_counter() - t) * 1000)
    out["extractive_total_ms"] = {"p50": percentile(times, 50), "p95": percentile(times, 95)}
    if llm_questions > 0:
        sources, first, total = [], [], []
        for i, q in enumerate(questions[:llm_questions]):
            t0 = time.perf_counter()
            mark: dict = {}
            answer = assistant.ask(q, llm=llm, on_sources=lambda a: mark.setdefault("sources", time.perf_counter()))
            sources.append((mark.get("sources", t0) - t0) * 1000)
            first.append(answer.timings_ms.get("first_token", float("nan")))
            total.append(answer.timings_ms.get("total", float("nan")))
            if progress:
                progress(i + 1, llm_questions)
        out[f"{llm}_ms"] = {"sources_shown_median": statistics.median(sources),
                            "first_token_median": statistics.median(first),
                            "total_median": statistics.median(total), "n": len(first)}
    return out


def load_questions(path: Path = QUESTIONS, answerable_only: bool = True) -> list[str]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["question"] for r in rows if not answerable_only or r["type"] != "unanswerable"]
