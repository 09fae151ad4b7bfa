"""`weerbaar records`: the parsed records, straight from the corpus (no index needed)."""
from __future__ import annotations

from pathlib import Path

from ingest.load import InputProblem
from ingest.pipeline import expand_paths, load_records
from weerbaar.commands.common import fail, print_json, settings_from
from core.settings import DEFAULT_CORPUS


def add_parser(sub) -> None:
    p = sub.add_parser("records", help="list the records (one per gemeente) parsed from the corpus")
    p.add_argument("paths", nargs="*", type=Path,
                   help=f"files or folders, as for ingest (default: data/{DEFAULT_CORPUS.name})")
    p.add_argument("--json", action="store_true",
                   help="print a JSON array; each record has a 'quarantined' list of sentences that read as "
                        "instructions to a language model and are not used ({sentence, section, line, reason})")
    p.add_argument("--gemeente", help="only this gemeente (aliases work: 'Den Bosch')")
    p.set_defaults(func=run)


def run(args) -> int:
    settings = settings_from(args)
    records = []
    try:
        for path in expand_paths(args.paths or [DEFAULT_CORPUS]):
            records.extend(load_records(path, settings))
    except InputProblem as e:
        return fail(str(e))
    if args.gemeente:
        from core.names import default_matcher

        matcher = default_matcher(tuple(r.gemeente for r in records))
        wanted = matcher.canonical(args.gemeente) or args.gemeente
        records = [r for r in records if r.gemeente.lower() == wanted.lower()]
        if not records:
            return fail(f"geen record voor gemeente {args.gemeente!r}", code=1)
    if args.json:
        print_json([r.to_json() for r in records])
        return 0
    for r in records:
        flagged = f"  ({len(r.quarantined)} zinnen niet gebruikt)" if r.quarantined else ""
        print(f"{r.gemeente}  —  {r.title}  [{r.source}]{flagged}")
        if args.gemeente:
            print(f"\nBeschrijving:\n{r.description}\n\nStand van zaken:\n{r.status}\n")
            for q in r.quarantined:
                print(f"Niet gebruikt (regel {q.line}, {q.reason}): {q.sentence}")
    if not args.gemeente:
        print(f"\n{len(records)} records")
    return 0
