"""`weerbaar similar "vraag"` / `--like GEMEENTE` / `--plan FILE`: which gemeenten did something comparable."""
from __future__ import annotations

import sys
from pathlib import Path

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser(
        "similar",
        help="which gemeenten did something comparable (ranked per gemeente, with passages and a reason)",
        description="Rank gemeenten by how well their project matches a description (Dutch or English), by "
        "how much their approach resembles another gemeente's (--like), or by how well it matches your own "
        "plan (--plan FILE: PDF, DOCX, HTML, Markdown or text; it is read, not added to the index). Each "
        "result names the project, the best matching passages and a stand van zaken sentence; with --plan, "
        "which part of your plan matched which passage, and what they achieved and found hard.",
    )
    p.add_argument("query", nargs="?", help='e.g. "Wij hebben problemen op een vakantiepark"')
    p.add_argument("--like", metavar="GEMEENTE", help="gemeenten whose approach resembles this one (aliases work: 'Den Bosch')")
    p.add_argument("--plan", metavar="FILE", type=Path,
                   help="your own plan (a gemeente not in the report); it is not added to the index")
    p.add_argument("-k", "--top-k", dest="k", type=int, default=5, help="number of gemeenten (default 5)")
    p.add_argument("--json", action="store_true",
                   help='print {"query", "results": [{"gemeente", "title", "score", ...}]}')
    p.add_argument("--docx", metavar="FILE", type=Path, help="also write the comparison as a Word memo (.docx)")
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from ingest.load import InputProblem
    from rag.assistant import Assistant
    from rag.plan import PlanProblem, compare_plan, read_plan
    from rag.similar import UnknownGemeente, like_gemeente, rank_gemeenten

    if sum(map(bool, (args.query, args.like, args.plan))) != 1:
        return fail('give one of: a description ("weerbaar similar \'problemen op een vakantiepark\'"), '
                    "--like GEMEENTE or --plan FILE")
    if args.k < 1:
        return fail("-k must be at least 1")
    settings = settings_from(args)
    plan = None
    if args.plan:
        try:
            plan = read_plan(args.plan, settings)
        except InputProblem as e:
            return fail(str(e), 1)
        except PlanProblem as e:
            return fail(f"{args.plan}: {e}", 1)
    assistant = Assistant(settings)  # a missing index is reported by cli.main
    try:
        if plan is not None:
            results = compare_plan(assistant, plan, k=args.k)
        elif args.like:
            results = like_gemeente(assistant, args.like, k=args.k)
        else:
            results = rank_gemeenten(assistant, args.query, k=args.k)
    except (UnknownGemeente, ValueError) as e:
        return fail(str(e))
    if args.docx:
        from weerbaar.memo import comparison_memo

        like = (assistant.matcher.canonical(args.like) or args.like) if args.like else ""
        comparison_memo(results, situation=args.query or "", plan=plan, like=like).save(args.docx)
        print(f"memo: {args.docx}", file=sys.stderr)
    if args.json:
        out = {"query": args.query, "results": [r.to_json() for r in results]}
        if args.like:
            out["like"] = assistant.matcher.canonical(args.like) or args.like
        if plan is not None:
            out["plan"] = {"file": str(args.plan), "title": plan.title, "gemeente": plan.gemeente, "parts": len(plan.parts)}
        print_json(out)
        return 0
    if plan is not None:
        print_plan(plan, results)
    else:
        print_similar(args, results)
    if not results:
        print("(geen gemeenten in de index)", file=sys.stderr)
    return 0


def print_similar(args, results) -> None:
    header = f"Gemeenten die lijken op {args.like}:" if args.like else f"Gemeenten met een vergelijkbare aanpak voor: {args.query}"
    print(header)
    for n, r in enumerate(results, 1):
        print(f"\n{n}. {r.gemeente} — {r.title}  (score {r.score:.2f})")
        print(f"   waarom: {r.reason}")
        for section, text in r.passages:
            print(f"   [{section}] {_snippet(text, 400)}")
        if r.status_line:
            print(f"   stand van zaken: {r.status_line}")


def print_plan(plan, results) -> None:
    print(f"Gemeenten met een aanpak die lijkt op uw plan: {plan.title or plan.source} "
          f"({len(plan.parts)} delen{', gemeente ' + plan.gemeente if plan.gemeente else ''})")
    for n, r in enumerate(results, 1):
        print(f"\n{n}. {r.gemeente} — {r.title}  (score {r.score:.2f})")
        for m in r.matches:
            where = f"{m.passage.section}, {m.passage.date}" if m.passage.date else m.passage.section
            print(f"   uw plan{' (' + m.heading + ')' if m.heading else ''}: {_snippet(m.part, 250)}")
            print(f"     -> {r.gemeente} [{where}]: {_snippet(m.passage.text, 300)}")
        for label, sentences in (("bereikt", r.achieved), ("lastig", r.hard)):
            for sentence, _chunk in sentences:
                print(f"   {label}: {_snippet(sentence, 300)}")
        if not r.hard:
            print("   lastig: (de stand van zaken noemt geen knelpunten)")


def _snippet(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat[:limit] + ("…" if len(flat) > limit else "")
