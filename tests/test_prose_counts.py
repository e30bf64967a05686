"""Counts as real pages write them (blind page sets): a number before the thing counted ("现有3名专职
人员"), one item of a list of categories, an applicant kind's count in prose, an application's
outcome beside the items disclosed, a site's disclosure column, and comparisons where one report
gives the figure. Invented pages, real places."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from index.normalize import normalize
from index.textfacts import extract_facts
from rag import counts as N
from test_embed_stage import pipeline_over  # the app's pipeline over invented pages, fake embedder


# a report of another county beside each page: one report alone would be the answer to anything
FILLER = {"other-2017": "平昌县民政局2017年政府信息公开工作年度报告\n一、概述\n本年度主动公开信息20条。\n"}


def _facts(text: str) -> list[tuple[str, object]]:
    return [(f.kind, f.value) for f in extract_facts(normalize(text), "x", None)]


def test_an_applications_outcome_is_no_item_disclosed():
    assert _facts("共收到依申请公开0件,予以公开0件,不予公开0件。") == [("applications.received", 0)]


def test_the_sites_disclosure_column_is_the_website():
    assert _facts("按照要求在信息公开专栏主动公开信息数27条,其中更新机构介绍1条。") == [("disclosed.website", 27)]


def test_applications_dealt_with_are_handled():
    assert _facts("2025年,全区共办理政府信息公开申请154件,内容主要涉及征地拆迁。") == [("applications.handled", 154)]
    assert _facts("全年受理政府信息公开申请12件,已全部办理完毕。") == [("applications.received", 12)]
    # received for handling (接收…办理52件) counts those received
    assert _facts("2024年接收依申请信息公开办理52件,与去年相比增加了32件。") == [("applications.received", 52)]


def test_requests_a_body_handled_ask_for_the_handled_total():
    from rag.query import _targets
    from index import template as T

    assert [t.row for t in _targets("How many disclosure requests did Anxi County handle in 2025?")] == [T.HANDLED_TOTAL]
    # letters, visits and hotline orders handled are no applications
    assert _targets("How many letters and visits did the bureau handle in 2024?") == []


def test_a_figure_before_the_thing_counted():
    assert N.counted_thing("某办2018年有几名专职人员负责全县政务公开工作？") == ("名", "专职人员负责全县")  # up to 8 characters
    assert N.figure_before("今年新招录公务员1名，现有3名专职人员负责推进工作。", "名", "专职人员负责全县政务") == \
        (3, "3名专职人员负责")
    assert N.figure_before("今年新招录公务员1名。", "名", "专职人员") is None


def test_what_stands_between_a_word_and_its_figure():
    assert N.between("省级媒体发稿104篇", "省级", ["省级", "媒体"]) == ""
    assert N.between("行政执法类信息116条", "行政执法", ["行政执法"]) == ""
    assert N.between("我局在门户网上发布部门动态20条", "门户网上发布", ["财政信息"]) == "部门动态"


PAGE = ("海原县教育体育局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n2023年，我局在县政府门户网上发布"
        "部门动态40条、财政信息12条、人事信息9条。局办公室今年新增工作人员1名，现有2名专职人员负责政务公开工作。\n"
        "（二）依申请公开\n2023年，我局共收到政府信息公开申请11件（其中，自然人提出申请8件，法人或其他组织提出申请3件），"
        "均已按期答复。\n")
OTHER = ("西吉县教育体育局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真落实政务公开要点，"
         "加强政策解读。\n")
THIRD = ("泾源县教育体育局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局主动公开政府信息共215条。\n")
HEALTH = ("隆德县卫生健康局2023年政府信息公开工作年度报告\n一、总体情况\n2023年公开公示的行政许可44项、行政处罚16项。"
          "深入推进放管服改革，2023年办理行政许可456件，其他服务事项247件。\n二、其他需要报告的事项\n"
          "全年开展政务公开督查工作3次。全年我局编发推送工作信息共57条，发布公告共7次。\n（一）主动公开\n依托县政府门户网站，"
          "主动向社会公开年度部门预决算、建议提案办理等有关政务新闻和公告类信息861条。持续做好解读，发布解读重要政策文件10篇。\n截至年底，县政府门户网站上公开发布信息412条。政府网站在线访谈6次。\n"
          "全年办结市民热线工单35件，全年举办开放日2次，开放日当天邀请“两代表”等12名代表走进机关。\n")


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("prose-counts"), {"haiyuan-2023": PAGE, "xiji-2023": OTHER, "jingyuan-2023": THIRD,
                                                                          "longde-2023": HEALTH})


def _lead(small, question: str) -> list[float]:
    return numbers_in(small.ask(question).text.splitlines()[0])


@pytest.mark.parametrize("question, number", [
    ("海原县教育体育局2023年有几名专职人员负责政务公开工作？", 2),
    ("海原县教育体育局2023年在门户网上发布了多少条财政信息？", 12),
    ("海原县教育体育局2023年收到的申请里，自然人提出的有几件？", 8),
    ("How many applications from natural persons did the Haiyuan education and sports bureau receive in 2023?", 8),
])
def test_the_figure_is_the_asked_things_own(small, question, number):
    got = _lead(small, question)
    assert number in got and not {2, 1, 40, 12, 9, 11, 8, 3} - {number} & set(got)


@pytest.mark.parametrize("question, number", [
    # "cases" count in 件: the licences handled, not the 项 publicised
    ("How many administrative licensing cases did the Longde County health bureau handle in 2023?", 456),
    # "work information" is 工作信息, as the reports name kinds of items
    ("How many work information items did the Longde County health bureau compile and push in 2023?", 57),
    # "announcement" is the concept 通知公告, written 公告类信息 in the report
    ("How many news and announcement items did the Longde County health bureau publish on its portal in 2023?", 861),
    # …but not where the report names the concept itself: 政府网站在线访谈6次, not 门户网站上…412条
    ("How many online interviews did the Longde County health bureau hold on the government website in 2023?", 6),
])
def test_an_english_question_reaches_its_own_figure(small, question, number):
    assert _lead(small, question)[-1:] == [number]


def test_two_accounts_of_one_channel_each_given_a_figure_are_the_channels_figure(tmp_path):
    assert _facts("2025年,在“同安教育”“同安智慧教育”微信公众号分别发布信息279篇、230篇。") == [("disclosed.wechat", 509)]
    assert _facts("通过政府网站、微信公众号分别发布信息300条、200篇。") == [("disclosed.website", 300), ("disclosed.wechat", 200)]
    p = pipeline_over(tmp_path, {
        "tongan-2025": "厦门市同安区教育局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，在“同安教育”“同安智慧教育”"
                       "微信公众号分别发布信息279篇、230篇。\n",
        "wucheng-2025": "金华市婺城区教育局2025年政府信息公开工作年度报告\n一、总体情况\n2025年，我局微信公众号发布信息300条。\n"})
    a = p.ask("婺城区教育局和同安区教育局2025年，哪个在微信公众号上发布的信息更多？")
    assert a.text.startswith("同安区") and not a.refused
    assert 509 in numbers_in(p.ask("同安区教育局2025年微信公众号发布了多少篇信息？").text.splitlines()[0])


@pytest.mark.parametrize("question, number", [
    # 张 is a counter too: the question counts, the text's 件 gives the figure
    ("隆德县卫生健康局2023年办结了几张热线工单？", 35),
    # the thing an English question counts, in Chinese (家长代表), else its head noun as the text counts it (12名代表)
    ("How many parent representatives did the Longde County health bureau invite to its open day in 2023?", 12),
])
def test_the_thing_counted_takes_its_own_figure(small, question, number):
    assert _lead(small, question)[-1:] == [number]


@pytest.mark.parametrize("question", ["盐池县2020年的主动公开表格中，行政处罚上一年的项目数量是多少项？",
                                      "盐池县2020年年报表格里，行政许可上一年有几个项目？"])
def test_the_columns_last_year_may_be_asked_with_words_between(question):
    from rag.query import understand

    assert [t.column for t in understand(question, []).targets] == ["上一年项目数量"]


def test_an_english_count_noun_names_a_counter():
    assert N.asked_unit("How many administrative licensing cases did X handle?", "en") == "件"
    assert N.asked_unit("How many WeChat articles did X post?", "en") == "篇"
    assert N.asked_unit("How many press conferences were held?", "en") == ""
    assert N.asked_unit("一共办理了多少件？") == "件"


def test_a_comparison_where_one_report_gives_the_figure_names_it_and_the_other(small):
    a = small.ask("2023年泾源县教育体育局和西吉县教育体育局，哪个主动公开的政府信息更多？")
    assert not a.refused and 215 in numbers_in(a.text.splitlines()[0]) and "西吉县" in a.text


@pytest.mark.parametrize("question, silent", [
    ("2023年海原县教育体育局和西吉县教育体育局，谁收到的政府信息公开申请多？", "未说明此项（未计入）：西吉县"),
    ("Which received more disclosure applications in 2023: Haiyuan or Xiji?", "Not stated (not counted): Xiji (西吉县)"),
])
def test_a_compared_place_whose_report_gives_no_figure_is_named(small, question, silent):
    a = small.ask(question)
    assert not a.refused and 11 in numbers_in(a.text.splitlines()[0]) and silent in a.text
    # …and cited by its title: read, and shown to have been
    assert any(c.report_id == "xiji-2023" and c.quote.startswith("西吉县教育体育局2023年") for c in a.citations), a.citations


def test_disclosed_more_government_information_is_no_applications_outcome(small):
    a = small.ask("Which disclosed more government information in 2023: Jingyuan or Xiji?")
    assert not a.refused and 215 in numbers_in(a.text)
    assert "Jingyuan" in a.text.splitlines()[0]


@pytest.mark.parametrize("question, note", [
    ("海原县教育体育局2023年办结了多少件政府信息公开申请？", "正文只给出收到申请 11 件，未单列此项"),
    ("How many disclosure applications did the Haiyuan education and sports bureau handle in 2023?",
     "the text gives only disclosure applications received: 11, not this figure separately"),
])
def test_the_years_other_count_answers_and_says_what_it_is(small, question, note):
    a = small.ask(question)
    assert not a.refused and 11 in numbers_in(a.text.splitlines()[0]) and note in a.text.splitlines()[0]


def test_the_years_other_count_stands_in_at_any_corpus_size(tmp_path):
    # from 30 reports on, readings come from the store's rows: the handled count still stands in
    from index import places

    counties = [d.name for d in places.divisions() if d.province == "甘肃省" and d.level == "county"][:31]
    pages = {f"r{i:02d}-2024": f"{c}教育局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我局共收到政府信息公开申请{i + 1}件。\n"
             for i, c in enumerate(counties[:-1])}
    pages["last-2024"] = f"{counties[-1]}教育局2024年政府信息公开工作年度报告\n一、总体情况\n2024年，共办理政府信息公开申请40件。\n"
    p = pipeline_over(tmp_path, pages)
    a = p.ask("2024年哪个县收到的政府信息公开申请最多？")
    assert a.text.splitlines()[0].startswith(counties[-1]) and "40" in a.text.splitlines()[0]


def test_the_channel_and_its_other_channels_give_a_total():
    assert _facts("全年我局通过县人民政府网和其他不同渠道发布政府信息300条。") == [("disclosed.total", 300)]


def test_copies_of_a_named_document_are_no_count_of_reports():
    from rag.corpus import _ASK_COUNT

    assert _ASK_COUNT.search("语料库里有多少份年报？") and _ASK_COUNT.search("2024年的一共有几份?")
    assert not _ASK_COUNT.search("2015年岳阳县民政局编发了多少份《民政工作服务指南》?")
    assert not _ASK_COUNT.search("在乡政府网站主动公开了多少份政务信息?")


def test_a_figure_before_its_noun_speaks_of_the_channel_its_clause_names(tmp_path):
    p = pipeline_over(tmp_path, {
        "dongshan-2017": "通江县东山乡人民政府2017年政府信息公开工作年度报告\n一、概述\n本年度，在乡人民政府网站共主动公开"
                         "185份政务信息。\n",
        **FILLER})
    assert 185 in numbers_in(p.ask("通江县东山乡2017年在乡政府网站主动公开了多少份政务信息?").text.splitlines()[0])


@pytest.mark.parametrize("question, number", [
    ("康乐县教育局2017年的政务信息被省州采用了几条？", 20),  # the words next to the asking: 省州采用
    ("康乐县教育局2017年在各类网站发布采用了多少条政务信息？", 102),
])
def test_of_two_words_as_specific_the_one_next_to_the_asking_names_the_figure(tmp_path, question, number):
    p = pipeline_over(tmp_path, {
        "kangle-2017": "康乐县教育局2017年政府信息公开工作年度报告\n一、概述\n2017年度，康乐县在各类网站发布采用政务信息102条，"
                       "省州采用20条。\n",
        "hezheng-2017": "和政县教育局2017年政府信息公开工作年度报告\n一、概述\n全年公开信息30条。\n"})
    assert numbers_in(p.ask(question).text.splitlines()[0])[-1:] == [number]


def test_items_counted_in_ze_are_counted(tmp_path):
    """公示公告6则: 则 counts notices and news as 条 does."""
    p = pipeline_over(tmp_path, {
        "fuwen-2023": "定安县富文镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n我镇主动公开政府信息共10条，其中公示公告6则，"
                      "政务报告2则，项目招标2则。\n",
        **FILLER})
    assert 6 in numbers_in(p.ask("定安富文镇2023年发了几则公示公告").text.splitlines()[0])
    assert 2 in numbers_in(p.ask("富文镇2023年有多少则项目招标信息？").text.splitlines()[0])


def test_a_change_asked_is_the_percentage_the_text_states(tmp_path):
    """比上年降了多少 / by what percentage: 同比下降27%, not the other clause's 8% nor a count."""
    p = pipeline_over(tmp_path, {
        "xiji-2017": "西吉县财政局2017年政府信息公开工作年度报告\n一、概述\n加强预决算和“三公”经费信息公开，全年“三公”经费同比下降27%，"
                     "一般性支出下降8%，公开预决算信息12条。\n",
        **FILLER})
    for q in ("西吉县2017年“三公”经费比上年降了多少?", "By what percentage did Xiji's three public expenses fall in 2017?"):
        first = p.ask(q).text.splitlines()[0]
        assert 27 in numbers_in(first) and 8 not in numbers_in(first) and 12 not in numbers_in(first), (q, first)
    assert 12 in numbers_in(p.ask("西吉县2017年公开了多少条预决算信息?").text.splitlines()[0])


def test_applications_made_to_the_government_are_received_not_items_disclosed():
    """共接收向区政府申请的政府信息公开共计40件: 申请的 makes the clause the applications' (the nearer
    公开 notwithstanding)."""
    assert _facts("2025年，本办共接收向区政府申请的政府信息公开共计40件，回复36件。")[0] == ("applications.received", 40)


def test_an_english_concept_named_inside_a_longer_ones_words_is_not_asked(tmp_path):
    """"CPPCC member proposals" names the CPPCC's proposals; "proposals" alone inside it is no second
    concept (the NPC deputies' suggestions)."""
    from index.concepts import english_names

    assert english_names("How many CPPCC member proposals did it handle?") == ["政协提案"]
    assert "人大代表建议" in english_names("How many proposals did it handle?")
    p = pipeline_over(tmp_path, {
        "huanan-2019": "桦南县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n（三）建议提案办理结果公开\n政协委员提案共计62件，"
                       "已按时限全部办复。\n人大代表建议共计80件，其中已经解决59件。\n",
        **FILLER})
    assert 62 in numbers_in(p.ask("How many CPPCC member proposals did Huanan County handle in 2019?").text.splitlines()[0])
    assert 80 in numbers_in(p.ask("How many NPC deputies' suggestions did Huanan County handle in 2019?").text.splitlines()[0])


def test_the_years_new_items_beat_the_running_total_since_the_system_began():
    assert _facts("通过政府信息公开目录管理系统累计主动公开政府信息781条。2018年新增主动公开政府信息131条，其中工作动态86条。") \
        == [("disclosed.total", 131)]
    # a total of the year written with 累计 stays the total
    assert _facts("全年累计主动公开信息200条，其中政策解读3条。")[0] == ("disclosed.total", 200)


def test_a_channel_word_inside_the_bodys_name_names_no_channel():
    """文化广播电视和旅游局主动公开政府信息227条: the bureau's total, not a broadcast channel's."""
    assert _facts("2021年，某区文化广播电视和旅游局主动公开政府信息227条，其中政务动态信息72条。")[0] == ("disclosed.total", 227)
    assert _facts("通过门户网站向社会公开本局信息30条。") == [("disclosed.website", 30)]


@pytest.mark.parametrize("text, fact", [
    ("如对本报告内容有疑问，请致电某县教育局综合股：0449—6502240，或发送电子邮件。", ("contact.phone", "0449-6502240")),
    ("联系我们（办公地址：某路1号；咨询电话：（0961）3906956）。", ("contact.phone", "0961-3906956")),
    ("全年依申请公开收件数为零。", ("applications.received", 0)),
    ("本年度通过网上平台收到信息公开申请17宗，17宗已按期答复。", ("applications.handled", 17)),
    ("全年受理依申请公开事项29例，办结29例。", ("applications.handled", 29)),
])
def test_contact_and_application_figures_as_pages_word_them(text, fact):
    """A number offered by 致电 before the office's name, an area code in brackets (one way of writing
    it), 收件数为零, the answered applications counted before the verb, 办结 counted in 例."""
    from index.verify import verify
    from index.parse import parse_report

    assert fact in _facts(text)
    assert verify(parse_report("某县教育局2023年政府信息公开工作年度报告\n一、总体情况\n" + text + "\n", "x")) == []


def test_a_count_written_in_chinese_numerals_answers_when_no_digits_do(tmp_path):
    """八個部分, 召开新闻发布会两次: the count in words; never an ordinal (第三次) or a set phrase (一次性)."""
    from rag.clausefigures import _cn_count

    assert _cn_count("本报告由概述、主动公开情况等六个部分组成", "个", ("部分",)) == (6, "六个部分")
    assert _cn_count("这是第三次召开会议，实行一次性告知", "次") is None
    p = pipeline_over(tmp_path, {
        "wanghua-2015": "抚顺市望花区人民政府2015年政府信息公开工作年度报告\n本报告由总体工作情况、主动公开政府信息情况、依申请公开"
                        "工作情况、存在的主要问题及整改情况等六个部分组成。\n一、总体工作情况\n全年召开新闻发布会两次，实行一次性告知。\n",
        **FILLER})
    assert 6 in numbers_in(p.ask("望花区2015年的年报由几个部分组成?").text.splitlines()[0])
    assert 2 in numbers_in(p.ask("望花区2015年召开了几次新闻发布会?").text.splitlines()[0])





QIJIANG = ("綦江区农业农村委员会2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我委通过区政府网委网页和微信公众号，"
           "发布政务公开信息共计420条。其中，委网页发布政策类信息30条、项目建设及涉农补贴公告公示信息210条、工作通知类信息12条。"
           "在“綦江农业”视频号发布短视频88期，直播9场。\n")


@pytest.fixture(scope="module")
def qijiang(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("qijiang"), {"qijiang-2024": QIJIANG, **FILLER})


@pytest.mark.parametrize("question, number", [
    # two channels named (a web page is the site's) and 共: the total over both, not one channel's
    ("綦江区农业农村委员会2024年通过网页和微信公众号共发布政务公开信息多少条？", 420),
    # an item naming two of the asked words (补贴 and 公告) over one naming a third alone (通知)
    ("How many project-construction and agricultural-subsidy notices did the Qijiang agriculture commission publish in 2024?",
     210),
    ("How many livestreams did the Qijiang agriculture commission hold on its video account in 2024?", 9),
])
def test_channels_items_and_livestreams(qijiang, question, number):
    got = numbers_in(qijiang.ask(question).text.splitlines()[0])
    assert number in got and not {420, 30, 210, 12, 88, 9} - {number} & set(got)


# One page each, invented in the phrasings the forty-third to forty-seventh blind sets showed (real places)
PAGES_SEEN = {
    "jiaokou-2023": "交口县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n全年，县政府门户网站更新各类动态信息920条，"
                    "印发政策性文件14件，发布政策解读14条。\n",
    "huarong-2017": "华容县交通运输局2017年政府信息公开工作年度报告\n一、概述\n全年公开信息40条，通过门户网站和公示栏公开，"
                    "按时办理满意率达到97.2%。\n",
    "xixia-2024": "西夏区人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n2024年，区政府办公室共解读文件19个。"
                  "其中图片解读文件12个，视频解读文件7个。\n",
    "shanshan-2019": "鄯善县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n2019年，全县21个县直部门和8个乡镇均开设了信息"
                     "公开专栏，县政府召开常务会议15次。\n",
    "xingxian-2015": "兴县人民政府2015年政府信息公开工作年度报告\n一、概述\n全年公开信息300条。对全县13个乡镇的信息公开分管领导"
                     "和业务骨干进行了专题培训。\n",
    "jianxin-2018": "遂溪县建新镇人民政府2018年政府信息公开工作年度报告\n一、概述\n2018年度我镇主动公开政府信息数31条,"
                    "其中线上信息公开19条。\n",
    "xicheng-2018": "西城区发展和改革委员会2018年政府信息公开工作年度报告\n一、总体情况\n领导小组下设办公室，并配备1名兼职政务公开"
                    "工作人员,3名兼职信息公开工作人员。全年通过区政府网站公开信息38条。\n",
    "kaihua-2020": "开化县农业农村局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局通过政务网发布信息319条,"
                   "部门官方微信150期。\n",
}


@pytest.fixture(scope="module")
def seen(tmp_path_factory):
    return pipeline_over(tmp_path_factory.mktemp("seen"), {**PAGES_SEEN, **FILLER})


@pytest.mark.parametrize("question, wanted, unwanted", [
    # "policy documents" is the concept 政策法规; the page writes 政策性文件: its own figure, not the site's total
    ("How many policy documents did Jiaokou County publish on its government portal in 2023?", 14, 920),
    # "on-time" is the dictionary's 按时 (one word, hyphenated), "satisfaction" the concept 满意度; "what … rate" is
    # the figure, not the sentence alone
    ("What on-time handling satisfaction rate did the Huarong County transport bureau report for 2017?", 97.2, None),
    # 共解读文件19个, then its parts after 其中: the whole, asked with 共 and 文件
    ("西夏区人民政府办公室2024年共解读了多少个文件？", 19, 12),
    # 多少个部门和乡镇: "21个县直部门和8个乡镇", each figure before its own word — both, summed
    ("鄯善县2019年有多少个部门和乡镇开设了信息公开专栏？", 29, None),
    ("鄯善县政府2019年召开了几次常务会议？", 15, None),
    # "train" is the concept 培训 (never the dictionary's 列车), "staff" any of the body's people (业务骨干)
    ("According to Xing County's 2015 report, how many townships' disclosure staff did the county train?", 13, None),
    # …中有多少条是线上公开的: the part (线上, a channel's word the tokenizer would split into 线 + 上), not the whole
    ("遂溪县建新镇2018年主动公开的政府信息中有多少条是线上公开的?", 19, 31),
    # 几名兼职信息公开工作人员: 3名兼职信息公开工作人员, never 1名兼职政务公开… that shares only 兼职
    ("西城区发改委2018年配了几名兼职信息公开工作人员？", 3, 1),
    # what a body spent (a long body's name before the verb) is money: no count of items answers it
    ("How much did the Xicheng District development and reform commission spend on its disclosure website in 2018?", None, 38),
    # 官方微信 names the followers' account itself, no narrower thing: no figure of followers, no answer
    ("开化县农业农村局官方微信在2020年底有多少关注人数（粉丝数）？", None, 150),
])
def test_counts_as_the_later_blind_sets_asked_them(seen, question, wanted, unwanted):
    a = seen.ask(question)
    got = numbers_in(a.text.splitlines()[0])
    assert a.refused == (wanted is None), a.text
    assert (wanted is None or wanted in got) and unwanted not in got, a.text


# One page each, invented in the phrasings the forty-third set's held-out halves showed once a newer
# held-out set was gathered (real places)
PAGES_HELD = {
    "chengbu-2019": "城步苗族自治县人民政府2019年政府信息公开工作年度报告\n一、总体情况\n2019年，全县累计主动公开政府信息8600条。"
                    "新媒体方面：城步发布微信公众号全年推送信息90条，订阅人数为5200。\n",
    "weiyuan-2024": "渭源县人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n2024年,县政府网站累计发布各类政务信息8200条,"
                    "其中政务动态信息2100条,解读信息发布95条,微信公众号“渭源发布”发布信息120条,收到留言43条,已全部办理。\n",
    "lezhi-2022": "乐至县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n2022年我局主动公开工作动态信息15条,卫生健康信息9条,"
                  "财政信息4条,疫情防控信息7条,共公开信息35条。\n",
    "fengxiang-2023": "凤翔区自然资源局2023年政府信息公开工作年度报告\n一、总体情况\n全年主动公开行政事业性收费2项,收费金额共计3.25万元;"
                      "发布政务信息60条。\n",
    "pingbian-2022": "屏边县卫生健康局2022年政府信息公开工作年度报告\n  • 索引号\n    11532523/2023-00045\n  • 发布机构\n"
                     "    屏边县卫生健康局\n屏边县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局主动公开信息52条。\n",
    "yufeng-2023": "鱼峰区人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，区政府网站公开信息3100条。全年组织召开"
                   "了9场政策说明会，参加群众160人。\n",
    "chenghai-2021": "澄海区莲上镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n（一）健全机制。我镇坚持主要领导负总责，"
                     "做到“四个到位”，即人员到位、经费到位、制度到位、责任到位，确保公开工作有序开展。\n",
}


@pytest.mark.parametrize("question, wanted, unwanted", [
    # an account quoted before its channel's word names whose followers, no part of them
    ('How many subscribers did the "城步发布" WeChat official account of Chengbu County have in 2019?', 5200, 90),
    ("城步县2019年城步发布微信公众号订阅人数是多少？", 5200, 90),
    # …nor the thing counted: the messages received, not the account's posts
    ("2024年渭源县政府办公室的“渭源发布”微信公众号收到了多少条留言？", 43, 120),
    # 共…35条 after its parts (15+9+4+7) is the total, not the first part
    ("乐至县卫生健康局2022年共公开政府信息多少条？", 35, 15),
    # "epidemic prevention and control" is the concept 疫情防控
    ("How many epidemic prevention and control items did the Lezhi County health bureau publish in 2022?", 7, 35),
    # a sum asked of a template row (收费金额): the money the sentence gives, never the row's count
    ("凤翔区自然资源局2023年主动公开的行政事业性收费金额是多少？", 3.25, 2),
    # "policy briefing sessions" is the concept 政策说明会, not a press conference
    ("How many policy briefing sessions did the Yufeng District government hold in 2023?", 9, None),
])
def test_counts_as_the_held_out_halves_asked_them(later, question, wanted, unwanted):
    a = later.ask(question)
    got = numbers_in(a.text.splitlines()[0])
    assert not a.refused, a.text
    assert (wanted in got or wanted * 10_000 in got) and unwanted not in got, a.text


def test_a_page_field_is_read_with_the_value_on_the_line_after_it(later):
    a = later.ask("屏边县卫生健康局2022年年报的索引号是什么？")
    assert not a.refused and "11532523/2023-00045" in a.text, a.text


def test_the_reports_own_words_quoted_find_the_sentence_that_writes_them(later):
    a = later.ask("澄海区莲上镇2021年所说的“四个到位”包括哪些？")
    assert not a.refused and "经费到位" in a.text, a.text


# One page each, invented in the phrasings the forty-eighth and forty-ninth tuning sets showed (real places)
PAGES_LATER = {
    "weixin-2020": "威信县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n全年受理市长热线210件、12345热线来电96件、县长信箱30件。\n",
    "hongya-2019": "洪雅县止戈镇人民政府2019年政府信息公开工作年度报告\n一、概述\n2019年度,我镇在县政府网站公开信息18条;"
                   "在美丽洪雅APP公开发布内容31条;在公示栏公开内容60条。本年度报告的电子版可在县政府门户网站查阅,"
                   "网址为:http://www.hongya.gov.cn/xxgk/ndbg/。\n",
    "wanzai-2020": "万载县应急管理局2020年政府信息公开工作年度报告\n一、总体情况\n明确局办公室为我局政府信息公开工作的主要责任部门,"
                   "负责组织协调和监督检查。全年公开信息45条。\n",
    "wuchang-2023": "五常市教育局2023年政府信息公开工作年度报告\n一、总体情况\n全年通过“五常教育”微信公众号发布信息300条。"
                    "围绕家长关注点，公众号推出“乡村教师风采”等系列推文，阅读量明显上升。\n",
    "taixing-2025": "泰兴市教育局2025年政府信息公开工作年度报告\n一、总体情况\n全年公开信息210条。局主要领导于2025年9月18日参加"
                    "“政风行风热线”节目,现场答复群众诉求。凡主动公开的信息须经分管领导把关和保密审查后方可发布。\n",
    "huanan-2020": "发布者:县教体局   发布日期:2021-01-20 09:12:40\n桦南县教育局2020年政府信息公开工作年度报告\n一、总体情况\n"
                   "2020年，我局主动公开信息76条。如对本报告有疑问，请联系桦南县教育局（电话：0454-6221234）。\n",
    "yanta-2023": "雁塔区教育局2023年政府信息公开工作年度报告\n一、总体情况\n2023年共收到依申请公开9件,从结果来看,予以公开4件,"
                  "本机关不掌握相关政府信息2件,申请人主动撤回3件。通过雁塔区政府门户网站教育局频道主动公开政府信息150条,其中预算决算信息60条。\n",
    "jinshan-2024": "金山区教育局2024年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n本年度在门户网站公开专栏增设了"
                    "依申请公开办事指南，方便群众提交申请。全年收到申请6件。\n",
    "jingning-2023": "静宁县市场监督管理局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局主动公开政务信息310条（微信公众号公布"
                     "290条,政府网站公布20条）。收到依申请公开件40件,其中,当面申请的12件,来信申请的10件,网上申请的18件。"
                     "在健全政务信息公开制度的基础上，研究制定了《静宁县市场监督管理局政务公开工作实施方案》和《静宁县市场监督管理局信息发布审核制度》。"
                     "依据《关于印发2023年平凉市政务公开工作要点的通知》（平政办发〔2023〕12号）编制本报告。\n",
    "mianchi-2014": "渑池县人民政府办公室2014年政府信息公开工作年度报告\n全文由概述、主动公开情况、依申请公开情况、复议诉讼情况、"
                    "存在的问题及改进措施等五部分组成。\n一、概述\n全年公开信息500条。\n",
    "gongshu-2023": "拱墅区人民政府办公室2023年政府信息公开工作年度报告\n一、总体情况\n制发行政规范性文件6件,废止行政规范性文件37件,"
                    "现行有效的规范性文件40件。\n",
    "pengyang-2021": "彭阳县自然资源局2021年政府信息公开工作年度报告\n一、总体情况\n2021年我局通过宁夏行政执法监督平台主动公开行政处罚案件信息7条,"
                     "通过政府门户网站公开信息120条,其中“政府信息公开指南”栏目发布信息2条。\n",
    "jialian-2015": "思明区莲前街道办事处2015年政府信息公开工作年度报告\n一、概述\n（一）受理申请的数量:本街道2015年度共受理政府信息公开申请"
                    "1条,历年累计9条。\n",
    "deqing-2018": "德清县财政局2018年政府信息公开工作年度报告\n二、政府信息主动公开情况\n（一）政府网站：全年公开信息30条。\n"
                   "（二）微信、微博：2018年“德清财政”政务微信发布260条,“德清财政”政务微博发布190条。\n",
}


@pytest.fixture(scope="module")
def later(tmp_path_factory):
    """One pipeline over this session's pages, the held-out halves' phrasings and the later sets' alike."""
    return pipeline_over(tmp_path_factory.mktemp("later"), {**PAGES_HELD, **PAGES_LATER, **FILLER})


@pytest.mark.parametrize("question, wanted, unwanted", [
    # "calls" on a hotline are its 来电; the question's own number (12345) names the line
    ("How many calls did Weixin County receive on the 12345 hotline in 2020?", 96, 210),
    # an app named in pinyin is the report's own word for it: a part of the items, not their total
    ("How many items did Zhige Town of Hongya County publish on the Meili Hongya app in 2019?", 31, 18),
    # a heading listing two channels before its colon: the channel named after it is the figure's
    ("How many posts did the Deqing County finance bureau publish on its government WeChat account in 2018?", 260, 450),
])
def test_counts_as_the_later_tuning_sets_asked_them(later, question, wanted, unwanted):
    a = later.ask(question)
    got = numbers_in(a.text.splitlines()[0])
    assert not a.refused and wanted in got and unwanted not in got, a.text


def test_the_unit_in_charge_of_the_work_is_the_texts_not_the_reports_issuer(later):
    a = later.ask("万载县应急管理局的政府信息公开工作是哪个部门主要负责？")
    assert not a.refused and "局办公室" in a.text, a.text


def test_where_online_a_report_can_be_read_is_its_web_address(later):
    a = later.ask("Where online can the electronic version of Zhige Town's (Hongya) 2019 report be viewed?")
    assert not a.refused and "hongya.gov.cn/xxgk/ndbg" in a.text.splitlines()[0], a.text


def test_how_much_two_named_reports_figures_differ_by_is_their_difference(later):
    a = later.ask("万载县应急管理局2020年和平昌县民政局2017年主动公开的信息数量相差多少条？")
    assert 25 in numbers_in(a.text.splitlines()[0]), a.text


def test_which_things_one_report_names_is_no_count_and_the_chats_fillers_are_no_words_of_it(later):
    a = later.ask("五常市教育局的微信公众号2023年推出过哪些系列推文？举个例子就行")
    assert not a.refused and "乡村教师风采" in a.text and "300" not in a.text.splitlines()[0], a.text


@pytest.mark.parametrize("question, date", [
    ("When in 2025 did the principal leader of the Taixing education bureau take part in the 政风行风热线 programme?", "9月18日"),
    ("泰兴市教育局主要领导2025年哪天参加了政风行风热线节目？", "9月18日"),
])
def test_a_day_asked_is_the_date_the_clause_gives_first(later, question, date):
    a = later.ask(question)
    assert not a.refused and date in a.text.splitlines()[0], a.text


def test_which_review_a_text_requires_is_found_past_the_question_word(later):
    a = later.ask("泰兴市教育局2025年规定主动公开的信息发布前要过哪道审查？")
    assert not a.refused and "保密审查" in a.text, a.text


def test_the_issuer_as_the_pages_own_field_writes_it_follows_the_body(later):
    a = later.ask("桦南县教育局2020年年报页面上写的发布者是谁？")
    assert "桦南县教育局" in a.text.splitlines()[0] and "发布者：县教体局" in a.text, a.text


@pytest.mark.parametrize("question, wanted, unwanted", [
    # what became of some applications beside the template's outcomes, asked after the whole (…里，…撤回的有几件)
    ("雁塔区教育局2023年收到的政府信息公开申请里，申请人自己撤回的有几件？", 3, 9),
    ("How many applications to the Yanta District education bureau were withdrawn by the applicants in 2023?", 3, 9),
    # the body's column on the government portal (门户网站教育局频道) is the website, no body's name
    ("雁塔区教育局2023年通过区政府网站教育局频道主动公开了多少条政府信息？", 150, 60),
])
def test_outcomes_beside_the_templates_and_a_bodys_column_on_the_portal(later, question, wanted, unwanted):
    a = later.ask(question)
    got = numbers_in(a.text.splitlines()[0])
    assert not a.refused and wanted in got and unwanted not in got, a.text


def test_which_phone_one_report_gives_is_its_contact_line(later):
    a = later.ask("桦南县教育局2020年的年报要是有意见该打哪个电话？")
    assert not a.refused and "0454-6221234" in a.text.splitlines()[0], a.text


TOWNS_2024 = {
    "liansheng-2024": "绥滨县连生乡人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年我乡开展普法宣传活动12次。\n",
    "dapo-2024": "融安县大坡乡人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年我乡开展普法宣传活动5次。\n",
    "muta-2024": "东至县木塔乡人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年我乡加强政务公开，完善公开目录。\n",
}


def test_a_rank_over_the_text_names_and_cites_the_reports_read_that_state_none(tmp_path):
    towns = pipeline_over(tmp_path, TOWNS_2024)
    a = towns.ask("2024年的乡镇年报里，哪个乡镇开展的普法宣传活动最多？")
    assert not a.refused and "绥滨县" in a.text.splitlines()[0], a.text
    assert "东至县" in a.text and any(c.report_id == "muta-2024" for c in a.citations), a.text


def test_the_rules_on_disclosure_are_no_rules_published():
    from rag.query import _targets
    from index import template as T

    assert _targets("How many staff meetings did the bureau hold in 2021 to explain the disclosure rules?") == []
    assert [t.table for t in _targets("How many rules did the county government publish in 2021?")] == [T.ACTIVE]


def test_what_a_body_newly_set_up_in_an_area_the_template_counts_is_the_texts(later):
    a = later.ask("金山区教育局2024年在依申请公开这块，门户网站上新加了啥？")
    assert not a.refused and "依申请公开办事指南" in a.text, a.text


def test_a_sum_a_table_states_keeps_its_unit_in_english():
    from index import template as T
    from index.model import Place, Report, TableValue
    from rag import facts as F
    from rag.query import Query, Target
    from rag.tableanswer import _one_line

    rep = Report("dj", "dj.txt", "", "", None, Place("垫江县", "重庆市", "重庆市", english="Dianjiang"), 2019, "2019")
    row = next(r for t in T.TEMPLATES["2019"] if t.key == T.ACTIVE for r in t.rows if r.label.endswith("集中采购"))
    cell = TableValue("dj", T.ACTIVE, row.label, "采购总金额", 1767.06, "万元", None)
    line = _one_line(F.Reading(rep, Target(T.ACTIVE, row.label, "采购总金额"), cell), Query(text="x", language="en"), "en")
    assert "1767.06 万元" in line, line


@pytest.mark.parametrize("question, wanted", [
    # 公布 is a verb of publishing: the channel's own figure inside the brackets, not the whole
    ("静宁县市场监管局2023年在微信公众号上公布了多少条政务信息？", "290"),
    # a way of handing in the text never counts (by e-mail): no figure, never the total
    ("静宁县市场监管局2023年收到的依申请公开件里，有几件是通过电子邮件提交的？", None),
    # several documents asked: every one the sentence names, first
    ("What rules or documents did the Jingning County market supervision bureau draw up for its information disclosure work in 2023?",
     "《静宁县市场监督管理局信息发布审核制度》"),
    # a document named 政务公开工作要点 is no summary asked
    ("静宁县市场监管局编2023年年报依据的平凉市政务公开要点文件文号是啥？", "平政办发〔2023〕12号"),
])
def test_what_the_jingning_page_answers(later, question, wanted):
    a = later.ask(question)
    assert a.refused == (wanted is None), a.text
    assert wanted is None and "40" not in a.text.splitlines()[0] or wanted in a.text.splitlines()[0], a.text


def test_which_bodies_published_annual_reports_lists_the_reports(later):
    a = later.ask("Which education bureaus published 2025 government information disclosure annual reports?")
    assert not a.refused and "泰兴市" in a.text.splitlines()[0] and "210" not in a.text, a.text


@pytest.mark.parametrize("question", ["渑池县人民政府办公室2014年的年报一共分成几个部分？", "渑池县人民政府办公室2014年年报自称由几部分组成？"])
def test_how_many_parts_a_report_has_is_the_count_it_writes_in_words(later, question):
    a = later.ask(question)
    assert not a.refused and 5 in numbers_in(a.text.splitlines()[0]), a.text


def test_occasions_and_items_published_are_counted_apart():
    assert N.asked_unit("How many staff meetings did the bureau hold in 2021?", "en") == "次"
    assert N.counts_other_kind("次", "执法人员信息1条") and N.counts_other_kind("条", "更新网站3次")
    assert not N.counts_other_kind("次", "召开会议3场") and not N.counts_other_kind("条", "发布信息3篇")


@pytest.mark.parametrize("question, number", [("拱墅区政府办2023年废止了多少件行政规范性文件？", 37),
                                              ("拱墅区政府办2023年制发了多少件行政规范性文件？", 6)])
def test_the_questions_other_words_pick_the_clause_after_the_same_rows_name(later, question, number):
    a = later.ask(question)
    assert not a.refused and numbers_in(a.text.splitlines()[0])[:1] == [number], a.text


def test_which_platform_is_the_platform_named_not_a_count_of_its_row_nor_a_columns_name(later):
    a = later.ask("Which platform did Pengyang County's natural resources bureau use to publish its administrative penalty cases in 2021?")
    assert not a.refused and "宁夏行政执法监督平台" in a.text.splitlines()[0], a.text


def test_what_thing_a_body_did_in_english_is_no_count_of_its_row(later):
    a = later.ask("What guide did the Jinshan District education bureau add for applications in 2024?")
    assert "6" not in a.text.splitlines()[0], a.text


@pytest.mark.parametrize("question, number", [("思明区莲前街道到2015年为止，历年累计一共收到过几件信息公开申请？", 9),
                                              ("思明区莲前街道2015年收到过几件信息公开申请？", 1)])
def test_a_running_total_over_the_years_is_the_texts_not_the_years_row(later, question, number):
    a = later.ask(question)
    assert not a.refused and number in numbers_in(a.text.splitlines()[0]), a.text
