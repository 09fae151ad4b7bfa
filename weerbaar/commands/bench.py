"""`weerbaar bench`: retrieval and answer latency, warm, on this machine."""
from __future__ import annotations

import sys

from weerbaar.commands.common import add_index_flags, print_json, settings_from

BENCH_QUESTIONS = 400  # questions timed by default (--limit)


def add_parser(sub) -> None:
    p = sub.add_parser("bench", help="measure retrieval and answer latency (p50/p95), warm")
    p.add_argument("--llm", default="local", choices=["local", "ollama", "openai"], help="generator to time")
    p.add_argument("--llm-questions", type=int, default=10, help="questions to time with the generator (0 = skip)")
    # The dev split has 8770 answerable questions; timing retrieval (three modes) and an extractive answer for each
    # took more than half an hour (stopped unfinished on the thirty-sixth stop); with the first BENCH_QUESTIONS the
    # whole bench, the model's 20 included, took 3:18 (retrieval p50 29-39 ms, extractive p50 49-52 ms over two runs).
    p.add_argument("--limit", type=int, default=BENCH_QUESTIONS,
                   help=f"time retrieval and extractive answers over the first N answerable dev questions "
                        f"(default {BENCH_QUESTIONS}; 0 = all of them, which takes more than half an hour)")
    p.add_argument("--json", action="store_true")
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from eval.bench import run_bench
    from eval.harness import load_questions, select
    from rag.assistant import Assistant

    settings = settings_from(args)
    assistant = Assistant(settings)  # a missing index is reported by cli.main
    # The dev split's answerable questions (the test split stays held out, even from timing runs).
    questions = [q["question"] for q in select(load_questions(), split="dev") if q["type"] != "unanswerable"]
    if args.limit:
        questions = questions[: args.limit]
    result = run_bench(assistant, questions, args.llm_questions, args.llm,
                       progress=lambda i, n: print(f"  {args.llm}: {i}/{n}", file=sys.stderr))
    if args.json:
        print_json(result)
        return 0
    print(f"{result['questions']} questions, warm, {settings.embedder} embedder")
    for key, value in result.items():
        if isinstance(value, dict):
            print(f"  {key:24s} " + "  ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in value.items()))
    return 0
