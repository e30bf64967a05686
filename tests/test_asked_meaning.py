"""What the question means, on invented pages of real places: a count withheld is no count published,
a lawsuit arising from requests is the lawsuit, the year something was set up is the text's, a county
asked with its city's name is refused when the corpus lacks it, a post called 稿件 is a post."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from test_answers import lead
from test_embed_stage import pipeline_over

PAGES = {
    "jingyuan-2013": "泾源县林业局2013年政府信息公开工作年度报告\n一、概述\n2013年，我局全年共制作政府信息180条，其中主动公开"
                     "信息数为140条，依申请公开信息数25条，不予公开信息数15条。\n",
    "xiji-2022": "西吉县人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我县共收到政府信息公开申请28件。"
                 "因政府信息公开工作被申请行政复议3件，被提起行政诉讼5件。\n",
    "longde-2024": "隆德县沙塘镇人民政府2024年政府信息公开工作年度报告\n沙塘镇人民政府成立于1984年，现位于隆德县沙塘街1号。\n"
                   "一、总体情况\n2024年，“沙塘发布”微信公众号发布稿件210条，“沙塘发布”抖音号发布稿件45条。\n",
    "baoshan-2025": "宝山区张庙街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n2025年，街道收到政府信息公开申请12件。其中，"
                    "3件办理结果为予以公开，5件办理结果为本机关不掌握相关政府信息，申请人撤回4件。\n",
    "shidian-2025": "施甸县水务局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，我局主动公开政府信息88条，收到申请2件。\n",
    "pingluo-2016": "平罗县黄渠桥镇人民政府2016年政府信息公开工作年度报告\n一、概述\n2016年政务网站、微信、微博共发布各类信息900条，"
                    "其中网站（含转发）120条，微信（含转发)610条、微博（含转发）170条。\n",
    "huinong-2022": "惠农区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n2022年，通过区政府门户网站主动公开政策文件150件，"
                    "其中包含行政规范性文件2件，政策解读37条，政府会议信息18条。\n",
    "fushun-2019": "抚顺县教育局2019年政府信息公开工作年度报告\n一、总体情况\n2019年，我局全年主动公开政府信息260条。\n",
}


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("meaning"), PAGES)


@pytest.mark.parametrize("question", ["How many items of information did the Jingyuan Forestry Bureau classify as "
                                      "not to be disclosed in 2013?", "泾源县林业局2013年不予公开信息多少条？"])
def test_what_was_withheld_is_no_count_published(pages, question):
    a = pages.ask(question)
    assert not a.refused and 15 in numbers_in(lead(a)) and 140 not in numbers_in(lead(a))


@pytest.mark.parametrize("question", ["How many administrative lawsuits arose from information disclosure requests "
                                      "to the Xiji County government in 2022?", "西吉县2022年因政府信息公开申请引起的行政诉讼有几件？"])
def test_a_lawsuit_arising_from_requests_is_the_lawsuit(pages, question):
    a = pages.ask(question)
    assert not a.refused and 5 in numbers_in(lead(a)) and 28 not in numbers_in(lead(a))


def test_the_year_something_was_set_up_is_the_texts(pages):
    a = pages.ask("隆德县沙塘镇人民政府是哪一年成立的？")
    assert 1984 in numbers_in(lead(a)) and not a.refused  # the year as the answer, not as context
    assert "2024" in lead(pages.ask("隆德县沙塘镇有哪几年的报告？"))  # the corpus's years, as before


def test_a_county_asked_with_its_citys_name_that_the_corpus_lacks(pages):
    # "in Fushun" names the city 抚顺市 that Xinbin lies in, not the corpus's 抚顺县
    a = pages.ask("How many items did the Xinbin County government in Fushun proactively disclose in 2019?")
    assert a.refused and "260" not in lead(a)
    assert 260 in numbers_in(lead(pages.ask("How many items did Fushun County proactively disclose in 2019?")))


def test_a_post_called_gaojian_is_a_post_of_the_account_asked(pages):
    a = pages.ask("隆德县沙塘镇的抖音号2024年发了多少条稿件？")
    assert numbers_in(lead(a))[:1] == [45]


@pytest.mark.parametrize("question", ["宝山区张庙街道2025年有几件申请的办理结果是本机关不掌握相关政府信息？",
                                      "How many of the requests handled by Zhangmiao Sub-district in Shanghai's Baoshan "
                                      "District in 2025 ended with the answer that the office did not hold the information?"])
def test_an_outcome_the_text_counts_before_naming_it(pages, question):
    # no table: "5件办理结果为本机关不掌握…" — and "Baoshan District" is 宝山区, not the city 保山市 (施甸县's)
    a = pages.ask(question)
    assert not a.refused and 5 in numbers_in(lead(a)) and {c.report_id for c in a.citations} == {"baoshan-2025"}


@pytest.mark.parametrize("question", ["How many items did Huangquqiao Town publish on WeChat (including reposts) in 2016?",
                                      "黄渠桥镇2016年微信（含转发）发布了多少条？"])
def test_including_reposts_asks_for_all_of_them(pages, question):
    assert 610 in numbers_in(lead(pages.ask(question)))


def test_the_counted_thing_with_its_figure_after_it(pages):
    # 多少条政策解读: "政策解读37条", not the 150 documents the site carried
    a = pages.ask("惠农区2022年在区政府门户网站发布了多少条政策解读？")
    assert 37 in numbers_in(lead(a)) and 150 not in numbers_in(lead(a))
