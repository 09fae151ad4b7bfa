"""Several app processes on one machine, sharing one Chroma server and one model server.

    with Layout(apps=2, port=7860, chroma_port=8000, model_port=8080) as layout:
        layout.app_urls        # ['http://127.0.0.1:7860', 'http://127.0.0.1:7861']
        layout.wait()          # until Ctrl+C / SIGTERM, or until a process dies

Every process is a plain command of this package (`chroma run`, `weerbaar model-server`, `weerbaar
ingest`, `weerbaar chat --llm openai`), started in that order, each once the one before is ready; they
are stopped in reverse order by SIGTERM to their own PIDs. An existing OpenAI-compatible endpoint
(``llm_url``, e.g. a hosted model or a llama.cpp server elsewhere) replaces the local model server.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

READY = {"model": re.compile(r"^model server: (\S+)"), "app": re.compile(r"^weerbaar: (http\S+)")}
START_TIMEOUT_S = {"model": 900.0, "app": 600.0}  # the model joins/loads/warms; an app loads gradio and the embedder


class LayoutError(RuntimeError):
    pass


class Child:
    """One started process; its output is echoed with a prefix, and watched for its ready line."""

    def __init__(self, name: str, cmd: list[str], env: dict, ready: re.Pattern | None):
        self.name, self.cmd = name, cmd
        self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                     bufsize=1, start_new_session=True)  # Ctrl+C reaches the layout, which stops us
        self.url: str | None = None
        self._ready_pattern = ready
        self._ready = threading.Event()
        threading.Thread(target=self._pump, name=f"out-{name}", daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stdout:
            print(f"[{self.name}] {line}", end="", flush=True)
            m = self._ready_pattern.search(line) if self._ready_pattern else None
            if m and not self._ready.is_set():
                self.url = m.group(1)
                self._ready.set()
        self._ready.set()  # it ended: wait_ready() sees the exit code

    def wait_ready(self, timeout: float) -> str:
        if not self._ready.wait(timeout):
            raise LayoutError(f"{self.name} did not report ready within {timeout:.0f} s: {' '.join(self.cmd)}")
        if self.url is None:
            raise LayoutError(f"{self.name} exited with {self.proc.wait()} before it was ready: {' '.join(self.cmd)}")
        return self.url

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


class Layout:
    def __init__(self, *, apps: int = 2, host: str = "127.0.0.1", port: int = 7860, chroma_port: int = 8000,
                 chroma_path: Path = Path(".chroma-server"), model_port: int = 8080, llm: str = "local",
                 llm_url: str | None = None, env: dict | None = None):
        self.apps, self.host, self.port = apps, host, port
        self.chroma_port, self.chroma_path, self.model_port = chroma_port, Path(chroma_path), model_port
        self.llm, self.llm_url = llm, llm_url
        self.env = dict(os.environ if env is None else env)
        self.chroma = None
        self.children: list[Child] = []
        self.app_urls: list[str] = []
        self.model_url: str | None = None

    def weerbaar(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "weerbaar.cli", *args]

    def start(self) -> "Layout":
        from eval.scale import ChromaServer

        try:
            self.chroma = ChromaServer(self.chroma_path, port=self.chroma_port).start()
            env = {**self.env, "WEERBAAR_CHROMA_HOST": self.chroma.host, "WEERBAAR_CHROMA_PORT": str(self.chroma.port)}
            done = subprocess.run(self.weerbaar("ingest"), env=env, capture_output=True, text=True)
            print(f"[ingest] {done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()}")
            if done.returncode not in (0, 1):  # 1: a file had a problem, the others are in
                raise LayoutError(f"ingest into the Chroma server failed: {done.stderr.strip()[-500:]}")
            if self.llm != "extractive":
                self.model_url = self.llm_url or self._start_model(env)
                env.update(WEERBAAR_OPENAI_BASE_URL=self.model_url, WEERBAAR_LLM="openai")
                if not self.llm_url:
                    env["WEERBAAR_OPENAI_MODEL"] = "qwen2.5-coder-1.5b-instruct (llama.cpp)"
            else:
                env["WEERBAAR_LLM"] = "extractive"
            apps = [Child(f"app{i + 1}", self.weerbaar("chat", "--host", self.host, "--port", str(self.port + i)),
                          env, READY["app"]) for i in range(self.apps)]
            self.children += apps
            self.app_urls = [a.wait_ready(START_TIMEOUT_S["app"]) for a in apps]
            return self
        except BaseException:
            self.stop()
            raise

    def _start_model(self, env: dict) -> str:
        model = Child("model", self.weerbaar("model-server", "--host", "127.0.0.1", "--port", str(self.model_port)),
                      env, READY["model"])
        self.children.append(model)
        return model.wait_ready(START_TIMEOUT_S["model"])

    def wait(self) -> int:
        """Until SIGTERM/Ctrl+C (0) or until one process dies (1)."""
        stop = threading.Event()
        previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
        try:
            while not stop.wait(0.5):
                for child in self.children:
                    if child.proc.poll() is not None:
                        print(f"weerbaar serve: {child.name} exited with {child.proc.returncode}; stopping the rest",
                              file=sys.stderr)
                        return 1
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
        return 0

    def stop(self) -> None:
        for child in reversed(self.children):
            child.stop()
        if self.chroma is not None:
            self.chroma.stop()

    def __enter__(self) -> "Layout":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

