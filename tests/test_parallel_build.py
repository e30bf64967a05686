"""A large corpus is parsed, cut and tokenised on every core: the store and the BM25 files come out
the same as one process makes them, failures included (tried on the seeds with the thresholds
lowered, so the parallel paths run here)."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from conftest import CORPUS, SEEDS
from index import build as B
from index import indexer as I
from index.passagestore import Passages
from index.store import Store


def _build(tmp_path, name: str, corpus) -> tuple:
    from fakes import FakeEmbedder

    data = tmp_path / name
    summary = B.build(corpus, data)
    idx = I.build_indexes(data, FakeEmbedder(), embed=False)
    folder = I.lexical_paths(data, idx.collection)[0]
    files = {f: hashlib.sha256((folder / f).read_bytes()).hexdigest()
             for f in ("vocab.json", "indptr.npy", "docs.npy", "weights.npy")}
    store = Store(data)
    rows = store.sql("SELECT id, source, sha256, head, body FROM reports ORDER BY id")
    cells = store.sql("SELECT * FROM table_values ORDER BY report_id, n")
    passages = [p.id for p in Passages(folder / "passages.sqlite3")]
    return summary.parsed, summary.failed, rows, cells, files, idx.passages, passages


@pytest.fixture
def corpus(tmp_path):
    c = tmp_path / "corpus"
    c.mkdir()
    for rid in SEEDS:
        shutil.copy(CORPUS / f"{rid}.txt", c)
    (c / "empty.txt").write_text("", encoding="utf-8")
    (c / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    return c


def test_many_files_parse_and_tokenise_on_every_core_as_in_one_process(tmp_path, corpus, monkeypatch):
    one = _build(tmp_path, "one", corpus)
    monkeypatch.setattr(B, "PARALLEL_FROM", 2)
    monkeypatch.setattr(I, "PARALLEL_FROM", 2)
    monkeypatch.setattr(I.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(B.os, "cpu_count", lambda: 2)
    import concurrent.futures

    pools: list[int] = []

    class Pool(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, workers, **kw):
            pools.append(workers)
            super().__init__(workers, **kw)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Pool)
    many = _build(tmp_path, "many", corpus)
    assert pools == [2, 2]  # the parse, then the lexical stage
    assert one[0] == 5 and sorted(f["source"] for f in one[1]) == ["broken.pdf", "empty.txt"]
    assert many == one and len(one[6]) == one[5] > 200
