"""The scale-out layout: two app processes share one Chroma server and one OpenAI-compatible model server.

Real processes (`chroma run`, `weerbaar ingest`, two `weerbaar chat --llm openai`), started by the same
code as `weerbaar serve`; the model server is the fake OpenAI-compatible server of tests/fake_servers.py,
which answers with the gemeente of the first source it was given, so a crossed prompt would show.
Visitors ask through the page's HTTP API (gradio_client), several at once, spread over both apps.
"""
from __future__ import annotations

import html
import os
import socket
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.cli import weerbaar
from tests.fake_servers import FakeOpenAIServer, lead_reply
from weerbaar.layout import Layout

pytestmark = pytest.mark.server

QUESTIONS = {
    "Hoe staat het met Achtkarspelen?": "Achtkarspelen",
    "Wat doet Zwolle met het coördinatiepunt?": "Zwolle",
    "Wat doet Den Bosch met de winkelstrip?": "'s-Hertogenbosch",
    "Hoe staat het met de app van Utrecht?": "Utrecht",
    "Wat doet Dordrecht op het vakantiepark?": "Dordrecht",
    "Hoe staat het met Brunssum?": "Brunssum",
}


def _first_source_gemeente(body: dict) -> str:
    return lead_reply(body["messages"])


def _two_free_ports() -> int:
    for _ in range(50):
        with socket.socket() as a, socket.socket() as b:
            a.bind(("127.0.0.1", 0))
            port = a.getsockname()[1]
            try:
                b.bind(("127.0.0.1", port + 1))
            except OSError:
                continue
            return port
    raise RuntimeError("no two consecutive free ports")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _text(message: dict) -> str:
    content = message["content"]
    if isinstance(content, list):
        return " ".join(part.get("text", "") for part in content if isinstance(part, dict))
    return str(content)


def test_two_apps_share_one_index_and_one_model_server(tmp_path):
    env = {**os.environ, "WEERBAAR_EMBEDDER": "fake", "WEERBAAR_INDEX_DIR": str(tmp_path / "embedded"),
           "WEERBAAR_FEEDBACK_PATH": str(tmp_path / "feedback.jsonl"), "WEERBAAR_EVAL_DIR": str(tmp_path / "eval"),
           "WEERBAAR_SHED_WAIT_S": "1000",  # every answer from the model server: this test is about crossing
           "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1"}
    for name in ("WEERBAAR_CHROMA_HOST", "WEERBAAR_CHROMA_PORT", "WEERBAAR_OPENAI_MODEL", "WEERBAAR_LLM"):
        env.pop(name, None)
    with FakeOpenAIServer(_first_source_gemeente) as llm:
        layout = Layout(apps=2, port=_two_free_ports(), chroma_port=_free_port(), chroma_path=tmp_path / "chroma",
                        llm_url=llm.base_url, env=env)
        with layout:
            assert len(layout.app_urls) == 2 and layout.model_url == llm.base_url
            from gradio_client import Client

            # generous timeouts: on busy shared cores a queue request can take seconds; this test is about crossing
            clients = [Client(url + "/", verbose=False, httpx_kwargs={"timeout": 120}) for url in layout.app_urls]
            jobs = [(i, q, g) for i, (q, g) in enumerate(list(QUESTIONS.items()) * 2)]

            def ask(job):
                i, question, gemeente = job
                out = clients[i % 2].predict(question, [], [], "Alle onderdelen", "openai", api_name="/on_ask")
                return gemeente, out

            with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
                results = list(pool.map(ask, jobs))
            processes = [c.proc for c in layout.children]
        for gemeente, out in results:
            answer = _text(out[1][-1]).replace("\\", "")  # Markdown escapes: \' -> '
            assert answer.startswith(f"{gemeente}: "), (gemeente, answer)  # its own model lead
            others = set(QUESTIONS.values()) - {gemeente}
            assert not any(o in answer for o in others), (gemeente, answer)
            assert gemeente in html.unescape(out[2])  # the sources panel shows its own gemeente's passages
        chats = llm.requests_to("/v1/chat/completions")
        # every answer came from the one shared model server; each app warmed it (one token) and timed one answer
        assert len(chats) == len(jobs) + 2 * 2
        assert not (tmp_path / "embedded").exists()  # both apps read the Chroma server, not a local index
    assert all(p.poll() is not None for p in processes)  # everything stopped with the layout
    assert layout.chroma.proc.poll() is not None


def test_chat_prints_its_address_only_when_it_answers(tmp_path):
    """The printed address works at once: no 'connection refused' for a user who clicks it immediately."""
    import subprocess
    import sys
    import urllib.request

    env = {**os.environ, "WEERBAAR_EMBEDDER": "fake", "WEERBAAR_INDEX_DIR": str(tmp_path / "index"),
           "WEERBAAR_EVAL_DIR": str(tmp_path / "eval"), "GRADIO_ANALYTICS_ENABLED": "False"}
    env.pop("WEERBAAR_CHROMA_HOST", None)
    weerbaar("ingest", env={**env, "WEERBAAR_CHROMA_HOST": None}, check=True)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "weerbaar.cli", "chat", "--port", str(port), "--llm", "extractive"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in proc.stdout:
            if line.startswith("weerbaar: http"):
                break
        else:
            pytest.fail(f"weerbaar chat exited with {proc.wait()} without printing its address")
        url = line.split()[1]
        assert url == f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(url + "/", timeout=10) as r:  # the very first request, no retry
            assert r.status == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)
