"""Hybrid retrieval: dense (Chroma via llama-index) + Dutch BM25, fused by reciprocal rank.

Both sides can be restricted to gemeenten and sections, so a question about "Den Bosch" searches
only 's-Hertogenbosch's passages. Set questions ("welke gemeenten ...") are answered by
:func:`best_per_gemeente`, which groups a wide candidate list by gemeente.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from llama_index.core import VectorStoreIndex
from llama_index.core.vector_stores import FilterCondition, FilterOperator, MetadataFilter, MetadataFilters
from llama_index.vector_stores.chroma import ChromaVectorStore

from core import vocabulary as V
from core.embed import Embedder, LlamaIndexEmbedding
from ingest.index import ChunkIndex
from rag.lexical import LexicalIndex
from core.types import Chunk, Hit


def lexical_text(chunk: Chunk) -> str:
    """What BM25 indexes: the passage plus its gemeente and title (so 'Zwolle coördinatiepunt' matches)."""
    return f"{chunk.gemeente} {chunk.title} {chunk.text}"


class Retriever:
    """Loads the active index once; search() is thread-safe (read-only state)."""

    def __init__(self, settings, embedder: Embedder, index: ChunkIndex):
        self.settings = settings
        self.index = index
        collection = index.require_active()
        self.chunks: list[Chunk] = index.all_chunks()
        self.position = {c.id: i for i, c in enumerate(self.chunks)}
        self.gemeenten: list[str] = sorted({c.gemeente for c in self.chunks})
        self.lexical = LexicalIndex([lexical_text(c) for c in self.chunks])
        self._gemeente_of = np.array([c.gemeente for c in self.chunks], dtype=object)
        self._section_of = np.array([c.section for c in self.chunks], dtype=object)
        store = ChromaVectorStore(chroma_collection=collection)
        # embed_model is explicit: llama-index must never fall back to its OpenAI default.
        self.embed_model = LlamaIndexEmbedding(embedder)
        self.vector_index = VectorStoreIndex.from_vector_store(store, embed_model=self.embed_model)

    # --- the two retrievers -------------------------------------------------------------------
    def dense(self, query: str, k: int, gemeenten: Sequence[str] = (), sections: Sequence[str] = ()) -> list[tuple[str, float]]:
        filters = []
        if gemeenten:
            filters.append(MetadataFilter(key="gemeente", value=list(gemeenten), operator=FilterOperator.IN))
        if sections:
            filters.append(MetadataFilter(key="section", value=list(sections), operator=FilterOperator.IN))
        retriever = self.vector_index.as_retriever(
            similarity_top_k=k,
            filters=MetadataFilters(filters=filters, condition=FilterCondition.AND) if filters else None,
        )
        return [(n.node.node_id, float(n.score or 0.0)) for n in retriever.retrieve(query) if n.node.node_id in self.position]

    def lexical_search(self, query: str, k: int, gemeenten: Sequence[str] = (), sections: Sequence[str] = ()) -> list[tuple[str, float]]:
        mask = None
        if gemeenten or sections:
            mask = np.ones(len(self.chunks), dtype=bool)
            if gemeenten:
                mask &= np.isin(self._gemeente_of, list(gemeenten))
            if sections:
                mask &= np.isin(self._section_of, list(sections))
        return [(self.chunks[i].id, s) for i, s in self.lexical.search(query, k, mask)]

    # --- fusion --------------------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        k: int | None = None,
        mode: str | None = None,
        gemeenten: Sequence[str] = (),
        sections: Sequence[str] = (),
        prefer_section: str | None = None,
        dense_query: str | None = None,
    ) -> list[Hit]:
        """Top-k chunks. hybrid = reciprocal rank fusion of dense and lexical candidate lists;
        ``dense_query`` is embedded instead of ``query`` when given (the lexical side keeps ``query``)."""
        k = k or self.settings.top_k
        mode = mode or self.settings.retrieval
        n = max(self.settings.candidates, k)
        dense = self.dense(dense_query or query, n, gemeenten, sections) if mode in ("dense", "hybrid") else []
        lexical = self.lexical_search(query, n, gemeenten, sections) if mode in ("lexical", "hybrid") else []
        d_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        l_rank = {cid: r for r, (cid, _) in enumerate(lexical)}
        scores: dict[str, float] = {}
        if mode == "dense":
            scores = dict(dense)
        elif mode == "lexical":
            scores = dict(lexical)
        else:
            rrf_k = self.settings.rrf_k
            for cid in set(d_rank) | set(l_rank):
                scores[cid] = sum(1.0 / (rrf_k + 1 + ranks[cid]) for ranks in (d_rank, l_rank) if cid in ranks)
        if prefer_section:
            scores = {cid: s * (V.PREFER_SECTION_BOOST if self.chunks[self.position[cid]].section == prefer_section else 1.0)
                      for cid, s in scores.items()}
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], self.position[kv[0]]))[:k]
        return [
            Hit(chunk=self.chunks[self.position[cid]], score=s, dense_rank=d_rank.get(cid), lexical_rank=l_rank.get(cid))
            for cid, s in ranked
        ]


def best_per_gemeente(hits: Sequence[Hit]) -> list[Hit]:
    """Keep each gemeente's best hit, in rank order.

    >>> from core.types import Chunk
    >>> c = lambda g, i: Chunk(id=i, text="t", gemeente=g, section="beschrijving", title="", source="", position=0)
    >>> [h.chunk.gemeente for h in best_per_gemeente([Hit(c("Ede", "1"), 3), Hit(c("Ede", "2"), 2), Hit(c("Oss", "3"), 1)])]
    ['Ede', 'Oss']
    """
    seen: set[str] = set()
    out = []
    for h in hits:
        if h.chunk.gemeente not in seen:
            seen.add(h.chunk.gemeente)
            out.append(h)
    return out
