"""What a count question asks for: sessions, times and lawsuits are no items published; a channel
named last before its figure is that channel's count; a yes/no question with its count answered
by the count; the parts of a report, a signing month, a web address as written (invented pages)."""

from __future__ import annotations

import pytest

from evals.grade import numbers_in
from index.normalize import normalize
from index.textfacts import mentions
from rag.answer import asked_parts
from rag.askkinds import asked_kinds
from rag.prose import focus_terms
from test_embed_stage import pipeline_over


def _kinds(text: str) -> list[tuple[str, float]]:
    return [(m.kind, m.value) for m in mentions(normalize(text))]


def test_a_channel_named_last_before_its_figure_is_that_channels_count():
    got = _kinds("全年主动公开政府信息5120条。其中,通过政府公报公开信息96条、政府网站发布信息3310条、政务微博发布402条、"
                 "政务微信877条、其它便于群众知晓的方式公开信息435条。")
    assert ("disclosed.wechat", 877) in got and ("disclosed.weibo", 402) in got
    # the parts after 其中 that name no counted channel are no total, nor the last channel's
    assert [v for k, v in got if k == "disclosed.total"] == [5120]
    assert ("disclosed.wechat", 435) not in got
    # a category listed after a channel's name stays a category
    assert _kinds("在门户网站发布工作动态73条、政策文件169条。") == []


def test_sessions_times_and_lawsuits_are_no_items_published():
    assert asked_kinds("某县2021年因为政府信息公开被起诉了几次?") == []
    assert asked_kinds("某局2023年办了几期政务公开培训?") == []
    assert asked_kinds("某局2023年累计发了多少条信息?") == ["disclosed.total"]
    assert asked_kinds("市政府信息公开办公室设在哪个地方?") == ["contact.address"]


def test_a_verb_run_into_the_asking_is_no_content_word():
    terms = focus_terms("某县2015年的年报一共分几部分?", "zh", ["某县"])
    assert "部分" in terms and "分几" not in terms


def test_a_yes_no_question_with_its_count_is_one_question():
    assert asked_parts("某局2024年有没有人向它申请信息公开？收了几件？") == ["某局2024年有没有人向它申请信息公开？收了几件？"]
    two = "某局的报告由哪个单位编制？对报告有疑问打什么电话？"
    assert len(asked_parts(two)) == 2


PAGES = {
    "pingshan-2021": "平山县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，县政府网站共主动公开各类信息3100余条。"
                     "组织政务公开业务培训2期。\n"
                     "二、收到和处理政府信息公开申请情况\n2021年我县未收到政府信息公开申请。\n"
                     "本报告由总体情况、主动公开、依申请公开、复议诉讼、问题改进、其他事项六部分组成。\n"
                     "本局依托县政府网站信息公开栏目（网址：http://www.pingshan.gov.cn/xxgk/）公开信息。\n\n"
                     "平山县人民政府\n\n2022年1月\n",
    "filler-2021": "灵寿县民政局2021年政府信息公开工作年度报告\n一、总体情况\n全年公开信息20条。\n",
}


def test_counts_never_answered_by_another_figure(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    sued = p.ask("平山县2021年因为政府信息公开被起诉了几次?")
    assert sued.refused and "3100" not in sued.text
    assert "2" in p.ask("平山县2021年办了几期政务公开培训?").text.splitlines()[0]
    both = p.ask("平山县2021年有没有人申请信息公开？收到几件？")
    assert not both.refused and "0" in both.text.splitlines()[0]
    assert "六部分" in p.ask("平山县2021年的年报一共分几部分?").text.splitlines()[0]
    assert "2022年1月" in p.ask("平山县2021年的年报是什么时候落款的?").text.splitlines()[0]
    assert "www.pingshan.gov.cn/xxgk/" in p.ask("平山县2021年信息公开栏目的网址是什么?").text.splitlines()[0]


def test_the_largest_figure_asked_across_reports_is_a_rank(tmp_path):
    p = pipeline_over(tmp_path, {
        "xingtang-2022": "行唐县教育局2022年政府信息公开工作年度报告\n一、总体情况\n微信公众号发布信息300条。\n",
        "zanhuang-2022": "赞皇县教育局2022年政府信息公开工作年度报告\n一、总体情况\n微信公众号发布信息120条。\n",
        "wuji-2022": "无极县教育局2022年政府信息公开工作年度报告\n一、总体情况\n微信公众号发布信息80条。\n"})
    first = p.ask("What is the largest number of posts any bureau put on its WeChat account in 2022?").text.splitlines()[0]
    assert "300" in first and "500" not in first


def test_a_subdistrict_titled_with_its_districts_short_form_is_that_districts():
    from index.meta import read_agency

    page = ("临淄区人民政府\n| 标题: | 临淄闻韶街道办事处2019年政府信息公开工作年度报告 |\n| 发布机构: | 临淄区闻韶街道办事处 |\n"
            "临淄闻韶街道办事处\n2019年政府信息公开工作年度报告\n本年报由闻韶街道办事处编制。\n")
    r = read_agency(normalize(page), page)
    assert (r.agency.name, r.place.county) == ("临淄区闻韶街道办事处", "临淄区")


def test_a_site_footers_phone_is_not_the_reports_and_a_shared_name_names_a_few_places():
    from index.contacts import contact_values
    from index.meta import read_agency

    page = ("主办单位:夹江县人民政府办公室 联系电话:0833—5555555 网站标识码:5111260001\n甘江镇2017年政府信息公开年度报告\n"
            "如有疑问请与夹江县甘江镇人民政府联系(地址:夹江县甘江镇正街1号;联系电话:0833-5666666)。\n")
    assert [v for k, v, _ in contact_values(page) if k == "contact.phone"] == ["0833-5666666"]
    town = "城关镇人民政府2021年度政府信息公开年度报告\n2021年,我镇较好的完成了全年信息公开工作。\n"
    r = read_agency(normalize(town), town)
    # (kept by its own name, unplaced: 167 counties have a 城关镇)
    assert r.place is None and r.agency.name == "城关镇人民政府" and len(r.warnings[0]) < 200 and "等" in r.warnings[0]


def test_a_kind_of_body_set_aside_in_brackets_is_not_asked_for():
    from rag.filters import asked_groups

    got = [g.group for g in asked_groups("how many were issued by a county government itself (not a department or a township)?")]
    assert got == ["government"]


def test_a_sum_over_reports_counts_a_reports_only_channel_and_says_so(tmp_path):
    p = pipeline_over(tmp_path, {
        "linqu-2021": "临朐县九山镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年主动公开政府信息145条。\n",
        "qingzhou-2025": "青州市信访局2025年政府信息公开工作年度报告\n一、总体情况\n本年度通过青州市政府网站公开政务信息124条。\n"})
    got = p.ask("山东省两份报告里主动公开的信息条数加起来一共多少条?").text
    assert "269" in got.splitlines()[0] and "政府网站" in got


def test_the_report_named_is_no_topic_and_which_website_asks_its_address(tmp_path):
    p = pipeline_over(tmp_path, {
        "gaoyou-2023": "高邮市发展和改革委员会2023年政府信息公开工作年度报告\n本报告电子版可在高邮市人民政府门户网站（网址:http://www.gaoyou.gov.cn/）查询。\n"
                       "一、总体情况\n2023年制作政府信息350条。原高邮市发改委网站于2019年5月关停。\n",
        **PAGES})
    first = lambda q: p.ask(q).text.splitlines()[0]
    assert "www.gaoyou.gov.cn" in first("高邮市发改委2023年的信息公开年报说电子版能在哪个网站上查到?")
    assert "350" in first("How many pieces of government information did Gaoyou's development and reform commission produce in 2023?")
    assert "2019年5月" in p.ask("高邮市发改委原来的网站是什么时候关掉的?").text


def test_counting_those_carried_over_asks_the_total_and_a_government_named_needs_its_report(tmp_path):
    p = pipeline_over(tmp_path, {
        "haian-2025": "海安市人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n全年共受理政府信息公开申请88件(含上年结转申请4件)。\n",
        "jiangyan-2018": "泰州市姜堰区溱潼镇人民政府2018年政府信息公开工作年度报告\n一、总体情况\n2018年主动公开政府信息183条。\n",
        **PAGES})
    q = p.understand("How many requests did the Hai'an City government office handle in 2025, counting those carried over from the year before?")
    assert [t.row for t in q.targets] == ["（七）总计"]
    assert "88" in p.ask(q.text).text.splitlines()[0]
    # the district government asked, with its city; only a township of it reports: refused, the township offered
    gov = p.ask("泰州市姜堰区人民政府2018年主动公开了多少条信息?")
    assert gov.refused and "溱潼镇" in gov.text
    assert not p.ask("姜堰区溱潼镇人民政府2018年主动公开了多少条信息?").refused


def test_an_autonomous_countys_common_short_form_and_a_province_in_english():
    from index.meta import read_agency

    page = ("日期: 2022-01-24 来源:杜蒙县人民政府办公室\n一、总体情况\n2021年,杜蒙县人民政府办公室认真贯彻条例。\n"
            "(一)主动公开政府信息情况\n县政府办公室通过县政府网站主动公开各类政务信息共1515条。\n")
    r = read_agency(normalize(page), page)
    assert (r.agency.name, r.place.county) == ("杜蒙县人民政府办公室", "杜尔伯特蒙古族自治县")
    terms = focus_terms("What score did the county website get in the 2017 Sichuan provincial website evaluation?", "en", [])
    assert not {"巴蜀", "蜀国", "四川"} & set(terms) and "得分" in terms


def test_an_english_bodys_kind_after_its_place_and_a_figure_the_asker_states():
    terms = focus_terms("On which platform did the Wencheng County comprehensive administrative law enforcement bureau "
                        "post its 70-plus items in 2024?", "en", ["Wencheng"])
    # the body's name is no content; the figure the asker knows is, the "plus" of it no word
    assert not {"综合", "全面", "完善", "加上"} & set(terms) and "70" in terms and "发布" in terms
    assert "120" in focus_terms("Which account posted more than 120 items?", "en", [])
    from rag.prose import covers

    assert covers("70", "发布信息70余条") and not covers("70", "发布信息170条") and not covers("70", "增长70.5%")


def test_the_english_report_asked_about_is_no_content_and_the_business_environment_is_a_concept():
    terms = focus_terms("What is the name of the business-environment brand that Longnan promoted in its 2021 "
                        "information disclosure report?", "en", ["Longnan"])
    assert "营商环境" in terms and "政府信息公开" not in terms


@pytest.mark.parametrize("question, term", [
    ("How many online interviews did the city hold?", "在线访谈"),
    ("How many of its policy interpretations were one-chart explainers?", "图解"),
    ("How many credit publicity items did the subdistrict publish?", "信用信息"),
    ("How many drafts for comment did the county publish?", "意见征集"),
    ("How many government service items did the town publish?", "政务服务"),
])
def test_things_many_reports_count_are_concepts_in_english(question, term):
    terms = focus_terms(question, "en", [])
    assert term in terms and "在线申请" not in terms and "访问量" not in terms


def test_an_english_bodys_name_narrows_no_figure(tmp_path):
    p = pipeline_over(tmp_path, {
        "tongxin-2022": "同心县教育体育局2022年政府信息公开工作年度报告\n一、总体情况\n2022年，县教体局在县政府门户“同心县人民政府”"
                        "网站累计主动公开信息 42 条，“同心教育”微信公众号发布588篇。全年推进教学改革和体育运动信息公开。\n",
        "filler-2022": "平罗县民政局2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息20条。\n"})
    a = p.ask("How many items did the Tongxin County education and sports bureau proactively publish on the county "
              "government website in 2022?")
    assert [x for x in numbers_in(a.text.splitlines()[0]) if x != 2022][:1] == [42]


def test_the_verb_that_frames_an_events_count_is_no_content():
    terms = focus_terms("How many training meetings did Xiao County hold in 2017?", "en", ["Xiao"])
    assert "培训" in terms and not {"举行", "保持", "举办"} & set(terms)


def test_a_body_kinds_word_is_content_where_no_place_names_the_body():
    body = "How many items did the Mengzi City housing and urban-rural development bureau publish"
    assert "住房" not in focus_terms(body + "?", "en", ["Mengzi"])
    assert "住房" in focus_terms(body + " about housing?", "en", ["Mengzi"])
    assert any("环境" in t for t in focus_terms("How many items about the living environment did the county publish?", "en", []))


def test_made_public_and_a_place_without_county_before_its_body_are_no_content():
    terms = focus_terms("How many executive meetings of the Pingyin County government were made public in 2021?", "en", ["Pingyin"])
    assert not {"公开", "公共", "国有"} & set(terms) and "会议" in terms
    terms = focus_terms("Which put out more items: the Haiyuan education bureau in 2024 or the Shenchi one?", "en", ["Haiyuan"])
    assert not {"教育", "教学"} & set(terms)


def test_a_place_spelled_twice_before_its_body_takes_the_body_out_too():
    terms = focus_terms("How many items did the Jimusa'er (Jimsar) County ecology and environment branch proactively "
                        "publish on the government website in 2024?", "en", ["Jimsar", "Jimusa'er"])
    assert "政府网站" in terms and not {"生态", "环境", "分支"} & set(terms)
