"""The one number check (rag/check.py): a number is backed only by the same number in what the
answer cites, read as reports print it; both the extractive and the LLM answer go through it."""

from __future__ import annotations

import pytest

from index.model import Answer, Citation
from rag import check as C
from rag.check import count_fact, figures, unbacked, verify


def cite(quote: str, year: int | None = None, cell: tuple[str, str, str] | None = None) -> Citation:
    return Citation("r", "", year, "", quote, (0, len(quote)), cell=cell)


@pytest.mark.parametrize("stated,source", [
    ("10", "共收到申请 1 件"),
    ("200", "发布信息 2 条"),
    ("300", "办理 3 件"),
    ("0.5", "用时 5 天"),
    ("5", "增长 0.5 个百分点"),
    ("1", "收到申请 10 件"),
    ("45", "关注 4.5 万人"),
])
def test_a_different_number_is_not_backed(stated, source):
    assert unbacked(f"共 {stated} 件。", [cite(source)], []) == [(float(stated), stated)]


@pytest.mark.parametrize("stated,source", [
    ("4.5", "支出 4.50 元"),
    ("4.50", "支出 4.5 元"),
    ("2345", "发布 2,345 条"),
    ("2,345", "发布 2345 条"),
    ("2345", "发布二千三百四十五条"),
    ("15000", "访问 1.5万 人次"),
    ("1.5万", "访问 15000 人次"),
    ("12", "收到十二件申请"),
    ("123", "发布 １２３ 条"),  # full-width digits
])
def test_the_same_number_printed_otherwise_is_backed(stated, source):
    assert unbacked(f"共 {stated} 件。", [cite(source)], []) == []


def test_what_counts_as_a_number():
    assert figures("统一 一是 十分 三件 十二 1,2,3 0955-4015469") == [
        (3.0, "三"), (12.0, "十二"), (1.0, "1"), (2.0, "2"), (3.0, "3"), (955.0, "0955"), (4015469.0, "4015469")]


def test_digits_in_a_name_are_no_figure():
    # an unplaced report is named by its id (k38): its digits are not a claim to back
    assert figures("k38：3 件；report_7 与 r2") == [(3.0, "3")]


def test_cells_facts_and_years_back_numbers():
    row = ("收到和处理政府信息公开申请情况", "（四）无法提供 1.本机关不掌握相关政府信息", "总计")
    cites = [cite("（四）无法提供\t1\t0", 2024, row)]
    assert unbacked("海原县2024年“1.本机关不掌握”：7 件（正文 9 件），合计 16 件。", cites,
                    [{"value": 7, "prose_value": 9}, {"aggregate": "sum", "total": 16}]) == []
    assert unbacked("2023年", cites, []) == [(2023.0, "2023")]  # only the cited report's year


def test_a_value_kept_in_wan_backs_its_amount_either_way():
    row = ("主动公开政府信息情况", "政府集中采购", "采购总金额")
    cites = [cite("政府集中采购 | 26 | 42.04", 2019, row)]
    fact = {"value": 42.04, "unit": "万元"}
    assert unbacked("采购总金额：42.04 万元。", cites, [fact]) == []
    assert unbacked("采购总金额：420400 元。", cites, [fact]) == []
    assert unbacked("采购总金额：4204 万元。", cites, [fact]) == [(42040000.0, "4204 万")]
    assert unbacked("采购总金额：42.04 万元。", cites, [{"value": 42.04, "unit": "元"}]) == [(420400.0, "42.04 万")]


def test_no_free_small_integers():
    # The corpus size, a report count, a rank: none backed unless the answer counts a list of its own.
    assert unbacked("3 份报告", [cite("收到申请 1 件", 2024)], []) == [(3.0, "3")]
    assert unbacked("0 件", [cite("收到申请 1 件", 2024)], []) == [(0.0, "0")]


def test_a_count_is_backed_by_its_own_list():
    listed = count_fact(["甲县", "乙县", "丙县"])
    assert unbacked("3 个县：甲县、乙县、丙县。", [], [listed]) == []
    assert unbacked("4 个县：甲县、乙县、丙县。", [], [listed]) == [(4.0, "4")]
    assert unbacked("3 个县", [], [{"aggregate": "count", "count": 3, "items": ["甲县", "乙县"]}]) == [(3.0, "3")]
    assert unbacked("3 个县", [], [{"aggregate": "count", "count": 3}]) == [(3.0, "3")]  # no list, no backing


def test_verify_drops_unbacked_lines_and_refuses_when_none_is_left():
    a = verify(Answer("q", "发布 547 篇。\n另有 5470 篇未公开。", [cite("微信公众号发布 547 篇")]))
    assert a.text == "发布 547 篇。" and [w.message for w in a.warnings] == [
        "已删除 1 行无法由引用核实的数字 (dropped 1 line(s) with unbacked numbers)"] and a.warnings[0].kind == "answer"
    b = verify(Answer("q", "共 10 件。", [cite("共 1 件")], language="en"))
    assert b.refused and b.text == "The reports do not say: no figure in the answer could be checked against its sources."


def test_both_paths_use_the_one_check(pipeline, monkeypatch):
    """Fails if the extractive answer or the LLM check stops calling rag.check.unbacked."""
    from rag.llm import check as llm_check

    calls: list[str] = []
    real = C.unbacked

    def spy(text, citations, facts):
        calls.append(text)
        return real(text, citations, facts)

    monkeypatch.setattr(C, "unbacked", spy)
    a = pipeline.ask("盐池县2020年行政许可处理决定数量是多少？")
    assert calls and "228" in calls[-1] and "228" in a.text
    calls.clear()
    # The LLM's "2280" is not backed by the cell's 228 (nor its "10" by a "1").
    assert llm_check("行政许可处理决定 2280 件 [1]。", a) == "it states numbers no source holds: 2280"
    assert calls == ["行政许可处理决定 2280 件 。"]


def test_a_cells_english_label_backs_its_own_numbers():
    fees = ("主动公开政府信息情况", "行政事业性收费", "本年收费金额")
    line = "Lanxi (兰西县), 2024 — administrative fees (fees collected this year (10,000 yuan)): 0."
    assert unbacked(line, [cite("行政事业性收费 0", 2024, fees)], [{"value": 0}]) == []
    assert unbacked(line, [cite("行政事业性收费 0", 2024)], [{"value": 0}]) == [(10000.0, "10,000")]
