"""A page's own fields (发布时间：… 信息来源：…) are no answer, and a report that counts one channel
only is answered with that channel's figure, said to be no total (a blind page set: an English
question was answered with the page's publication-time line)."""

from __future__ import annotations

import pytest

from test_embed_stage import pipeline_over  # the app's pipeline over invented pages, fake embedder

PAGE = ("首页 > 信息公开 > 年度报告\n安化县卫生健康局2022年度政府信息公开工作年度报告\n"
        "发布时间：2023-01-30 10:12 信息来源：安化县卫健局\n"
        "一、总体情况\n2022年，我局依托县政府门户网站信息公开专栏主动公开信息316条，内容涉及通知公告、工作动态等。\n"
        "二、主动公开政府信息情况\n本年度未制发规范性文件。\n")

OTHER = ("沅陵县民政局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我局共收到政府信息依申请公开件12件，"
         "均在法定期限内答复。\n")

NO_TABLES = ("桃源县人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我办制发县政府及办公室"
             "规范性文件7件，均按规定进行了合法性审查。\n")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("page-fields"), {"anhua-2022": PAGE, "yuanling-2024": OTHER, "taoyuan-2024": NO_TABLES})


@pytest.mark.parametrize("question, lead", [
    ("How many pieces of information did the Anhua county health bureau proactively publish in 2022?",
     "Anhua (安化县), 2022 gives no total of items disclosed, only items disclosed on the government website: "
     "316 (per the text)."),
    ("安化县卫生健康局2022年主动公开了多少条信息？",
     "安化县卫生健康局（2022年）没有给出主动公开信息总数，只给出政府网站发布信息 316 条（据正文）。"),
])
def test_one_channel_is_said_to_be_no_total(small, question, lead):
    a = small.ask(question)
    assert a.text.splitlines()[0] == lead
    assert "发布时间" not in a.text  # the page's publication line was the English answer



def test_a_figure_the_text_knows_as_another_kind_is_no_answer(small):
    # the only figure near 政府信息 is applications received: no count of items disclosed
    a = small.ask("沅陵县民政局2024年主动公开了多少条政府信息？")
    assert a.refused and "12" not in a.text.splitlines()[0]
    assert small.ask("沅陵县民政局2024年收到多少件政府信息公开申请？").text.splitlines()[0].count("12") == 1


def test_a_row_the_page_lost_is_read_from_its_prose_under_the_templates_other_name(small):
    # asked by the 2021 template's row (行政规范性文件), stated in prose as 规范性文件
    a = small.ask("How many normative documents did the Taoyuan county government office issue in 2024?")
    assert not a.refused and a.text.splitlines()[0].startswith("Taoyuan (桃源县), 2024: 7")

