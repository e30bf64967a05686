"""All runtime settings in one typed object.

Every field can be overridden by an environment variable ``RAG_<FIELD>`` (e.g. ``RAG_PORT=8000``).
Defaults work offline with nothing set. ``python -m rag config`` lists the fields.
"""

from __future__ import annotations

from functools import lru_cache
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


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read once. Tests reset with ``get_settings.cache_clear()``."""
    return Settings()


def env_var(name: str) -> str:
    """The environment variable that sets field ``name``."""
    return f"{Settings.model_config.get('env_prefix', '')}{name}".upper()


def describe(settings: Settings) -> str:
    """One block per field: env var name, current value, description."""
    lines = []
    for name, info in type(settings).model_fields.items():
        lines.append(f"{env_var(name)}={getattr(settings, name)}")
        lines.append(f"    {info.description}")
    return "\n".join(lines)
