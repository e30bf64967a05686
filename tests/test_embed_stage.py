"""Lexical first, dense when ready: a store answers from BM25 before any vector is in, says which
cited reports dense search could not see, and the embedding stage — alone, in the background, or
split over two workers writing into one real Chroma server — brings every vector in."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import CORPUS, REPO
from fakes import FakeEmbedder
from index.build import build
from index.indexer import build_indexes, embed_vectors, in_shard
from rag.retrieve import Retriever
from test_vector_index import chroma_server  # noqa: F401 - a real `chroma run` on localhost

NAMES = ("haiyuan-2024", "yanchi-2020", "quxian-2024")
QUESTIONS = {"haiyuan-2024": "海原县2024年微信公众号发布多少条信息？",
             "yanchi-2020": "盐池县2020年行政许可处理决定数量是多少？",
             "quxian-2024": "渠县2024年收到多少政府信息公开申请？"}


def _corpus(tmp_path: Path, names=NAMES) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in names:
        shutil.copy(CORPUS / f"{n}.txt", corpus)
    return corpus


def _pipeline(data: Path, corpus: Path, at_start: str, chroma_url: str = ""):
    from index.config import Settings
    from rag.embed import register_embedder
    from rag.pipeline import _build

    register_embedder(FakeEmbedder.name, lambda s: FakeEmbedder())
    said: list[str] = []
    settings = Settings(data_dir=data, corpus_dir=corpus, embed_model=FakeEmbedder.name, embed_at_start=at_start,
                        chroma_url=chroma_url)
    return _build(settings, progress=said.append), said


def pipeline_over(root: Path, pages: dict[str, str]):
    """The app's pipeline over a few invented pages ({report id: text}), built with the fake embedder."""
    corpus, data = root / "corpus", root / "data"
    corpus.mkdir()
    for rid, text in pages.items():
        (corpus / f"{rid}.txt").write_text(text, encoding="utf-8")
    build(corpus, data)
    build_indexes(data, FakeEmbedder())
    return _pipeline(data, corpus, "off")[0]


def pages_fixture(pages: dict[str, str]):
    """A module-scoped fixture: the app's pipeline over these invented pages, built once per module."""
    @pytest.fixture(scope="module")
    def fixture(tmp_path_factory):
        return pipeline_over(tmp_path_factory.mktemp("pages"), pages)
    return fixture


def test_bm25_answers_before_any_vector_and_says_so(tmp_path):
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    summary = build_indexes(data, FakeEmbedder(), embed=False)
    assert summary.embedded == 0 and summary.passages > 100
    assert not (data / "chroma").exists()  # nothing of the dense stage ran
    p, said = _pipeline(data, corpus, "off")
    assert "3 of 3 reports have no vectors yet (haiyuan-2024, quxian-2024, yanchi-2020)" in said[-1]
    a = p.ask(QUESTIONS["yanchi-2020"])
    assert a.text.splitlines()[0] == "盐池县教育体育局2020年“行政许可”（处理决定数量）：228 件。"
    assert a.retrieval == {"bm25_only": ["yanchi-2020"]}
    assert p.search("海原县 微信公众号", k=3, mode="dense") == []
    assert len(p.search("海原县 微信公众号", k=3, mode="hybrid")) == 3

    vec = embed_vectors(data, FakeEmbedder())
    assert vec.embedded == summary.passages == vec.passages
    assert embed_vectors(data, FakeEmbedder()).embedded == 0  # idempotent
    p2, said2 = _pipeline(data, corpus, "off")
    assert not any("no vectors yet" in m for m in said2)
    assert p2.ask(QUESTIONS["yanchi-2020"]).retrieval == {"bm25_only": []}
    assert {h.passage.report for h in p2.search("海原县 微信公众号", k=3, mode="dense")} <= set(NAMES)


def test_background_embedding_serves_at_once_and_fills_in(tmp_path):
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    build_indexes(data, FakeEmbedder(), embed=False)
    p, said = _pipeline(data, corpus, "background")
    assert "they are being embedded in the background" in said[0]
    worker = next(t for t in threading.enumerate() if t.name == "embed")
    assert p.ask(QUESTIONS["quxian-2024"]).citations  # answers while (or before) the vectors go in
    worker.join(timeout=120)
    assert not worker.is_alive(), said
    assert p.retriever.embedded == set(NAMES)
    assert p.retriever.vectors.count() == len(p.retriever.passages)
    assert any(m.startswith("background embedding finished") for m in said), said


# A worker process: `python -m index embed` with the fake embedder registered first.
WORKER = """
import sys
from fakes import FakeEmbedder
from rag.embed import register_embedder
register_embedder(FakeEmbedder.name, lambda s: FakeEmbedder())
from index.__main__ import main
sys.exit(main(["embed", "--shard", sys.argv[1]]))
"""


def test_two_workers_fill_one_chroma_server_and_the_app_answers_from_both(tmp_path, chroma_server):  # noqa: F811
    corpus, data = _corpus(tmp_path), tmp_path / "data"
    build(corpus, data)
    build_indexes(data, FakeEmbedder(), chroma_server, embed=False)
    shards = {name: next(i for i in (0, 1) if in_shard(name, (i, 2))) for name in NAMES}
    assert set(shards.values()) == {0, 1}  # each worker has a report of its own to embed
    env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_CORPUS_DIR": str(corpus), "RAG_CHROMA_URL": chroma_server,
           "RAG_EMBED_MODEL": FakeEmbedder.name, "PYTHONPATH": os.pathsep.join([str(REPO), str(REPO / "tests")])}
    workers = [subprocess.Popen([sys.executable, "-c", WORKER, f"{i}/2"], cwd=REPO, env=env, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE) for i in (0, 1)]
    outs = [w.communicate(timeout=300) for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outs
    for i, (_, err) in enumerate(outs):
        mine = sorted(n for n, s in shards.items() if s == i)
        assert f"embedding shard {i}/2: {len(mine)} of 3 reports" in err
    assert not (data / "chroma").exists()  # every vector went to the server
    p, said = _pipeline(data, corpus, "off", chroma_server)
    assert not any("no vectors yet" in m for m in said), said
    assert p.retriever.vectors.count() == len(p.retriever.passages)
    for name in NAMES:  # a question on each worker's report, answered with dense hits of it
        a = p.ask(QUESTIONS[name])
        assert a.citations and a.citations[0].report_id == name and a.retrieval == {"bm25_only": []}
        q = p.understand(QUESTIONS[name])
        assert {h.passage.report for h in p.search(q, k=5, mode="dense")} == {name}


def test_shard_argument_is_checked():
    from index.__main__ import _shard

    assert _shard("1/3") == (1, 3)
    for bad in ("3/3", "x/2", "1", "-1/2"):
        with pytest.raises(Exception, match="i/n"):
            _shard(bad)


def test_retriever_without_a_lexical_index_says_how_to_build(tmp_path):
    from index.vectors import IndexMismatch

    with pytest.raises(IndexMismatch, match="index build"):
        Retriever(tmp_path, FakeEmbedder())


def test_embed_stage_reads_the_passages_bm25_holds_and_cuts_them_only_when_stale(tmp_path, monkeypatch):
    import index.indexer as ix
    from index.vectors import open_vectors

    corpus, data = _corpus(tmp_path, NAMES[:2]), tmp_path / "data"
    build(corpus, data)
    n = build_indexes(data, FakeEmbedder(), embed=False).passages
    cut: list[str] = []
    real = ix.passages
    monkeypatch.setattr(ix, "passages", lambda r: cut.append(r.id) or real(r))
    assert embed_vectors(data, FakeEmbedder()).embedded == n
    assert cut == []  # every report's passages came from BM25's file, none cut again
    stored = set(open_vectors(FakeEmbedder(), data).scan()["haiyuan-2024"].ids)

    # a report added after BM25 was built: the file no longer serves the store, so all are cut
    shutil.copy(CORPUS / f"{NAMES[2]}.txt", corpus)
    build(corpus, data)
    shutil.rmtree(data / "vectors")
    assert embed_vectors(data, FakeEmbedder()).embedded > n
    assert sorted(cut) == sorted(NAMES)
    assert set(open_vectors(FakeEmbedder(), data).scan()["haiyuan-2024"].ids) == stored
