"""Issuing body, place and year read from page text as government sites print it.

Every page below is invented for the test (real place names, our own sentences): one per way
real pages were misread before — navigation glued to the name, a phrase taken for the body,
the county named only further down, districts and banners, same-named districts, bad input."""

from __future__ import annotations

import pytest

from index.meta import read_agency
from index.title import title_of, year_of
from index.normalize import normalize

TAIL = "\n一、总体情况\n本年度我局按要求做好政府信息公开工作，全年主动公开信息120条。\n"


def read(text: str):
    return read_agency(normalize(text), text)


def body_place(text: str):
    r = read(text)
    p = r.place
    return (r.agency.name if r.agency else None,
            (p.county, p.city, p.province) if p else None)


CASES = {
    "navigation glued before the name": (
        "网站首页 | 信息公开 | 返回顶部海原县教育局2023年政府信息公开工作年度报告\n发布时间：2024-01-20 字体：大 中 小 打印" + TAIL,
        ("海原县教育局", ("海原县", "中卫市", "宁夏回族自治区"))),
    "a verb before the name": (
        "根据条例规定，现公布岐山县教育体育局2022年政府信息公开工作年度报告。" + TAIL,
        ("岐山县教育体育局", ("岐山县", "宝鸡市", "陕西省"))),
    "the year before the name": (
        "2025年乳山市教育和体育局政府信息公开工作年度报告\n来源：本站" + TAIL,
        ("乳山市教育和体育局", ("乳山市", "威海市", "山东省"))),
    "a menu item before city and district": (
        "政府信息公开宁波市海曙区教育局2021年政府信息公开工作年度报告" + TAIL,
        ("海曙区教育局", ("海曙区", "宁波市", "浙江省"))),
    "a site menu is not a body": (
        "首页 走进海曙 新闻中心 政务公开 互动交流\n您现在所在的位置：首页 > 政务公开 > 年度报告\n"
        "海曙区教育局2022年政府信息公开工作年度报告" + TAIL,
        ("海曙区教育局", ("海曙区", "宁波市", "浙江省"))),
    "the county's portal is not the body": (
        "一、总体情况\n我局依托县政府门户网站和渠县人民政府网发布信息，县教体局办公室负责审核。"
        "联系：渠县教育局办公室，电话 0818-7321234。\n",
        ("渠县教育局", ("渠县", "达州市", "四川省"))),
    "the province's department is not the body": (
        "一、总体情况\n2024年，县教体局向省教育厅、市教体局报送信息64条，在紫阳县人民政府网站发布信息39条。"
        "紫阳县教体局负责解释。\n",
        ("紫阳县教育体育局", ("紫阳县", "安康市", "陕西省"))),
    "a provincial government named in a notice": (
        "海曙区教育局2023年政府信息公开工作年度报告\n根据《浙江省人民政府办公厅关于做好年度报告工作的通知》要求编制。"
        "浙江省人民政府门户网站可下载。" + TAIL,
        ("海曙区教育局", ("海曙区", "宁波市", "浙江省"))),
    "a download note naming the district government": (
        "区教育局2022年政府信息公开工作年度报告\n本报告电子版在宁波市海曙区人民政府网站可下载。" + TAIL,
        ("海曙区教育局", ("海曙区", "宁波市", "浙江省"))),
    "the county named only by the body's short name": (
        "2019年县教育和科学技术局政府信息公开工作年度报告\n来源：县教育和科学技术局\n"
        "编制宣汉县教科局2019年度报告，如有疑问请与宣汉县教科局办公室联系。" + TAIL,
        ("宣汉县教育和科学技术局", ("宣汉县", "达州市", "四川省"))),
    "a title split over two lines under a site footer": (
        "主办单位：山西省临汾市洪洞县人民政府\n承办单位：洪洞县人民政府办公室\n洪洞县教育科技局\n"
        "2023年政府信息公开工作年度报告" + TAIL,
        ("洪洞县教育科技局", ("洪洞县", "临汾市", "山西省"))),
    "a banner's short form": (
        "达茂旗教育局2022年政府信息公开工作年度报告" + TAIL,
        ("达茂旗教育局", ("达尔罕茂明安联合旗", "包头市", "内蒙古自治区"))),
    "a banner glued to its league": (
        "阿拉善盟阿左旗阿拉善左旗卫生健康委员会2021年度政府信息公开工作年度报告" + TAIL,
        ("阿拉善左旗卫生健康委员会", ("阿拉善左旗", "阿拉善盟", "内蒙古自治区"))),
    "an autonomous county by its short name": (
        "通道县卫生健康局2022年度政府信息公开年度报告" + TAIL,
        ("通道县卫生健康局", ("通道侗族自治县", "怀化市", "湖南省"))),
    "a Chongqing county": (
        "丰都县教育委员会2024年政府信息公开工作年度报告" + TAIL,
        ("丰都县教育委员会", ("丰都县", "重庆市", "重庆市"))),
    "a Chongqing district the packaged data lacked": (
        "重庆市渝北区教育委员会2020年政府信息公开工作年度报告" + TAIL,
        ("渝北区教育委员会", ("渝北区", "重庆市", "重庆市"))),
    "links to other reports under the page": (
        "县教育局2023年政府信息公开工作年度报告" + TAIL + "联系地址：米脂县银州街道\n"
        "上一篇：绥德县教育局2023年政府信息公开工作年度报告\n下一篇：绥德县民政局2023年政府信息公开工作年度报告\n",
        ("米脂县教育局", ("米脂县", "榆林市", "陕西省"))),
    "a body of a kind the data does not list, bounded by the title": (
        "米脂县教育文化科技局2022年政府信息公开工作年度报告" + TAIL,
        ("米脂县教育文化科技局", ("米脂县", "榆林市", "陕西省"))),
    "a same-named district told apart by its phone area code": (
        "鼓楼区教育局2022年政府信息公开工作年度报告\n如有疑问请致电 0516-83201234。" + TAIL,
        ("鼓楼区教育局", ("鼓楼区", "徐州市", "江苏省"))),
    "a government office": (
        "东安区人民政府办公室2021年政府信息公开工作年度报告\n来源：区政府办" + TAIL,
        ("东安区人民政府办公室", ("东安区", "牡丹江市", "黑龙江省"))),
    "a township government": (
        "利辛县望疃镇2023年政府信息公开工作年度报告\n来源：利辛县望疃镇人民政府" + TAIL,
        ("利辛县望疃镇人民政府", ("利辛县", "亳州市", "安徽省"))),
    "a county's own report, no body named: its people's government": (
        "陇县2022年政府信息公开工作年度报告\n发布时间：2023-01-20 来源：县政府办" + TAIL,
        ("陇县人民政府", ("陇县", "宝鸡市", "陕西省"))),
    "a county's own report named only in the prose, the year first": (
        "本报告由县政务公开领导小组办公室编写。2019年度临洮县政府信息公开年度报告包括概述和附表。" + TAIL,
        ("临洮县人民政府", ("临洮县", "定西市", "甘肃省"))),
    "a subdistrict named without its office": (
        "依据《条例》编写双流区黄甲街道2022年政府信息公开工作年度报告。" + TAIL,
        ("双流区黄甲街道办事处", ("双流区", "成都市", "四川省"))),
    "a township whose county the text never names: the only county that has it": (
        "黄坡镇2022年政府信息公开工作年度报告\n发布时间：2023-01-11" + TAIL,
        ("吴川市黄坡镇人民政府", ("吴川市", "湛江市", "广东省"))),
    "a township two counties have, told apart by the phone's area code": (
        "马集乡人民政府2021年政府信息公开工作年度报告\n咨询电话：0370-7651234" + TAIL,
        ("柘城县马集乡人民政府", ("柘城县", "商丘市", "河南省"))),
    "a sumu, Inner Mongolia's township": (
        "乌兰察布市四子王旗江岸苏木人民政府2022年度政府信息公开工作年度报告" + TAIL,
        ("四子王旗江岸苏木人民政府", ("四子王旗", "乌兰察布市", "内蒙古自治区"))),
    "a district's transport commission (Chongqing)": (
        "巴南区交通运输委员会2024年政府信息公开工作年度报告" + TAIL,
        ("巴南区交通运输委员会", ("巴南区", "重庆市", "重庆市"))),
    "the issuer of a cited document is not the report's body": (
        "一、总体情况\n县教育局认真落实《武功县人民政府办公室关于印发2021年政务公开工作要点的通知》，"
        "按时公开信息。" + TAIL,
        ("武功县教育局", ("武功县", "咸阳市", "陕西省"))),
    "a subdistrict office under its district's government": (
        "当前位置：首页 > 鼓楼区人民政府 > 信息公开\n南京市鼓楼区人民政府宁海路街道办事处2022年政府信息公开年度报告" + TAIL,
        ("鼓楼区人民政府宁海路街道办事处", ("鼓楼区", "南京市", "江苏省"))),
    "a quoted site name is not the body": (
        "一、总体情况\n2024年，区教育局在“南京市浦口区人民政府”网站发布信息30条，“浦口教育”公众号发布信息500条。\n",
        ("浦口区教育局", ("浦口区", "南京市", "江苏省"))),
    "a city-level body": (
        "葫芦岛市教育局2022年政府信息公开工作年度报告" + TAIL,
        ("葫芦岛市教育局", (None, "葫芦岛市", "辽宁省"))),
    "a same-named district told apart by its city": (
        "福州市鼓楼区教育局2022年政府信息公开工作年度报告" + TAIL,
        ("鼓楼区教育局", ("鼓楼区", "福州市", "福建省"))),
    "a county government office titled by its level only, the county named in the text": (
        "县人民政府办公室2022年政府信息公开工作年度报告\n发布日期：2023-01-12\n"
        "一、总体情况\n2022年，民和县扎实推进政务公开，民和县政府门户网站全年发布信息800条。\n",
        ("民和回族土族自治县人民政府办公室", ("民和回族土族自治县", "海东市", "青海省"))),
    "a township titled without its county, under a page heading": (
        "首页 >> 信息公开 >> 年报\n2022年年报\n马集乡人民政府2022年政府信息公开工作年度报告\n"
        "来源：固始县人民政府 发布时间：2023-01-20\n一、总体情况\n本乡全年主动公开信息40条。\n",
        ("固始县马集乡人民政府", ("固始县", "信阳市", "河南省"))),
    "a city bureau's county branch is the county's body": (
        "哈密市生态环境局伊吾县分局2023年政府信息公开工作年度报告" + TAIL,
        ("哈密市生态环境局伊吾县分局", ("伊吾县", "哈密市", "新疆维吾尔自治区"))),
    "a city bureau's branch named by its district's short name": (
        "南京市公安局鼓楼分局2023年政府信息公开工作年度报告" + TAIL,  # 鼓楼区 of 南京, not of 福州 or 徐州
        ("南京市公安局鼓楼分局", ("鼓楼区", "南京市", "江苏省"))),
    "a zone's branch of a city bureau, the district it lies in given in brackets": (
        "南通市税务局开发区（崇川）分局2016年政府信息公开工作年度报告" + TAIL,
        ("南通市税务局开发区（崇川）分局", ("崇川区", "南通市", "江苏省"))),
    "a township as the overview's subject of the disclosure work, its county named by a platform": (
        "一、总体情况\n2023年，河东乡政府信息公开工作按照县政府的部署有序推进，我乡全年通过德安县政府信息公开平台公开信息150条。\n",
        ("德安县河东乡人民政府", ("德安县", "九江市", "江西省"))),
    "a bureau named by its level, the overview's subject after an aside, beats a government named later": (
        "主办单位：汝州市人民政府办公室\n一、总体情况\n2020年,作为新组建部门,市应急管理局认真落实条例要求，全年公开信息210条。\n"
        "二、其他\n本局工作人员参加了汝州市政府组织的政务公开培训。\n",
        ("汝州市应急管理局", ("汝州市", "平顶山市", "河南省"))),
    "a township compiling the report, the rules it followed between it and 编制": (
        "本报告由黄花乡人民政府办公室按照《中华人民共和国政府信息公开条例》和《宁夏回族自治区政务公开办公室关于做好年度报告"
        "工作的通知》要求，结合本乡实际进行编制。\n一、总体情况\n2020年，我乡通过政府网站公开信息45条。\n",
        ("泾源县黄花乡人民政府", ("泾源县", "固原市", "宁夏回族自治区"))),
    "a township named only as whom to ask, its government written short (乡政府)": (
        "依照《中华人民共和国政府信息公开条例》和《某省人民政府办公厅关于做好年度报告工作的通知》编制本报告。"
        "对报告内容有疑问的，请与环城乡政府联系（通讯地址：榆树市环城路8号）。\n一、总体情况\n我乡2023年在政府网站发布信息30条。\n",
        ("榆树市环城乡人民政府", ("榆树市", "长春市", "吉林省"))),
    "a zone with the district it is one with in brackets: the district's body": (
        "连云港经济技术开发区（连云区）生态环境局2024年政府信息公开工作年度报告" + TAIL,
        ("连云区生态环境局", ("连云区", "连云港市", "江苏省"))),
    "a township government's office issuing the report": (
        "南康区横市镇人民政府办公室2022年政府信息公开工作年度报告" + TAIL,
        ("南康区横市镇人民政府办公室", ("南康区", "赣州市", "江西省"))),
    "a 乡 inside a bureau's name is no township": (
        "武山县城乡住房保障局2016年政府信息公开工作年度报告" + TAIL,
        ("武山县城乡住房保障局", ("武山县", "天水市", "甘肃省"))),
    "a township's government, its name followed by the year": (
        "武山县城关镇2021年政府信息公开工作年度报告" + TAIL,
        ("武山县城关镇人民政府", ("武山县", "天水市", "甘肃省"))),
    "a county's own body written first beats a province's named later in a list": (
        "一、总体情况\n2022年，县统计局坚持以公开为常态，依托汝城县人民政府门户网站发布信息56条，"
        "并向湖南省统计局等单位报送信息12条。\n",
        ("汝城县统计局", ("汝城县", "郴州市", "湖南省"))),
    "an unlisted body the opening announces the report of": (
        "根据《中华人民共和国政府信息公开条例》，按照市委、市政府有关文件要求，现公布登封市嵩山景区管理委员会"
        "2018年政府信息公开工作年度报告。本报告包括工作情况概述、主动公开政府信息情况。\n一、工作情况概述\n"
        "全年主动公开信息33条。\n",
        ("登封市嵩山景区管理委员会", ("登封市", "郑州市", "河南省"))),
    "an office of the county government the data does not list": (
        "海兴县人民政府金融工作办公室2022年政府信息公开工作年度报告" + TAIL,
        ("海兴县人民政府金融工作办公室", ("海兴县", "沧州市", "河北省"))),
    "a same-named district told apart by a later mention": (
        "朝阳区教育委员会2023年政府信息公开工作年度报告\n地址：北京市朝阳区日坛北路。" + TAIL,
        ("朝阳区教育委员会", ("朝阳区", "北京市", "北京市"))),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_body_and_place(case):
    text, want = CASES[case]
    assert body_place(text) == want


def test_a_same_named_district_without_city_is_a_warning():
    r = read("鼓楼区教育局2022年政府信息公开工作年度报告" + TAIL)
    assert r.agency.name == "鼓楼区教育局"
    assert (r.place.county, r.place.city, r.place.province) == ("鼓楼区", None, None)
    assert len(r.warnings) == 1 and "4 处" in r.warnings[0]


def test_a_body_whose_county_is_never_named_is_a_warning_not_a_fragment():
    r = read("首页 > 政府信息公开 > 年报\n县教育局2023年政府信息公开工作年度报告\n来源： 时间：2024年01月25日" + TAIL)
    assert r.agency is None and r.place is None
    assert "未写明是哪个县" in r.warnings[0]


def test_traditional_script_keeps_the_printed_name():
    text = "根據條例，現向社會公開義烏市教育局2022年政府信息公開工作年度報告。" + TAIL
    r = read(text)
    assert r.agency.name == "义乌市教育局" and r.agency.original == "義烏市教育局"
    assert r.place.city == "金华市"


def test_aliases_name_the_canonical_county_for_a_short_form():
    r = read("科右前旗教育局2022年政府信息公开工作年度报告" + TAIL)
    assert r.place.county == "科尔沁右翼前旗" and "科尔沁右翼前旗教育局" in r.agency.aliases
    assert r.agency.kind_en == "education bureau"


def test_a_breadcrumb_that_says_年报_is_not_the_title():
    text = ("无障碍  长辈版\n无极县人民政府\n您现在所在的位置：首页 > 政府信息公开 > 年度报告\n"
            "2020年无极县教育和体育局政府信息公开工作年度报告\n发布日期：2021-01-12 打印本页" + TAIL)
    norm = normalize(text)
    assert title_of(norm.text) == "2020年无极县教育和体育局政府信息公开工作年度报告"
    assert year_of(title_of(norm.text), norm.text) == 2020
    assert read(text).agency.name == "无极县教育和体育局"


def test_a_variant_character_is_read_as_the_division_name():
    r = read("澂江市教育体育局2020年政府信息公开工作年度报告" + TAIL)
    assert r.agency.name == "澄江市教育体育局" and r.place.city == "玉溪市"


def test_the_year_is_read_from_a_title_that_starts_with_it():
    text = "2025年乳山市教育和体育局政府信息公开工作年度报告" + TAIL
    assert year_of(title_of(normalize(text).text), normalize(text).text) == 2025


@pytest.mark.parametrize("text", [
    "",
    "首页 > 政务公开 > 政府信息公开年报\n返回顶部 打印 关闭 字体：大 中 小\n",
    "海原县教育体育局2023年报告。",
    "海原县教育体育局与海原县财政局2023年政府信息公开工作联合年度报告" + TAIL,
    "海原縣教育體育局 Annual Report 2023 年度報告 主动公开 ??? \ufffd" + TAIL,
    "县" * 50,
])
def test_bad_input_never_raises(text):
    r = read(text)
    assert r.agency is not None or r.warnings  # no body read is always said


def test_two_bodies_in_a_title_take_the_first():
    r = read("海原县教育体育局与海原县财政局2023年政府信息公开工作联合年度报告" + TAIL)
    assert r.agency.name == "海原县教育体育局"


def test_only_navigation_reads_no_body():
    r = read("首页 > 政务公开 > 政府信息公开年报\n返回顶部 打印 关闭 字体：大 中 小\n")
    assert r.agency is None and r.warnings == ("未能识别发布机关 (issuing body not recognised)",)


def title_and_year(text: str) -> tuple[str, int | None]:
    norm = normalize(text)
    title = title_of(norm.text)
    return title, year_of(title, norm.text)


def test_a_site_menu_that_lists_年报_is_not_the_title():
    text = ("信息公开指南 | 信息公开目录 | 政府信息公开年报 | 依申请公开\n"
            "扶沟县教育体育局政府信息公开工作2022年度报告\n发布时间：2023-01-16" + TAIL)
    assert title_and_year(text) == ("扶沟县教育体育局政府信息公开工作2022年度报告", 2022)
    ruled = "无障碍浏览\n扶沟县教育体育局2022年政府信息公开工作年度报告 | |||||\n2023年01月16日 | |||" + TAIL
    assert title_and_year(ruled) == ("扶沟县教育体育局2022年政府信息公开工作年度报告 | |||||", 2022)


def test_a_report_counted_among_the_items_is_no_title():
    # the opening names the report past the title's reach; a line counting last year's report (年报1条) is no title
    text = ("根据《中华人民共和国政府信息公开条例》（国务院令第711号）及省、市相关文件的要求，现在向社会公布溪北街道办事处2021年政府信息公开工作年度报告。\n"
            "一、总体情况\n（三）政府信息管理\n本年度公开政府信息公开制度1条、2020年政府信息公开年报1条。\n")
    assert title_and_year(text)[1] == 2021


def test_a_category_field_is_not_the_title_but_a_title_field_is():
    field = "栏目分类：政府信息公开年报  发布日期：2022-01-20\n扶沟县教育体育局编写了2021年度报告，现予发布。" + TAIL
    title, year = title_and_year(field)
    assert not title.startswith("栏目分类") and year == 2021
    named = "标题：扶沟县教育体育局2021年政府信息公开工作年度报告\n发布日期：2022-01-20" + TAIL
    assert title_and_year(named) == ("标题：扶沟县教育体育局2021年政府信息公开工作年度报告", 2021)


def test_a_document_quoted_before_the_body_does_not_hide_it():
    # No title line: the opening sentence that names the body and its report carries the title's
    # weight from its own 年度报告, not from the quoted template's name before it.
    text = ("商南县人民政府\n当前位置：首页 > 公开年报\n"
            "依据《中华人民共和国政府信息公开工作年度报告格式》，商南县教育体育局形成了2022年度报告。" + TAIL)
    assert body_place(text) == ("商南县教育体育局", ("商南县", "商洛市", "陕西省"))
    assert title_and_year(text)[1] == 2022


def test_a_masthead_government_is_not_the_body():
    text = ("商南县人民政府\n当前位置：首页 > 部门 > 年报\n发布时间：2023-01-10\n"
            "商南县教育体育局回顾了上一年的政府信息公开工作，写成此文。" + TAIL)
    assert body_place(text) == ("商南县教育体育局", ("商南县", "商洛市", "陕西省"))


def test_a_menu_of_the_sites_departments_does_not_name_the_body():
    text = ("部门：商南县发展和改革局 | 商南县财政局 | 商南县教育体育局\n当前位置：首页 > 部门 > 年报\n"
            "商南县教育体育局回顾了上一年的政府信息公开工作，写成此文。" + TAIL)
    assert body_place(text)[0] == "商南县教育体育局"


def test_a_first_paragraph_citing_another_years_document_is_no_title():
    text = ("按照《条例》和《2019年政务公开工作要点》的通知要求，某县统计局编制了本报告，"
            "所列数据统计期限为2023年1月1日至2023年12月31日。" + TAIL)
    assert title_and_year(text)[1] == 2023


def test_a_government_report_under_its_own_masthead_is_still_read():
    text = "商南县人民政府\n当前位置：首页 > 年报\n2022年政府信息公开工作年度报告" + TAIL
    assert body_place(text)[0] == "商南县人民政府"


@pytest.mark.parametrize("opening, year", [
    ("我局现将2021年度政府信息公开工作年度报告公布如下。", 2021),
    ("本局按照条例和上级的要求，认真梳理了一年来政府信息公开工作的做法和成效，查找了存在的不足，研究了下一步的改进措施，在此基础上编好2020年度报告。", 2020),
    ("截至2019年12月31日，我局累计公开信息300条。", 2019),
    ("本报告统计范围为2023年1月1日至12月31日。截至2024年1月5日仍在整理。", 2023),
    # a title with no title word, the year first, the body between
    ("2022年某某县卫生健康局政府信息公开工作情况\n成文日期：2023-01-20", 2022),
    # the data's cut-off before a later year's plan
    ("本报告所列数据截至2021年12月31日。\n五、存在的主要问题及改进情况\n2022年，本局将进一步规范公开。", 2021),
    # a statistics period opening in mid-year (a district set up in August), and a title word after the body
    ("本报告数据的统计期限自2016年8月19日起，至2016年12月31日止。2017年，本区将继续推进公开。", 2016),
    ("在2016年度某某区人民政府政府信息公开工作年度报告的基础上编制。2017年，本区将继续推进。", 2016),
    # the year's work, not last year's report the text lists among the documents it published
    ("一、总体情况\n2025年，区民政局深入贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
     "不断健全公开机制，提升公开质效。\n（一）主动公开情况\n2025年，区民政局严格按照条例规定的主动公开范围和时限要求，"
     "精准梳理、及时发布各类政务信息，确保公开内容全面、准确、权威。在区政府门户网站主动公开2024年度政府信息公开工作"
     "年度报告、2025年工作要点、部门预算等信息56条。", 2025),
    # a statistics period in dashes (2015-1-1), the overview opening on the year's work with the body between
    ("本报告中所列数据的统计期限自2015-1-1起至2015-12-31止。\n一、概述\n2015-,我局继续推进公开。", 2015),
    ("如有疑问请联系县公安局办公室。\n一、概述\n2014年某某县公安局信息公开工作，在县委领导下稳步推进。", 2014),
])
def test_the_year_is_read_from_the_opening_when_no_title_states_it(opening, year):
    text = "机构职能 | 部门信息 | 政府信息公开年报\n" + opening + TAIL
    assert title_and_year(text)[1] == year


@pytest.mark.parametrize("text, year", [
    ("佳县教育科技局二〇二二年度政府信息公开工作年度报告" + TAIL, 2022),
    ("佳县教育科技局二零二一年政府信息公开工作报告" + TAIL, 2021),
    ("发布日期：2024年01月10日  佳县教育科技局2023年政府信息公开工作年度报告" + TAIL, 2023),
    ("佳县教育科技局政府信息公开工作年度报告\n发布日期：2024年1月10日\n我局本报告所列数据自2023年1月1日至12月31日。" + TAIL, 2023),
])
def test_the_year_in_chinese_numerals_or_after_a_publication_date(text, year):
    assert title_and_year(text)[1] == year


def test_the_year_of_a_report_announced_in_its_first_paragraph_without_zhengfu_or_gongzuo():
    """A page opening on its first paragraph, the report announced there with the body between
    (…公布2015年度商务局信息公开年度报告): the year is that report's."""
    text = ("根据《中华人民共和国政府信息公开条例》（下称“《条例》”）和《市政府办公室关于做好政府信息公开工作的通知》，特向社会"
            "公布2015年度商务局信息公开年度报告。本报告由基本工作情况、主动公开政府信息情况、依申请公开政府信息情况和附表组成。"
            "如对本报告有任何疑问，请与某某市商务局信息公开领导小组办公室联系（电话：0432-6500000）。" + TAIL)
    assert title_and_year(text)[1] == 2015


def test_a_short_form_with_the_full_name_further_down_is_stored_in_full():
    # 教体局 alone would mean 教育体育局; the text says which of the kinds sharing it this one is.
    r = read("信息来源：县教体局  发布时间：2024-01-09\n城口县教育和体育局对2023年政府信息公开工作作了总结。" + TAIL)
    assert r.agency.name == "城口县教育和体育局" and "城口县教体局" in r.agency.aliases


@pytest.mark.parametrize("written, full, kind", [
    ("米脂县教体局", "米脂县教育体育局", "教育行政部门"),
    ("城口县教委", "城口县教育委员会", "教育行政部门"),
    ("大足区人社局", "大足区人力资源和社会保障局", "政府部门"),
    ("榆林市米脂县卫健局", "米脂县卫生健康局", "卫生健康部门"),
])
def test_a_body_written_only_in_short_form_is_stored_by_its_kind_full_name(written, full, kind):
    r = read(f"{written}2023年政府信息公开工作年度报告\n来源：{written}" + TAIL)
    assert (r.agency.name, r.agency.kind) == (full, kind)
    assert written.removeprefix("榆林市") in r.agency.aliases


def test_an_unlisted_kind_is_told_by_a_word_in_it_and_read_only_in_the_title():
    r = read("米脂县教育文化科技局2022年政府信息公开工作年度报告" + TAIL)
    assert (r.agency.kind, r.agency.kind_en) == ("教育行政部门", "education bureau")
    r = read("网站首页\n我局与米脂县城乡发展服务局2022年联合开展了培训。" + TAIL)
    assert r.agency is None


@pytest.mark.parametrize("text", [
    "米脂县教育体育局政府信息公开工作年度报告\n（2023年度）" + TAIL,
    "米脂县教育体育局政府信息公开工作年度报告（2023）" + TAIL,
])
def test_a_year_in_brackets_after_the_title(text):
    assert title_and_year(text)[1] == 2023


def test_a_township_the_text_cannot_place_is_said_not_guessed():
    # two counties have a 马集乡 and nothing in the text tells which
    # (the township itself is named: kept by its own name, unplaced)
    r = read("马集乡人民政府2021年政府信息公开工作年度报告" + TAIL)
    assert r.agency.name == "马集乡人民政府" and r.place is None
    assert "马集乡" in r.warnings[0] and "2 处" in r.warnings[0]
    # the only 黄坡镇 the gazetteer knows is in 湛江, but the phone number is 兰州's: no guess
    r = read("黄坡镇2022年政府信息公开工作年度报告\n咨询电话：0931-8765432" + TAIL)
    assert r.agency.name == "黄坡镇人民政府" and r.place is None and "黄坡镇" in r.warnings[0]


def test_a_townships_aliases_are_its_own_names():
    r = read("黄坡镇2022年政府信息公开工作年度报告" + TAIL)
    assert r.agency.aliases == ("黄坡镇人民政府", "黄坡镇", "吴川市黄坡镇")


def test_a_joining_word_before_a_county_government_is_no_county():
    # 和县 is a county (马鞍山), but "《条例》和县政府的部署" is "the rules and the county government's plan"
    r = read("现公布某委农办2019年政府信息公开工作年度报告。\n我们落实《条例》和县政府的部署，全年主动公开信息30条。" + TAIL)
    assert r.agency is None or "和县" not in r.agency.name
    assert body_place("马鞍山市和县教育局2019年政府信息公开工作年度报告" + TAIL) == (
        "和县教育局", ("和县", "马鞍山市", "安徽省"))


def test_the_office_speaking_of_itself_in_the_overview_is_the_body():
    """No title: the overview's subject (2021年，市政府办公室认真…) is the body, its city named by the site,
    and its name in full (人民政府办公室: 政府办公室 is how the text shortens it)."""
    text = ("依据条例要求，现报告我办2021年度政务公开工作情况。\n一、总体情况\n"
            "2021年，市政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》，深化信息公开。\n"
            "公开的途径为阿尔山市人民政府网。\n")
    r = read(text)
    assert r.agency.name == "阿尔山市人民政府办公室" and r.place.county == "阿尔山市" and r.place.city == "兴安盟"
    assert "阿尔山市政府办公室" in r.agency.aliases


def test_a_county_office_named_in_passing_is_no_body():
    r = read("本镇全年主动公开信息80条，按照县政府办公室要求做好年报编制。\n公开的途径为阿尔山市人民政府网。\n")
    assert r.agency is None


def test_a_title_opening_on_the_bodys_kind_alone_takes_its_place_from_the_text():
    r = read("教育局2019年政府信息公开工作年度报告\n一、总体情况\n2019年，教育局认真落实条例。"
             "全年通过东丽区政府信息公开网站主动发布信息424件。\n")
    assert r.agency.name == "东丽区教育局" and (r.place.county, r.place.city) == ("东丽区", "天津市")


def test_a_place_character_is_read_as_places_read_it():
    from index import places

    assert places.english("曾都区") == "Zengdu"  # 曾 is zeng in a name, not ceng ("once")


def test_a_page_run_into_one_line_is_no_footer_for_a_word_of_its_prose():
    # the whole page on one line, its prose speaking of 承办单位 (the units that handle messages)
    page = ("宾川县人民政府2023年政府信息公开工作年度报告 根据《条例》规定编制本报告。一、总体情况 全年主动公开信息"
            "860条。网民留言统一办理流程，承办单位出具书面答复后在网站公开。")
    assert body_place(page) == ("宾川县人民政府", ("宾川县", "大理白族自治州", "云南省"))
    # a footer's field still is clutter: the site's owner is no body
    r = read("首页 主办单位：宾川县人民政府办公室\n一、总体情况\n全年主动公开信息860条。\n")
    assert r.agency is None or "宾川县人民政府办公室" != r.agency.name


def test_a_city_before_a_districts_body_is_where_the_district_lies():
    # a mirror site dropped the district from the title (邯鄲市區…): the text names it as the compiler
    page = ("邯鄲市區教育體育局2022年政府信息公開工作年度報告\n本報告由叢臺區教育體育局編制。" + TAIL)
    assert body_place(page) == ("丛台区教育体育局", ("丛台区", "邯郸市", "河北省"))


def test_a_county_made_a_district_under_its_whole_old_name():
    # 赣县 became 赣县区 (2016): the old name is the new one's base, not 赣县县
    page = "赣县农业局2015年政府信息公开年度报告\n如对本年报有任何疑问，请联系赣县农业局。" + TAIL
    assert body_place(page) == ("赣县农业局", ("赣县区", "赣州市", "江西省"))


def test_a_township_that_quotes_its_countys_totals_is_the_township():
    # it publishes the county's template, quotes 全县 totals, leads by 镇党委、镇政府 and names itself
    # only as whom to contact; the gazetteer (2015) lacks it: the one county the text names places it
    page = ("按照《中华人民共和国政府信息公开条例》和省、市、县政务公开工作的有关要求，为保障群众的知情权、参与权和监督权，"
            "特向社会公布宿松县2018年政府信息公开工作年度报告。\n如对本报告有疑问，请联系:青岚镇,联系电话:0556-7000000。\n"
            "一、概况\n2018年度，在镇党委、镇政府的正确领导下，稳步推动政府信息公开工作。\n二、主动公开\n2018年，全县共发布信息9000条。"
            "其中，县本级发布3000条。全县各乡镇共发布4000条。本单位共发布信息210条。\n")
    r = read(page)
    assert (r.agency.name, r.place.county) == ("宿松县青岚镇人民政府", "宿松县") and r.warnings, r


def test_a_township_speaking_once_as_itself_and_named_as_a_subject():
    # 我街道 once; 双福街道 the subject of a clause; 江津区 named among the governments it follows
    page = ("发布日期:2026-01-20 大 中 小\n2025年,我街道根据《条例》的相关规定,紧密围绕重庆市、江津区两级政府的工作部署,"
            "持续提升政府信息公开工作质量。\n一、工作总体概况\n2025年,双福街道依据《条例》要求,通过门户网站和微信公众号发布信息。\n")
    assert body_place(page) == ("江津区双福街道办事处", ("江津区", "重庆市", "重庆市"))


def test_a_listen_button_above_the_title_is_no_title():
    # "点击接收年报语音朗读": a site's read-aloud button says 年报 above the real title
    page = ("点击接收年报语音朗读\n\n枣庄市山亭区人民政府办公室2023年政府信息公开工作年度报告\n\n作者:山亭区政府办公室 时间:2024-01-19\n"
            "本年度报告根据条例编制。公众如需咨询，请与枣庄市山亭区人民政府办公室联系（电话：0632-8800000）。\n"
            "一、总体情况\n2023年，全区主动公开政府信息1200条。\n")
    assert body_place(page) == ("山亭区人民政府办公室", ("山亭区", "枣庄市", "山东省"))


@pytest.mark.parametrize("page, expected", [
    # the compiler of this year's report, named right before it
    ("朗读\n本年报是根据条例要求，由缙云县风景旅游管理局编制的2010年度政府信息公开年度报告。" + TAIL,
     ("缙云县风景旅游管理局", "缙云县")),
    # announced with its year first
    ("信息公开年度工作报告\n根据条例精神，特向社会公布2015年度龙山县公路管理局政府信息公开工作年度报告。" + TAIL,
     ("龙山县公路管理局", "龙山县")),
    # the contact, named again and again as the overview's subject
    ("本年度报告根据条例编制。如对本年度报告有疑问，请与广元市利州区商务和经济合作局联系（电话：0839-0000000）。\n"
     "一、总体情况\n2023年，区商务和经济合作局严格按照条例要求开展工作。区商务和经济合作局全年主动公开信息66条。"
     "区商务和经济合作局未收到政府信息公开申请。\n", ("利州区商务和经济合作局", "利州区")),
])
def test_a_body_the_data_does_not_list_named_as_compiler_announcer_or_contact(page, expected):
    name, county = expected
    r = read(page)
    assert r.agency is not None and (r.agency.name, r.place.county) == (name, county), r


def test_a_subdistrict_titled_with_jie_alone():
    # 海滨街2021年…报告: a subdistrict written 街 (several counties have one: unplaced, said so)
    r = read("当前位置：海滨街 > 政务公开\n海滨街2021年政府信息公开工作年度报告\n一、总体情况\n本街道全年公开信息30条。\n")
    assert r.agency is not None and r.agency.name == "海滨街道办事处" and r.agency.kind == "街道办事处"
