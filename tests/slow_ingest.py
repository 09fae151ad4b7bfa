"""Test helper, run as a script: an ingest whose embedder is slow, so a test can SIGKILL it half-way.

    python tests/slow_ingest.py DELAY_S PROGRESS_FILE PATH ...

Uses the fake embedder (same name, so its vectors match an index built by `--embedder fake`),
sleeping DELAY_S per embedding batch, and writes the number of embedded chunks to PROGRESS_FILE
after every batch. The index folder comes from WEERBAAR_INDEX_DIR. Production code has no hook
for this: the slowness lives only here.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from core.embed import FakeEmbedder  # noqa: E402
from ingest.index import ChunkIndex  # noqa: E402
from ingest.pipeline import ingest  # noqa: E402
from core.settings import Settings  # noqa: E402


class SlowFakeEmbedder(FakeEmbedder):
    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s

    def embed_passages(self, texts):
        time.sleep(self.delay_s)
        return super().embed_passages(texts)


def main(argv: list[str]) -> int:
    delay_s, progress_file, paths = float(argv[0]), Path(argv[1]), argv[2:]
    settings = Settings(embedder="fake")

    def progress(done: int, total: int) -> None:
        tmp = progress_file.with_suffix(".tmp")
        tmp.write_text(str(done))
        tmp.replace(progress_file)  # atomic: the test never reads a half-written number

    report = ingest(paths, settings, progress=progress, index=ChunkIndex(settings, SlowFakeEmbedder(delay_s)))
    print(report.to_json())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
