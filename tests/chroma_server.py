"""A real Chroma server for tests: `chroma run` from the pinned chromadb, on 127.0.0.1 and a free port.

    from tests.chroma_server import chroma_server  # noqa: F401  (makes the fixture available)

    @pytest.mark.server
    def test_x(chroma_server):
        env = {**os.environ, **chroma_server.env}   # WEERBAAR_CHROMA_HOST / _PORT

The server is ready when `GET /api/v2/heartbeat` answers, and is stopped by SIGTERM to the chroma
process's own PID. The launcher itself is ingest/chroma_server.py (the scale benchmark and `make serve`
start servers too); this module only makes it a fixture with a temp data folder.
"""
from __future__ import annotations

import pytest

from ingest.chroma_server import ChromaServer


class RunningServer:
    def __init__(self, server: ChromaServer) -> None:
        self.server = server
        self.host, self.port, self.url, self.path = server.host, server.port, server.url, server.path

    @property
    def pid(self) -> int:
        return self.server.proc.pid

    @property
    def env(self) -> dict[str, str]:
        return {"WEERBAAR_CHROMA_HOST": self.host, "WEERBAAR_CHROMA_PORT": str(self.port)}

    def settings(self, **overrides):
        from core.settings import Settings

        return Settings(chroma_host=self.host, chroma_port=self.port, **overrides)


@pytest.fixture
def chroma_server(tmp_path_factory):
    """A fresh server with its own empty data folder, stopped after the test."""
    with ChromaServer(tmp_path_factory.mktemp("chroma") / "data") as server:
        yield RunningServer(server)
    assert server.proc.poll() is not None, "the chroma server did not stop on SIGTERM"
