"""Many visitors at once: N simulated visitors ask N different questions at the same moment.

    result = run_page_visitors(assistant, pick_questions(load_questions(), 16), backend="local")
    result["summary"]["complete_s"]["p95"], result["summary"]["shed"], result["summary"]["crossed"]

Each visitor runs the page's own ask handler (``respond_page`` in weerbaar/ui_handlers.py: the same
line for the model, the same load shedding, the same outputs Gradio sends to the browser) in its own
thread, all released together. From the outputs it times when the sources became visible, when the
first answer text appeared and when the answer was complete, and it checks the answer: correct (the
eval's own check), cited, and uncrossed (no other visitor's gemeente cited or named in it).

``run_engine`` times the model alone with the prompt shape of evidence-first answers: the fixed
system prompt, a question and a few numbered evidence sentences, a lead of at most ~60 tokens.
"""
from __future__ import annotations

import re
import threading
import time
from collections.abc import Sequence

from eval.metrics import percentile, score_question

STATE = re.compile(r'data-state="(\w+)"')
LOAD_TYPES = ("status", "fact", "numeric", "typo-alias")  # questions that name their one gemeente
PLACEHOLDER = "…"  # the assistant message before the first words (weerbaar/ui_handlers.py)


def pick_questions(questions: Sequence[dict], n: int) -> list[dict]:
    """n dev questions about n different gemeenten (one gold gemeente each), the types taken in turn.

    >>> qs = [{"id": str(i), "type": t, "gemeenten": [g]} for i, (t, g) in enumerate(
    ...     [("status", "Ede"), ("fact", "Ede"), ("fact", "Oss"), ("numeric", "Gouda")])]
    >>> [q["id"] for q in pick_questions(qs, 3)]
    ['0', '2', '3']
    """
    pool = [q for q in questions if q.get("type") in LOAD_TYPES and len(q.get("gemeenten") or []) == 1
            and q.get("split", "dev") != "test"]  # the held-out test split stays unseen
    chosen: list[dict] = []
    seen: set[str] = set()
    by_type = {t: [q for q in pool if q["type"] == t] for t in LOAD_TYPES}
    while len(chosen) < n and any(by_type.values()):
        for t in LOAD_TYPES:
            while by_type[t]:
                q = by_type[t].pop(0)
                if q["gemeenten"][0] not in seen:
                    seen.add(q["gemeenten"][0])
                    chosen.append(q)
                    break
            if len(chosen) == n:
                break
    if len(chosen) < n:
        raise ValueError(f"only {len(chosen)} questions about different gemeenten in the question file; "
                         f"use --users {len(chosen)} or fewer")
    return chosen


# --------------------------------------------------------------------------- one visitor


def visit(assistant, question: str, backend: str, start: float) -> dict:
    """One visitor through the page's ask handler; times are seconds after ``start``."""
    from weerbaar.ui_handlers import ALL_SECTIONS, respond_page

    out: dict = {"sources_s": None, "first_token_s": None, "complete_s": None, "positions": []}
    conv = None
    try:
        for update in respond_page(assistant, question, [], None, [], ALL_SECTIONS, backend):
            now = time.perf_counter() - start
            _question_box, messages, panel, conv_now, notice = update[:5]
            state = STATE.search(panel) if isinstance(panel, str) else None
            if out["sources_s"] is None and state and state.group(1) in ("sources", "done"):
                out["sources_s"] = now
            if (out["first_token_s"] is None and isinstance(messages, list) and messages
                    and messages[-1]["role"] == "assistant" and messages[-1]["content"] != PLACEHOLDER):
                out["first_token_s"] = now
            if isinstance(notice, str) and 'data-position="' in notice:
                out["positions"].append(int(notice.split('data-position="', 1)[1].split('"', 1)[0]))
            if isinstance(conv_now, dict):
                conv = conv_now
        out["complete_s"] = time.perf_counter() - start
    except Exception as e:  # a failing visitor is counted, never ends the run
        out["error"] = f"{type(e).__name__}: {e}"
    record = next(iter(reversed((conv or {}).get("answers", {}).values())), None) if conv else None
    out["answer"] = record
    return out


def judge(question: dict, record: dict | None, others: set[str], matcher=None) -> dict:
    """correct (the eval's check), cited, uncrossed (no other visitor's gemeente cited or named)."""
    if not record:
        return {"correct": False, "cited": False, "uncrossed": False, "shed": False, "backend": None}
    cited = list(dict.fromkeys(s["gemeente"] for s in record["sources"]))
    scores = score_question(question, answer=record["answer"], refused=record["refused"], cited=cited, retrieved=[])
    def names(text: str) -> set[str]:
        return ({m.canonical for m in matcher.find(text)} if matcher is not None
                else {g for g in others if re.search(rf"\b{re.escape(g)}\b", text, re.I)})

    # A gemeente that the cited passages themselves name ("Dordrecht is, like Zoetermeer, ...") is a quote, not a
    # crossing; crossed is a cited passage of another visitor's gemeente, or a name the cited passages lack.
    quoted = set().union(*(names(s["text"]) for s in record["sources"])) if record["sources"] else set()
    foreign = ((names(record["answer"]) - quoted) | set(cited)) & others
    return {"correct": bool(scores["correct"]), "cited": bool(cited) and set(question["gemeenten"]) <= set(cited),
            "uncrossed": not foreign, "crossed_with": sorted(foreign), "shed": bool(record.get("shed")),
            "backend": record["backend"]}


def run_page_visitors(assistant, questions: Sequence[dict], backend: str) -> dict:
    """All visitors at once; per-visitor rows and a summary."""
    import gradio  # noqa: F401  (the page has it loaded before its first visitor; the import takes seconds)

    barrier = threading.Barrier(len(questions) + 1)
    rows: list[dict] = [{} for _ in questions]
    start_box: list[float] = []

    def one(i: int, q: dict) -> None:
        barrier.wait()
        rows[i] = visit(assistant, q["question"], backend, start_box[0])

    wall = _all_at_once([threading.Thread(target=one, args=(i, q), name=f"visitor-{i}", daemon=True)
                         for i, q in enumerate(questions)], barrier, start_box)
    golds = [q["gemeenten"][0] for q in questions]
    for i, (q, row) in enumerate(zip(questions, rows)):
        row.update(id=q["id"], question=q["question"], gemeente=golds[i])
        row.update(judge(q, row.get("answer"), set(golds) - set(q["gemeenten"]), assistant.matcher))
    return {"rows": rows, "summary": summarize(rows, wall)}


def summarize(rows: Sequence[dict], wall_s: float) -> dict:
    def stats(key: str) -> dict:
        values = [r[key] for r in rows if r.get(key) is not None]
        return {"p50": percentile(values, 50), "p95": percentile(values, 95), "max": max(values, default=None),
                "n": len(values)}

    model_rows = [r for r in rows if not r.get("shed") and r.get("backend") not in (None, "extractive")]
    return {
        "users": len(rows), "wall_s": wall_s,
        "sources_s": stats("sources_s"), "first_token_s": stats("first_token_s"), "complete_s": stats("complete_s"),
        "shed": sum(1 for r in rows if r.get("shed")), "model_answers": len(model_rows),
        "correct": sum(1 for r in rows if r.get("correct")), "cited": sum(1 for r in rows if r.get("cited")),
        "crossed": sum(1 for r in rows if not r.get("uncrossed")), "errors": sum(1 for r in rows if r.get("error")),
        "answers_per_min": 60 * len(rows) / wall_s if wall_s else None,
        "model_answers_per_min": 60 * len(model_rows) / wall_s if wall_s else None,
        "max_position": max((p for r in rows for p in r.get("positions", [])), default=None),
    }


# --------------------------------------------------------------------------- the model alone

def engine_messages(assistant, question: dict) -> list[dict[str, str]]:
    """The product's own lead prompt for one question: the fixed system prompt, the question and the
    evidence sentences the model would read (rag/lead.py)."""
    from rag.lead import lead_messages, model_reading

    answer = assistant.ask(question["question"], llm="extractive")
    return lead_messages(answer.question, answer.language, model_reading(answer.evidence))


def run_engine(generator, prompts: Sequence[list[dict[str, str]]], max_tokens: int | None = None) -> dict:
    """All prompts to the generator at once; first token and complete times, answers per minute."""
    from rag.lead import LEAD_MAX_TOKENS, LEAD_SCHEMA

    max_tokens = max_tokens or LEAD_MAX_TOKENS
    kwargs = {"schema": LEAD_SCHEMA} if getattr(generator, "supports_schema", False) else {}
    barrier = threading.Barrier(len(prompts) + 1)
    rows: list[dict] = [{} for _ in prompts]
    start_box: list[float] = []

    def one(i: int, messages) -> None:
        barrier.wait()
        row: dict = {"first_token_s": None}
        pieces = []
        try:
            for piece in generator.stream(messages, max_tokens=max_tokens, temperature=0.0, **kwargs):
                if row["first_token_s"] is None:
                    row["first_token_s"] = time.perf_counter() - start_box[0]
                pieces.append(piece)
        except Exception as e:
            row["error"] = f"{type(e).__name__}: {e}"
        row["complete_s"] = time.perf_counter() - start_box[0]
        row["answer"] = "".join(pieces)
        rows[i] = row

    wall = _all_at_once([threading.Thread(target=one, args=(i, m), daemon=True) for i, m in enumerate(prompts)],
                        barrier, start_box)
    summary = summarize([{**r, "backend": getattr(generator, "name", "model"), "uncrossed": True} for r in rows], wall)
    return {"rows": rows, "summary": summary}


def _all_at_once(threads: list[threading.Thread], barrier: threading.Barrier, start_box: list[float]) -> float:
    """Start the threads, which wait at ``barrier``; release them together at the time put in ``start_box``;
    return the wall time until the last one ends."""
    for t in threads:
        t.start()
    start_box.append(time.perf_counter())
    barrier.wait()
    for t in threads:
        t.join()
    return time.perf_counter() - start_box[0]
