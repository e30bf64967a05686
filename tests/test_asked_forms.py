"""Forms of asking met on real pages (invented pages, real places): an ordinal (第几年), a thing the
text qualifies (43个政府组成部门), a list copied from the report (文体活动、行政许可、行政处罚这类信息),
a count that names a publisher's role (作为主发布单位参加了几场), the departments under a government,
the body a report designated, what became of the applications, resolved messages in English."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from index.meta import read_agency
from index.normalize import normalize
from rag.counts import figure_before
from test_embed_stage import pages_fixture

PAGES = {
    "gaochun-2015": "南京市高淳区人民政府2015年政府信息公开工作年度报告\n一、概述\n2015年是我区政府信息公开工作开展的第八年。"
                    "确定区政府电子政务中心为政府信息公开日常工作机构，负责指导各部门的信息公开工作。本年度报告共涉及8个镇、"
                    "36个政府组成部门。全年公示文化活动、行政许可、行政处罚等信息268余条。作为主发布单位，参加召开新闻发布会3场。"
                    "在互动交流平台公开办结留言数量41条。\n二、依申请公开情况\n本年度收到政府信息公开申请3件。我区及时受理，"
                    "按时答复，1件申请人撤回申请，2件予以公开。\n",
    "lishui-2015": "溧水区商务局2015年政府信息公开工作年度报告\n一、概述\n2015年，我局主动公开信息52条。\n",
}


forms = pages_fixture(PAGES)


def _lead(p, question: str) -> str:
    return p.ask(question).text.splitlines()[0]


def test_an_ordinal_is_answered_as_the_report_counts_it(forms):
    assert "第八年" in _lead(forms, "高淳区2015年的年报说，那一年是它开展政府信息公开工作的第几年？")


def test_a_thing_the_text_qualifies_is_still_counted():
    assert figure_before("共涉及8个镇、36个政府组成部门。", "个", "政府部门") == (36, "36个政府组成部门")
    assert figure_before("共涉及8个镇、36个政府部门。", "个", "政府部门") == (36, "36个政府部门")
    assert figure_before("配备了5名全职工作人员、71名兼职工作人员。", "名", "兼职人员") == (71, "71名兼职工作人员")


def test_a_list_copied_from_the_report_asks_the_lists_figure(forms):
    lead = _lead(forms, "高淳区2015年全年公示的文化活动、行政许可、行政处罚这类信息有多少条？")
    assert numbers_in(lead)[-1:] == [268]


def test_a_publishers_role_named_in_a_count_is_no_question_about_the_publisher(forms):
    lead = _lead(forms, "高淳区2015年作为主发布单位参加了几场新闻发布会？")
    assert numbers_in(lead)[-1:] == [3]


def test_the_body_a_report_designated(forms):
    assert "区政府电子政务中心" in _lead(forms, "高淳区2015年把哪个单位定为政府信息公开的日常工作机构？")


def test_what_became_of_the_applications(forms):
    a = forms.ask("高淳区2015年收到的3件信息公开申请最后是怎么处理的？")
    assert "撤回" in a.text and "予以公开" in a.text


def test_resolved_public_messages_in_english(forms):
    lead = _lead(forms, "In 2015, how many resolved public messages did Gaochun District post on its interactive platform?")
    assert 41 in numbers_in(lead)


def test_the_departments_under_a_government_are_departments(forms):
    a = forms.ask("在江苏省的这些报告里，哪些是区县政府下属部门发布的？")
    lead = a.text.splitlines()[0]
    assert "溧水区商务局" in lead and "高淳区人民政府" not in lead


def test_a_culture_sports_and_tourism_bureau_named_only_in_the_contact_line():
    text = ("本报告根据《条例》要求编制，所列数据的统计时间为2022年1月1日至2022年12月31日。"
            "如对本年度报告有任何疑问，请与华安县文化体育和旅游局联系。\n一、总体情况\n2022年，我局认真落实条例。\n")
    r = read_agency(normalize(text), text)
    assert r.agency is not None and r.agency.name == "华安县文化体育和旅游局"


def test_an_unlisted_body_that_is_the_overviews_subject():
    text = ("本报告根据《条例》要求编制，全文由总体情况等六部分组成。如有疑问，请与烈山区机关事务管理中心联系。\n"
            "一、总体情况\n2022年,烈山区机关事务管理中心紧紧围绕政府信息公开工作总体要求，扎实做好各项工作。\n")
    r = read_agency(normalize(text), text)
    assert r.agency is not None and r.agency.name == "烈山区机关事务管理中心" and r.place.county == "烈山区"


def test_what_a_question_sets_aside_is_not_asked_and_a_kind_is_its_first_words():
    from rag.askkinds import asked_kinds
    from rag.named import asked_value

    assert "disclosed.website" not in asked_kinds("某局除了自己的网站，还靠哪些平台发布信息？")
    s = "我局通过政府网站发布通知、公告、新闻等信息24条。"
    assert asked_value("某局还靠哪些平台发布信息？", s, ["平台"]) is None  # 等信息 lists no platforms


@pytest.mark.parametrize("question", ["How many of the five reports cover 2024?", "这五份报告里有几份是2024年的？"])
def test_a_count_over_the_set_the_question_names_shows_the_rest(pipeline, question):
    a = pipeline.ask(question)
    assert a.text.startswith(("3 ", "共 3 份")) and "神池县教育科技局" in a.text and "盐池县教育体育局" in a.text
    assert {"shenchi-2023", "yanchi-2020"} <= {c.report_id for c in a.citations}


@pytest.mark.parametrize("text, name", [
    ("苏州工业园区管委会2021年政府信息公开工作年度报告\n一、总体情况\n2021年，园区认真落实条例。\n", "苏州工业园区管委会"),
    ("根据《中华人民共和国政府信息公开条例》规定，按照上级通知要求，现将柞水县重点项目建设协调指挥部办公室2022年政府信息"
     "公开工作年度报告予以公开发布。本报告所列数据的统计时间自2022年1月1日到2022年12月31日。\n一、总体情况\n本办认真落实条例。\n",
     "柞水县重点项目建设协调指挥部办公室"),
])
def test_a_zones_own_committee_and_a_body_the_report_announces(text, name):
    r = read_agency(normalize(text), text)
    assert r.agency is not None and r.agency.name == name


def test_which_one_a_sentence_names_and_an_account_written_unquoted():
    from rag.named import asked_value

    s = "对重要信息在社区公示栏上公开,东兴社区还将本社区大事公布在自制的简报上。"
    assert asked_value("哪个社区把重要信息登在自己办的简报上？", s, ["社区", "简报"]) == "东兴社区"
    s2 = "2021年,某县交通运输局畅行某县微信公众平台发布信息71条。"
    assert asked_value("某县交通运输局是通过哪个微信公众平台发布信息的？", s2, ["发布"]) == "畅行某县"


def test_what_is_set_aside_is_no_word_to_look_for():
    from rag.focus import focus_terms

    terms = focus_terms("城步县2017年除了政府网站，还借助哪些平台发布政务信息？", "zh", ["城步县"])
    assert "政府网站" not in terms and "借助" not in terms and "平台" in terms


def test_which_issuing_bodies_are_departments(forms):
    a = forms.ask("Among the reports from Jiangsu Province, which issuing bodies are county-level government departments?")
    assert "溧水区商务局" in a.text.splitlines()[0] and "高淳区人民政府" not in a.text.splitlines()[0]


def test_what_is_set_aside_without_a_comma_is_no_word_to_look_for_either():
    from rag.askkinds import asked_kinds
    from rag.focus import focus_terms

    q = "通川区行政审批局2025年的政府信息除了区政府网站还通过哪些平台公开？"
    assert "disclosed.website" not in asked_kinds(q) and "网站" not in "".join(focus_terms(q, "zh", ["通川区"]))


def test_which_body_issued_the_one_of_a_year_names_it_and_the_places_other_reports(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {
        "dadukou-2022": "重庆市大渡口区跃进村街道办事处2022年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息40条。\n",
        "beibei-2021": "重庆市北碚区发展和改革委员会2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息60条。\n",
        "lishui-2015": PAGES["lishui-2015"]})
    a = p.ask("Among the reports from Chongqing, which body issued the one covering 2022?")
    first = a.text.splitlines()[0]
    assert "跃进村街道办事处" in first and "发展和改革委员会" not in first
    assert {c.report_id for c in a.citations} == {"dadukou-2022", "beibei-2021"}


CHANNELS_PAGE = ("柘城县水利局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n2023年，我局通过政府网站发布通知、公告等信息"
                 "31条，及时更新平台内容，提高信息发布的时效性。\n（二）公开渠道建设\n加强局网站、美篇和抖音号建设，"
                 "督促各水管站在所属网站发布信息。\n")


@pytest.mark.parametrize("question", [
    "柘城县水利局2023年除了网站以外，还用什么平台发布信息？",
    "Besides its website, which other platforms did the Zhecheng County water resources bureau use to publish information in 2023?",
])
def test_which_platforms_is_answered_by_the_sentence_naming_them(tmp_path, question):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"shuili-2023": CHANNELS_PAGE})
    a = p.ask(question)
    # the word 平台 alone names no platform, and a site (所属网站) is what the question set aside
    assert "美篇" in a.text and "抖音号" in a.text and "更新平台内容" not in a.text, a.text


CONTRACTED = {
    "keji-2025": "东至县科技工业信息化局2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息88条。围绕促消费工作，"
                 "有序开展“秋浦好物·惠享东至”消费券发放活动，及时公开发放数量。\n",
    "wenlv-2024": "东至县文化广播电视体育和旅游局2024年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息40条。"
                  "我局信息主要依托县政府门户网站发布。截至2024年12月31日，我局未注册政务新媒体。\n",
}


def test_a_body_asked_by_a_contraction_of_its_name_is_that_body(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, CONTRACTED)
    # 科工信局, 文广体旅局: no list of short forms holds them; their characters come from the name in order
    first = _lead(p, "东至县科工信局2025年搞的消费券发放活动叫什么名字？")
    assert "秋浦好物·惠享东至" in first, first
    # 开通 an account is what the report calls 注册; 有没有 is the asking, never a word 没有 to look for
    first = _lead(p, "东至县文广体旅局到2024年底有没有开通政务新媒体账号？")
    assert first.startswith("否") and "未注册政务新媒体" in first, first
    # a culture bureau asked in English: the first part of a combined body's name
    a = p.ask("Had the Dongzhi County culture bureau opened any government new media accounts by the end of 2024?")
    assert not a.refused and "未注册政务新媒体" in a.text, a.text


def test_the_relief_goods_of_the_old_regulations_are_asked_in_english(tmp_path):
    from test_embed_stage import pipeline_over

    # the categories the 2008 regulations had county governments disclose, counted together in a list
    p = pipeline_over(tmp_path, {"maolin-2013": (
        "泾县茂林镇人民政府2013年政府信息公开工作年度报告\n一、主动公开情况\n全镇全年主动公开政府信息共计九类（其中机构设置12条、"
        "政策法规 8条、财政预算决算3条、抢险救灾、优抚、救济41条、其他5条）。\n")})
    first = _lead(p, "How many items on disaster relief, special care and social relief did Maolin Town in Jing County publish in 2013?")
    assert "41" in first and "12" not in first, first


def test_a_combined_figure_of_bureaus_named_in_the_plural(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {
        "tongxin-2023": "同心县教育局2023年政府信息公开工作年度报告\n一、总体情况\n结合教学工作实际，全年在县政府门户网站主动公开信息31条，"
                        "“同心教育”微信公众号发布推文402篇，内容涵盖招生、资助等。\n",
        "jingyuan-2023": "泾源县教育局2023年政府信息公开工作年度报告\n一、总体情况\n结合教学管理，全年通过县政府网站主动公开信息17条，"
                         "微信公众号发布信息256篇。\n"})
    # "combined" frames the question, and "education bureaus" is the bodies (a plural too): no narrower
    # thing asked, whose words would send the question to a sentence and its first figure
    from rag.askkinds import asked_kinds
    from rag.figures import focus_names
    from rag.textanswer import narrower

    question = ("What is the combined number of items the Tongxin and Jingyuan education bureaus proactively "
                "published on their county government websites in 2023?")
    q = p.understand(question)
    kinds = asked_kinds(q.text)
    assert kinds == ["disclosed.website"] and narrower(q, [p.by_id[i] for i in q.reports], kinds, focus_names(p, q)) == []
    first = _lead(p, question)
    assert "48" in first, first


EJINA = ("额济纳旗人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息5200条。政务服务公开880件，权责清单公开4310项。"
         "在内蒙古政务服务网对外展示依申请事项960项，公共服务事项2740项。\n")
NANTAN = ("西宁市城中区人民政府南滩街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n全年通过政府网站公开信息33条。"
          "全年累计办理各类投诉145件、督办事项9件、信访12件，按时办结率100%。\n")


@pytest.mark.parametrize("page, question, figure", [
    # "its list of powers", "did … list on the portal": how many, not a list of reports
    (EJINA, "How many entries did Ejina Banner publish in its list of powers and responsibilities (权责清单) in 2025?", "4310"),
    # public services are 公共服务, not the government services the portal is named after
    (EJINA, "How many public service items did Ejina Banner list on the Inner Mongolia government service portal in 2025?",
     "2740"),
    # complaints: a word of a template row's label, but asked alone a citizen's case the template maps to no row;
    # "Nantan Street subdistrict office" is the body in English words (南滩街道), no content
    (NANTAN, "How many complaints did the Nantan Street subdistrict office in Chengzhong District, Xining handle in 2025?",
     "145"),
])
def test_a_figure_asked_in_english_words_that_are_no_list_nor_row(tmp_path, page, question, figure):
    from test_embed_stage import pipeline_over

    first = _lead(pipeline_over(tmp_path, {"page-2025": page}), question)
    assert figure in first, first


def test_people_asked_as_ge_ren_and_a_hotline_named_by_its_number(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {
        "zhanshan-2017": "青岛市市南区湛山街道办事处2017年政府信息公开工作年度报告\n一、概述\n街道成立了政府信息公开工作领导小组，"
                         "明确了各科室的职责，同时指定了三名同志负责政府信息公开工作。\n",
        "huangdao-2024": "青岛市黄岛区教育和体育局2024年政府信息公开工作年度报告\n一、总体情况\n通过局长信箱和12345热线平台加强与公众互动交流，"
                         "及时解答群众咨询。全年主动公开信息120条。\n"})
    # 几个人: people, counted as the report writes them (三名同志); 安排 is what it calls 指定
    first = _lead(p, "市南区湛山街道2017年安排了几个人负责政府信息公开工作？")
    assert "三名" in first, first
    # the hotline's number names it: the sentence gives no count of its work orders
    a = p.ask("黄岛区教育和体育局2024年处理了多少件12345热线工单？")
    assert a.refused and "12345" not in a.text.splitlines()[0].split("：")[-1], a.text


def test_a_combined_bureau_asked_by_one_of_its_kinds_and_a_consultation_asked_with_guo(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {
        "haicang-2023": "厦门市海沧区建设与交通局2023年政府信息公开工作年度报告\n一、总体情况\n全年公开行政许可类信息312条。\n",
        "yeji-2022": "六安市叶集区城市管理局2022年政府信息公开工作年度报告\n一、总体情况\n结合重点工作，面向公众开展停车收费管理办法"
                     "意见征集1则，召开新闻发布会1场。\n"})
    # the construction and transportation bureau is a transport bureau (交通局 of 交通运输局) of the place
    first = _lead(p, "How many administrative licensing items did the construction and transportation bureau of "
                     "Haicang District, Xiamen, proactively disclose in 2023?")
    assert "312" in first, first
    # 征求过意见: 征求意见, which the report calls 意见征集; 什么事情 and 向社会 are the asking
    a = p.ask("叶集区城市管理局2022年就什么事情向社会征求过意见？")
    assert not a.refused and "停车收费管理办法" in a.text, a.text


def test_divisions_written_in_full_are_no_words_to_look_for():
    from rag.focus import focus_terms

    # a township the data could not place: its city and district are not among the corpus's names
    terms = focus_terms("潮州市湘桥区太平街道2019年的政务公开工作领导小组组长由谁担任？", "zh", [])
    assert "湘桥区" not in terms and "州市" not in terms and "组长" in terms, terms
    # two characters may be a word of the content (城区学校)
    assert "城区" in "".join(focus_terms("2020年城区学校的招生信息公开了多少条？", "zh", []))


def test_channels_named_as_examples_of_all_ask_the_total(tmp_path):
    from test_embed_stage import pipeline_over

    p = pipeline_over(tmp_path, {"taihu-2020": (
        "太湖县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年，县政府认真落实条例，加强政策解读，"
        "共通过政府网、政务新媒体等渠道发布信息2.1万条。\n二、主动公开\n规范性文件公开8件。\n")})
    # no item of the site alone: the total over the channels the question lists as examples
    first = _lead(p, "太湖县2020年通过政府网、政务新媒体这些渠道一共发布了多少信息？")
    assert "2.1万" in first or "21000" in first, first


def test_a_word_that_gave_way_to_a_shorter_one_leaves_its_pieces():
    from rag.focus import focus_terms

    # 门户网站 gives way to 网站 (which covers it); its pieces are then the words, never nothing
    assert "网站" in focus_terms("区政府门户网站最早是什么时候建起来的？", "zh", [])
    # 征求意见 stays whole: its pieces are not looked for apart
    terms = focus_terms("城管局2022年就什么事情向社会征求过意见？", "zh", [])
    assert "征求意见" in terms and "征求" not in terms and "意见" not in terms, terms
