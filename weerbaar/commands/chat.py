"""`weerbaar chat`: the web app on http://127.0.0.1:7860 (Chat, Vergelijkbare aanpakken, Gemeenten, Evaluatie)."""
from __future__ import annotations

from weerbaar.commands.common import add_index_flags, fail, serving_openmp, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser("chat", help="start the web app (binds to 127.0.0.1 unless --host says otherwise)")
    add_chat_flags(p)
    add_index_flags(p)
    p.set_defaults(func=run)


def add_chat_flags(p) -> None:
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    p.add_argument("--llm", choices=["extractive", "local", "ollama", "openai"],
                   help="default answer backend in the app (env WEERBAAR_LLM)")
    p.add_argument("--concurrency", type=int, default=None,
                   help="questions handled at the same time: retrieval and waiting for the model (default "
                        "WEERBAAR_PAGE_CONCURRENCY, 32); the local model decodes WEERBAAR_LLM_PARALLEL of them at once")
    p.add_argument("--max-queue", type=int, default=24,
                   help="questions that may wait; beyond that users see 'Het is druk' (default 24)")


def run(args) -> int:
    from ingest.index import IndexUnavailable
    from weerbaar.ui import serve

    serving_openmp()
    settings = settings_from(args)

    def ready(url: str) -> None:  # only now: the server accepts connections and the model is warm
        print(f"weerbaar: {url}  (stop with Ctrl+C)", flush=True)

    try:
        serve(settings, args.host, args.port, concurrency=args.concurrency, max_queue=args.max_queue, on_ready=ready)
    except IndexUnavailable as e:
        return fail(str(e))
    except OSError as e:  # port taken, address not available
        return fail(f"cannot listen on {args.host}:{args.port}: {e}. Choose another --port.")
    return 0
