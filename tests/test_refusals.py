"""Refusals that help: a place or year the corpus lacks is said in one sentence with at most five
close alternatives (never the corpus list); a report that lacks the figure is named."""

from __future__ import annotations

import pytest

from index.model import Place, Report
from rag.alternatives import close_places, close_years, other_years


def rep(rid: str, county: str, city: str, province: str, year: int) -> Report:
    return Report(rid, "", "", "", None, Place(county, city, province), year, None)


# A corpus of 990 reports: 197 places × 5 years, and three places in 宁夏 (five reports).
FILLER = [rep(f"f{i}-{y}", f"甲{i:03d}县", f"乙{i % 40:02d}市", f"丙{i % 9}省", y) for i in range(197)
          for y in range(2019, 2024)]
NINGXIA = [rep(f"haiyuan-{y}", "海原县", "中卫市", "宁夏回族自治区", y) for y in (2021, 2022, 2024)] + \
    [rep("shapotou-2023", "沙坡头区", "中卫市", "宁夏回族自治区", 2023),
     rep("yanchi-2020", "盐池县", "吴忠市", "宁夏回族自治区", 2020)]
BIG = FILLER + NINGXIA


def test_a_missing_county_gets_its_city_then_its_province():
    near = close_places(BIG, ["中宁县"], [2024])  # 中宁县 lies in 中卫市, 宁夏
    assert [(r.place.county, ys) for r, ys in near] == [
        ("海原县", [2021, 2022, 2024]), ("沙坡头区", [2023]), ("盐池县", [2020])]


def test_a_missing_place_gets_places_named_alike_and_at_most_five():
    near = close_places(BIG, ["甲001区"], [])  # unknown to the division list: shared characters only
    assert len(near) == 5 and near[0][0].place.county == "甲001县"
    assert close_places(BIG, ["北京市"], []) == []  # nothing near, nothing named alike: no list at all


def test_a_missing_year_gets_the_same_places_other_years_nearest_first():
    ids = [r.id for r in NINGXIA if r.place.county == "海原县"]
    assert [(r.place.county, ys) for r, ys in other_years(BIG, ids, [2023])] == [("海原县", [2021, 2022, 2024])]
    assert close_years(BIG, [2030]) == [(2020, 198), (2021, 198), (2022, 198), (2023, 198), (2024, 1)]


@pytest.mark.parametrize("question,text", [
    ("海原县教育体育局2022年收到了多少政府信息公开申请？", "语料库中没有海原县2022年的年报。\n相近的报告：海原县（2024年）。"),
    ("中宁县2024年收到多少政府信息公开申请？", "语料库中没有中宁县2024年的年报。\n相近的报告：海原县（2024年）、盐池县（2020年）。"),
    ("2015年哪些县收到了申请？", "语料库中没有2015年的年报。\n相近的报告：2020年（1 份）、2023年（1 份）、2024年（3 份）。"),
    ("How many applications did Haiyuan receive in 2019?",
     "There is no report for 海原县, 2019 in the corpus.\nClose to it: Haiyuan (海原县, 2024)."),
    ("盐池县明天天气怎么样？", "已查阅盐池县教育体育局2020年的报告：报告没有说明这一点。"),
    # a county-level place named in English that the corpus lacks is refused, not answered corpus-wide
    ("How many items did the Dongcheng District education commission disclose in 2024?",
     "There is no report for 东城区, 2024 in the corpus."),
])
def test_refusals_on_the_seeds(pipeline, question, text):
    a = pipeline.ask(question)
    assert a.refused and a.text == text


def test_a_year_filter_the_place_lacks(pipeline):
    a = pipeline.ask("盐池县收到多少政府信息公开申请？", year=2024)
    assert a.refused and a.text == "已筛选：2024 年。语料库中没有盐池县2024年的年报。\n相近的报告：盐池县（2020年）。"


def test_the_report_read_is_named_when_it_lacks_the_figure(pipeline):
    a = pipeline.ask("How many articles did the Lanxi education WeChat account publish in 2024?")
    assert a.refused and a.text.splitlines()[0] == (
        "Read the report of Lanxi (兰西县), 2024: the report mentions this but does not give this figure:")


# ---- readable at any corpus size: cross-report answers over ~1,000 reports --------------------

def _with_cell(i: int, value: int) -> Report:
    from index import template as T
    from index.model import Agency, TableValue

    text, name = f"{T.NEW}\t{value}", chr(0x5A00 + i)  # a name of its own, with no numeral in it
    cell = TableValue(f"r{i}", T.APPLICATIONS, T.NEW, T.TOTAL_COLUMN, value, "件", (0, len(text)), raw=str(value))
    return Report(f"r{i}", "", "", text, Agency(f"{name}县教育局", "", ""), Place(f"{name}县", "乙市", "丙省"),
                  2024, "2021", tables=(cell,))


@pytest.mark.parametrize("shape,lead,more", [
    ("which", f"共 500 份报告：{chr(0x5A09)}县教育局（9 件）、{chr(0x5A13)}县教育局（9 件）、", 490),
    ("rank", f"{chr(0x5A09)}县等 100 份报告并列最多：9。", 990),
    ("total", "合计 2500 件（1000 份报告）。", 990),
])
def test_a_cross_report_answer_stays_short_and_keeps_every_figure_in_its_facts(shape, lead, more):
    from types import SimpleNamespace

    from index import template as T
    from rag.tableanswer import table_answer
    from rag.check import verify
    from rag.query import Query, Target

    reports = [_with_cell(i, i % 10 if i % 2 else 0) for i in range(1000)]  # 500 reports with 1, 3, 5, 7 or 9
    p = SimpleNamespace(retriever=SimpleNamespace(row_passage=lambda *a: None))
    q = Query("2024年哪些县收到了申请？", "zh", shape=shape, targets=[Target(T.APPLICATIONS, T.NEW)])
    a = verify(table_answer(p, q, reports))
    lines = a.text.splitlines()
    assert lines[0].startswith(lead) and len(lines) == 12 and not a.warnings  # every line's numbers backed
    assert lines[-1] == f"……另有 {more} 项未列出（完整列表见答案的结构化结果）。"
    assert len([f for f in a.facts if "report_id" in f]) == 1000


def test_a_county_read_from_english_is_the_one_spelled_so_in_the_province_named(pipeline):
    # Pingshan County is 平山县 (Hebei), 平山区, 坪山区 and 屏山县 (Sichuan): "(Sichuan)" says which — a
    # county the corpus lacks, never Sichuan's 渠县 answered for it
    a = pipeline.ask("How many applications did Pingshan County (Sichuan) receive in 2024?")
    assert a.refused and "屏山县" in a.text.splitlines()[0]


def test_a_body_of_a_kind_no_list_holds_that_the_place_has_no_report_from(pipeline):
    # 海原县 reports as its education bureau only: its 海事局 (a kind the body data does not list) is lacked
    a = pipeline.ask("海原县海事局2024年收到多少件政府信息公开申请？")
    assert a.refused and "海原县海事局" in a.text.splitlines()[0]
    own = pipeline.ask("海原县教育体育局2024年收到多少件政府信息公开申请？")
    assert not own.refused
