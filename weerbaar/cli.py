"""The one command line: `weerbaar <command>`. Each command lives in weerbaar/commands/<name>.py
and registers itself with ``add_parser(subparsers)``; handlers call the same functions as the app."""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

# Chroma and Gradio must not phone home (STACK.md traps 4 and 5).
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

COMMANDS = [
    "ingest",
    "documents",
    "records",
    "scale_bench",
    "ask",
    "bench",
    "eval",
    "chat",
    "loadtest",
    "model_server",
    "serve",
    "similar",
    "themes",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="weerbaar",
        description="Vragen beantwoorden over de aanpak van ondermijning door gemeenten, met bronvermelding.",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"weerbaar.commands.{name}").add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    from core.embed import EmbedderError
    from ingest.index import IndexUnavailable

    try:
        return int(args.func(args) or 0)
    except (IndexUnavailable, EmbedderError) as e:  # no index yet, server down, embedder missing
        print(f"weerbaar: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("afgebroken", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
