"""Small real HTTP servers on 127.0.0.1 that speak just enough OpenAI and Ollama for our clients.

    with FakeOpenAIServer(["Hallo wereld."]) as srv:     # srv.base_url == "http://127.0.0.1:PORT/v1"
        ...                                              # srv.requests: what the client sent

Both reply with scripted text (one string, a list used in order with the last repeated, or a
callable ``request_body -> str``), stream it word by word, and record every request.
"""
from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Replies = str | Sequence[str] | Callable[[dict], str]


def words(text: str) -> list[str]:
    """'a b c' -> ['a ', 'b ', 'c']: the pieces a fake server streams."""
    parts = text.split(" ")
    return [p + " " for p in parts[:-1]] + [parts[-1]]


def closed_port() -> int:
    """A loopback port that nothing listens on (bound once by us, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _FakeServer:
    """Base: a ThreadingHTTPServer on a free loopback port, run in a daemon thread."""

    def __init__(self, replies: Replies = "Dit is een antwoord.", *, delay_s: float = 0.0):
        self._replies = replies
        self._served = 0
        self.delay_s = delay_s  # pause between streamed pieces
        self.requests: list[dict] = []  # {"method", "path", "headers", "body"}
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- scripting
    def next_reply(self, body: dict) -> str:
        with self._lock:
            if callable(self._replies):
                return self._replies(body)
            if isinstance(self._replies, str):
                return self._replies
            reply = self._replies[min(self._served, len(self._replies) - 1)]
            self._served += 1
            return reply

    def record(self, handler: BaseHTTPRequestHandler, body: dict | None) -> None:
        with self._lock:
            self.requests.append(
                {"method": handler.command, "path": handler.path, "headers": dict(handler.headers), "body": body}
            )

    def requests_to(self, path: str) -> list[dict]:
        return [r for r in self.requests if r["path"] == path]

    # -- lifecycle
    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    def __enter__(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output clean
                pass

            def _body(self) -> dict | None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    return json.loads(raw) if raw else None
                except ValueError:
                    return {"_raw": raw.decode("utf-8", "replace")}

            def do_GET(self):
                fake.record(self, None)
                fake.handle(self, "GET", None)

            def do_POST(self):
                body = self._body()
                fake.record(self, body)
                fake.handle(self, "POST", body)

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name=type(self).__name__, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        assert self._httpd is not None
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    # -- helpers for subclasses
    @staticmethod
    def send_json(h: BaseHTTPRequestHandler, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        h.send_response(status)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    @staticmethod
    def start_stream(h: BaseHTTPRequestHandler, content_type: str) -> None:
        # No Content-Length: the body ends when we close the connection.
        h.send_response(200)
        h.send_header("Content-Type", content_type)
        h.send_header("Cache-Control", "no-cache")
        h.send_header("Connection", "close")
        h.end_headers()
        h.close_connection = True

    def handle(self, h: BaseHTTPRequestHandler, method: str, body: dict | None) -> None:
        raise NotImplementedError


class FakeOpenAIServer(_FakeServer):
    """``/v1/chat/completions`` (JSON or ``stream: true`` SSE) and ``/v1/models``.

    ``api_key``: when given, any other ``Authorization: Bearer`` gets HTTP 401 like OpenAI's.
    """

    def __init__(self, replies: Replies = "Dit is een antwoord.", *, api_key: str | None = None, model: str = "fake-model", **kw):
        super().__init__(replies, **kw)
        self.api_key = api_key
        self.model = model

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def handle(self, h, method, body):
        if self.api_key is not None and h.headers.get("Authorization") != f"Bearer {self.api_key}":
            return self.send_json(h, 401, {"error": {"message": "Incorrect API key provided.", "type": "invalid_request_error", "code": "invalid_api_key"}})
        if method == "GET" and h.path == "/v1/models":
            return self.send_json(h, 200, {"object": "list", "data": [{"id": self.model, "object": "model", "owned_by": "fake"}]})
        if method != "POST" or h.path != "/v1/chat/completions":
            return self.send_json(h, 404, {"error": {"message": f"no route {method} {h.path}", "type": "not_found"}})
        reply = self.next_reply(body or {})
        created = int(time.time())
        base = {"id": "chatcmpl-fake", "created": created, "model": (body or {}).get("model", self.model)}
        if not (body or {}).get("stream"):
            return self.send_json(h, 200, {
                **base, "object": "chat.completion",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 10, "completion_tokens": len(words(reply)), "total_tokens": 10 + len(words(reply))},
            })
        self.start_stream(h, "text/event-stream")

        def event(delta: dict, finish: str | None = None) -> None:
            chunk = {**base, "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            h.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
            h.wfile.flush()

        event({"role": "assistant", "content": ""})
        for piece in words(reply):
            if self.delay_s:
                time.sleep(self.delay_s)
            event({"content": piece})
        event({}, "stop")
        h.wfile.write(b"data: [DONE]\n\n")
        h.wfile.flush()


class FakeOllamaServer(_FakeServer):
    """``/api/chat`` (NDJSON stream or one JSON), ``/api/show``, ``/api/tags``, ``/api/version``.

    Only the models in ``models`` exist; any other gets Ollama's 404 ``model ... not found``.
    """

    def __init__(self, replies: Replies = "Dit is een antwoord.", *, models: Sequence[str] = ("qwen2.5:1.5b-instruct",), **kw):
        super().__init__(replies, **kw)
        self.models = list(models)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _not_found(self, h, model):
        self.send_json(h, 404, {"error": f"model '{model}' not found, try pulling it first"})

    def handle(self, h, method, body):
        body = body or {}
        if method == "GET" and h.path == "/api/version":
            return self.send_json(h, 200, {"version": "0.0.0-fake"})
        if method == "GET" and h.path == "/api/tags":
            return self.send_json(h, 200, {"models": [{"name": m, "model": m} for m in self.models]})
        if method == "POST" and h.path == "/api/show":
            if body.get("model") not in self.models:
                return self._not_found(h, body.get("model"))
            return self.send_json(h, 200, {
                "modelfile": "", "parameters": "", "template": "{{ .Prompt }}",
                "details": {"format": "gguf", "family": "qwen2", "parameter_size": "1.5B", "quantization_level": "Q4_K_M"},
                "model_info": {"general.architecture": "qwen2", "qwen2.context_length": 32768},
                "capabilities": ["completion"],
            })
        if method != "POST" or h.path != "/api/chat":
            return self.send_json(h, 404, {"error": f"no route {method} {h.path}"})
        model = body.get("model")
        if model not in self.models:
            return self._not_found(h, model)
        reply = self.next_reply(body)
        now = "2025-01-01T00:00:00Z"
        done = {"model": model, "created_at": now, "message": {"role": "assistant", "content": ""},
                "done": True, "done_reason": "stop", "total_duration": 1_000_000, "load_duration": 1000,
                "prompt_eval_count": 10, "prompt_eval_duration": 1000, "eval_count": len(words(reply)), "eval_duration": 1000}
        if body.get("stream") is False:
            return self.send_json(h, 200, {**done, "message": {"role": "assistant", "content": reply}})
        self.start_stream(h, "application/x-ndjson")
        for piece in words(reply):
            if self.delay_s:
                time.sleep(self.delay_s)
            line = {"model": model, "created_at": now, "message": {"role": "assistant", "content": piece}, "done": False}
            h.wfile.write((json.dumps(line) + "\n").encode())
            h.wfile.flush()
        h.wfile.write((json.dumps(done) + "\n").encode())
        h.wfile.flush()


# --------------------------------------------------------------------------- a model that reads its prompt


def first_evidence(messages: Sequence[dict]) -> tuple[str, str]:
    """(gemeente, sentence) of evidence sentence [1] in a lead prompt (rag/lead.py's '[1] (Zwolle, ...) text')."""
    import re

    m = re.search(r"^\[1\] \(([^,)]+)[^)]*\) (.*)$", messages[-1]["content"], re.M)
    return (m.group(1), m.group(2)) if m else ("ONBEKEND", "")


def lead_reply(messages: Sequence[dict]) -> str:
    """A JSON lead that passes the verifier and names the gemeente it was given, so a crossed prompt shows:
    '{"zinnen": [1], "antwoord": "Zwolle: Het coördinatiepunt ..."}'."""
    gemeente, sentence = first_evidence(messages)
    return json.dumps({"zinnen": [1], "antwoord": lead_text(gemeente, sentence)}, ensure_ascii=False)


def lead_text(gemeente: str, sentence: str) -> str:
    """The gemeente and the first evidence sentence as given (a cut one without its ' …'): every word is evidence."""
    return f"{gemeente}: {sentence.removesuffix(' …')}"
