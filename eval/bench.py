"""`weerbaar bench`: latency of retrieval and answers on this machine, warm (numbers, not asserts)."""
from __future__ import annotations

import time

from eval.metrics import percentile


def run_bench(assistant, questions: list[str], llm_questions: int = 10, llm: str = "local", progress=None) -> dict:
    """Warm latencies: retrieval per mode, extractive answers, and a generator's first token and whole
    answer over ``llm_questions`` questions (the model is loaded and its system prompt cached first)."""
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
        out[f"{llm}_warm_up_s"] = round(assistant.warm_up(llm), 1)
        sources, first, total, leads = [], [], [], 0
        for i, q in enumerate(questions[:llm_questions]):
            t0 = time.perf_counter()
            mark: dict = {}
            answer = assistant.ask(q, llm=llm, on_sources=lambda a: mark.setdefault("sources", time.perf_counter()))
            sources.append((mark.get("sources", t0) - t0) * 1000)
            first.append(answer.timings_ms.get("first_token", float("nan")))
            total.append(answer.timings_ms.get("total", float("nan")))
            leads += answer.lead is not None
            if progress:
                progress(i + 1, llm_questions)
        out[f"{llm}_ms"] = {"sources_p50": percentile(sources, 50), "sources_p95": percentile(sources, 95),
                            "first_token_p50": percentile(first, 50), "first_token_p95": percentile(first, 95),
                            "total_p50": percentile(total, 50), "total_p95": percentile(total, 95),
                            "n": len(first), "leads_shown": leads}
    return out
