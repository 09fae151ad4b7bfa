"""`weerbaar ingest [PATH ...]`: parse, chunk, embed and index; only new text is embedded.

Reads the table format, plain text / markdown, HTML and PDF (see ingest/formats.py). A file that
cannot be read is named with its problem on stderr and skipped; the others still ingest, the
index keeps what it had for the skipped file, and the exit code is 1.

Sentences that read as instructions to a language model are stored but never used (ingest/quarantine.py);
each file that has them gets "N zinnen lijken instructies aan een taalmodel en worden niet gebruikt",
then one line per sentence with its line number and the reason.
"""
from __future__ import annotations

import sys
from pathlib import Path

from weerbaar.commands.common import add_index_flags, fail, print_json, settings_from
from core.settings import DEFAULT_CORPUS


def add_parser(sub) -> None:
    p = sub.add_parser(
        "ingest",
        help="index files or folders (default: the bundled corpus)",
        description="Index table files (.txt/.tsv), text or markdown (.txt/.md), HTML (.html/.htm) and PDF "
        "(.pdf) files or folders of them. Only new or changed text is embedded; a killed ingest leaves the "
        "previous index intact. Sentences that read as instructions to a language model (addressed to an "
        "assistant, dictating an answer, role play, prompt talk, calls to action with a link) are stored but "
        "never used as evidence, prompt or answer text; they are listed per file with their line numbers. "
        "Exit code 1 when any file was skipped (each is named on stderr), 2 when the index or embedder is "
        "unavailable.",
    )
    p.add_argument("paths", nargs="*", type=Path, help=f"files or folders (default: data/{DEFAULT_CORPUS.name})")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    add_index_flags(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from tqdm import tqdm

    from core.embed import EmbedderError
    from ingest.index import IndexUnavailable, index_size_bytes
    from ingest.pipeline import ingest

    settings = settings_from(args)
    bar = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc="embedden", unit="chunk", file=sys.stderr, disable=args.json)
        bar.n = done
        bar.refresh()

    try:
        report = ingest(args.paths or None, settings, progress=progress)
    except (IndexUnavailable, EmbedderError) as e:
        return fail(f"{e} (the index was not changed)")
    finally:
        if bar is not None:
            bar.close()
    for p in report.problems:
        print(f"weerbaar: overgeslagen: {p}", file=sys.stderr)
    if report.problems:
        print(
            f"weerbaar: {len(report.problems)} of {len(report.files)} files skipped; "
            "the index keeps what it had for them",
            file=sys.stderr,
        )
    size = index_size_bytes(settings)
    if not args.json:
        print_quarantined(report.quarantined)
    if args.json:
        out = report.to_json()
        out["index_bytes"] = size
        print_json(out)
    else:
        s = report.sync
        print(
            f"{report.records} records ({report.gemeenten} gemeenten), {s.chunks} chunks: "
            f"{s.added} added, {s.unchanged} unchanged, {s.updated} updated, {s.removed} removed"
            + (" (rebuilt for a new embedder)" if s.rebuilt else "")
            + f" in {report.seconds:.1f} s"
            + (f"; index {size / 1e6:.1f} MB" if size is not None else "")
        )
    return 1 if report.problems else 0


QUARANTINE_LINE = "{path}: {n} zinnen lijken instructies aan een taalmodel en worden niet gebruikt"
SHOWN_CHARS = 120  # a quarantined sentence is shown up to this length on its line


def print_quarantined(quarantined: dict) -> None:
    """Per file the count (the contract line), then 'regel N (reason): sentence' for each."""
    for path, found in quarantined.items():
        print(QUARANTINE_LINE.format(path=path, n=len(found)))
        for gemeente, q in sorted(found, key=lambda gq: gq[1].line):
            sentence = q.sentence if len(q.sentence) <= SHOWN_CHARS else q.sentence[: SHOWN_CHARS - 1] + "…"
            where = f"regel {q.line}" if q.line else "regel onbekend"
            print(f"  {where} ({gemeente}, {q.section}; {q.reason}): {sentence}")
