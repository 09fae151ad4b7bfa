"""`weerbaar themes`: the approach themes, which gemeenten have them, and the sentences that show why."""
from __future__ import annotations

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser(
        "themes",
        help="approach themes (keyword lists) with their gemeenten and evidence sentences",
        description="Every theme is a list of Dutch keywords ('*' = any letters). A gemeente gets a theme when "
        "its project title or at least two of its sentences contain a keyword (at most 4 themes, at least 1). "
        "The evidence is those sentences.",
    )
    p.add_argument("--gemeente", help="only this gemeente, with all its evidence (aliases work)")
    p.add_argument("--json", action="store_true",
                   help='print [{"theme", "label", "keywords", "gemeenten": [{"gemeente", "terms", "evidence"}]}]')
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from core.embed import EmbedderError, build_embedder
    from ingest.index import ChunkIndex, IndexUnavailable
    from core.names import default_matcher
    from rag.themes import assign_themes, themes_overview

    settings = settings_from(args)
    try:
        chunks = ChunkIndex(settings, build_embedder(settings)).all_chunks()
    except (IndexUnavailable, EmbedderError) as e:
        return fail(str(e))
    assignments = assign_themes(chunks)
    if args.gemeente:
        wanted = default_matcher(tuple(assignments)).canonical(args.gemeente) or args.gemeente
        assignments = {g: ms for g, ms in assignments.items() if g.lower() == wanted.lower()}
        if not assignments:
            return fail(f"geen gemeente {args.gemeente!r} in de index", code=1)
    overview = [t for t in themes_overview(assignments) if t["gemeenten"] or not args.gemeente]
    if args.json:
        print_json(overview)
        return 0
    for t in overview:
        print(f"{t['label']} ({t['theme']}): {len(t['gemeenten'])} gemeenten")
        print(f"  trefwoorden: {', '.join(t['keywords'])}")
        for m in t["gemeenten"]:
            n = len(m["evidence"])
            print(f"  - {m['gemeente']} ({n} {'zin' if n == 1 else 'zinnen'}): {', '.join(m['terms'])}")
            for sentence in m["evidence"] if args.gemeente else m["evidence"][:1]:
                print(f"      \u201c{sentence[:300]}{'…' if len(sentence) > 300 else ''}\u201d")
        print()
    return 0
