"""Bodies and places as real pages write them: a development zone's committee, a water bureau,
a government office reporting its own work, a year given only in the overview, an autonomous
county's short name, a district spelled like a county of the corpus (invented pages, real places)."""

from __future__ import annotations

import pytest

from index.meta import read_agency
from index.normalize import normalize
from index.title import year_of
from test_embed_stage import pipeline_over


def _read(text: str):
    r = read_agency(normalize(text), text)
    return (r.agency.name if r.agency else None), (r.place.county if r.place else None)


@pytest.mark.parametrize("page, body, county", [
    # a zone's committee, its county only from the zone's first words (a cited notice names the county's office)
    ("日期:2025-01-16 来源:\n敦煌工业园区管理委员会2024年政府信息公开年度报告根据《条例》和《敦煌市人民政府办公室关于做好"
     "2024年政府信息公开年度报告编发工作的通知》要求编制。\n一、总体情况\n2024年，园区管委会推进政务公开。\n",
     "敦煌工业园区管理委员会", "敦煌市"),
    ("武山经济开发区2010年度信息公开工作报告\n发布日期:2011-01-24\n一、概述\n一年来，开发区认真贯彻落实《条例》。\n",
     "武山经济开发区", "武山县"),
    # a kind of bureau listed since (水务局), named only as the report's maker
    ("根据《条例》要求，结合工作实际，龙岗区水务局编制了2024年度政府信息公开工作年度报告。\n一、总体情况\n"
     "龙岗区水务局充分利用龙岗区政府在线平台，主动推行政务公开。\n", "龙岗区水务局", "龙岗区"),
    # a government office reporting its own work, the district named as the site's owner and as 全区
    ("本报告结合区政府办公室信息公开工作有关统计数据撰写。报告的电子版可在包河区人民政府门户网站下载。如有疑问，请与合肥市包河区人民政府"
     "办公室联系。\n一、总体情况\n2023年，区政府办公室围绕全区中心工作推进公开。\n", "包河区人民政府办公室", "包河区"),
])
def test_the_body_a_page_speaks_for(page, body, county):
    assert _read(page) == (body, county)


def test_a_year_given_a_few_words_into_the_overview():
    text = "主题分类 | 区政府信息公开工作年度报告 |\n一、总体情况\n1.主动公开情况。新华区各单位、各乡镇2019年通过政府网站对外公布信息约2000条。\n"
    assert year_of("", normalize(text).text) == 2019


PAGES = {
    "pengshui-2019": "彭水苗族土家族自治县鹿角镇人民政府2019年政府信息公开工作年度报告\n一、总体情况\n2019年度，我镇在乡政府及辖区各村便民服务中心驻地"
                     "设置政府信息公开栏，主动公开政府信息。\n",
    "huarong-2010": "华容县人民政府2010年政府信息公开工作年度报告\n一、总体情况\n2010年全县共受理政府信息公开申请12件。\n",
    "qianjiang-2025": "潜江市民政局2025年政府信息公开工作年度报告\n一、总体情况\n2025年收到政府信息公开申请1件。\n",
    "dongli-2025": "东丽区发展和改革委员会2025年政府信息公开工作年度报告\n一、总体情况\n2025年累计收到公民、法人依申请公开申请35件，其中网络收件23件、"
                   "邮寄收件10件、来访2件。严格执行信息处理费管理办法，2025年无收取费用的案件。\n",
    "qingpu-2016": "上海市青浦区卫生和计划生育委员会2016年政府信息公开工作年度报告\n一、概述\n本委专门配备了2名兼职工作人员，设立了2个专门的信息公开受理点。\n",
}


def test_places_bodies_and_counts_as_asked(tmp_path):
    p = pipeline_over(tmp_path, PAGES)
    first = lambda q: p.ask(q).text.splitlines()[0]  # noqa: E731
    # an autonomous county by its short name; a notice board is a channel of its own
    assert "便民服务中心" in p.ask("彭水县鹿角镇2019年在哪些地方设了政府信息公开栏？").text
    # Huarong District (鄂州) is not the corpus's Huarong County (华容县), nor another report of Hubei
    other = p.ask("How many disclosure requests did Huarong District in Ezhou, Hubei receive in 2025?")
    assert other.refused and "华容区" in other.text
    assert "12" in first("How many disclosure requests did Huarong County receive in 2010?")
    # handed in online: the text's part, not all received; fees asked yes/no: whether, never a count
    assert "23" in first("东丽区发改委2025年通过网络渠道收到了几件信息公开申请?")
    fees = first("Did the Dongli District development and reform commission charge anyone fees for information requests in 2025?")
    assert fees.startswith("No") and "35" not in fees
    # points for accepting requests are counted, not requests; the body's English name is no word to look for
    assert "2" in first("In 2016, how many dedicated points for accepting disclosure requests did the Qingpu District health and family planning commission have?")


def test_every_level_listed_picks_none_and_a_townships_government_is_no_countys(tmp_path):
    p = pipeline_over(tmp_path, {
        "jiaozhou-2014": "胶州市人民政府2014年政府信息公开工作年度报告\n一、总体情况\n全年公开信息900条。\n",
        "lishui-2019": "南京市溧水区人民政府2019年政府信息公开工作年度报告\n一、总体情况\n全年公开信息800条。\n",
        "liangshan-2025": "梁山县馆驿镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n全年公开信息80条。\n"})
    got = p.ask("在江苏省和山东省的这些报告中，共有几份是县级人民政府本级（县、区、县级市政府）发布的？")
    assert got.text.startswith("共 2 份") and "馆驿镇" not in got.text.splitlines()[1]


def test_a_number_to_call_a_name_quoted_with_its_place_and_a_short_form_of_a_merged_bureau(tmp_path):
    from rag.askkinds import asked_kinds

    assert asked_kinds("If I have questions about the report, what number should I call?") == ["contact.phone"]
    p = pipeline_over(tmp_path, {
        "dongqu-2025": "东区银江镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n截至2025年12月31日,共发布信息342条。其中在门户网站发布通知公告3条,"
                       "使用“幸福东区APP”发布和更新工作信息330条。\n",
        "yongjia-2018": "永嘉县经济商务和信息化局2018年政府信息公开工作年度报告\n一、总体情况\n2018年新增主动公开政府信息56条。\n"})
    assert "330" in p.ask("东区银江镇2025年用“幸福东区APP”发布和更新了多少条信息？").text.splitlines()[0]
    # 经信局 is how people shorten 经济商务和信息化局 too: the body asked is the one held
    assert "56" in p.ask("永嘉县经信局2018年新增主动公开了多少条政府信息？").text.splitlines()[0]


def test_a_bodys_proper_name_after_its_place_is_no_word_to_look_for():
    from rag.prose import focus_terms

    terms = focus_terms("How many items did the Jinta Industrial Concentration Zone committee post on its WeChat platform?",
                        "en", ["Jinta"])
    assert not {"产业", "浓度", "浓缩", "地带"} & set(terms) and "微信公众号" in terms


def test_what_else_is_counted_and_who_is_named(tmp_path):
    p = pipeline_over(tmp_path, {
        "lishi-2018": "吕梁市离石区人民政府2018年政府信息公开工作年度报告\n一、总体情况\n离石区政府门户网站始建于2003年12月。全年12345政务服务热线工单办结48件。"
                      "全年共受理政府信息公开申请3件。\n",
        "yungang-2022": "大同市云冈区商务局2022年政府信息公开工作年度报告\n一、总体情况\n全年公开信息60条。\n",
        "shengsi-2016": "嵊泗县人民政府2016年政府信息公开工作年度报告\n一、总体情况\n加强政务“两微”平台建设,建好用好“浙江嵊泗”官方新浪微博账号和微信公众号。"
                        "全县各行政机关共有93名工作人员兼职从事政府信息公开工作。\n"})
    first = lambda q: p.ask(q).text.splitlines()[0]  # noqa: E731
    # 县区政府部门: departments in general, not the district government named by its level
    got = first("山西省的这几份报告里,哪些是县区政府部门(局)发布的?")
    assert "云冈区商务局" in got and "离石区人民政府" not in got
    assert "48" in first("离石区2018年办结了多少件12345热线工单?")
    assert "2003年12月" in p.ask("离石区政府2018年的年报里说,区政府门户网站最早是什么时候建起来的?").text
    assert "浙江嵊泗" in first("What is the name of the official Weibo account Shengsi County used in 2016?")
    assert "93" in first("How many staff across Shengsi's administrative bodies worked part-time on disclosure in 2016?")
    lacked = p.ask("How many items did the Education Bureau of Yungang District proactively disclose in 2022?")
    assert lacked.refused and "60" not in lacked.text


def test_a_documents_number_is_asked_as_its_number_not_a_count(tmp_path):
    p = pipeline_over(tmp_path, {
        "qingzhen-2013": "清镇市人民政府2013年政府信息公开工作年度报告\n一、概述\n将政府信息公开工作纳入年终目标考核,制定《清镇市政府信息公开考核办法》"
                         "（清府办发〔2013〕118号）,印发《清镇市2013年政府信息公开工作要点》（清府办发〔2013〕141号）。\n"})
    assert "清府办发〔2013〕118号" in p.ask("清镇市2013年出台的政府信息公开考核办法，文号是多少？").text.splitlines()[0]
    assert "141号" in p.ask("清镇市2013年的政府信息公开工作要点文号是多少？").text.splitlines()[0]


def test_a_reports_own_number_in_small_brackets_is_its_number(tmp_path):
    # a page's field with the number in the small form brackets (﹝﹞) some sites print
    p = pipeline_over(tmp_path, {
        "yongchun-2012": "永春县人民政府2012年政府信息公开工作年度报告\n备注/文号：永政办﹝2013﹞27号\n一、概述\n全年主动公开信息300条。\n"})
    assert "永政办﹝2013﹞27号" in p.ask("永春县2012年政府信息公开工作年度报告的文号是多少？").text.splitlines()[0]
