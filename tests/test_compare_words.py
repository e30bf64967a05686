"""Comparisons and counts as people word them (blind page sets): 谁…多 and "who … more" compare;
one report's total below another's single channel decides the comparison; citizens' requests and
complaints, netizens' messages and a count written before a template row are read from the text.
Invented pages, real places."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from test_embed_stage import pipeline_over  # the app's pipeline over invented pages, fake embedder

TOTAL = ("红寺堡区教育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开政务信息57条，公示公告12条。\n")
CHANNELS = ("惠农区教育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，区教育局通过门户网站主动公开发布各类信息364条，"
            "政务微信公开政府信息203条，推送微信图文36期410篇，发布政府采购信息30条。全年共办理政府信息公开申请5件。全年公开回应群众诉求41件，回应网友留言27条，办结群众来信15件。对本年度制发的6件行政规范性文件进行了解读。\n")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("compare-words"), {"hongsibao-2022": TOTAL, "huinong-2022": CHANNELS})


@pytest.mark.parametrize("question, first", [
    ("2022年红寺堡区教育局和惠农区教育局，哪一家主动公开的信息更多？", "惠农区更多。\n仅政府网站发布信息就有 364 条，已多于红寺堡区的总数 57 条。"),
    ("Who proactively published more information in 2022: the Hongsibao or the Huinong education bureau?",
     "Huinong (惠农区) disclosed more.\nIts items disclosed on the government website alone is 364, more than "
     "Hongsibao (红寺堡区)'s total of 57."),
])
def test_one_channel_above_the_other_total_decides(small, question, first):
    a = small.ask(question)
    assert "\n".join(a.text.splitlines()[:2]) == first and {c.report_id for c in a.citations} == {"hongsibao-2022", "huinong-2022"}


def test_who_posted_more_on_wechat_is_a_comparison(small):
    lead = small.ask("2022年红寺堡区教育局和惠农区教育局，谁的微信公众号发布的信息多？").text.splitlines()[0]
    assert lead.startswith("惠农区")


@pytest.mark.parametrize("question, number", [
    ("How many public requests and complaints did the Huinong education bureau respond to in 2022?", 41),
    ("How many netizen messages did the Huinong education bureau respond to in 2022?", 27),
    ("惠农区教育局2022年本年度制发了几件行政规范性文件？", 6),
    ("惠农区教育局2022年办结了多少件群众来信？", 15),  # letters dealt with, not applications handled
    ("惠农区教育局2022年一共推送了多少篇微信图文？", 410),  # 篇 asked: never 36 issues
    ("How many government procurement notices did the Huinong education bureau publish in 2022?", 30),
    # a place glossed in brackets names whose report, no quoted word of it
    ("How many disclosure applications did Huinong District (惠农区) handle in 2022?", 5),
])
def test_counts_the_text_gives_for_what_was_asked(small, question, number):
    a = small.ask(question)
    assert not a.refused and number in numbers_in(a.text.splitlines()[0])
