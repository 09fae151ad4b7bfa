"""The local model: llama.cpp in this process (xllamacpp), serving several questions at once.

    gen = LocalGenerator(settings)             # settings.llm_parallel slots of settings.llm_ctx tokens
    gen.warm_up(SYSTEM_PROMPT)                 # load, and fill every slot's KV cache with the fixed prompt
    for piece in gen.stream(messages, max_tokens=256, temperature=0.1): ...

`weerbaar model-server` opens the same server to other processes (``open_http``).
"""
from __future__ import annotations

import logging
import os
import queue
import re
import secrets
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from rag.generator import GeneratorError, Message

log = logging.getLogger(__name__)


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
STOP_WAIT_S = 5.0  # a stopped answer's worker ends at llama.cpp's next token (~0.1 s); this bounds a stuck one
_LOADING = threading.Lock()
_END = object()


# JSON as llama.cpp's own schema grammar allows it has optional whitespace, and the packaged model uses it
# ('{\n  "antwoord": ...'): tokens it writes at ~13 per second. For a flat object of strings and integer lists the
# grammar below is the same JSON without that whitespace, but for one space after a colon: forbidden that too, the
# model put its ': ' inside the string instead.
_GBNF_CHAR = r'char ::= [^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F]{4})'


def compact_grammar(schema: dict) -> str | None:
    r"""A GBNF grammar for JSON of ``schema`` without whitespace, or None for a shape it does not cover (then
    llama.cpp's own json_schema is used).

    >>> print("\n".join(compact_grammar({"type": "object", "properties": {"a": {"type": "string", "maxLength": 9}}})
    ...                  .splitlines()[:2]))
    root ::= "{" "\"a\":" " "? f0 "}"
    f0 ::= "\"" char{0,9} "\""
    >>> compact_grammar({"type": "object", "properties": {"a": {"type": "number"}}}) is None
    True
    """
    properties = schema.get("properties") or {}
    if schema.get("type") != "object" or not properties:
        return None
    fields, rules = [], []
    for i, (name, spec) in enumerate(properties.items()):
        if not re.fullmatch(r"\w+", name):
            return None
        if spec.get("type") == "string":
            rules.append(f'f{i} ::= "\\"" char{{0,{int(spec.get("maxLength", 400))}}} "\\""')
        elif spec.get("type") == "array" and (spec.get("items") or {}).get("type") == "integer":
            rules.append(f'f{i} ::= "[" ([0-9]{{1,3}} ("," [0-9]{{1,3}}){{0,{int(spec.get("maxItems", 8)) - 1}}})? "]"')
        else:
            return None
        fields.append(f'"\\"{name}\\":" " "? f{i}')  # the one space the model writes after a colon
    root = ' "," '.join(fields)
    return "\n".join([f'root ::= "{{" {root} "}}"', *rules, _GBNF_CHAR])


def server_params(path: Path, *, threads: int, ctx: int, parallel: int, host: str = "127.0.0.1", port: int = 0,
                  api_key: str | None = None, draft: tuple[int, int] = (0, 0)):
    """llama.cpp's server parameters for serving ``parallel`` questions at once, ``ctx`` tokens each.

    Continuous batching decodes every running question in one batch per step, so a new question starts at
    once instead of queueing behind a lock; outputs stay separate because each request has its own slot
    (its own KV sequence) and its own callback. ``draft=(n, m)``: n-gram speculative decoding, up to m tokens drafted
    from where the last n tokens stood before in the context (llm_draft_ngram, llm_draft_max); (0, 0) is off.
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
    ngram, most = draft
    if ngram > 0 and most > 0:
        params.speculative.types = [xlc.common_speculative_type.COMMON_SPECULATIVE_TYPE_NGRAM_SIMPLE]
        params.speculative.ngram_simple.size_n = ngram
        params.speculative.ngram_simple.size_m = most
        params.speculative.draft.n_max = most
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
                nice: int = 0, draft: tuple[int, int] = (0, 0)) -> _LoadedModel:
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
            params = server_params(key, threads=threads, ctx=ctx, parallel=parallel, api_key=secrets.token_urlsafe(32),
                                   draft=draft)
        else:
            host, port, api_key = http
            params = server_params(key, threads=threads, ctx=ctx, parallel=parallel, host=host, port=port,
                                   api_key=api_key, draft=draft)
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
    # llama.cpp turns the lead's JSON schema into a grammar. It costs speed on 2 cores (a short lead ~10 s instead of
    # ~5 s, quiet machine), but without it the packaged model fused two evidence sentences into a false one ("in
    # Spoor 3 een Bibob-beleid"), where with it it copied both (tests/test_llm.py, the Zoetermeer case).
    supports_schema = True

    def __init__(self, settings, model_path: str | Path | None = None):
        self._settings = settings
        self._model_path = Path(model_path) if model_path is not None else None
        self._loaded: _LoadedModel | None = None
        self.threads = settings.llm_threads
        self.ctx = settings.llm_ctx
        self.parallel = max(1, settings.llm_parallel)
        self.nice = settings.llm_nice
        self.draft = (max(0, settings.llm_draft_ngram), max(0, settings.llm_draft_max))
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
            self._loaded = _load_model(self.model_file(), self.threads, self.ctx, self.parallel, nice=self.nice,
                                       draft=self.draft)
        return self

    def open_http(self, host: str, port: int, api_key: str | None = None) -> str:
        """Load the model with llama.cpp's OpenAI-compatible HTTP server on host:port (for other processes,
        e.g. several app processes with ``--llm openai``); returns its address. Once per process."""
        if self._loaded is not None or self.model_file().resolve() in _LOADED:
            raise GeneratorError("the local model is already loaded in this process without a public listener")
        self._loaded = _load_model(self.model_file(), self.threads, self.ctx, self.parallel,
                                   http=(host, port, api_key), nice=self.nice, draft=self.draft)
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

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float,
               schema: dict | None = None) -> Iterator[str]:
        loaded = self.load()._loaded
        request = {
            "messages": [{"role": m["role"], "content": m["content"]} for m in messages],
            "max_tokens": int(max_tokens),
            "temperature": float(temperature),
            "stream": True,
            "cache_prompt": True,
        }
        if schema is not None:
            grammar = compact_grammar(schema)
            if grammar:
                request["grammar"] = grammar
            else:
                request["json_schema"] = schema
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

        worker = threading.Thread(target=work, name="weerbaar-local-llm", daemon=True)
        worker.start()
        writing = False  # llama.cpp has begun this answer (a piece came): it is in a slot, not in the queue
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
                writing = True
                yield item
        finally:
            stop.set()  # the caller stopped early (or we failed): free the slot for the next question
            # ... and, once it is writing, wait until llama.cpp has let go of it (its next token's callback sees the
            # stop): a process that exits while the worker is still inside llama.cpp is aborted ("FATAL: exception not
            # rethrown"), which `weerbaar bench` was when its last lead was stopped early (LEAD_EARLY_STOP). Not a
            # request still queued behind busy slots (a timeout): it would hold its caller until its turn came.
            if writing:
                worker.join(timeout=STOP_WAIT_S)

    def __repr__(self) -> str:
        return (f"LocalGenerator(model={self.model!r}, threads={self.threads}, ctx={self.ctx}, "
                f"parallel={self.parallel}, loaded={self._loaded is not None})")
