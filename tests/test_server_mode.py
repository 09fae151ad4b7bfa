"""Server mode: with WEERBAAR_CHROMA_HOST / _PORT set, every command uses a Chroma server over HTTP."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core.embed import FakeEmbedder
from ingest.index import ChunkIndex, IndexUnavailable, make_client
from ingest.parse import parse_table
from tests.chroma_server import chroma_server  # noqa: F401  (the fixture)
from tests.cli import weerbaar
from core.settings import DEFAULT_CORPUS, Settings


def _ingest(env_extra: dict, tmp_path: Path, *paths: str):
    # The embedded index folder must stay untouched in server mode: point it somewhere we can check.
    env = {"WEERBAAR_EMBEDDER": "fake", "WEERBAAR_INDEX_DIR": str(tmp_path / "embedded"), **env_extra}
    out = weerbaar("ingest", *paths, "--json", env=env)
    return out.returncode, (json.loads(out.stdout) if out.stdout.strip() else None), out.stderr


@pytest.mark.server
def test_ingest_against_a_server_is_idempotent_and_readable(chroma_server, tmp_path):
    rc, first, err = _ingest(chroma_server.env, tmp_path)
    assert rc == 0, err
    assert first["added"] == first["chunks"] == 162 and first["index_bytes"] is None  # no local folder size
    rc, second, err = _ingest(chroma_server.env, tmp_path)
    assert rc == 0, err
    assert (second["added"], second["removed"], second["updated"], second["unchanged"]) == (0, 0, 0, 162)
    assert second["generation"] == first["generation"]
    assert not (tmp_path / "embedded").exists(), "server mode must not create an embedded index"

    settings = chroma_server.settings(embedder="fake")
    client = make_client(settings)
    assert type(client).__name__ != "PersistentClient" and client.heartbeat() > 0
    index = ChunkIndex(settings, FakeEmbedder(), client=client)
    chunks = index.all_chunks()
    assert len(chunks) == 162
    assert {c.gemeente for c in chunks} == {r.gemeente for r in parse_table(DEFAULT_CORPUS)}
    zoetermeer = " ".join(c.text for c in chunks if c.gemeente == "Zoetermeer" and c.section == "stand van zaken")
    assert "Spoor 3" in zoetermeer
    hit = index.require_active().query(
        query_embeddings=[FakeEmbedder().embed_query("Denkkader Polarisatie trainingen").tolist()], n_results=1)
    assert hit["metadatas"][0][0]["gemeente"] == "Amersfoort"


@pytest.mark.server
def test_a_bad_file_against_a_server_keeps_the_rest(chroma_server, tmp_path):
    bad = tmp_path / "ruis.txt"
    bad.write_bytes(os.urandom(1000) + b"\x00")
    rc, out, err = _ingest(chroma_server.env, tmp_path, str(DEFAULT_CORPUS), str(bad))
    assert rc == 1 and [Path(p["file"]).name for p in out["problems"]] == ["ruis.txt"]
    assert ChunkIndex(chroma_server.settings(embedder="fake"), FakeEmbedder()).count() == 162


def test_an_unreachable_server_is_a_clear_error(tmp_path):
    from ingest.chroma_server import free_port

    port = free_port()  # nothing listens there
    rc, out, err = _ingest({"WEERBAAR_CHROMA_HOST": "127.0.0.1", "WEERBAAR_CHROMA_PORT": str(port)}, tmp_path)
    assert rc == 2 and out is None
    assert f"cannot reach the Chroma server at 127.0.0.1:{port}" in err and "the index was not changed" in err
    with pytest.raises(IndexUnavailable, match="chroma run"):
        make_client(Settings(chroma_host="127.0.0.1", chroma_port=port))


@pytest.mark.server
def test_ask_and_eval_against_a_server(chroma_server, tmp_path):
    rc, _, err = _ingest(chroma_server.env, tmp_path)
    assert rc == 0, err
    env = {"WEERBAAR_EMBEDDER": "fake", "WEERBAAR_INDEX_DIR": str(tmp_path / "embedded"), **chroma_server.env}
    ask = weerbaar("ask", "Hoe staat het met Achtkarspelen?", "--llm", "extractive", "--json", env=env)
    assert ask.returncode == 0, ask.stderr
    answer = json.loads(ask.stdout)
    assert answer["citations"] and {c["gemeente"] for c in answer["citations"]} == {"Achtkarspelen"}
    out = tmp_path / "eval"
    ev = weerbaar("eval", "--llm", "extractive", "--limit", "8", "--out", str(out), env=env)
    assert ev.returncode == 0, ev.stderr
    rows = [json.loads(line) for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 8 and any(r["retrieved_gemeenten"] for r in rows)
    assert not (tmp_path / "embedded").exists(), "server mode must not create an embedded index"
