"""Named reports compared, summed or ranked where no one source serves them all: each report's
figure read from the words of the question about it, then combined (rag.apart). Invented pages,
real places."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from test_embed_stage import pages_fixture, pipeline_over

PAGES = {
    "jingyuan-2017": "泾源县卫生健康局2017年政府信息公开工作年度报告\n一、概述\n2017年，我局通过县政府网站的工作平台、"
                     "办事指南等栏目发布各类信息320条。\n",
    "longde-2017": "隆德县民政局2017年政府信息公开工作年度报告\n一、概述\n2017年，我局主动公开信息150条，其中工作动态90条。"
                   "全年开展业务培训4次。\n",
    "xiji-2017": "西吉县应急管理局2017年政府信息公开工作年度报告\n一、概述\n2017年，我局加强政策解读，规范公开流程。\n",
}


@pytest.fixture(scope="module")
def apart(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("apart"), PAGES)


def test_a_difference_reads_each_reports_own_words(apart):
    a = apart.ask("2017年泾源县卫生健康局发布的各类信息比隆德县民政局主动公开的信息多多少条？")
    lead = a.text.splitlines()[0]
    assert 170 in numbers_in(lead) and {"jingyuan-2017", "longde-2017"} <= {c.report_id for c in a.citations}
    assert "320" in a.text and "150" in a.text  # both figures, each quoted from its sentence


@pytest.mark.parametrize("question", [
    "What is the combined number of information items published by the Jingyuan County Health Bureau "
    "and the Longde County Civil Affairs Bureau in 2017?",
    "Taken together, how many information items did the Jingyuan County Health Bureau (2017) and the Longde "
    "County Civil Affairs Bureau (2017) publish?",
])
def test_a_sum_in_english(apart, question):
    assert numbers_in(apart.ask(question).text.splitlines()[0])[:1] == [470]


def test_which_is_more_names_the_one_ahead(apart):
    a = apart.ask("泾源县卫健局2017年发布的各类信息，和隆德县民政局2017年主动公开的信息，哪个更多？")
    assert a.text.startswith("泾源县") and not a.refused


def test_a_report_that_states_no_figure_is_named_not_counted(apart):
    a = apart.ask("泾源县卫生健康局和西吉县应急管理局2017年一共发布了多少条信息？")
    lines = a.text.splitlines()
    assert 320 in numbers_in(lines[0]) and any("西吉县" in ln and "未" in ln for ln in lines[1:])


def test_one_report_from_its_table_and_the_other_from_its_text(tmp_path):
    p = pipeline_over(tmp_path, {
        "xinye-2021": "新野县卫生健康委员会2021年政府信息公开工作年度报告\n一、总体情况\n全年公开信息13条。\n"
                      "二、主动公开政府信息情况\n第二十条第（六）项\n信息内容\t本年处理决定数量\n行政处罚\t6\n行政强制\t0\n",
        "lusong-2021": "株洲市芦淞区市场监督管理局2021年政府信息公开工作年度报告\n一、总体情况\n截至12月31日，我局共办结"
                       "行政许可事项9110件、行政处罚203件。\n"})
    a = p.ask("新野县卫健委2021年和芦淞区市场监管局2021年，哪个作出的行政处罚更多？")
    assert a.text.startswith("芦淞区") and "新野县" in a.text and {"xinye-2021", "lusong-2021"} <= {c.report_id for c in a.citations}


OPEN_DAYS = {
    "pengyang-2019": "彭阳县教育局2019年政府信息公开工作年度报告\n一、总体情况\n2019年5月，我局举办“政府开放日”活动，"
                     "邀请家长和人大代表共40余名走进学校。全年主动公开信息210条，其中政府开放日2条。\n",
    "tongxin-2019": "同心县卫生健康局2019年政府信息公开工作年度报告\n一、总体情况\n6月12日，我局组织18名群众代表参加"
                    "“政府开放日”活动。全年主动公开信息96条，其中政府开放日1条。\n",
}


open_days = pages_fixture(OPEN_DAYS)


@pytest.mark.parametrize("question", [
    "彭阳和同心的政府开放日，哪一方邀请的人多？",
    "Which had more people at its government open day, Pengyang or Tongxin?",
])
def test_people_compared_are_people_not_the_items_about_the_event(open_days, question):
    a = open_days.ask(question)
    lead = a.text.splitlines()[0]
    assert 40 in numbers_in(lead) and ("彭阳县" in lead or "Pengyang" in lead)
    assert "18" in a.text  # the other's people, never its one item (政府开放日1条)


def test_the_people_a_body_brought_are_counted_in_people(open_days):
    a = open_days.ask("彭阳县教育局2019年政府开放日请来了多少人？")
    assert numbers_in(a.text.splitlines()[0])[:1] == [40]
