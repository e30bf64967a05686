"""The question's own words, read as it means them (seed corpus, no LLM): a table row whose total the
page lost answered from the text, English verb forms and pronouns of a follow-up, a counted thing the
report names without a figure, a quoted name holding the place's name, a document's number."""

from __future__ import annotations

import pytest

from evals.grade import names_in, numbers_in
from test_answers import PLACES, assert_cited_verbatim, lead


def test_a_row_total_the_table_lost_is_the_texts(pipeline):
    # 海原's applications table prints the handled row without its 总计 cell; the text says 办结…1 件
    a = pipeline.ask("海原县办结了几件申请？")
    assert not a.refused and 1 in numbers_in(lead(a)) and "据正文" in lead(a)
    assert any("办结政府信息公开申请 1 件" in c.quote for c in a.citations)
    assert_cited_verbatim(pipeline, a)


def test_english_finish_handling_and_them_in_a_follow_up(pipeline):
    a = pipeline.ask("How many applications did Haiyuan finish handling in 2024?")
    assert not a.refused and "total handled" in lead(a) and 1 in numbers_in(lead(a))
    first = "How many government information disclosure requests did Haiyuan's education bureau receive in 2024?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": pipeline.ask(first).text}]
    b = pipeline.ask("And how many of them did it finish handling?", history)
    assert not b.refused and b.language == "en" and "total handled" in lead(b) and 1 in numbers_in(lead(b))


def test_a_counted_thing_named_without_its_figure_is_not_given_another(pipeline):
    # the open day's sentence names 调查问卷 and counts 70余名家长代表: no count of questionnaires
    a = pipeline.ask("How many questionnaires were collected at Haiyuan's 2024 government open day?")
    assert a.refused and 70 not in numbers_in(lead(a))
    people = pipeline.ask("How many parent representatives did Haiyuan invite to its open day?")
    assert not people.refused and 70 in numbers_in(lead(people))


def test_a_quoted_name_holding_the_places_name(pipeline):
    a = pipeline.ask("“海原教育”公众号都设了哪些栏目？")
    assert not a.refused and all(w in a.text for w in ("教育教学", "校园活动", "招生考试", "教育文苑"))


def test_a_documents_number_names_no_template(pipeline):
    a = pipeline.ask("哪些报告依据了关于年报格式的国办公开办函〔2021〕30号？")
    assert names_in(lead(a), PLACES) == {"海原县", "渠县"}
    b = pipeline.ask("哪些报告使用2021年版格式？")  # the template asked for, as before
    assert names_in(lead(b), PLACES) == {"海原县", "兰西县", "渠县", "神池县"}


@pytest.mark.parametrize("question, total", [
    ("盐池县2020年行政许可和其他对外管理服务事项的上一年项目数量合计是多少？", 35),
    ("What is the combined previous-year item count of administrative licensing and penalties in Yanchi's 2020 table?", 16),
])
def test_rows_of_one_report_summed(pipeline, question, total):
    a = pipeline.ask(question)
    assert not a.refused and total in numbers_in(lead(a))
    assert len({c.cell[1] for c in a.citations if c.cell}) == 2  # each row cited
    assert_cited_verbatim(pipeline, a)


def test_two_items_the_text_names_summed(pipeline):
    a = pipeline.ask("盐池县2020年县长信箱和投诉举报的加在一起有几件？")
    assert not a.refused and 7 in numbers_in(lead(a))


def test_more_by_how_many_far_from_bi(pipeline):
    a = pipeline.ask("海原县教体局2024年通过政府网站公开的信息，比神池县教科局2023年在政府网站上发布的信息多多少条？")
    assert 65 in numbers_in(lead(a))


def test_the_part_asked_for_wins_over_the_accounts_name(pipeline):
    # "Haiyuan Education" names the account (海原教育…发布 547 篇); "original" asks for a part of its posts
    a = pipeline.ask("How many original news briefs did the Haiyuan Education WeChat account push in 2024?")
    assert 361 in numbers_in(lead(a)) and 547 not in numbers_in(lead(a))


def test_english_word_forms_that_are_no_pronouns_and_framing_words_that_ask():
    from rag.english import chinese_terms

    # (themed and planned are the concept table's now — 专题, 策划 with 主题, 计划 among their words)
    senses = chinese_terms("a themed series of posts it planned, given as an example, what was it called, altogether")
    assert "主题" in senses and "她们" not in senses  # themed: theme, never them
    assert "计划" in senses  # planned: plan
    assert not {"例子", "给予", "称为", "一起"} & set(senses)  # the asking's frame, no content


def test_pointing_and_where_it_went_are_no_words_to_look_for(pipeline):
    # 那个专栏, 往里面放了: a casual question points at the column; the report never writes 那个 or 里面
    a = pipeline.ask("渠县政府网站上那个“义务教育”专栏，教育局往里面放了多少条信息？")
    assert numbers_in(lead(a))[-1:] == [30]
    assert_cited_verbatim(pipeline, a)


def test_a_bare_heading_is_no_sentence_that_answers(pipeline):
    from index.sections import bare_heading

    # population → 人口 or 总体 (a statistical population): 一、总体情况 names the second and says nothing
    assert pipeline.ask("What is the population of Haiyuan County?").refused
    assert bare_heading("一、总体情况") and bare_heading("（二）依申请公开") and not bare_heading("一、全年公开信息30条")


def test_an_aspect_word_after_the_verb_names_the_same_quantity(pipeline):
    from index import template as T

    # 申请过, 收到过: the experiential 过 says nothing of which quantity is asked
    for q in ("海原县教体局2024年有没有人申请过信息公开？", "盐池县教体局2020年收到过政府信息公开申请吗？"):
        assert [(t.table, t.row) for t in pipeline.understand(q).targets] == [(T.APPLICATIONS, T.NEW)], q


@pytest.mark.parametrize("places", ["Haiyuan, Shenchi and Yanchi", "Haiyuan (2024), Shenchi (2023) and Yanchi (2020)"])
def test_bodies_named_before_their_places_are_no_words_of_the_content(pipeline, places):
    # "the education bureaus of …": whose reports; 教育 would pick 547 beside “海原教育” over the website's 89
    a = pipeline.ask(f"What is the total number of items published on the government website by the education bureaus of {places}?")
    assert 155 in numbers_in(lead(a)) and 613 not in numbers_in(lead(a))


def test_a_year_after_published_dates_a_document_never_posts_counted(pipeline):
    a = pipeline.ask("How many more posts did Yanchi's WeChat account publish in 2020 than Haiyuan's account "
                     "published in 2024?")
    assert 41 in numbers_in(lead(a))


@pytest.mark.parametrize("question", ["盐池县2020年主动公开的信息中，政策解读有多少条？",
                                      "Of the items Yanchi disclosed in 2020, how many were policy interpretations?"])
def test_the_part_asked_after_the_whole_it_lies_in(question, pipeline):
    # 主动公开信息 42 条，其中…政策解读 1 条: the whole named first, the part asked
    a = pipeline.ask(question)
    assert 1 in numbers_in(lead(a)) and 42 not in numbers_in(lead(a))


@pytest.mark.parametrize("question, phrase", [
    # mailboxes asked in general (online mailboxes): the sentence naming the leaders' mailboxes
    ("Through which online mailboxes did the Quxian education bureau talk with the public in 2024?", "书记信箱"),
    # a themed series planned (策划专题推文系列): the concept table's words, not the dictionary's plan and theme
    ("Lanxi's WeChat account planned a themed series of posts from reader data: which one does the report name?",
     "校园风采展示月"),
])
def test_general_words_for_what_the_report_names(pipeline, question, phrase):
    a = pipeline.ask(question)
    assert not a.refused and phrase in a.text


@pytest.mark.parametrize("question", [
    "Haiyuan's education bureau in 2024 vs Yanchi's in 2020: which posted more on its WeChat account, and by how many?",
    "海原和盐池哪个微信公众号发得多，多多少？",
    "盐池县2020年通过微信公众号发布的信息，比海原县2024年在“海原教育”公众号发的多几篇？",  # 比 far before 多几
])
def test_which_has_more_and_by_how_many_is_the_difference(pipeline, question):
    # the difference names both reports; the winner alone would leave "by how many" unanswered
    assert 41 in numbers_in(lead(pipeline.ask(question)))


def test_which_report_asks_which_places(pipeline):
    a = pipeline.ask("哪份报告里的教育部门开通了政务微博？")
    assert not a.refused and names_in(lead(a), PLACES) == {"盐池县"}


def test_a_three_step_review_asked_in_english_reaches_the_sentence_naming_its_steps(pipeline):
    # three-step (hyphenated) is the review the section names (三审), sign-off its last step
    a = pipeline.ask("Under the Quxian education bureau's three-step review for publishing information in 2024, who gives "
                     "the final sign-off?")
    assert not a.refused and "局主要领导" in lead(a)
