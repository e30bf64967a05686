"""The on-disk BM25 index against the reference implementation: the same ranking on the seeds'
passages, for questions and for scopes of one report and of several, and the same document
frequencies; and the passage file that goes with it, read by row, by id and by template row."""

from __future__ import annotations

import pytest

from conftest import SEEDS, seed
from index.lexical import BM25, DiskBM25, save_postings, tokenize
from index.passages import passages
from index import passagestore

QUESTIONS = ["海原县2024年收到多少政府信息公开申请", "微信公众号发布信息多少篇", "行政复议 行政诉讼 纠错",
             "政府信息公开工作存在的主要问题", "How many applications 依申请公开", "主动公开 规章 规范性文件",
             "信息处理费", "不存在的词语组合xyz", "网站 栏目 调整", "视频号 抖音"]
RARE = QUESTIONS[-2:]  # so few postings that they are added up among themselves, not in a corpus-sized array


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("bm25")
    ps = [p for rid in SEEDS for p in passages(seed(rid))]
    docs = [tokenize(p.text) for p in ps]
    assert save_postings(folder, iter(docs), ["海原县"]) == len(ps)
    assert passagestore.write(folder / "passages.sqlite3", ps) == len(ps)
    return ps, BM25([p.id for p in ps], docs), DiskBM25(folder), passagestore.Passages(folder / "passages.sqlite3")


def _reference_top(bm: BM25, query: str, n: int, allowed: set[int] | None = None) -> list[int]:
    s = bm.scores(query, allowed)
    return sorted(s, key=lambda i: (-s[i], i))[:n]


def _same_ranking(ref: BM25, disk: DiskBM25, query: str, got: list[int], allowed=None) -> None:
    want = _reference_top(ref, query, len(got) or 10, allowed)
    scores = ref.scores(query, allowed)
    assert len(got) == len(want)
    # float32 weights: documents whose reference scores differ by less than 1e-5 may swap
    assert [round(scores[i], 4) for i in got] == [round(scores[i], 4) for i in want]
    assert set(got) <= set(scores)


@pytest.mark.parametrize("query", QUESTIONS)
def test_the_disk_index_ranks_as_the_reference_does(index, query):
    ps, ref, disk, _ = index
    got = disk.top(query, 20)
    _same_ranking(ref, disk, query, got)
    if "xyz" in query:
        assert got == [] or all("xyz" not in ps[i].text for i in got)


@pytest.mark.parametrize("query", QUESTIONS[:4] + RARE)
def test_within_reports_every_path_ranks_as_the_reference_does(index, query):
    ps, ref, disk, store = index
    for reports in (["haiyuan-2024"], ["yanchi-2020", "quxian-2024"], list(SEEDS)):
        ranges = [store.ranges[r] for r in reports]
        allowed = {i for a, b in ranges for i in range(a, b)}
        got = disk.top(query, 10, ranges)
        assert {ps[i].report for i in got} <= set(reports)
        _same_ranking(ref, disk, query, got, allowed)
    assert disk.top(query, 10, []) == []
    postings = sum(disk.df(t) for t in set(tokenize(query)) if t in disk.vocab)
    assert (postings * 4 < disk.n) == (query in RARE)


def test_document_frequencies_are_the_reference_postings(index):
    _, ref, disk, _ = index
    assert {t: disk.df(t) for t in ref.postings} == {t: len(p) for t, p in ref.postings.items()}
    assert disk.df("一个不在索引里的词") == 0 and disk.n == len(ref.ids)


def test_the_passage_file_reads_by_row_id_and_template_row(index):
    ps, _, _, store = index
    assert len(store) == len(ps) and list(store) == ps
    assert store.get(7) == ps[7] and store.by_id(ps[9].id) == ps[9] and store.by_id("nope#1") is None
    assert sorted(store.ranges) == sorted(SEEDS)
    a, b = store.ranges["quxian-2024"]
    assert {p.report for p in ps[a:b]} == {"quxian-2024"} and sum(p.report == "quxian-2024" for p in ps) == b - a
    rows = [i for i, p in enumerate(ps) if p.kind == "table" and p.heading_path[1] == ps[i].heading_path[1]
            and p.heading_path[:2] == ("收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量")]
    got = store.of_row("收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", None)
    assert sorted(got) == rows and len(rows) >= 4
    one = store.of_row("收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", ["yanchi-2020"])
    assert [ps[i].report for i in one] == ["yanchi-2020"]
    assert store.row_passage("yanchi-2020", "收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量") == ps[one[0]]
    assert store.ids_of(["lanxi-2024"]) == [p.id for p in ps if p.report == "lanxi-2024"]


def test_passages_of_a_report_split_in_two_runs_are_refused(tmp_path):
    ps = [p for rid in ("haiyuan-2024", "yanchi-2020") for p in passages(seed(rid))[:2]]
    with pytest.raises(ValueError, match="haiyuan-2024 are not together"):
        passagestore.write(tmp_path / "p.sqlite3", ps + ps[:1])
    assert not (tmp_path / "p.sqlite3").exists()
