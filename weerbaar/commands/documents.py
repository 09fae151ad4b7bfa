"""`weerbaar documents`: the indexed documents one by one; delete or re-index one."""
from __future__ import annotations

import sys

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser(
        "documents",
        help="list the indexed documents (file, gemeente, date, kind, chunks); delete or re-index one",
        description="Every indexed file with its gemeente(n), date(s), kind (tabel / beschrijving / stand van "
        "zaken) and number of chunks, the bundled corpus included. A document is known by its file name. "
        "--delete removes its chunks (and a file kept from an upload in the page); --reindex reads the kept "
        "original again (an upload or the bundled corpus) and embeds only what changed.",
    )
    g = p.add_mutually_exclusive_group()
    g.add_argument("--delete", metavar="FILE", help="remove this document from the index")
    g.add_argument("--reindex", metavar="FILE", help="read this document's original again and sync it")
    p.add_argument("--json", action="store_true", help="print JSON")
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from core.embed import build_embedder
    from ingest.documents import LastDocument, delete_document, list_documents, reindex_document
    from ingest.index import ChunkIndex

    settings = settings_from(args)
    index = ChunkIndex(settings, build_embedder(settings))
    index.require_active()  # no index: reported by cli.main
    if args.delete:
        try:
            report = delete_document(index, settings, args.delete)
        except (KeyError, LastDocument) as e:
            return fail(str(e).strip("'\""), 1)
        _drop(index, [report.previous])  # nothing else reads this index in this process
        out = {"deleted": args.delete, "removed": report.removed}
        print_json(out) if args.json else print(f"{args.delete}: {report.removed} chunks verwijderd")
        return 0
    if args.reindex:
        result = reindex_document(index, settings, args.reindex)
        _drop(index, result.previous)
        if args.json:
            print_json(result.to_json())
        elif result.ok:
            print(f"{result.file}: {result.chunks} chunks ({result.added} nieuw, {result.unchanged} ongewijzigd, "
                  f"{result.removed} verwijderd) in {result.seconds:.1f} s")
        else:
            print(f"weerbaar: {result.problem}", file=sys.stderr)
        return 0 if result.ok else 1
    docs = list_documents(index, settings)
    if args.json:
        print_json([d.to_json() for d in docs])
        return 0
    for d in docs:
        gemeenten = ", ".join(d.gemeenten) if len(d.gemeenten) <= 3 else f"{len(d.gemeenten)} gemeenten"
        print(f"{d.file}\t{gemeenten}\t{', '.join(d.dates) or '–'}\t{d.kind}\t{d.chunks} chunks\t{d.origin}")
    return 0


def _drop(index, generations) -> None:
    for name in generations:
        index.drop_generation(name)
