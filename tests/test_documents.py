"""The indexed documents one by one: list (the bundled corpus included), add uploads, re-index, delete;
a bad upload costs nothing; replaced generations stay readable until they are dropped."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from core.embed import FakeEmbedder
from core.settings import DEFAULT_CORPUS
from docs_fixtures import LINDEBURG_MD, MERWEDAL_DOCX, make_docx
from ingest.documents import (
    LastDocument,
    add_file,
    delete_document,
    dutch_problem,
    list_documents,
    reindex_document,
    safe_name,
)
from ingest.index import ChunkIndex, make_client
from ingest.load import InputProblem
from ingest.pipeline import ingest
from tests.cli import index_env, weerbaar

@pytest.fixture
def index(fake_settings):
    ingest(None, fake_settings)
    return ChunkIndex(fake_settings, FakeEmbedder())


def _upload(tmp_path: Path, name: str, content: str | bytes) -> Path:
    folder = tmp_path / "browser-temp"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def _chunks_of(index, name: str) -> list:
    return [c for c in index.all_chunks() if c.source_file == name]


def _generations(settings) -> list[str]:
    names = [c if isinstance(c, str) else c.name for c in make_client(settings).list_collections()]
    return sorted(n for n in names if n.startswith(f"{settings.collection}-g"))


def test_the_bundled_corpus_is_listed(index, fake_settings):
    (doc,) = list_documents(index, fake_settings)
    assert (doc.file, doc.kind, doc.chunks, doc.origin) == (DEFAULT_CORPUS.name, "tabel", 162, "meegeleverd")
    assert len(doc.gemeenten) == 26 and "Achtkarspelen" in doc.gemeenten and doc.reindexable


def test_uploads_are_indexed_listed_and_kept(index, fake_settings, tmp_path):
    md = add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", LINDEBURG_MD))
    word = add_file(index, fake_settings, "Merwedal verslag.docx",
                    make_docx(tmp_path / "browser-temp" / "upload.docx", MERWEDAL_DOCX))
    assert md.ok and (md.gemeenten, md.dates) == (["Lindeburg"], ["2021-04-01"]) and md.added >= 2
    assert word.ok and (word.gemeenten, word.dates) == (["Merwedal"], ["2021-06-15"]) and word.added >= 2
    assert md.chunks == md.added and md.quarantined == 0 and not md.replaced
    docs = {d.file: d for d in list_documents(index, fake_settings)}
    assert set(docs) == {DEFAULT_CORPUS.name, "lindeburg.md", "Merwedal verslag.docx"}
    assert docs["lindeburg.md"].kind == "beschrijving + stand van zaken" and docs["lindeburg.md"].origin == "geüpload"
    assert docs["lindeburg.md"].chunks == len(_chunks_of(index, "lindeburg.md")) == md.chunks
    kept = fake_settings.stored_documents_dir()
    assert (kept / "lindeburg.md").read_text() == LINDEBURG_MD and (kept / "Merwedal verslag.docx").is_file()
    assert docs[DEFAULT_CORPUS.name].chunks == 162  # nothing else changed


def test_a_bad_upload_costs_nothing(index, fake_settings, tmp_path):
    assert add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", LINDEBURG_MD)).ok
    before = index.all_chunks()
    bad = add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", os.urandom(2000) + b"\x00"))
    assert not bad.ok and bad.problem.startswith("Dit is geen tekstbestand.")
    assert index.all_chunks() == before  # the good version's chunks stay ...
    assert (fake_settings.stored_documents_dir() / "lindeburg.md").read_text() == LINDEBURG_MD  # ... and its kept copy
    odd = add_file(index, fake_settings, "tabel.xlsx", _upload(tmp_path, "tabel.xlsx", b"PK\x03\x04"))
    assert not odd.ok and "wordt niet gelezen" in odd.problem and ".docx" in odd.problem


def test_a_new_upload_of_the_same_name_replaces_the_old_one(index, fake_settings, tmp_path):
    add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", LINDEBURG_MD))
    changed = LINDEBURG_MD.replace("14\ncontroles", "20\ncontroles")
    result = add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", changed))
    assert result.ok and result.replaced and result.added >= 1 and result.removed >= 1 and result.unchanged >= 1
    text = " ".join(c.text for c in _chunks_of(index, "lindeburg.md"))
    assert "20 controles" in text and "14 controles" not in text


def test_reindex_reads_the_kept_original_and_embeds_only_changes(index, fake_settings, tmp_path):
    add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", LINDEBURG_MD))
    same = reindex_document(index, fake_settings, "lindeburg.md")
    assert same.ok and (same.added, same.removed) == (0, 0) and same.unchanged == same.chunks
    corpus = reindex_document(index, fake_settings, DEFAULT_CORPUS.name)  # the bundled file is found too
    assert corpus.ok and corpus.chunks == 162 and corpus.added == 0
    ingest([_upload(tmp_path, "elders.md", "Gemeente: Oss\n\nOss heeft een aanpak voor loodsen.")], fake_settings)
    lost = reindex_document(index, fake_settings, "elders.md")
    assert not lost.ok and "niet bewaard" in lost.problem


def test_delete_removes_a_document_and_its_kept_copy(index, fake_settings, tmp_path):
    add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", LINDEBURG_MD))
    n = len(_chunks_of(index, "lindeburg.md"))
    report = delete_document(index, fake_settings, "lindeburg.md")
    assert report.removed == n and _chunks_of(index, "lindeburg.md") == []
    assert not (fake_settings.stored_documents_dir() / "lindeburg.md").exists()
    assert len(index.all_chunks()) == 162
    with pytest.raises(KeyError, match="lindeburg.md"):
        delete_document(index, fake_settings, "lindeburg.md")
    with pytest.raises(LastDocument):  # an empty index would answer nothing
        delete_document(index, fake_settings, DEFAULT_CORPUS.name)
    assert DEFAULT_CORPUS.is_file()  # the bundled file itself is never deleted


def test_the_replaced_generation_stays_readable_until_dropped(index, fake_settings, tmp_path):
    old = index.active()
    result = add_file(index, fake_settings, "lindeburg.md", _upload(tmp_path, "lindeburg.md", LINDEBURG_MD))
    assert result.previous == [old.name] and old.name in _generations(fake_settings)
    assert old.count() == 162  # a search running on the old state still finds everything it had
    # a second write keeps it too (it is not taken for an interrupted ingest's leftover) ...
    second = delete_document(index, fake_settings, "lindeburg.md")
    assert old.name in _generations(fake_settings) and second.previous in _generations(fake_settings)
    for name in result.previous + [second.previous]:
        index.drop_generation(name)
    assert _generations(fake_settings) == [index.active_name()]
    index.drop_generation(index.active_name())  # never the active one
    assert index.count() == 162


@pytest.mark.parametrize("name, stored", [
    ("plan.docx", "plan.docx"),
    ("../../etc/passwd.md", "passwd.md"),
    ("C:\\Users\\x\\Verslag Q1.PDF", "Verslag Q1.pdf"),
    (".verborgen.txt", "verborgen.txt"),
    ("rapport<script>.html", "rapport_script.html"),
    ("..docx", "document.docx"),
])
def test_safe_names(name, stored):
    assert safe_name(name) == stored


@pytest.mark.parametrize("problem, dutch", [
    ("the file is 30,000,000 bytes, over the limit of 20,000,000 (WEERBAAR_MAX_FILE_BYTES)", "Het bestand is te groot"),
    ("the PDF has no text layer (a scan?); run OCR on it first", "geen tekst (een scan?)"),
    ("this .docx is not a valid ZIP archive (File is not a zip file)", "Het Word-bestand is beschadigd"),
    ("this is an Excel workbook, not a Word document", "geen Word-document"),
    ("table row 3: a row without a gemeente", "Dit bestand kon niet worden gelezen: table row 3"),
])
def test_problems_in_plain_dutch_keep_the_technical_reason(problem, dutch):
    text = dutch_problem(InputProblem("x", problem))
    assert dutch in text and problem in text


def test_documents_cli(fake_settings, tmp_path):
    def run(*args):
        return weerbaar(*args, env=index_env(fake_settings))

    assert run("ingest", str(make_docx(tmp_path / "merwedal.docx", MERWEDAL_DOCX))).returncode == 0
    listed = json.loads(run("documents", "--json").stdout)
    assert [(d["file"], d["gemeenten"], d["kind"]) for d in listed] == [("merwedal.docx", ["Merwedal"],
                                                                          "beschrijving + stand van zaken")]
    ingest(None, fake_settings)
    proc = run("documents", "--delete", "merwedal.docx")
    assert proc.returncode == 0 and "merwedal.docx" in proc.stdout
    assert [d["file"] for d in json.loads(run("documents", "--json").stdout)] == [DEFAULT_CORPUS.name]
    assert _generations(fake_settings) == [ChunkIndex(fake_settings, FakeEmbedder()).active_name()]
    proc = run("documents", "--reindex", DEFAULT_CORPUS.name)
    assert proc.returncode == 0 and "162 chunks (0 nieuw" in proc.stdout
    proc = run("documents", "--delete", "bestaat-niet.md")
    assert proc.returncode == 1 and "staat niet (meer) in de index" in proc.stderr
