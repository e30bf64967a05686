"""Parts of a question that name which figure, site, report or township is meant: the verb beside
the thing counted, a figure a page puts after a comma, a site's quoted name before its address,
"which of the reports", a province spelled like its city, a township the corpus lacks (invented
pages, real places)."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from rag import prose as P
from rag.prose import clauses, number_in
from test_embed_stage import pages_fixture

PAGES = {
    # 舒兰市 lies in 吉林市 (吉林省); 临江市 in 白山市 (吉林省)
    "shulan-2013": "舒兰市人民政府2013年政府信息公开工作年度报告\n一、概述\n2013年，全市128项证明事项的清单已全部公开，"
                   "按照减证便民要求，今年共取消证明事项21项。市长信箱收到群众信件,57条,已全部办结。\n"
                   "本报告电子版可在“舒兰市人民政府网”（www.shulan.gov.cn）查阅下载。\n",
    "linjiang-2016": "临江市住房和城乡建设局2016年政府信息公开工作年度报告\n一、概述\n2016年，我局主动公开信息88条。\n",
    "lucheng-2022": "温州市鹿城区人民政府五马街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n2022年，本街道收到政府信息"
                    "公开申请3件，均已按期答复。由党政办牵头，各科室、社区各负其责，推进政务公开。\n",
    # the site's news and a press conference before the WeChat account's figure, in one sentence
    "fengdu-2025": "丰都县人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n2025年,在丰都县人民政府门户网站发布"
                   "政务动态信息4921条,新闻发布会9篇,通过丰都县人民政府网微信公众号推送政务信息712条,视频号发布视频48条。\n",
    # a sentence naming part of a question in one section, the one naming all of it in another
    "jiaohe-2014": "蛟河市人民政府2014年政府信息公开工作年度报告\n一、概述\n2014年，全市证明事项清单和减证便民措施已全部公开，共300条。\n"
                   "二、主动公开政府信息情况\n按照减证便民要求，今年共取消证明事项17项。\n",
    # two template rows written together with one figure
    "wulong-2025": "重庆市武隆区水利局2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息125条,其中:政策文件类3条,"
                   "行政许可及处罚40条,公示公告等其他信息19条。\n",
    # a word a list names in two items; a row the table lacks, in the text
    "xinhui-2024": "江门市新会区市场监督管理局2024年政府信息公开工作年度报告\n一、总体情况\n我局全年主动公开政府信息600条,其中在"
                   "机构专栏公开信息150条、在食品安全重点领域信息公开专栏公开信息61条。\n",
    "lufeng-2024": "陆丰市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年,全市行政许可决定数量3146宗、行政处罚"
                   "决定数量84宗。\n",
    # the unit in charge named at a clause's start, no 由 before it
    "jinfeng-2021": "银川市金凤区城市管理局2021年政府信息公开工作年度报告\n一、总体情况\n我局成立了政务信息公开工作领导小组，"
                    "综合协调科负责信息公开的各项工作，建立发布审核机制。2021年，我局共公开信息121条。\n"
                    "三、改进措施\n我局将进一步加强单位政府信息公开工作领导，完善单位的信息公开制度。\n",
    # a subdistrict several counties have, its county never named
    "chengguan-2017": "城关街道办事处\n政府信息公开工作2017年度报告\n一、概述\n2017年共公开政府信息58条，其中通过公开栏公布12条。"
                      "街道成立了以办事处主任为组长、分管副主任为副组长的政务公开工作领导小组。\n",
}


named = pages_fixture(PAGES)


def test_a_figure_after_a_comma_belongs_to_the_clause_before_it():
    assert clauses("市长信箱收到群众信件,57条,已全部办结") == ["市长信箱收到群众信件,57条", "已全部办结"]
    assert number_in("全市发布信息356条,市长信箱收到群众信件,57条,已全部办结。", ["市长信箱", "信件"])[0] == 57


def test_letters_asked_by_another_word_and_counter(named):
    a = named.ask("舒兰市2013年市长信箱收了多少封群众来信？")
    assert numbers_in(a.text.splitlines()[0])[:1] == [57]


def test_the_verb_asked_picks_the_clause_the_thing_is_counted_in(named):
    a = named.ask("舒兰市2013年取消了多少项证明事项？")
    assert numbers_in(a.text.splitlines()[0])[:1] == [21]


def test_a_sites_quoted_name_comes_with_its_address(named):
    a = named.ask("舒兰市2013年的年报电子版能到哪个网站下载？")
    assert "舒兰市人民政府网" in a.text.splitlines()[0] and "www.shulan.gov.cn" in a.text.splitlines()[0]


def test_which_of_the_reports_asked_after_naming_them(named):
    a = named.ask("吉林省的报告中，哪些是2015年以前的？")
    assert not a.refused and "舒兰市人民政府" in a.text.splitlines()[0] and "临江市" not in a.text.splitlines()[0]


def test_a_province_spelled_like_its_city_is_the_province(named):
    a = named.ask("Which of the reports from Jilin Province cover 2016?")
    assert "临江市住房和城乡建设局" in a.text and not a.refused


@pytest.mark.parametrize("question", [
    "鹿城区南郊街道2022年收到多少信息公开申请？",
    "How many disclosure requests did Nanjiao Subdistrict in Lucheng District receive in 2022?",
])
def test_a_township_the_corpus_lacks_is_refused_not_answered_by_another(named, question):
    a = named.ask(question)
    assert a.refused and "3" not in a.text.splitlines()[0]


@pytest.mark.parametrize("question", [
    "鹿城区五马街道2022年收到多少信息公开申请？",
    "How many disclosure requests did Wuma Subdistrict in Lucheng District receive in 2022?",
])
def test_the_township_the_corpus_holds_is_answered(named, question):
    lead = named.ask(question).text.splitlines()[0]
    assert 3 in numbers_in(lead) and ("五马街道" in lead or "Lucheng" in lead)


@pytest.mark.parametrize("question, language", [
    ("Among these reports, which government took in more requests?", "en"),
    ("这几份报告里，哪个区政府收到的申请更多？", "zh"),
])
def test_which_government_is_answered_by_the_body_not_the_place(question, language):
    from conftest import seed
    from rag.corpus import named_as_asked
    from rag.query import Query

    r = seed("haiyuan-2024")
    assert r.agency.name in named_as_asked(Query(text=question, language=language))(r)


def test_an_english_township_name_spelled_loosely_is_still_the_one_held():
    from index.parse import parse_report
    from rag.askedbodies import _lacked_township

    held = [parse_report("柳城县古砦仫佬族乡人民政府2025年政府信息公开工作年度报告\n一、总体情况\n本乡认真落实条例。\n", "guzhai-2025")]
    for q, lacked in (("How many items did Guzhai Mulao Ethnic Township in Liucheng County publish in 2025?", False),
                      ("How many items did the Mulao Ethnic Township in Liucheng County publish in 2025?", False),
                      ("How many items did Dapu Town in Liucheng County publish in 2025?", True)):
        assert (_lacked_township(q, "Liucheng", q.find("Liucheng"), held) is not None) == lacked, q


def test_the_unit_a_report_puts_in_charge_is_named_never_the_issuer(named):
    a = named.ask("鹿城区五马街道2022年的政务公开工作是由哪个部门牵头的？")
    assert a.text.splitlines()[0].endswith("党政办") and "党政办牵头" in a.citations[0].quote
    for q in ("金凤区城市管理局2021年是哪个科室负责信息公开工作的？",
              "Which unit of the Jinfeng District urban management bureau is in charge of information disclosure work in 2021?"):
        a = named.ask(q)
        assert a.text.splitlines()[0].endswith("综合协调科"), (q, a.text)
    # who issued the report is still the corpus's metadata
    a = named.ask("鹿城区2022年的年报是由哪个单位发布的？")
    assert "五马街道办事处" in a.text.splitlines()[0]


def test_the_figure_on_the_channel_asked_about_never_another_channels_or_a_longer_words(named):
    # news (新闻) is no press conference (新闻发布会), and the site's news is not the account's
    a = named.ask("How many government news items did the Fengdu County government office push through its WeChat "
                  "public account in 2025?")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [712]
    assert P.figure_after("新闻发布会9篇", "新闻") is None and P.figure_after("新闻动态12篇", "新闻")[0] == 12
    # WeChat beside its Channels account: the question names two channels, the videos' one answers
    a = named.ask("How many videos did the Fengdu County government office post on its WeChat Channels account in 2025?")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [48]


def test_a_name_glossed_in_brackets_keeps_its_figure():
    assert P.figure_after("公示公告5条,专题专栏（供水、电、气）39条", "专栏") == (39, "专题专栏（供水、电、气）39条")
    assert P.figure_after("分析、信件办理等共104条", "分析") is None


def test_a_township_that_never_names_its_county_is_found_by_its_name(named):
    a = named.ask("金川区城关街道2017年一共公开了多少条政府信息？")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [58] and "未写明所在县区" in a.text
    # …of the year asked only
    assert named.ask("金川区城关街道2019年一共公开了多少条政府信息？").refused
    # the city and district the question writes before it are where it lies, no words of the content
    first = named.ask("金昌市金川区城关街道2017年的政务公开工作领导小组组长由谁担任？").text.splitlines()[0]
    assert "办事处主任" in first, first


def test_one_report_asked_about_is_read_whole_not_only_where_the_search_ranked(named, monkeypatch):
    # a page whose table came one cell a line fills the search's top ranks with cells: its sentences
    # are read all the same
    q = named.understand("舒兰市2013年取消了多少项证明事项？")
    monkeypatch.setattr(named, "search", lambda *a, **k: [])
    found = P.best_sentences(named, q, ["证明事项", "取消"], q.reports)
    assert found and "取消证明事项21项" in found[0].text
    assert P.best_sentences(named, q, ["证明事项"], None) == []  # no one report: only what the search found


def test_of_several_figures_the_one_written_right_before_the_thing_asked():
    c = "全年召开了4次政务公开工作推进会、2次业务培训会和3次问题整改会"
    assert number_in(c + "。", ["培训"])[0] == 2 and number_in(c + "。", ["整改"], unit="次")[0] == 3
    assert number_in("全年召开推进会4次、培训会2次。", ["培训"])[0] == 2


def test_two_rows_asked_together_written_together_with_one_figure(named):
    for q in ("How many items on administrative licensing and penalties did the Wulong District water resources bureau "
              "publish in 2025?", "武隆区水利局2025年公开了多少条行政许可和行政处罚信息？"):
        assert numbers_in(named.ask(q).text.splitlines()[0])[-1:] == [40], q


def test_within_one_report_what_a_sentence_names_outweighs_the_searchs_order(named, monkeypatch):
    from index.model import Hit

    # the search ranks a passage naming less of the question first, many places ahead of the one naming it all
    q = named.understand("蛟河市2014年取消了多少项证明事项？")
    text = named.by_id["jiaohe-2014"].text
    own = [x for x in named.retriever.passages if x.report == "jiaohe-2014" and x.kind == "prose"]
    full = next(x for x in own if "取消证明事项" in text[x.span[0]:x.span[1]])
    part = next(x for x in own if "清单" in text[x.span[0]:x.span[1]])
    terms = ["证明事项", "减证", "便民", "取消"]
    ranked = [Hit(part, 1.0, 0)] + [Hit(part, 0.5, i) for i in range(1, 11)] + [Hit(full, 0.1, 11)]
    monkeypatch.setattr(named, "search", lambda *a, **k: ranked)
    assert "取消证明事项17项" in P.best_sentences(named, q, terms, q.reports)[0].text


def test_a_word_a_list_names_in_several_items_takes_the_item_naming_the_rest_of_the_question(named):
    a = named.ask("新会区市场监管局2024年在食品安全重点领域专栏里公开了多少条信息？")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [61]
    assert list(P.figures_after("在机构专栏公开信息150条、在食品安全专栏公开信息61条", "专栏")) == [
        (150, "在机构专栏公开信息150条"), (61, "在食品安全专栏公开信息61条")]


def test_one_reports_row_asked_as_a_total_is_read_from_its_text_where_the_table_lacks_it(named):
    # 一共…多少宗: one report's figure, asked as a total
    a = named.ask("陆丰市2024年全市一共作出了多少宗行政处罚决定？")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [84]
