"""Run eval questions through an assistant (anything with ``ask(question, llm=..., on_token=...)``
returning an ``Answer``) and turn each answer into one scored result row.

    questions = select(load_questions(path), types=["fact"], limit=5)
    rows = run_questions(Assistant(settings), questions, config="hybrid", llm="extractive")

The named configurations that ``weerbaar eval --compare`` knows are in CONFIGS, in one table.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eval.metrics import dedupe, faithfulness, score_question, similar_recall_at_3
from core.types import Answer

DEFAULT_QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"


# --------------------------------------------------------------------------- configurations


@dataclass(frozen=True)
class Config:
    """A named way to run the eval: settings overrides, an answer backend, or the stock baseline."""

    name: str
    description: str
    overrides: dict = field(default_factory=dict)  # Settings fields
    llm: str | None = None  # None: --llm, else settings.llm
    baseline: bool = False  # the stock llama-index recipe (eval/baseline.py) instead of Assistant


CONFIGS: dict[str, Config] = {c.name: c for c in [
    Config("baseline", "stock llama-index recipe: default SentenceSplitter over the raw file, "
                       "in-memory VectorStoreIndex, dense top-2, default QA prompt", baseline=True),
    Config("dense", "weerbaar, dense retrieval only", {"retrieval": "dense"}),
    Config("lexical", "weerbaar, BM25 (bm25s, Dutch stemmer) only", {"retrieval": "lexical"}),
    Config("hybrid", "weerbaar, dense + BM25 fused with reciprocal rank fusion", {"retrieval": "hybrid"}),
    Config("extractive", "weerbaar, answers quoted from the passages (no LLM)", {"llm": "extractive"}, "extractive"),
    Config("local", "weerbaar, the local GGUF model (llama.cpp in-process)", {"llm": "local"}, "local"),
    Config("ollama", "weerbaar, an Ollama server", {"llm": "ollama"}, "ollama"),
    Config("openai", "weerbaar, an OpenAI-compatible endpoint", {"llm": "openai"}, "openai"),
]}


def resolve_configs(spec: str) -> list[Config]:
    """'baseline,dense+local' -> configs; '+' combines names (later names win on a clash).

    >>> [c.name for c in resolve_configs("hybrid, dense+local")]
    ['hybrid', 'dense+local']
    """
    out = []
    for item in filter(None, (s.strip() for s in spec.split(","))):
        parts = [p.strip() for p in item.split("+")]
        unknown = [p for p in parts if p not in CONFIGS]
        if unknown:
            raise ValueError(f"unknown configuration {', '.join(map(repr, unknown))}; "
                             f"choose from {', '.join(CONFIGS)} (combine with '+', e.g. dense+local)")
        overrides: dict = {}
        llm = None
        for p in parts:
            overrides.update(CONFIGS[p].overrides)
            llm = CONFIGS[p].llm or llm
        out.append(Config(item, "; ".join(CONFIGS[p].description for p in parts), overrides, llm,
                          any(CONFIGS[p].baseline for p in parts)))
    if not out:
        raise ValueError("--compare needs at least one configuration name")
    names = [c.name for c in out]
    if len(set(names)) != len(names):
        raise ValueError(f"--compare names a configuration twice: {spec}")
    return out


# --------------------------------------------------------------------------- questions


class QuestionFileError(ValueError):
    """The questions file is missing or malformed; the message names the file and line."""


REQUIRED = ("id", "question", "type", "gemeenten", "must_contain_any")


def load_questions(path: Path | str = DEFAULT_QUESTIONS) -> list[dict]:
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise QuestionFileError(f"{path}: cannot read the questions file ({e.strerror or e})") from e
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except json.JSONDecodeError as e:
            raise QuestionFileError(f"{path}:{number}: not a JSON object ({e.msg})") from e
        missing = [k for k in REQUIRED if k not in q] if isinstance(q, dict) else list(REQUIRED)
        if missing:
            raise QuestionFileError(f"{path}:{number}: missing field(s) {', '.join(missing)}")
        q.setdefault("lang", "nl")
        out.append(q)
    if not out:
        raise QuestionFileError(f"{path}: no questions")
    return out


SPLITS = ("dev", "test", "all")  # dev: tune rules and thresholds on it; test: only reported (held out)


def select(questions: Sequence[dict], types: Sequence[str] | None = None, limit: int | None = None,
           split: str = "all") -> list[dict]:
    """Questions of one split and the given types; with a limit, spread over the types round-robin (file order).

    >>> qs = [{"id": i, "type": t, "split": "dev" if i < 5 else "test"} for i, t in enumerate("aaabbc")]
    >>> [q["id"] for q in select(qs, limit=4)], [q["id"] for q in select(qs, split="test")]
    ([0, 3, 5, 1], [5])
    """
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose {', '.join(SPLITS)}")
    questions = [q for q in questions if split == "all" or q.get("split", "dev") == split]
    if types:
        unknown = sorted(set(types) - {q["type"] for q in questions})
        if unknown:
            known = sorted({q["type"] for q in questions})
            raise ValueError(f"unknown question type(s) {', '.join(unknown)}; the file has {', '.join(known)}")
    chosen = [q for q in questions if not types or q["type"] in types]
    if limit is None or limit >= len(chosen):
        return list(chosen)
    queues: dict[str, list[dict]] = {}
    for q in chosen:
        queues.setdefault(q["type"], []).append(q)
    out: list[dict] = []
    while len(out) < limit:
        for queue in queues.values():
            if queue and len(out) < limit:
                out.append(queue.pop(0))
    return out


# --------------------------------------------------------------------------- one answer -> one row


def cited_gemeenten(answer: Answer) -> list[str]:
    """Distinct cited gemeenten in order of first citation: by where "[n]" first appears in the
    text, then citations whose marker is not in the text, in list order."""
    def first_use(c) -> tuple[int, int]:
        pos = answer.text.find(f"[{c.marker}]")
        return (pos if pos >= 0 else len(answer.text) + 1, 0)

    ordered = sorted(enumerate(answer.citations), key=lambda ic: (first_use(ic[1]), ic[0]))
    return _dedupe(c.gemeente for _, c in ordered)


def retrieved_gemeenten(answer: Answer) -> list[str]:
    """Distinct gemeenten of the retrieved passages, ranked by their best passage."""
    return _dedupe(h.chunk.gemeente for h in answer.retrieved)


def _dedupe(names) -> list[str]:
    return dedupe(n for n in names if n)


def build_row(question: dict, config: str, answer: Answer | None, latency_ms: dict,
              error: str | None = None) -> dict:
    text = answer.text if answer is not None else ""
    refused = bool(answer.refused) if answer is not None else False
    cited = cited_gemeenten(answer) if answer is not None else []
    retrieved = retrieved_gemeenten(answer) if answer is not None else []
    scores = score_question(question, answer=text, refused=refused, cited=cited, retrieved=retrieved)
    faith = None
    if answer is not None and not refused:  # defined for answered questions only
        faith = faithfulness(text, [f"{c.gemeente} {c.title} {c.text}" for c in answer.citations], answer.language)
    return {
        "id": question["id"],
        "config": config,
        "type": question["type"],
        "lang": question.get("lang", "nl"),
        "question": question["question"],
        "answer": text,
        "refused": refused,
        "correct": scores["correct"],
        "cited_gemeenten": cited,
        "retrieved_gemeenten": retrieved,
        "gold_gemeenten": list(question["gemeenten"]),
        "citations": [{"marker": c.marker, "gemeente": c.gemeente, "section": c.section, "text": c.text}
                      for c in (answer.citations if answer is not None else [])],
        "latency_ms": latency_ms,
        "scores": scores,
        "faith": faith,
        "lead": answer.lead if answer is not None else None,
        "evidence": [e.to_json() for e in answer.evidence] if answer is not None else [],
        "backend": answer.backend if answer is not None else "",
        "timings_ms": dict(answer.timings_ms) if answer is not None else {},
        "error": error or (f"model failed, quotes alone: {answer.model_error}" if answer is not None and answer.model_error
                           else None),
    }


def ask_one(assistant, question: dict, config: str, llm: str | None) -> dict:
    """Ask one question, timing it from the outside; an exception becomes a row with "error"."""
    first_token: list[float] = []
    t0 = time.perf_counter()

    def on_token(_piece: str) -> None:
        if not first_token:
            first_token.append(time.perf_counter())

    try:
        answer = assistant.ask(question["question"], llm=llm, on_token=on_token)
        error = None
    except Exception as e:  # one failing question must not end the run; it is counted and shown
        answer, error = None, f"{type(e).__name__}: {e}"
    t1 = time.perf_counter()
    total = (t1 - t0) * 1000
    # The model's first token when a model ran (the answer itself is shown once the lead is verified);
    # an answer that arrives in one piece (extractive) has its first token when it is complete.
    first = (first_token[0] - t0) * 1000 if first_token else total
    if answer is not None and answer.backend != "extractive" and "first_token" in answer.timings_ms:
        first = answer.timings_ms["first_token"]
    return build_row(question, config, answer, {"total": round(total, 1), "first_token": round(first, 1)}, error)


def run_questions(assistant, questions: Sequence[dict], *, config: str, llm: str | None,
                  on_row: Callable[[dict], None] | None = None) -> list[dict]:
    rows = []
    for q in questions:
        row = ask_one(assistant, q, config, llm)
        rows.append(row)
        if on_row:
            on_row(row)
    return rows


def warm_up(settings, llm: str | None) -> None:
    """Load the local model before the clock starts, so the first question does not pay for it."""
    if (llm or settings.llm) == "local":
        from rag.llm import build_generator

        build_generator(settings, "local").load()  # process-wide: the Assistant's generator reuses it


# --------------------------------------------------------------------------- `weerbaar similar`


def run_similar(questions: Sequence[dict], settings, k: int = 3, make_assistant=None, rank=None) -> dict:
    """similar_recall@3 of the gold gemeenten over the 'comparable' questions, or why it was skipped.

    Calls ``rank(assistant, question, k)``: by default rag.similar.rank_gemeenten, the ranking
    `weerbaar similar` shows.
    """
    comparable = [q for q in questions if q["type"] == "comparable" and q["gemeenten"]]
    if not comparable:
        return {"status": "skipped: no comparable questions in this run"}
    if rank is None:
        from rag.similar import rank_gemeenten as rank
    fn, where = rank, f"{rank.__module__}.{rank.__name__}"
    per_question = {}
    try:
        assistant = (make_assistant or default_assistant)(settings, CONFIGS["hybrid"])
        for q in comparable:
            ranked = [r if isinstance(r, str) else r.gemeente for r in fn(assistant, q["question"], k=k)][:k]
            per_question[q["id"]] = {"ranked": ranked, "gold": q["gemeenten"],
                                     "recall@3": similar_recall_at_3(ranked, q["gemeenten"])}
    except Exception as e:  # a broken ranking must not cost the rest of the report
        return {"status": f"failed: {where} raised {type(e).__name__}: {e}", "function": where}
    values = [v["recall@3"] for v in per_question.values()]
    return {"status": "ok", "function": where, "n": len(values),
            "similar_recall@3": sum(values) / len(values), "per_question": per_question}


# --------------------------------------------------------------------------- whole runs


def config_settings(settings, config: Config):
    """The settings one configuration runs with."""
    return settings.model_copy(update=config.overrides) if config.overrides else settings


def default_assistant(settings, config: Config):
    if config.baseline:
        from eval.baseline import BaselineAssistant

        return BaselineAssistant(settings)
    from rag.assistant import Assistant

    return Assistant(settings)


def run_config(config: Config, settings, questions: Sequence[dict], *, make_assistant=default_assistant,
               judge: bool = False, on_row: Callable[[dict], None] | None = None) -> tuple[dict, list[dict]]:
    """(metrics block, rows) of one configuration."""
    from eval.metrics import grouped

    s = config_settings(settings, config)
    assistant = make_assistant(s, config)
    warm_up(s, s.llm)
    rows = run_questions(assistant, questions, config=config.name, llm=s.llm, on_row=on_row)
    block = {
        "description": config.description,
        "llm": s.llm,
        "retrieval": "dense top-2 (stock llama-index)" if config.baseline else f"{s.retrieval} top-{s.top_k}",
        "baseline": config.baseline,
        **grouped(rows),
        "errors": [{"id": r["id"], "error": r["error"]} for r in rows if r.get("error")],
    }
    if judge:
        from eval.judge import judge_rows

        block["faithfulness"] = judge_rows(rows, s)
    return block, rows
