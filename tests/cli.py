"""Run `weerbaar <command>` in the test process: ``weerbaar.cli.main(argv)`` with its own environment
and captured output, as a subprocess would see it, without starting a new Python (and re-importing
llama-index, chromadb and the models) for every call.

>>> rc, out, err = weerbaar("records", "--gemeente", "Den Bosch", "--json")
>>> rc, '"\\'s-Hertogenbosch"' in out, err
(0, True, '')

What a subprocess gets for free and this restores around each call:
- the environment: ``env`` is applied on top of ``os.environ`` (a value of None unsets the variable),
  and afterwards ``os.environ`` is put back as it was, including what the command itself set;
  core/settings.py (pydantic-settings) reads it when a command builds its Settings, so that is enough;
- ``tempfile``'s cached temp folder, so a TMPDIR given in ``env`` is honoured;
- the root logger: ``main`` calls ``logging.basicConfig``, which does nothing while pytest's handlers are
  attached, so they are taken off for the call and its log lines land in ``stderr`` as in a process of its own.

argparse's exits (``--help``, a bad flag) become the return code. Any other exception propagates: a
crash is a failing test, not an exit code to assert on. Output written below Python (C libraries writing
to file descriptor 1 or 2) is not captured; pytest's own capture takes it.
"""
from __future__ import annotations

import contextlib
import io
import logging
import os
import tempfile
from collections.abc import Mapping
from typing import NamedTuple


class CliResult(NamedTuple):
    """Like subprocess.CompletedProcess: ``rc, out, err = weerbaar(...)`` or ``result.returncode``."""

    returncode: int
    stdout: str
    stderr: str


def weerbaar(*argv: str, env: Mapping[str, str | None] | None = None, check: bool = False) -> CliResult:
    """Run the command line with ``argv`` (without the program name) in-process; ``check``: a non-zero
    exit fails the test with the command's output."""
    from weerbaar.cli import main

    saved_env = dict(os.environ)
    saved_tempdir = tempfile.tempdir
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    out, err = io.StringIO(), io.StringIO()
    try:
        for name, value in (env or {}).items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = str(value)
        tempfile.tempdir = None  # re-read TMPDIR
        root.handlers = []
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main([str(a) for a in argv])
            except SystemExit as e:  # argparse: --help, a bad flag or value
                if isinstance(e.code, str):
                    print(e.code, file=err)
                    code = 1
                else:
                    code = e.code or 0
    finally:
        for handler in root.handlers:
            if handler not in saved_handlers:  # the one basicConfig made, writing to ``err``
                handler.flush()
                handler.close()
        root.handlers, root.level = saved_handlers, saved_level
        tempfile.tempdir = saved_tempdir
        os.environ.clear()
        os.environ.update(saved_env)
    result = CliResult(int(code), out.getvalue(), err.getvalue())
    if check and result.returncode != 0:
        raise AssertionError(f"weerbaar {' '.join(map(str, argv))} exited {result.returncode}\n"
                             f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}")
    return result


def index_env(settings) -> dict[str, str]:
    """The environment that points a command at the index of a test's Settings."""
    return {"WEERBAAR_INDEX_DIR": str(settings.index_dir), "WEERBAAR_EMBEDDER": settings.embedder}
