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
import os
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from urllib.parse import urlparse

from rag.generator import Generator, GeneratorError, Message
from rag.llm_local import _LOADED, LocalGenerator, _LoadedModel, server_params

__all__ = ["GENERATOR_NAMES", "FakeGenerator", "Generator", "GeneratorError", "LocalGenerator", "Message",
           "OllamaGenerator", "OpenAIGenerator", "build_generator", "server_params", "_LOADED", "_LoadedModel"]

GENERATOR_NAMES = ("local", "ollama", "openai", "fake")


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
    supports_schema = True
    DEFAULT_REPLY = "Dit is een testantwoord van de nepgenerator."

    def __init__(self, replies: str | Sequence[str | BaseException] | Callable[[list[Message]], str] | None = None):
        self._replies = self.DEFAULT_REPLY if replies is None else replies
        self._next = 0
        self._lock = threading.Lock()
        self.history: list[list[Message]] = []
        self.calls: list[dict] = []  # max_tokens / temperature of each call

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float,
               schema: dict | None = None) -> Iterator[str]:
        with self._lock:
            self.history.append([dict(m) for m in messages])
            self.calls.append({"max_tokens": max_tokens, "temperature": temperature, "schema": schema})
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
    supports_schema = True  # Ollama's "format" takes a JSON schema

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

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float,
               schema: dict | None = None) -> Iterator[str]:
        import httpx
        from ollama import ResponseError

        llm = self._llm(max_tokens, temperature)
        extra = {"format": schema} if schema is not None else {}  # Ollama's structured output
        try:
            for response in llm.stream_chat(_chat_messages(messages), **extra):
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
    supports_schema = True

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

    def stream(self, messages: list[Message], *, max_tokens: int, temperature: float,
               schema: dict | None = None) -> Iterator[str]:
        import httpx
        import openai

        extra = {}
        if schema is not None:  # OpenAI's structured output; llama.cpp's server and vLLM accept it too
            extra["response_format"] = {"type": "json_schema",
                                        "json_schema": {"name": "lead", "schema": schema}}
        try:
            for response in self._llm.stream_chat(
                _chat_messages(messages), max_tokens=int(max_tokens), temperature=float(temperature), **extra
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
