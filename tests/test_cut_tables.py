"""A page cut inside its first table (a blind page set: the fee row was asked for and the answer
cited an empty cell as "cannot be determined"), and a count the text gives only as one item of a
list of categories, asked in English by its everyday name (law enforcement)."""

from __future__ import annotations

import pytest

from test_embed_stage import pipeline_over  # the app's pipeline over invented pages, fake embedder

CUT = ("彭阳县公安局2021年政府信息公开工作年度报告\n一、总体情况\n本年度我局依托县政府网站公开政府信息，"
       "全年主动公开政府信息150条，其中：机构职能类信息9条、工作动态类信息60条、行政执法类信息45条、"
       "其他信息36条。\n二、主动公开政府信息情况\n第二十条第（一）项\n"
       "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t1\t0\t3\n"
       "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t12\n第二十条第（八）项\n信息内容\t本年收费金额（单")

OTHER = ("泾源县民政局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局共收到政府信息公开申请3件，"
         "均已按期答复。\n")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("cut-tables"), {"pengyang-2021": CUT, "jingyuan-2021": OTHER})


@pytest.mark.parametrize("question", [
    "彭阳县公安局2021年行政事业性收费金额是多少万元？",
    "What were the Pengyang police bureau's administrative fees in 2021?",
])
def test_a_cell_the_page_lost_is_said_not_stated_naming_the_report(small, question):
    a = small.ask(question)
    assert a.refused and a.citations == []
    assert "彭阳县公安局2021年的报告" in a.text or "Pengyang" in a.text
    assert "无法确定" not in a.text and "cannot be determined" not in a.text


def test_no_report_giving_the_cell_is_no_total_of_zero(small):
    a = small.ask("彭阳县公安局和泾源县民政局2021年的行政事业性收费金额合计多少？")
    assert a.refused and "合计 0" not in a.text and a.citations == []


def test_a_cell_the_page_kept_is_still_read(small):
    assert small.ask("彭阳县公安局2021年行政许可处理决定多少件？").text.splitlines()[0].count("12") == 1


@pytest.mark.parametrize("question, lead", [
    ("How many law-enforcement information items did the Pengyang police bureau publish in 2021?",
     "Pengyang (彭阳县), 2021: 45 — “行政执法类信息45条”."),
    ("彭阳县公安局2021年公开了多少条行政执法类信息？", "彭阳县公安局（2021年）：行政执法类信息45条（45）。"),
])
def test_one_item_of_a_list_of_categories_is_answered_by_its_item(small, question, lead):
    assert small.ask(question).text.splitlines()[0] == lead
