"""The web face of weerbaar: `python app.py [--host 127.0.0.1] [--port 7860] [--llm ...]`.

Thin on purpose: the layout and handlers are in weerbaar/ui.py, and `weerbaar chat` runs the same.
    from weerbaar.ui import build_app; demo = build_app(settings, assistant)   # for tests, not launched
"""
from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # before gradio is imported (STACK.md trap 4)
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from weerbaar.commands import chat  # noqa: E402
from weerbaar.commands.common import add_index_flags  # noqa: E402
from weerbaar.ui import build_app  # noqa: E402,F401  (re-exported: app.build_app)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="weerbaar web app")
    chat.add_chat_flags(parser)
    add_index_flags(parser)
    return chat.run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
