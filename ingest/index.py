"""The Chroma index: chunks + vectors, written so that a reader never sees a half-written state.

Layout: data lives in generation collections ``<base>-g<N>``; a small pointer collection ``<base>``
holds, in its metadata, which generation is active and which embedder built it. An ingest that
changes anything builds the next generation (copying unchanged vectors, embedding only new chunks),
then flips the pointer in one write and drops the old generation. Killed half-way, it leaves the
previous generation active and complete; the stray one is removed by the next ingest.

Sentence vectors live beside the generations in ``<base>-sentences``: a cache keyed by the sentence's
content hash (``core.text.sentences_of`` over each chunk), filled by the ingest before the pointer
flips, so a reader of the active generation always finds every sentence's vector and never embeds
one at question time. Adding to a cache never disturbs a reader; sentences no generation uses are
removed after the flip.

Embedded (``PersistentClient`` at ``settings.index_dir``) or server mode (``HttpClient`` when
``settings.chroma_host`` is set): the same code.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import chromadb
import numpy as np
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import NotFoundError

from core.embed import Embedder
from core.text import sentences_of
from core.types import Chunk, Record, Source, content_hash
from ingest.chunk import embedding_text

log = logging.getLogger(__name__)
BATCH = 512  # Chroma batch size for copy/add
EMBED_BATCH = 16
# HNSW graph settings for new generations. Chroma's defaults (M=16, construction_ef=100) lose
# recall on corpora with many similar passages (yearly reports repeat text): on the scale bench's
# synthetic corpus the exact top 10 was found 0.94 -> 0.99 at 10k chunks and 0.67 -> 0.91 at 30k
# with these, for ~5% more disk and ~10% slower writes (eval/scale.py).
HNSW = {"hnsw:space": "cosine", "hnsw:M": 48, "hnsw:construction_ef": 200}


class IndexUnavailable(RuntimeError):
    """The index is missing, unreachable or built by another embedder; the message says what to do."""


@dataclass
class SyncReport:
    chunks: int = 0
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    updated: int = 0  # metadata-only changes (e.g. a shifted line span): no re-embedding
    rebuilt: bool = False  # embedder changed: the index was rebuilt from scratch
    sentences: int = 0  # sentence vectors the active generation uses
    sentences_embedded: int = 0  # of those, embedded by this sync (the rest were cached)
    generation: str = ""
    seconds: float = 0.0
    previous: str = ""  # the generation this sync replaced, when it was kept (keep_previous=True)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.rebuilt)


def make_client(settings) -> chromadb.ClientAPI:
    """Embedded store at settings.index_dir, or a Chroma server when settings.chroma_host is set."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        try:
            client = chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
            client.heartbeat()
        except Exception as e:
            raise IndexUnavailable(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({e}); "
                "start it with `chroma run --path DIR --host 127.0.0.1 --port PORT` or unset WEERBAAR_CHROMA_HOST"
            ) from e
        return client
    Path(settings.index_dir).mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)


class ChunkIndex:
    """Read and sync the active generation of one named index."""

    def __init__(self, settings, embedder: Embedder, client: chromadb.ClientAPI | None = None):
        self.settings = settings
        self.embedder = embedder
        self.base = settings.collection
        self.client = client or make_client(settings)
        self.kept: set[str] = set()  # replaced generations kept for running searches (keep_previous)

    # --- pointer ---------------------------------------------------------------------------
    def _pointer(self):
        return self.client.get_or_create_collection(self.base, embedding_function=None, metadata={"kind": "pointer"})

    def _pointer_meta(self) -> dict:
        """The pointer's metadata; reading never creates it (only an ingest writes the index)."""
        try:
            return self.client.get_collection(self.base, embedding_function=None).metadata or {}
        except NotFoundError:
            return {}

    def active_name(self) -> str | None:
        return self._pointer_meta().get("active") or None

    def active_embedder(self) -> str | None:
        return self._pointer_meta().get("embedder") or None

    def active(self):
        """The active data collection, or None when nothing was ingested yet."""
        name = self.active_name()
        if not name:
            return None
        return self.client.get_collection(name, embedding_function=None)

    def require_active(self):
        coll = self.active()
        if coll is None:
            where = f"{self.settings.chroma_host}:{self.settings.chroma_port}" if self.settings.chroma_host else self.settings.index_dir
            raise IndexUnavailable(f"no index at {where} (collection {self.base!r}): run `weerbaar ingest` first")
        built_by = self.active_embedder()
        if built_by and built_by != self.embedder.name:
            raise IndexUnavailable(
                f"the index was built with embedder {built_by!r}, but {self.embedder.name!r} is configured: "
                "run `weerbaar ingest` to rebuild it (vectors of two embedders are never mixed)"
            )
        return coll

    # --- reading ---------------------------------------------------------------------------
    def all_chunks(self, include_empty: bool = False) -> list[Chunk]:
        """Every chunk, in document order. Chunks with empty text only carry the quarantined sentences of
        a record that has no other text (ingest/chunk.py): nothing to search or quote, so left out unless asked."""
        coll = self.require_active()
        out: list[Chunk] = []
        total = coll.count()
        for offset in range(0, total, BATCH):
            got = coll.get(include=["documents", "metadatas"], limit=BATCH, offset=offset)
            out.extend(Chunk.from_metadata(i, d or "", m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])
                       if include_empty or d)
        out.sort(key=lambda c: (c.source, c.gemeente, c.section, c.position))
        return out

    def vectors(self, ids: list[str]) -> np.ndarray:
        """The stored vectors of these chunks, in this order (n, dim); never re-embedded."""
        coll = self.require_active()
        by_id: dict[str, list[float]] = {}
        for start in range(0, len(ids), BATCH):
            got = coll.get(ids=ids[start : start + BATCH], include=["embeddings"])
            by_id.update(zip(got["ids"], got["embeddings"]))
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise IndexUnavailable(f"{len(missing)} chunks have no stored vector: run `weerbaar ingest` again")
        return np.asarray([by_id[i] for i in ids], dtype=np.float32).reshape(len(ids), -1)

    def sentence_vectors(self, sentences: list[str]) -> np.ndarray:
        """The stored vectors of these sentences (as ``sentences_of`` splits chunks), in this order."""
        ids = [sentence_id(s) for s in sentences]
        found = self._cached_sentence_vectors(set(ids))
        missing = [s for s, i in zip(sentences, ids) if i not in found]
        if missing:
            raise IndexUnavailable(
                f"{len(missing)} sentences have no stored vector (an index from an older weerbaar?): "
                "run `weerbaar ingest` again")
        return np.asarray([found[i] for i in ids], dtype=np.float32).reshape(len(ids), -1)

    def records(self) -> list[Record]:
        """The records as stored: one per (file, gemeente, date), with their quarantined sentences.

        Aliases are not stored in the index (core/names.py knows them); text is the chunks joined per section.
        """
        groups: dict[tuple[str, str, str], list[Chunk]] = {}
        for c in self.all_chunks(include_empty=True):
            groups.setdefault((c.source_file, c.gemeente, c.date or ""), []).append(c)
        out = []
        for chunks in groups.values():
            first = chunks[0]
            path, _, span = first.source.rpartition(":")
            start, _, end = span.partition("-")
            source = Source(path or first.source, int(start) if start.isdigit() else 0, int(end) if end.isdigit() else 0)
            text = {section: "\n".join(c.text for c in chunks if c.section == section and c.text)
                    for section in ("beschrijving", "stand van zaken")}
            out.append(Record(gemeente=first.gemeente, aliases=(), title=first.title, description=text["beschrijving"],
                              status=text["stand van zaken"], source=source, date=first.date,
                              quarantined=tuple(q for c in chunks for q in c.quarantined_sentences())))
        return out

    def count(self) -> int:
        coll = self.active()
        return coll.count() if coll is not None else 0

    # --- writing ---------------------------------------------------------------------------
    def sync(
        self,
        chunks: Iterable[Chunk],
        scope_files: set[str] | None = None,
        progress: Callable[[int, int], None] | None = None,
        sentences: bool = True,
        keep_previous: bool = False,
    ) -> SyncReport:
        """Make the index hold ``chunks`` for the files in ``scope_files`` (all files when None).

        Chunks of other files are kept. Unchanged chunks are copied with their vectors, never re-embedded.
        ``sentences=False`` skips the sentence vectors (the scale benchmark measures the chunk store alone;
        an Assistant cannot read such an index).
        With ``keep_previous`` the replaced generation stays readable (``report.previous``) for searches
        still running on it; the caller drops it with :meth:`drop_generation`, or the next sync does.
        """
        t0 = time.perf_counter()
        new = {c.id: c for c in chunks}
        scope = scope_files if scope_files is not None else {c.source_file for c in new.values()}
        report = SyncReport(chunks=len(new))
        pointer = self._pointer()
        old = self.active()
        self._drop_strays(keep=({old.name} if old is not None else set()) | self.kept)

        old_meta: dict[str, dict] = {}
        if old is not None and self.active_embedder() == self.embedder.name:
            for offset in range(0, old.count(), BATCH):
                got = old.get(include=["metadatas"], limit=BATCH, offset=offset)
                old_meta.update(zip(got["ids"], got["metadatas"]))
        elif old is not None:
            report.rebuilt = True

        keep_other = [i for i, m in old_meta.items() if m.get("source_file") not in scope and i not in new]
        removed = [i for i, m in old_meta.items() if m.get("source_file") in scope and i not in new]
        same = [i for i in new if i in old_meta]
        to_embed = [new[i] for i in new if i not in old_meta]
        updated = [i for i in same if old_meta[i] != new[i].metadata()]
        report.added, report.removed, report.updated = len(to_embed), len(removed), len(updated)
        report.unchanged = len(same) - len(updated)

        # The sentences the new generation will hold, and which of them the cache lacks.
        wanted: dict[str, str] = {}
        if sentences:
            texts = [c.text for c in new.values()] + self._documents(old, keep_other)
            wanted = {sentence_id(s): s for text in texts for s in sentences_of(text)}
        cache = self._sentence_cache(rebuild=report.rebuilt) if sentences else None
        cached = self._cached_sentence_vectors(set(wanted), cache) if sentences else {}
        new_sentences = [(i, s) for i, s in wanted.items() if i not in cached]
        report.sentences, report.sentences_embedded = len(wanted), len(new_sentences)
        total = len(to_embed) + len(new_sentences)
        if progress and total:
            progress(0, total)
        done = 0

        def sentence_progress(n: int) -> None:
            if progress:
                progress(done + n, total)

        if not report.changed:  # no chunk changed; the cache may still lack sentences (an older index)
            self._embed_sentences(cache, new_sentences, sentence_progress)
            report.generation = old.name if old is not None else ""
            report.seconds = time.perf_counter() - t0
            return report

        generation = self._next_generation_name(old.name if old is not None else None)
        target = self.client.create_collection(
            generation,
            embedding_function=None,
            metadata={"embedder": self.embedder.name, "dim": self.embedder.dim, **HNSW},
        )
        # 1. copy what stays, with its stored vectors (other files' chunks and unchanged ones)
        copy_ids = keep_other + same
        for start in range(0, len(copy_ids), BATCH):
            ids = copy_ids[start : start + BATCH]
            got = old.get(ids=ids, include=["embeddings", "documents", "metadatas"])
            metas = [new[i].metadata() if i in new else m for i, m in zip(got["ids"], got["metadatas"])]
            target.add(ids=got["ids"], embeddings=got["embeddings"], documents=got["documents"], metadatas=metas)
        # 2. embed only what is new; small embedding batches (steady progress), large Chroma writes
        # (one add per 16 chunks costs ~4x the time of one per 512)
        pending: list[tuple[Chunk, list[float]]] = []
        for start in range(0, len(to_embed), EMBED_BATCH):
            batch = to_embed[start : start + EMBED_BATCH]
            vectors = self.embedder.embed_passages([embedding_text(c) for c in batch])
            pending.extend(zip(batch, vectors.tolist()))
            if len(pending) >= BATCH or start + EMBED_BATCH >= len(to_embed):
                self._add(target, pending)
                pending = []
            done += len(batch)
            if progress:
                progress(done, total)
        # 3. the new sentences' vectors: readers look them up by hash, so adding them disturbs no reader
        self._embed_sentences(cache, new_sentences, sentence_progress)
        # 4. flip the pointer in one write, then drop the old generation and the sentences nobody uses
        pointer.modify(metadata={"kind": "pointer", "active": generation, "embedder": self.embedder.name})
        if old is not None and keep_previous:
            report.previous = old.name
            self.kept.add(old.name)  # its sentences too are forgotten only when it is dropped
        else:
            if old is not None:
                self.client.delete_collection(old.name)
            if cache is not None:
                self._forget_sentences(cache, keep=set(wanted))
        report.generation = generation
        report.seconds = time.perf_counter() - t0
        return report

    # --- sentence vectors ------------------------------------------------------------------
    def _sentence_cache(self, rebuild: bool = False):
        """The sentence-vector cache of this index; emptied when it holds another embedder's vectors."""
        name = f"{self.base}-sentences"
        meta = {"kind": "sentences", "embedder": self.embedder.name, "dim": self.embedder.dim, **HNSW}
        try:
            cache = self.client.get_collection(name, embedding_function=None)
            if rebuild or (cache.metadata or {}).get("embedder") != self.embedder.name:
                self.client.delete_collection(name)
                cache = self.client.create_collection(name, embedding_function=None, metadata=meta)
        except NotFoundError:
            cache = self.client.create_collection(name, embedding_function=None, metadata=meta)
        return cache

    def _cached_sentence_vectors(self, ids: set[str], cache=None) -> dict[str, list[float]]:
        if cache is None:
            try:
                cache = self.client.get_collection(f"{self.base}-sentences", embedding_function=None)
            except NotFoundError:
                return {}
        wanted, found = sorted(ids), {}
        for start in range(0, len(wanted), BATCH):
            got = cache.get(ids=wanted[start : start + BATCH], include=["embeddings"])
            found.update(zip(got["ids"], got["embeddings"]))
        return found

    def _embed_sentences(self, cache, todo: list[tuple[str, str]], progress: Callable[[int], None]) -> int:
        done = 0
        if cache is None:
            return 0
        for start in range(0, len(todo), EMBED_BATCH * 4):
            batch = todo[start : start + EMBED_BATCH * 4]
            vectors = self.embedder.embed_passages([s for _, s in batch])
            cache.add(ids=[i for i, _ in batch], embeddings=vectors.tolist(), documents=[s for _, s in batch])
            done += len(batch)
            progress(done)
        return done

    def _forget_sentences(self, cache, keep: set[str]) -> None:
        stale = [i for i in cache.get(include=[])["ids"] if i not in keep]
        for start in range(0, len(stale), BATCH):
            cache.delete(ids=stale[start : start + BATCH])

    @staticmethod
    def _documents(collection, ids: list[str]) -> list[str]:
        out: list[str] = []
        for start in range(0, len(ids), BATCH):
            out.extend(collection.get(ids=ids[start : start + BATCH], include=["documents"])["documents"])
        return out

    # --- per document -----------------------------------------------------------------------
    def documents(self) -> list[dict]:
        """The indexed files, by name: [{"file", "gemeenten", "dates", "sections", "chunks"}] (sorted by file)."""
        coll = self.require_active()
        files: dict[str, dict] = {}
        for offset in range(0, coll.count(), BATCH):
            for m in coll.get(include=["metadatas"], limit=BATCH, offset=offset)["metadatas"]:
                d = files.setdefault(m.get("source_file", ""), {"gemeenten": set(), "dates": set(),
                                                                "sections": set(), "chunks": 0})
                d["gemeenten"].add(m.get("gemeente", ""))
                d["sections"].add(m.get("section", ""))
                d["chunks"] += 1
                if m.get("date"):
                    d["dates"].add(m["date"])
        return [{"file": f, **{k: sorted(v) if isinstance(v, set) else v for k, v in d.items()}}
                for f, d in sorted(files.items())]

    def delete_files(self, files: set[str], keep_previous: bool = False) -> SyncReport:
        """Remove every chunk of these files (a sync with nothing in their scope); KeyError for unknown files."""
        known = {d["file"] for d in self.documents()}
        unknown = sorted(set(files) - known)
        if unknown:
            raise KeyError(f"not in the index: {', '.join(unknown)}")
        return self.sync([], scope_files=set(files), keep_previous=keep_previous)

    def drop_generation(self, name: str) -> None:
        """Drop a generation kept by ``sync(keep_previous=True)``; never the active one."""
        self.kept.discard(name)
        if name and name != self.active_name() and name.startswith(f"{self.base}-g"):
            try:
                self.client.delete_collection(name)
            except (NotFoundError, ValueError):  # already gone (a later sync dropped it as a stray)
                pass
            # The sentences only the dropped generation held: those of the active and kept ones stay.
            live = [n for n in [self.active_name(), *self.kept] if n]
            texts = []
            for n in live:
                coll = self.client.get_collection(n, embedding_function=None)
                texts += self._documents(coll, coll.get(include=[])["ids"])
            self._forget_sentences(self._sentence_cache(),
                                   keep={sentence_id(x) for t in texts for x in sentences_of(t)})

    @staticmethod
    def _add(target, pending: list[tuple[Chunk, list[float]]]) -> None:
        target.add(
            ids=[c.id for c, _ in pending],
            embeddings=[v for _, v in pending],
            documents=[c.text for c, _ in pending],
            metadatas=[c.metadata() for c, _ in pending],
        )

    def _next_generation_name(self, current: str | None) -> str:
        n = 0
        if current and current.rsplit("-g", 1)[-1].isdigit():
            n = int(current.rsplit("-g", 1)[-1])
        return f"{self.base}-g{n + 1}"

    def _drop_strays(self, keep: set[str]) -> None:
        """Remove generations left by an ingest that was killed before it flipped the pointer."""
        for coll in self.client.list_collections():
            name = coll if isinstance(coll, str) else coll.name
            if name.startswith(f"{self.base}-g") and name not in keep:
                log.warning("removing unfinished index generation %s (an earlier ingest was interrupted)", name)
                self.client.delete_collection(name)


def sentence_id(sentence: str) -> str:
    """A sentence's key in the vector cache: its content hash (one vector per distinct sentence)."""
    return content_hash(sentence)


def index_size_bytes(settings) -> int | None:
    """Bytes on disk of the embedded index (None in server mode)."""
    if settings.chroma_host:
        return None
    root = Path(settings.index_dir)
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file()) if root.exists() else 0
