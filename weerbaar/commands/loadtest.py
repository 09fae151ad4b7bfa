"""`weerbaar loadtest --users N [--llm ...]`: N visitors ask N different questions at the same moment.

Each visitor goes through the page's own ask handler (the model's line, load shedding, the outputs the
browser gets). Prints p50/p95 of sources visible, first answer text and complete answer, how many were
shed to the extractive answer, and whether every answer is correct, cited and about its own gemeente.
"""
from __future__ import annotations

import json
import os
import sys

from weerbaar.commands.common import add_index_flags, fail, serving_openmp, print_json, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser("loadtest", help="N simulated visitors at once through the page's handlers (numbers, no asserts)",
                       description=__doc__.split("\n\n", 1)[1])
    p.add_argument("--users", type=int, default=16, help="visitors asking at the same moment, each about another "
                   "gemeente (default 16, at most 26)")
    p.add_argument("--llm", choices=["extractive", "local", "ollama", "openai"],
                   help="the answer backend the visitors choose (default WEERBAAR_LLM)")
    p.add_argument("--no-shed", action="store_true",
                   help="never shed to the extractive answer (measures the model's own throughput)")
    p.add_argument("--shed-wait", type=float, help="shed above this estimated wait in s (env WEERBAAR_SHED_WAIT_S, 20)")
    p.add_argument("--engine", action="store_true",
                   help="time the model alone with evidence-first prompts (question + numbered sentences, "
                        "lead of <= 60 tokens) instead of the page")
    p.add_argument("--questions", help="question file (default eval/questions.jsonl)")
    p.add_argument("--rows", action="store_true", help="also print one line per visitor")
    p.add_argument("--json", action="store_true")
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from eval.harness import DEFAULT_QUESTIONS, QuestionFileError, load_questions
    from rag.assistant import Assistant
    from weerbaar import loadtest as L
    from weerbaar.shedding import warm_backend

    serving_openmp()
    if args.users < 1:
        return fail("--users must be at least 1")
    shed_wait = float("inf") if args.no_shed else args.shed_wait
    settings = settings_from(args, shed_wait_s=shed_wait)
    backend = args.llm or settings.llm
    try:
        questions = L.pick_questions(load_questions(args.questions or DEFAULT_QUESTIONS), args.users)
    except (QuestionFileError, ValueError) as e:
        return fail(str(e))
    assistant = Assistant(settings)
    assistant.retrieve("ondermijning")  # warm, as the page is before its first visitor
    if backend != "extractive" and not args.engine:  # as the page does before it prints its address
        print(f"warming the {backend} model ...", file=sys.stderr, flush=True)
        warm_backend(assistant, backend).join()
    load_before = os.getloadavg()[0]
    if args.engine:
        if backend == "extractive":
            return fail("--engine times a model: choose --llm local, ollama or openai")
        generator = assistant.generator(backend)
        if hasattr(generator, "warm_up"):
            from rag.lead import SYSTEM_PROMPT

            generator.warm_up(SYSTEM_PROMPT)
        result = L.run_engine(generator, [L.engine_messages(assistant, q) for q in questions])
    else:
        result = L.run_page_visitors(assistant, questions, backend)
    import resource

    # Other work on the same cores changes every figure: the 1-minute load average before and after says how much.
    result["summary"]["load_avg"] = [round(load_before, 1), round(os.getloadavg()[0], 1), os.cpu_count()]
    result["summary"]["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    result["settings"] = {"llm": backend, "llm_parallel": settings.llm_parallel, "llm_ctx": settings.llm_ctx,
                          "llm_threads": settings.llm_threads, "shed_wait_s": settings.shed_wait_s,
                          "mode": "engine" if args.engine else "page"}
    if args.json:
        print_json(result)
        return 0
    print(report(result, rows=args.rows))
    return 0


def _s(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def report(result: dict, rows: bool = False) -> str:
    s, cfg = result["summary"], result["settings"]
    lines = [f"{s['users']} visitors at once · {cfg['mode']} · llm={cfg['llm']} parallel={cfg['llm_parallel']} "
             f"ctx/slot={cfg['llm_ctx']} threads={cfg['llm_threads']} shed above {cfg['shed_wait_s']:g} s",
             f"{'':16s}{'p50':>8s}{'p95':>8s}{'max':>8s}   (seconds after asking)"]
    for key, title in (("sources_s", "sources visible"), ("first_token_s", "first text"), ("complete_s", "complete")):
        st = s[key]
        lines.append(f"{title:16s}{_s(st['p50']):>8s}{_s(st['p95']):>8s}{_s(st['max']):>8s}")
    lines.append(f"shed {s['shed']}/{s['users']} · model answers {s['model_answers']} · correct {s['correct']}/{s['users']} "
                 f"· cited {s['cited']}/{s['users']} · crossed {s['crossed']} · errors {s['errors']}")
    lines.append(f"wall {s['wall_s']:.1f} s · answers/min {s['answers_per_min']:.1f} · model answers/min "
                 f"{s['model_answers_per_min']:.1f}" + (f" · longest line {s['max_position']}" if s['max_position'] else "")
                 + f" · peak memory {s['peak_rss_mb']:.0f} MB")
    lines.append(f"load average {s['load_avg'][0]} -> {s['load_avg'][1]} on {s['load_avg'][2]} cores "
                 "(other work on the cores slows every figure)")
    if rows:
        for r in result["rows"]:
            lines.append(json.dumps({k: (round(v, 2) if isinstance(v, float) else v) for k, v in r.items()
                                     if k not in ("answer", "positions")}, ensure_ascii=False))
    return "\n".join(lines)
