"""Names and values as reports write them: a township whose name holds 和, one the overview names as
its subject, a bureau by its short form (应急局, 林草局, 教委), the leader of a group and the deputy,
the items listed before 等 and their kind, a count in units, an application handed in through the
website, the sentence a text figure stands in, who compiled a report (invented pages, real places)."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from index.normalize import normalize
from index.meta import read_agency
from rag.counts import asked_unit
from rag.focus import focus_terms
from rag.named import asked_value
from test_embed_stage import pages_fixture, pipeline_over


def _agency(text: str):
    r = read_agency(normalize(text), text)
    return r.agency.name if r.agency else None, r.place.county if r.place else None


def test_a_short_township_name_ending_in_he_with_its_office_written():
    assert _agency("海曙区人民政府敬和街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n本街道认真落实条例。") \
        == ("海曙区人民政府敬和街道办事处", "海曙区")


def test_a_township_named_as_the_overviews_subject_carrying_on_its_work():
    text = "本报告由概述、主动公开情况等部分组成。\n2019年,南窖乡继续把政务公开作为建设法治政府的重要举措。\n"
    assert _agency(text) == ("房山区南窖乡人民政府", "房山区")


@pytest.mark.parametrize("title, name", [
    ("莒县应急局2023年政府信息公开工作年度报告", "莒县应急管理局"),
    ("莒县林草局2023年政府信息公开工作年度报告", "莒县林业和草原局"),
])
def test_a_bureau_titled_by_its_short_form_is_stored_by_its_full_name(title, name):
    text = f"{title}\n一、总体情况\n2023年，我局认真落实条例。\n"
    r = read_agency(normalize(text), text)
    assert r.agency.name == name and title[:5] in r.agency.aliases


def test_the_leader_and_the_deputy_of_a_group():
    s = "成立了局信息公开领导小组,局长王立新同志任组长,副局长赵明同志任副组长,各科室负责人为成员。"
    assert asked_value("领导小组的组长是谁？", s, ["领导小组", "组长"]) == "王立新"
    assert asked_value("领导小组的副组长是谁？", s, ["领导小组", "副组长"]) == "赵明"
    # a comrade by name, the group named between him and the post
    s = "成立了信息公开工作领导小组,周建国同志担任我局政务公开领导小组组长,吴平同志任副组长,各科室负责人为成员。"
    assert asked_value("领导小组的组长是谁？", s, ["领导小组", "组长"]) == "周建国"
    assert asked_value("领导小组的副组长是谁？", s, ["领导小组", "副组长"]) == "吴平"


def test_the_items_listed_before_their_kind():
    s = "我局结合世界水日、中国水周、宪法宣传周等重点宣传活动，开展普法宣传。"
    assert asked_value("某局借助哪些重点宣传活动做宣传？", s, ["重点", "宣传"]) == "世界水日、中国水周、宪法宣传周"


def test_units_counted_in_english_and_a_verb_glued_to_a_function_word():
    assert asked_unit("How many units' budget information did the county publish?", "en") == "家"
    assert asked_unit("这几个县的统计局，哪个发的信息最多？") == ""  # these few counties: no count asked
    assert "上发" not in focus_terms("某镇2022年在自己的微信公众号上发了多少条信息？", "zh", ["某镇"])

    # the channel a question puts something on is the channel (微博上: 微博); 抖音号叫什么 asks its name
    terms = focus_terms("某县政府2024年在新浪微博上是用哪个账号发布信息的？", "zh", ["某县"])
    assert "微博上" not in terms and any("微博" in t for t in terms), terms
    assert "号叫" not in focus_terms("某镇2023年用的抖音号叫什么?", "zh", ["某镇"])
    # "which unit" asks for a body; units counted ("how many units' sangong information") are a word to look for
    assert "单位" in focus_terms("How many units' \"three public expenses\" information did the county publish in 2014?", "en", [])
    assert not {"单位", "部队"} & set(focus_terms("Which unit of the bureau is in charge of disclosure work?", "en", []))
    # 什么机构 asks for a body, as 哪个部门 does: no word the answer's sentence need write
    assert "机构" not in focus_terms("某局2017年为做好信息公开专门成立了什么机构？", "zh", ["某局"])


PAGES = {
    "juxian-2020": "莒县统计局2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我局在县政府网站公开统计信息126条，"
                   "其中统计公报2条、“三公”经费信息覆盖全县58家单位。\n二、收到和处理政府信息公开申请情况\n全年收到政府信息公开申请"
                   "9件，其中通过门户网站申请6件，信函申请3件。\n本报告由莒县统计局办公室编制。\n",
    "wulian-2020": "五莲县司法局2020年政府信息公开工作年度报告\n一、总体情况\n2020年度我局未收到政府信息公开申请。\n",
    "shanxian-2016": "单县人民政府2016年政府信息公开工作年度报告\n本报告由单县人民政府办公室按照《中华人民共和国政府信息公开"
                     "条例》和省、市有关要求编制而成。\n一、概述\n2016年，全县主动公开政府信息3120条。\n",
}


named = pages_fixture(PAGES)


def test_a_body_asked_by_a_two_character_short_form_the_corpus_lacks(named):
    a = named.ask("莒县教委2020年公开了多少条信息？")
    assert a.refused and "126" not in a.text


def test_a_count_in_units_is_no_count_of_items(named):
    a = named.ask("How many units' \"three public expenses\" information did the Juxian statistics bureau publish in 2020?")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [58]


def test_applications_handed_in_through_the_website(named):
    a = named.ask("Of the requests the Juxian statistics bureau received in 2020, how many were submitted via the website?")
    assert 6 in numbers_in(a.text.splitlines()[0]) and 9 not in numbers_in(a.text.splitlines()[0])


def test_a_figure_from_the_text_is_shown_in_its_sentence(named):
    a = named.ask("五莲县司法局2020年有没有人申请政府信息公开？")
    assert a.text.startswith("否") and "未收到政府信息公开申请" in a.text


def test_which_office_compiled_a_report(named):
    a = named.ask("莒县统计局2020年的年报是哪个机构编的？")
    assert "莒县统计局办公室" in a.text.splitlines()[0], a.text  # the maker asked for leads
    # the maker named before the rules it followed (由…办公室按照《条例》…编制而成)
    a = named.ask("单县2016年的政府信息公开年报是哪个部门编的？")
    assert "单县人民政府办公室" in a.text.splitlines()[0], a.text


def test_a_counted_thing_is_searched_by_itself_not_by_a_long_bodys_name(tmp_path):
    body = "嘉峪关市文化广播影视新闻出版局"
    # the page's fields, each its own paragraph naming the body (as the site prints them): more of
    # them than a search of the whole question reads
    fields = "\n\n".join(f"{f}：{body}2018年政府信息公开工作年度报告。{body}信息公开栏目。" for f in (
        "索引号", "关键词", "发表日期", "生成日期", "公开形式", "责任部门", "当前位置", "发布机构", "信息来源", "文号",
        "主题分类", "体裁分类", "浏览次数", "字体大小", "打印本页", "关闭窗口", "分享到", "上一篇", "下一篇", "相关链接",
        "网站地图", "联系我们", "版权所有", "主办单位"))
    page = (f"{body}2018年政府信息公开工作年度报告\n{fields}\n一、概述\n一是健全工作机构。局长任组长。\n"
            "二是规范公开目录。一年来，我局将应当主动公开的政府信息编为机构职能、政策文件、行政审批、财政信息、"
            "公共服务、监督投诉等8个类别，全年向社会主动公开政府信息31条。" + "我局坚持依法行政，加强制度建设，规范工作流程，"
            "强化监督检查，落实保密审查，做好网站维护，回应社会关切，推进决策公开、执行公开、管理公开、服务公开和结果公开。" * 4
            + "\n")
    p = pipeline_over(tmp_path, {"jiayuguan-2018": page})
    a = p.ask(f"{body}2018年把主动公开的信息分成了几个类别？")
    assert numbers_in(a.text.splitlines()[0])[-1:] == [8]
    from rag.figures import counted_figure  # read as the thing counted, not by luck of another path

    assert counted_figure(p, p.understand(f"{body}2018年把主动公开的信息分成了几个类别？")).facts[0]["value"] == 8


SITES = {
    "wangyuan-2017": "永宁县望远镇2017年度政府信息公开工作报告\n一、总体情况\n我镇成立了政府信息公开工作领导小组。\n"
                    "二、主动公开情况\n以公开为原则，线上借助永宁县人民政府网、银川市人民政府网平台公开信息，线下通过宣传栏、"
                    "横幅等方式公开政府信息。全年主动公开信息56条，内容涵盖财政预决算、惠民政策等方面。\n2017年，我镇政府信息公开没有收取任何费用。\n",
    "credit-2021": "永宁县发展和改革局2021年政府信息公开工作年度报告\n本报告电子版可在“永宁县政府公众信息网”（www.nxyn.gov.cn）"
                   "下载。\n一、总体情况\n网站支持IPV6访问。依法及时公开重大公共政策信息；利用"
                   "“信用永宁”网站主动公开我县社会信用信息；加大政府采购信息公开力度。全年主动公开信息120条。\n",
}
sites = pages_fixture(SITES)


@pytest.mark.parametrize("question, want", [
    ("永宁县望远镇2017年在网上是借助哪些网站公开政府信息的？", ("永宁县人民政府网", "银川市人民政府网")),
    ("Through which websites did Wangyuan Town in Yongning County publish information online in 2017?",
     ("永宁县人民政府网", "银川市人民政府网")),
    ("永宁县发改局2021年通过哪个网站公开全县的社会信用信息？", ("信用永宁",)),
    # a site by its quoted name and address answers where to download the report (网站支持IPV6 names none)
    ("永宁县发改局2021年的年报电子版可以到哪个网站下载？", ("永宁县政府公众信息网",)),
])
def test_the_sites_a_sentence_names_answer_which_websites(sites, question, want):
    # a sentence naming sites answers which websites, and the sites it names lead the answer
    a = sites.ask(question)
    first = a.text.splitlines()[0]
    assert not a.refused and all(w in first for w in want), a.text


@pytest.mark.parametrize("question", ["永宁县望远镇2017年办理信息公开有没有收钱？", "永宁县望远镇2017年办理信息公开收费了吗？"])
def test_charging_asked_in_everyday_words_is_whether_it_charged(sites, question):
    # 收钱 is the concept table's word for 收费; the sentence saying 收取费用 answers it in full
    a = sites.ask(question)
    assert a.text.startswith("否") and "没有收取任何费用" in a.text, a.text


def test_a_sum_of_money_asked_is_never_a_count_of_items_beside_its_word(sites):
    # 预算总额 asks money; the sentence naming 财政预决算 counts items published (56条)
    a = sites.ask("永宁县望远镇2017年的财政预算总额是多少？")
    assert a.refused and "56" not in a.text.splitlines()[0], a.text


def test_which_rule_asks_the_title_a_sentence_names_never_a_tables_row(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"hongqiao-2021": "永宁县发展和改革局2021年政府信息公开工作年度报告\n一、总体情况\n"
                                 "落实财政部新修订出台的《政府采购信息发布管理办法》，加大政府采购信息公开力度。全年主动公开信息120条。\n"})
    for q in ("永宁县发改局2021年落实了财政部的哪个办法来加大政府采购信息公开力度？",
              "Which Ministry of Finance rule did the Yongning County development and reform bureau implement in 2021 "
              "to publish more government procurement information?"):
        a = p.ask(q)  # (政府采购 is a row of the template's table; its figure is not what is asked)
        assert not a.refused and "政府采购信息发布管理办法" in a.text.splitlines()[0], (q, a.text)


@pytest.mark.parametrize("question", ["Whom should people contact with questions about the Yongning development and reform "
                                      "bureau's 2021 report?", "对永宁县发改局2021年的年报有疑问应该联系谁？"])
def test_whom_to_contact_is_the_body_its_contact_line_names(tmp_path, question):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"yn-2021": "永宁县发展和改革局2021年政府信息公开工作年度报告\n本报告电子版可在永宁县人民政府"
                                 "门户网站下载。如对本报告有任何疑问，请与永宁县经济信息中心联系（地址：永宁县杨和街1号，电话："
                                 "0951-8012345）。\n一、总体情况\n全年主动公开信息120条。\n"})
    a = p.ask(question)
    assert "永宁县经济信息中心" in a.text.splitlines()[0], a.text


def test_an_account_written_after_its_platform_and_a_name_before_a_list_of_items():
    s = "同时，通过政务新媒体发布信息282条，其中新浪微博永宁县政府办发布178条，微信公众号永宁政府发布104条。"
    assert asked_value("永宁县政府2024年在新浪微博上是用哪个账号发布信息的？", s, ["发布", "新浪", "微博", "账号"]) == "永宁县政府办"
    assert asked_value("永宁县政府2024年的微信公众号叫什么？", s, ["微信公众号"]) == "永宁政府"


def test_a_name_asked_is_the_sentences_not_the_items_listed_after_it(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"wy-2023": "永宁县望远镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n"
                                 "目前，我镇主要通过“微望远”微信公众平台、“望远古镇”抖音平台等发布通知公告、工作动态等信息。\n"
                                 "一是严格执行保密审查制度。\n二是及时更新公开栏内容。\n"})
    a = p.ask("永宁县望远镇2023年用的抖音号叫什么?")
    assert "望远古镇" in a.text.splitlines()[0] and "微望远" not in a.text.splitlines()[0], a.text
