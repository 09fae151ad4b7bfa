"""`weerbaar model-server`: the local model as one OpenAI-compatible HTTP server (llama.cpp's own).

Several app processes share it with `--llm openai` and WEERBAAR_OPENAI_BASE_URL=<printed address>/v1.
It decodes WEERBAAR_LLM_PARALLEL questions at once (llama.cpp slots, continuous batching) and fills
every slot's cache with the fixed system prompt before it prints its address.
"""
from __future__ import annotations

import os
import signal
import sys
import threading

from weerbaar.commands.common import fail, settings_from


def add_parser(sub) -> None:
    p = sub.add_parser("model-server", help="serve the local model over HTTP (OpenAI-compatible) for several app processes",
                       description=__doc__.split("\n\n", 1)[1])
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    p.add_argument("--api-key-env", help="name of an environment variable holding the key clients must send "
                                         "(required when --host is not a loopback address)")
    p.add_argument("--local-model-path", help="any GGUF (env WEERBAAR_LOCAL_MODEL_PATH; default the packaged model)")
    p.set_defaults(func=run)


def run(args) -> int:
    from rag.lead import SYSTEM_PROMPT  # the one fixed system prompt every question starts with
    from rag.llm import GeneratorError, LocalGenerator, _is_loopback

    key = None
    if args.api_key_env:
        key = os.environ.get(args.api_key_env, "").strip()
        if not key:
            return fail(f"the environment variable {args.api_key_env} (--api-key-env) is empty")
    if key is None and not _is_loopback(f"http://{args.host}"):
        return fail(f"--host {args.host} is reachable from other machines: give --api-key-env NAME")
    settings = settings_from(args)
    generator = LocalGenerator(settings)
    try:
        address = generator.open_http(args.host, args.port, key)
        warm_s = generator.warm_up(SYSTEM_PROMPT)
    except GeneratorError as e:
        return fail(str(e))
    print(f"model server: {address}/v1  ({generator.model}, {generator.parallel} slots of {generator.ctx} tokens, "
          f"warm in {warm_s:.1f} s; stop with Ctrl+C)", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    print("model server: stopped", file=sys.stderr)
    return 0
