"""The problems each report states (issue 13, item 4: "这些报告里有什么问题？" was refused, and
"主要问题有哪些？" listed every sentence holding the word 问题): read from the template's
存在的主要问题及改进情况 section, in the ways reports write it."""

from __future__ import annotations

import pytest

from index.parse import parse_report
from rag.problems import shortfall, stated_problems

HEAD = ("某县农业农村局2023年政府信息公开工作年度报告\n\n一、总体情况\n\n本局认真落实条例。\n\n"
        "二、主动公开政府信息情况\n\n见下表。\n\n三、收到和处理政府信息公开申请情况\n\n未收到申请。\n\n"
        "四、政府信息公开行政复议、行政诉讼情况\n\n无。\n\n")


def _problems(section: str, title: str = "五、存在的主要问题及改进情况") -> list[str]:
    r = parse_report(HEAD + f"{title}\n\n{section}\n\n六、其他需要报告的事项\n\n无。\n", "mock-2023")
    got = stated_problems(r)
    for text, (a, b) in got:  # every problem is quoted from the report's own characters
        assert r.text[a:b] and r.text[a:b].replace("\n", "").replace(" ", "")[:4] in r.text[a:b].replace("\n", "").replace(" ", "")
    return [shortfall(t) for t, _ in got]


def test_the_items_a_shortfall_introduces_are_the_problems_not_the_improvements_after_them():
    got = _problems("今年工作有所进步，但仍有不足，存在的问题：\n\n一是栏目更新\n\n偏慢。\n\n二是解读形式单一。\n\n"
                    "下一步，我局将：\n\n一是加快更新。\n\n二是丰富解读。")
    assert got == ["栏目更新偏慢", "解读形式单一"]  # a wrapped item reads joined


def test_an_opening_sentence_gives_its_shortfall_without_the_praise_before_it():
    got = _problems("全年公开工作稳步推进，群众满意度提升，但基层人员业务能力还有差距。\n\n"
                    "一是加强培训。\n\n二是完善制度。")
    assert got == ["基层人员业务能力还有差距。"]  # the 一是/二是 after a plain sentence are improvements


def test_a_traditional_mirror_heading_is_not_read_as_a_problem():
    got = _problems("存在的問題主要是專職人員不足。", title="五、存在的主要問題及改進情況")
    assert got == ["存在的問題主要是專職人員不足。"]


def test_a_report_that_states_no_shortfall_gives_none():
    assert _problems("本年度我局信息公开工作运行平稳。") == []


@pytest.mark.parametrize("question, head", [
    ("这些报告里有什么问题？", "5 份报告写明的主要问题（各报告“存在的主要问题及改进情况”部分）："),
    ("What problems do the reports mention?",
     "The main problems 5 reports state (their section on problems and improvements):"),
])
def test_the_seeds_problems_each_under_its_own_report(pipeline, question, head):
    a = pipeline.ask(question)
    lines = a.text.splitlines()
    assert not a.refused and lines[0] == head
    lanxi = next(x for x in lines if "兰西县" in x)
    assert "信息上报及时性欠佳；政策解读质量不高；内容保障力度不足" in lanxi
    haiyuan = next(x for x in lines if "海原县" in x)
    assert "还有差距" in haiyuan and "积极作为" not in haiyuan  # the shortfall, not the praise
    assert not any("发现问题即刻启动整改" in x for x in lines)  # a word 问题 is no stated problem
    for c in a.citations:  # each quote from its own report's problems section
        assert "存在的主要问题" in c.section and c.quote.replace("\n", "")[:6] in \
            pipeline.by_id[c.report_id].text[c.span[0]:c.span[1]].replace("\n", "")


def test_a_problem_named_by_its_subject_is_still_looked_for_by_its_words(pipeline):
    a = pipeline.ask("哪些报告提到网站存在问题？")
    assert "写明的主要问题" not in a.text.splitlines()[0]


@pytest.mark.parametrize("question", [
    "神池县教科局2023年报告里承认的头一个问题是什么？",
    "What is the main problem Quxian's education bureau admits for 2024?",
])
def test_one_reports_problems_asked_openly_are_its_stated_problems(pipeline, question):
    a = pipeline.ask(question)
    assert not a.refused and any(p in a.text for p in ("重视程度不足", "部分业务不熟悉"))
    assert "依法行政的关键基本制度" not in a.text  # a sentence of praise is no problem
