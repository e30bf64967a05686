"""Figures a page gives as items of one sentence (national / provincial / city media, a hotline's
work orders beside the disclosure applications), and a "哪一家…更多" comparison of two bodies
(a blind page set: each was answered with the wrong item or as a list)."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from test_embed_stage import pipeline_over  # the app's pipeline over invented pages, fake embedder

MEDIA = ("隆德县教育体育局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n2024年，我局在国家级媒体发稿"
         "12篇，省级媒体发稿58篇，市级媒体发稿140篇，通过局微信公众号发布信息630条，在局视频号发布短视频48条。\n（二）依申请公开\n"
         "全年共收到政府信息公开申请4件，均按期答复。\n（三）其他\n全年办理12345政务服务便民热线工单205件，办结率100%。\n如有疑问，请与固原市隆德县教育体育局办公室联系。\n")

OTHER = ("泾源县教育局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n2024年，我局在省级媒体发稿31篇，"
         "通过局微信公众号发布信息410条。\n（二）依申请公开\n全年共收到政府信息公开申请9件。\n")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("prose-items"), {"longde-2024": MEDIA, "jingyuan-2024": OTHER})


@pytest.mark.parametrize("question, number", [
    ("How many articles did the Longde education and sports bureau publish in provincial-level media in 2024?", "58"),
    ("隆德县教育体育局2024年在市级媒体发稿多少篇？", "140"),
    ("How many pieces did the Longde education and sports bureau place in national-level media in 2024?", "12"),
])
def test_the_item_naming_every_asked_word_gives_the_figure(small, question, number):
    got = numbers_in(small.ask(question).text.splitlines()[0])
    assert float(number) in got and not {12.0, 58.0, 140.0} - {float(number)} & set(got)


def test_requests_to_a_hotline_are_no_disclosure_applications(small):
    a = small.ask("How many citizen requests from the 12345 hotline did the Longde education and sports bureau "
                  "handle in 2024?")
    assert not a.refused and 205 in numbers_in(a.text.splitlines()[0]) and 4 not in numbers_in(a.text.splitlines()[0])
    # the plain question stays the applications' figure
    plain = small.ask("How many disclosure requests did the Longde education and sports bureau receive in 2024?")
    assert 4 in numbers_in(plain.text.splitlines()[0])


@pytest.mark.parametrize("question", [
    "隆德县教育体育局和泾源县教育局2024年，哪一家收到的政府信息公开申请更多？",
    "2024年隆德县教育体育局与泾源县教育局相比，哪一家收到的申请多？",
])
def test_which_of_two_bodies_received_more_leads_with_the_one_ahead(small, question):
    lead = small.ask(question).text.splitlines()[0]
    assert lead.startswith("泾源县") and "隆德县" not in lead


def test_the_bodys_own_name_quoted_with_its_city_narrows_nothing(small):
    # "(固原市隆德县教育体育局)" names whose report, not a part of the posts
    a = small.ask("How many short videos did the Longde education and sports bureau (固原市隆德县教育体育局) post on "
                  "its video account in 2024?")
    assert numbers_in(a.text.splitlines()[0]).count(48) >= 1 and 630 not in numbers_in(a.text.splitlines()[0])
    assert "videos posted" in a.text.splitlines()[0]  # the video kind's fact, no sentence picked by the name


def test_make_public_asks_for_the_items_disclosed(small):
    a = small.ask("How many items did the Jingyuan education bureau make public in 2024?")
    assert not a.refused


PLANS = ("桓仁满族自治县文化旅游和广播电视局2018年政府信息公开工作年度报告\n一、概述\n全年主动公开信息80条。\n"
         "二、下一步工作\n2019年，我局将在做好各项工作的基础上，突出抓好以下四个方面工作：\n"
         "一是突出重点，做好群众关心的信息公开；二是健全制度，确保公开规范有序；三是开展检查，促进窗口单位服务上水平。\n")


def test_the_nth_item_asked_is_that_one_and_one_the_report_lacks_is_said(tmp_path):
    p = pipeline_over(tmp_path, {"huanren-2018": PLANS, "jingyuan-2024": OTHER})
    first = p.ask("桓仁县文化旅游和广播电视局2018年的报告说2019年要抓好四个方面的工作，第二个方面是什么？").text.splitlines()[0]
    assert "健全制度" in first and "突出重点" not in first, first
    # it promises four and lists three: the fourth is not there to give
    a = p.ask("桓仁县文化旅游和广播电视局2018年的报告说2019年要抓好四个方面的工作，第四个方面是什么？")
    assert a.refused and "3" in a.text.splitlines()[0], a.text
