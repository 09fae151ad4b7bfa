"""`weerbaar similar "vraag"` / `weerbaar similar --like GEMEENTE`: which gemeenten did something comparable."""
from __future__ import annotations

import sys

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser(
        "similar",
        help="which gemeenten did something comparable (ranked per gemeente, with passages and a reason)",
        description="Rank gemeenten by how well their project matches a description (Dutch or English), or "
        "by how much their approach resembles another gemeente's (--like). Each result names the project, "
        "the one or two best matching passages, the shared themes or words, and a stand van zaken sentence.",
    )
    p.add_argument("query", nargs="?", help='e.g. "Wij hebben problemen op een vakantiepark"')
    p.add_argument("--like", metavar="GEMEENTE", help="gemeenten whose approach resembles this one (aliases work: 'Den Bosch')")
    p.add_argument("-k", "--top-k", dest="k", type=int, default=5, help="number of gemeenten (default 5)")
    p.add_argument("--json", action="store_true",
                   help='print {"query", "results": [{"gemeente", "title", "score", "passages", "reason", ...}]}')
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from rag.assistant import Assistant
    from rag.similar import UnknownGemeente, like_gemeente, rank_gemeenten

    if bool(args.query) == bool(args.like):
        return fail('give either a description ("weerbaar similar \'problemen op een vakantiepark\'") or --like GEMEENTE')
    if args.k < 1:
        return fail("-k must be at least 1")
    assistant = Assistant(settings_from(args))  # a missing index is reported by cli.main
    try:
        results = like_gemeente(assistant, args.like, k=args.k) if args.like else rank_gemeenten(assistant, args.query, k=args.k)
    except (UnknownGemeente, ValueError) as e:
        return fail(str(e))
    if args.json:
        out = {"query": args.query, "results": [r.to_json() for r in results]}
        if args.like:
            out["like"] = assistant.matcher.canonical(args.like) or args.like
        print_json(out)
        return 0
    header = f"Gemeenten die lijken op {args.like}:" if args.like else f"Gemeenten met een vergelijkbare aanpak voor: {args.query}"
    print(header)
    for n, r in enumerate(results, 1):
        print(f"\n{n}. {r.gemeente} — {r.title}  (score {r.score:.2f})")
        print(f"   waarom: {r.reason}")
        for section, text in r.passages:
            snippet = " ".join(text.split())
            print(f"   [{section}] {snippet[:400]}{'…' if len(snippet) > 400 else ''}")
        if r.status_line:
            print(f"   stand van zaken: {r.status_line}")
    if not results:
        print("(geen gemeenten in de index)", file=sys.stderr)
    return 0
