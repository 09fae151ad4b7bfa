"""`chroma run` (the CLI inside the pinned chromadb) as a child process on 127.0.0.1 and a free port.

Used by the scale benchmark, the tests of server mode and `make serve`:

    with ChromaServer(Path("/srv/weerbaar-chroma")) as server:
        Settings(chroma_host=server.host, chroma_port=server.port)

Ready when `GET /api/v2/heartbeat` answers. Stopped by SIGTERM to the chroma process's own PID (a
chroma server started under a wrapper process can outlive a signal to the wrapper), SIGKILL after 10 s.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ChromaServer:
    """`chroma run` (the CLI inside the pinned chromadb) on 127.0.0.1 and a free port.

    Stopped by SIGTERM to the chroma process's own PID, SIGKILL after 10 s.
    """

    def __init__(self, path: Path, port: int | None = None, host: str = "127.0.0.1") -> None:
        self.path, self.host, self.port = Path(path), host, port or free_port()
        self.proc: subprocess.Popen | None = None
        self.log_path = self.path.with_name(self.path.name + ".log")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 60.0) -> "ChromaServer":
        exe = Path(sys.executable).with_name("chroma")
        cmd = [str(exe), "run", "--path", str(self.path), "--host", self.host, "--port", str(self.port)]
        self.path.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        with open(self.log_path, "wb") as log:  # the child keeps its own handle
            self.proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chroma server exited with {self.proc.returncode}: {self._log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/v2/heartbeat", timeout=1) as r:
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"chroma server not ready after {timeout:.0f} s: {self._log_tail()}")

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def _log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-800:]
        except OSError:
            return "(no log)"

    def __enter__(self) -> "ChromaServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
