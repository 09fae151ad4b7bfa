"""`weerbaar serve`: the many-visitors layout on one machine, in one command.

One Chroma server (`chroma run`), the corpus ingested into it, one model server (`weerbaar model-server`:
llama.cpp's OpenAI-compatible server, or --llm-url for an existing endpoint), and --apps app processes
(`weerbaar chat --llm openai`) on consecutive ports from --port, all sharing the index and the model.
Stops everything on Ctrl+C.
"""
from __future__ import annotations

from pathlib import Path

from weerbaar.commands.common import fail


def add_parser(sub) -> None:
    p = sub.add_parser("serve", help="start a Chroma server, one model server and several app processes",
                       description=__doc__.split("\n\n", 1)[1])
    p.add_argument("--apps", type=int, default=2, help="app processes (default 2)")
    p.add_argument("--host", default="127.0.0.1", help="address the apps bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860, help="port of the first app; the next ones count up (default 7860)")
    p.add_argument("--chroma-port", type=int, default=8000, help="Chroma server port (default 8000)")
    p.add_argument("--chroma-path", default=".chroma-server", help="Chroma server data folder (default .chroma-server)")
    p.add_argument("--model-port", type=int, default=8080, help="model server port (default 8080)")
    p.add_argument("--llm", choices=["local", "extractive"], default="local",
                   help="local: start the model server (default); extractive: no model at all")
    p.add_argument("--llm-url", help="use this OpenAI-compatible endpoint (…/v1) instead of starting a model server")
    p.set_defaults(func=run)


def run(args) -> int:
    from weerbaar.layout import Layout, LayoutError

    if args.apps < 1:
        return fail("--apps must be at least 1")
    layout = Layout(apps=args.apps, host=args.host, port=args.port, chroma_port=args.chroma_port,
                    chroma_path=Path(args.chroma_path), model_port=args.model_port, llm=args.llm, llm_url=args.llm_url)
    try:
        layout.start()
    except (LayoutError, RuntimeError, OSError) as e:
        return fail(str(e))
    try:
        print("weerbaar serve: " + ", ".join(layout.app_urls)
              + (f" · model {layout.model_url}" if layout.model_url else "")
              + f" · chroma {layout.chroma.url}  (stop with Ctrl+C)", flush=True)
        return layout.wait()
    finally:
        layout.stop()
