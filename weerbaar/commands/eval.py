"""`weerbaar eval`: run the eval questions through `weerbaar ask`'s code path and write a scored report."""
from __future__ import annotations

import argparse
import hashlib
import shlex
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from

EXAMPLES = """\
examples:
  weerbaar eval --llm extractive                          all 124 questions, ~1 min
  weerbaar eval --llm local --limit 12                    12 questions spread over the types (~5 min)
  weerbaar eval --llm extractive --compare baseline,dense,lexical,hybrid
  weerbaar eval --compare extractive,local --types fact,status --limit 10
  weerbaar eval --llm extractive --json | jq .configs[].overall.correct

configurations for --compare (combine with '+', e.g. dense+local; unnamed parts come from the flags):
"""


def add_parser(sub) -> None:
    from eval.harness import CONFIGS, DEFAULT_QUESTIONS

    table = "\n".join(f"  {c.name:<11} {c.description}" for c in CONFIGS.values())
    p = sub.add_parser(
        "eval", help="measure retrieval, citations, answers and latency on the eval questions",
        description="Ask every eval question the way `weerbaar ask` does, score the answers and write "
                    "results.jsonl, metrics.json, settings.json, report.md and plots into --out. "
                    "report.md defines every metric.",
        epilog=EXAMPLES + table, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS, metavar="FILE",
                   help="JSONL questions (default: eval/questions.jsonl)")
    p.add_argument("--llm", choices=["extractive", "local", "ollama", "openai", "fake"],
                   help="answer backend (env WEERBAAR_LLM; default local)")
    p.add_argument("--retrieval", choices=["dense", "lexical", "hybrid"], help="env WEERBAAR_RETRIEVAL")
    p.add_argument("--top-k", type=int, help="passages per answer (env WEERBAAR_TOP_K)")
    p.add_argument("--out", type=Path, metavar="DIR", help="output folder (default: eval/runs/latest)")
    p.add_argument("--compare", metavar="CONFIGS", help="comma-separated named configurations, run side by side")
    p.add_argument("--limit", type=int, metavar="N", help="only N questions, spread over the types round-robin")
    p.add_argument("--split", choices=["dev", "test", "all"], default="test",
                   help="which questions: dev (tune rules on these), test (held out, the reported numbers; "
                        "default) or all")
    p.add_argument("--types", metavar="T,...", help="only these question types, e.g. fact,status")
    p.add_argument("--judge", action="store_true",
                   help="also ask an OpenAI-compatible model (WEERBAAR_OPENAI_*) to judge faithfulness")
    p.add_argument("--json", action="store_true", help="print metrics.json instead of the summary table")
    add_index_flags(p)
    p.set_defaults(func=run)


def git_state() -> tuple[str | None, bool]:
    """(commit, has uncommitted changes to tracked files); (None, False) outside a git checkout."""
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=Path(__file__).resolve().parent, capture_output=True,
                                text=True, timeout=10).stdout.strip() or None
        dirty = bool(subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=Path(__file__).resolve().parent,
                                    capture_output=True, text=True, timeout=10).stdout.strip())
    except (OSError, subprocess.SubprocessError):
        return None, False
    return commit, dirty and commit is not None


def run(args) -> int:
    from tqdm import tqdm

    from eval.harness import Config, QuestionFileError, load_questions, resolve_configs, run_config, run_similar, select
    from eval.report import summary_table, write_run
    from core.embed import EmbedderError
    from ingest.index import IndexUnavailable

    settings = settings_from(args)
    try:
        questions_all = load_questions(args.questions)
        types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
        if args.limit is not None and args.limit < 1:
            raise ValueError("--limit must be at least 1")
        questions = select(questions_all, types, args.limit, args.split)
        configs = resolve_configs(args.compare) if args.compare else [
            Config(f"{settings.retrieval}+{settings.llm}", "weerbaar as configured")]
    except (QuestionFileError, ValueError) as e:
        return fail(str(e))
    out_dir = args.out or settings.eval_dir
    commit, dirty = git_state()
    timestamp = datetime.now(timezone.utc).isoformat(timespec="seconds")

    blocks, rows, config_log = {}, [], {}
    for config in configs:
        bar = tqdm(total=len(questions), desc=config.name, unit="q", file=sys.stderr, leave=True)
        correct = 0

        def on_row(row: dict) -> None:
            nonlocal correct
            correct += bool(row["correct"])
            bar.update(1)
            bar.set_postfix_str(f"correct {correct}/{bar.n}" + (" ERROR" if row.get("error") else ""))

        try:
            block, config_rows = run_config(config, settings, questions, judge=args.judge, on_row=on_row)
        except (IndexUnavailable, EmbedderError) as e:
            return fail(str(e))
        except Exception as e:  # e.g. the local model cannot load: say which configuration failed
            return fail(f"configuration {config.name!r} could not run: {type(e).__name__}: {e}")
        finally:
            bar.close()
        blocks[config.name] = block
        rows.extend(config_rows)
        config_log[config.name] = {"description": config.description, "overrides": config.overrides,
                                   "baseline": config.baseline,
                                   "settings": settings.model_copy(update=config.overrides).resolved()}

    metrics = {
        "timestamp": timestamp, "git_commit": commit, "questions_file": str(args.questions),
        "n_questions": len(questions), "configs": blocks, "similar": run_similar(questions, settings),
    }
    meta = {"timestamp": timestamp, "git_commit": commit, "git_dirty": dirty, "questions_file": str(args.questions),
            "n_selected": len(questions), "n_total": len(questions_all), "split": args.split, "types": types, "limit": args.limit,
            "command": shlex.join(["weerbaar", *sys.argv[1:]])}
    settings_log = {
        **meta,
        "questions_sha256": hashlib.sha256(Path(args.questions).read_bytes()).hexdigest(),
        "question_ids": [q["id"] for q in questions],
        "settings": settings.resolved(),
        "configs": config_log,
    }
    paths = write_run(out_dir, metrics, rows, meta, settings_log)
    if args.json:
        print_json(metrics)
    else:
        print(summary_table(metrics))
        print(f"\nreport: {paths['report']}", file=sys.stderr)
    n_errors = sum(b["overall"]["n_errors"] for b in blocks.values())
    if n_errors:
        print(f"weerbaar: {n_errors} question(s) ended in an error; see report.md", file=sys.stderr)
        return 1
    return 0
