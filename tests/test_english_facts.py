"""Questions mapped onto the kinds of fact the reports state (rag.askkinds), onto the template's
rows (rag.query) and onto places written in their short forms — in Chinese and in English."""

from __future__ import annotations

import pytest

from evals.grade import names_in
from index import template as T
from rag.askkinds import asked_kinds
from rag.query import Target, _division_names, _targets, understand


@pytest.mark.parametrize("question, kinds", [
    ("How many press conferences did the bureau hold in 2020?", ["press_conferences"]),
    ("江北区教委2022年开了几场新闻发布会？", ["press_conferences"]),
    ("How many Weibo followers did the bureau have?", ["followers.weibo"]),
    ("科左后旗教育和体育局的微博粉丝有多少？", ["followers.weibo"]),
    # the account's posts, not its followers
    ("How many posts did the Weibo account publish in 2020?", ["disclosed.weibo"]),
    ("普兰县教育局2024年政务微博更新了多少条博文？", ["disclosed.weibo"]),
    ("How many videos did the bureau post on Douyin?", ["disclosed.video"]),
    ("How many fans does its Douyin account have?", ["followers.video"]),
    ("How many subscribers does the WeChat account have?", ["followers.wechat"]),
    ("How many items did the bureau publish on the government website?", ["disclosed.website"]),
    ("How many items did the bureau proactively disclose in 2023?", ["disclosed.total"]),
    ("How many policy interpretations did the bureau publish?", ["interpretations"]),
    ("What is the fax number of the bureau?", ["contact.fax"]),
    ("What e-mail address does the bureau list?", ["contact.email"]),
    ("What is the postal code given by the bureau?", ["contact.postcode"]),
    ("What is the mailing address of the bureau?", ["contact.address"]),
    ("金阳县民政局的联系电话是多少？", ["contact.phone"]),
    # followers without a channel: the report decides which account it names
    ("多少粉丝？", ["followers.wechat", "followers.weibo", "followers.video"]),
    # two channels: neither alone
    ("How many items did it post on WeChat and Weibo?", []),
    ("How many applications did the bureau receive?", []),
    # everyday wording for posting
    ("某县公众号去年发了几篇？", ["disclosed.wechat"]),
    ("哪个县的微博发的文章最多？", ["disclosed.weibo"]),
    # the report's subject is not the items disclosed: a fee "for disclosure" asks no count of items
    ("某县卫生健康局2024年因政府信息公开收取了多少费用？", []),
    ("某县2024年政府信息公开申请有多少件？", []),
    ("某县2024年公开了多少条政府信息？", ["disclosed.total"]),
    # issuing the report is metadata; a body located in a kind of division has no address asked
    ("哪些区县的民政局发布了2021年度报告？", []),
    ("哪些县级区划的报告是由区卫生健康局或区司法局发布的？", []),
    ("某县在报告中发布的信息有多少条？", ["disclosed.total"]),
    ("Which report was issued by a body located in a banner of Inner Mongolia?", []),
    ("Where is the education bureau located?", ["contact.address"]),
])
def test_asked_kinds(question, kinds):
    assert asked_kinds(question) == kinds


_P, _A = T.APPLICATIONS, T.ACTIVE
PLACES = {"海原县": ["海原县", "Haiyuan"], "渠县": ["渠县", "Quxian", "Qu County"], "兰西县": ["兰西县", "Lanxi"],
          "盐池县": ["盐池县", "Yanchi"], "神池县": ["神池县", "Shenchi"]}


@pytest.mark.parametrize("question, first", [
    # "disclosed" (予以公开's English label) inside "partially disclosed" is not a row of its own
    ("How many applications were partially disclosed by the bureau in 2024?", Target(_P, "（二）部分公开")),
    ("How many applications did the bureau grant in full in 2024?", Target(_P, "（一）予以公开")),
    # carried over *to the next year* is the carried-forward row, not last year's carry-over
    ("How many applications did the bureau carry over to the next year?", Target(_P, T.CARRIED_FORWARD)),
    ("How many applications were carried over from last year?", Target(_P, T.CARRIED_OVER)),
    ("What was the fee income of the bureau in 2024?", Target(_A, "行政事业性收费")),
    ("What was the total amount of centralised procurement in 2020?", Target(_A, "政府集中采购", "采购总金额")),
    ("How many centralised procurement projects did it have?", Target(_A, "政府集中采购", "采购项目数量")),
])
def test_targets(question, first):
    assert understand(question, [], []).targets[0] == first


def test_targets_none_for_prose_questions():
    assert _targets("How many items did the bureau proactively disclose in 2023?") == []
    # "disclosed" without applications is what a body publishes, not an application's outcome
    assert _targets("Rank the reports of 2021 by items disclosed on the government website.") == []
    assert _targets("How many requests were disclosed in full in 2021?")[0] == Target(_P, "（一）予以公开")
    assert _targets("And how many of them were disclosed in full?") == [Target(_P, "（一）予以公开")]  # a follow-up


@pytest.mark.parametrize("question, full", [
    ("察右中旗教育局2025年行政处罚决定有多少件？", "察哈尔右翼中旗"),
    ("环江县2020年召开了几场新闻发布会？", "环江毛南族自治县"),
    ("白沙县2023年收到多少件申请？", "白沙黎族自治县"),
    ("How many reports come from Inner Mongolia?", "内蒙古自治区"),
])
def test_short_place_names(question, full):
    assert full in _division_names(question)


def test_full_names_are_not_short_forms():
    assert _division_names("宁武县教育和体育局微信公众号有多少关注用户？") == {}


@pytest.mark.parametrize("question, shape", [
    ("垫江县2025年比2020年多收到了多少件政府信息公开申请？", "difference"),
    ("How many more policy interpretations did the bureau publish in 2025 than in 2020?", "difference"),
    ("彭水县2023年比2021年通过政府网站发布的信息少了多少条？", "difference"),
    ("2024年有几个单位收到了政府信息公开申请？", "which"),
    ("How many bureaus received applications in 2024?", "which"),
    ("主动公开信息中政策解读占比多少？", "how_many"),  # a share, not a difference
])
def test_shapes(question, shape):
    assert understand(question, [], []).shape == shape


def test_issued_is_not_sued():
    assert understand("Which reports were issued by health bureaus?", [], []).targets == []


def test_difference_of_two_reports(pipeline):
    """"比…多多少" is answered by the difference, with both figures (seeds: 盐池 2020 228, 海原 2024 0)."""
    for question in ("盐池县2020年行政许可处理决定数量比海原县2024年多多少件？",
                     "How many more administrative licensing decisions did Yanchi make in 2020 than Haiyuan in 2024?"):
        a = pipeline.ask(question)
        first = a.text.split("\n", 1)[0]
        assert not a.refused and "228" in first and "0" in first
        assert {"aggregate": "difference", "value": 228.0, "report_ids": ["yanchi-2020", "haiyuan-2024"]} in a.facts \
            or {"aggregate": "difference", "value": 228, "report_ids": ["haiyuan-2024", "yanchi-2020"]} in a.facts


def test_followers_not_posts(pipeline):
    """The followers of 海原教育 (45,503), never the posts of the same account (547)."""
    a = pipeline.ask("How many followers does Haiyuan's WeChat official account have?")
    assert not a.refused and "45503" in a.text.split("\n", 1)[0] and "547" not in a.text.split("\n", 1)[0]
    assert any("45,503" in c.quote for c in a.citations)


def test_body_kind_metadata(pipeline):
    a = pipeline.ask("Which reports were issued by health bureaus?")  # the seeds are all education bureaus
    assert a.text == "The corpus has no report from a body of this kind."
    a = pipeline.ask("Which reports were issued by education bureaus?")
    assert names_in(a.text.split("\n", 1)[0], PLACES) == set(PLACES)
    # a kind of report asked for with words between "which" and "reports", or as a list
    for question in ("Which education bureau reports are in the corpus?", "List the education bureau reports."):
        assert names_in(pipeline.ask(question).text.split("\n", 1)[0], PLACES) == set(PLACES)


def test_carried_over_into_a_year_is_the_year_before():
    q = understand("How many applications did Shunyi carry over into 2023?", [], [])
    assert q.years == [2022] and q.targets[0] == Target(_P, T.CARRIED_FORWARD)


def test_a_fact_kind_is_not_a_metadata_question(pipeline):
    """"哪些单位召开了新闻发布会" asks the reports' text, not which bodies the corpus holds."""
    a = pipeline.ask("哪些单位2024年召开了新闻发布会？")
    assert not a.text.startswith("报告所属县")


def test_the_part_asked_for_not_the_whole(pipeline):
    """"主动公开的信息中，义务教育类有多少条" is the 28 the sentence attaches to 义务教育, not its 42 in all."""
    a = pipeline.ask("盐池县2020年主动公开的信息中，义务教育类有多少条？")
    assert a.text.split("\n", 1)[0] == "盐池县教育体育局（2020年）：义务教育 28 条（28）。"


def test_followers_never_answered_by_posts():
    """A clause counting posts does not answer a question about followers (rag.textanswer.speaks_of)."""
    from index.model import Answer
    from rag.textanswer import speaks_of

    posts = Answer("q", "t", facts=[{"value": 195, "from": "“静安教育”新浪微博全年发布微博195条"}])
    fans = Answer("q", "t", facts=[{"value": 41482, "from": "粉丝量41482人"}])
    assert not speaks_of(posts, ["followers.weibo"]) and speaks_of(fans, ["followers.weibo"])


@pytest.mark.parametrize("question, shape", [
    ("忠县2020年和2021年哪年收到的申请多？", "compare"),
    ("Which year did Zhong County receive more applications, 2020 or 2021?", "compare"),
])
def test_which_year_compares(question, shape):
    assert understand(question, [], []).shape == shape


def test_carried_to_the_next_year():
    assert understand("忠县教委2021年有没有结转到下一年的申请？", [], []).targets[0] == Target(_P, T.CARRIED_FORWARD)


def test_english_asks_a_part_of_a_channel_or_of_the_items(tmp_path):
    # "original" of all posts (its kind's cue lists 原创和转载: each part is narrower); "personnel
    # information", one category of the items a report lists
    from evals.grade import numbers_in
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {
        "xingqing-2024": "银川市兴庆区前进街街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n截至2024年12月31日，"
                         "前进街官方微博共累计发布微博120条，其中发布原创微博11条，转发微博109条。\n",
        "jiyang-2020": "三亚市吉阳区卫生健康委员会2020年政府信息公开工作年度报告\n一、总体情况\n2020年度，通过区政府网站本单位"
                       "信息专栏主动公开文件23件，其中机构介绍1件、人事信息8件、卫生健康6件。\n"})
    for q, n in (("How many original Weibo posts did the Qianjinjie Subdistrict in Xingqing District publish in 2024?", 11),
                 ("How many personnel information documents did the Jiyang District Health Commission publish in 2020?", 8)):
        assert numbers_in(p.ask(q).text.splitlines()[0])[-1:] == [n]


@pytest.mark.parametrize("question", ["How many posts did the bureau publish on WeChat in 2024?",
                                      "What does the report say about its WeChat account?",
                                      "What was the fee income of the bureau in 2024?"])
def test_every_english_question_is_searched_with_its_chinese_words(question):
    # the expansion is every English question's, whatever its shape or targets (a regression once left it
    # to the questions whose table rows were dropped)
    assert understand(question, [], []).expansion
