"""A body the kinds data does not list, naming itself only as 我站 / 我中心 and once in full in a
contact line (invented pages, real places)."""

from __future__ import annotations

import pytest

from index.meta import read_agency
from index.normalize import normalize


def _read(text: str):
    return read_agency(normalize(text), text)


STATION = (
    "按照条例要求，我站编写了本年度报告，统计时段为2022年1月1日至12月31日。如有疑问，请与隆德县"
    "农业技术推广服务站综合股联系（电话：0954-6012345）。\n一、总体情况\n我站全年主动公开政府信息"
    "12条，未收到政府信息公开申请。\n")


def test_the_contact_line_names_a_body_the_report_calls_wo_zhan() -> None:
    r = _read(STATION)
    assert r.agency is not None and r.agency.name == "隆德县农业技术推广服务站"
    assert (r.place.county, r.place.city, r.place.province) == ("隆德县", "固原市", "宁夏回族自治区")


def test_one_self_reference_is_not_enough() -> None:
    # 我站 once (it may quote another body); the contact line alone does not make it the issuer
    once = STATION.replace("我站全年", "全年")
    assert _read(once).agency is None


def test_a_name_ending_on_another_word_is_not_the_body() -> None:
    # the report says 我中心, the only county name nearby ends on 站: no body rather than a wrong one
    other = STATION.replace("我站", "我中心")
    r = _read(other)
    assert r.agency is None and any("未能识别" in w for w in r.warnings)


def test_a_quoted_column_named_after_the_body_that_says_wo_ju() -> None:
    page = ("一、总体情况\n2024年，我局认真落实条例要求。我局在县政府门户网站维护“西吉县招商和投资促进局”“文旅资讯”"
            "等栏目，全年发布信息88条。\n（二）依申请公开\n我局全年未收到政府信息公开申请。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "西吉县招商和投资促进局"
    # the same name in a document's title (《…》) names a document, not a column
    assert _read(page.replace("“西吉县招商和投资促进局”", "《西吉县招商和投资促进局》")).agency is None


OFFICE = ("本报告依据《中华人民共和国政府信息公开条例》，由永宁县人民政府办公室编制。统计期限为2023年1月1日至12月31日。"
          "如有疑问，请联系永宁县人民政府办公室（电话：0951-8011234）。\n一、总体情况\n2023年，我县持续推进政务公开，"
          "全县主动公开政府信息2100条。\n")


def test_a_county_report_the_government_office_compiled_is_the_governments() -> None:
    r = _read(OFFICE)
    assert r.agency is not None and r.agency.name == "永宁县人民政府"


def test_the_office_speaking_of_itself_is_the_office() -> None:
    own = OFFICE.replace("我县持续推进政务公开，全县", "我办持续推进政务公开，本办")
    assert _read(own).agency.name == "永宁县人民政府办公室"
    titled = "永宁县人民政府办公室2023年政府信息公开工作年度报告\n" + OFFICE  # the title names the office
    assert _read(titled).agency.name == "永宁县人民政府办公室"


def test_the_office_named_as_maker_without_you_and_under_a_covering_letter() -> None:
    # 根据…要求,某办编制了…报告: the first sentence names the maker, it is no title
    made = ("根据《中华人民共和国政府信息公开条例》要求，永宁县人民政府办公室编制了2023年政府信息公开工作报告。"
            "统计期限为2023年1月1日至12月31日。\n一、总体情况\n2023年，我县持续推进政务公开，全县主动公开政府信息2100条。\n")
    assert _read(made).agency.name == "永宁县人民政府"
    # …but a first sentence announcing the office's own report names the office
    announced = made.replace("永宁县人民政府办公室编制了2023年", "现公布永宁县人民政府办公室2023年")
    assert _read(announced).agency.name == "永宁县人民政府办公室"
    # the office's letter sending the report up (关于上报《…》的报告) heads the page; the report's own title,
    # naming only the county, follows it
    letter = ("永政办〔2024〕5号\n永宁县人民政府办公室\n关于上报《永宁县2023年政府信息公开\n工作年度报告》的报告\n"
              "市政务公开办公室：\n现将《永宁县2023年政府信息公开工作年度报告》报上，请审示。\n2024年3月1日\n"
              "永宁县2023年政府信息公开工作年度报告\n" + OFFICE)
    assert _read(letter).agency.name == "永宁县人民政府"


def test_a_subdistrict_office_written_without_jiedao() -> None:
    page = ("本年度报告依据条例编制，数据统计期限为2020年1月1日至12月31日。报告电子版可在金凤区人民政府政务公开门户网站下载。"
            "如有疑问请与金凤区满城北街办事处联系。\n一、总体情况\n银川市金凤区满城北街办事处本年度主动公开信息45条。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "金凤区满城北街办事处"
    assert r.agency.kind == "街道办事处" and r.place.county == "金凤区"
    # a county's liaison office (驻京办事处) is no subdistrict
    assert _read(page.replace("满城北街办事处", "驻银川办事处")).agency is None or \
        _read(page.replace("满城北街办事处", "驻银川办事处")).agency.kind != "街道办事处"


def test_a_township_title_split_over_two_lines_after_its_year() -> None:
    page = ("发布机构: | 闽宁镇人民政府 |\n2022年度闽宁镇人民政府政府信息公开\n工作年度报告\n"
            "本报告由闽宁镇人民政府编制，电子版可从永宁县政府网站下载。\n一、总体情况\n全年主动公开信息60条。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith("闽宁镇人民政府") and r.place.county == "永宁县"


def test_a_title_and_a_compiler_naming_two_bodies_is_said():
    page = ("同心县体育局\n2019年政府信息公开工作年度报告\n本年度报告由同心县教育局编制，统计期限为2019年1月1日至"
            "12月31日。\n一、概述\n2019年，我局全年主动公开信息52条。\n")
    r = _read(page)
    assert r.agency.name == "同心县体育局"  # the title is read, and the reader told of the other
    assert any("同心县教育局" in w for w in r.warnings)
    same = page.replace("由同心县教育局编制", "由同心县体育局编制")
    assert not _read(same).warnings


def test_a_county_report_giving_the_office_as_its_contact_is_the_governments() -> None:
    page = ("根据条例规定编制本报告，统计期限为2020年1月1日至12月31日。如对本报告有疑问，请与中宁县人民政府办公室联系"
            "（电话：0955-5012345）。\n一、总体情况\n2020年，我县全面推进政务公开，全县主动公开信息3200条。\n")
    assert _read(page).agency.name == "中宁县人民政府"
    assert _read(page.replace("我县全面推进政务公开，全县", "我办全面推进政务公开，本办")).agency.name == "中宁县人民政府办公室"


@pytest.mark.parametrize("page, name, county", [
    # a government quoted as the site's name is no issuer
    ("欢迎访问本站\n大柳树镇人民政府按照条例要求，公开2021年度政府信息公开年度报告。报告电子版可在中宁县门户网站"
     "“中宁县人民政府”（www.znzf.gov.cn）下载，也可在门户网站“中宁县人民政府”查阅。如有疑问，请联系中宁县大柳树镇人民政府办公室（电话：0955-5098765）。\n一、总体情况\n"
     "全年我镇主动公开信息40条。\n", "大柳树镇人民政府", "中宁县"),
    # 本机关 throughout, the county's site named, the township only where the reader is sent with questions
    ("根据条例，特向社会公布2019年度本机关政府信息公开工作年度报告。报告电子版可在县政府门户网站下载。如对本报告有任何疑问，"
     "请与堽城镇人民政府联系（地址：山东省宁阳县堽城镇府前街1号）。\n一、总体情况\n2019年，在县委、县政府领导下，全年公开信息50条。\n",
     "堽城镇人民政府", "宁阳县"),
])
def test_a_township_is_the_body_where_the_page_names_it_as_such(page, name, county) -> None:
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith(name) and r.place.county == county


def test_the_report_speaking_of_itself_in_its_first_sentence_is_no_title() -> None:
    from index.title import title_of, year_of

    page = ("本年度报告根据条例要求，由市教育局编制。全文包括基本情况、存在的问题、2020年工作打算等。统计期限自2019年1月1日"
            "起至2019年12月31日止。\n一、概述\n2019年我局主动公开信息88条。\n")
    text = normalize(page).text
    assert title_of(text) == "" and year_of(title_of(text), text) == 2019


@pytest.mark.parametrize("page, name, county", [
    # the report naming its maker: 由渠口乡人民政府编制
    ("本年度报告根据条例要求，由渠口乡人民政府编制。统计期限从2019年1月1日到12月31日止。\n一、概述\n"
     "2019年，中宁县各部门推进政务公开。利用“渠口发布”微信公众号发布信息120条。\n", "渠口乡人民政府", "中宁县"),
    # the overview's subject: 2025年,中宁县石空镇全面贯彻…
    ("根据条例要求编制本报告。统计期限为2025年1月1日至12月31日。\n一、总体情况\n2025年,中宁县石空镇全面贯彻落实"
     "政府信息公开各项规定，全年主动公开信息66条。\n", "中宁县石空镇人民政府", "中宁县"),
    # a subdistrict whose name holds 局, its office written after it
    ("本年报统计时限为2023年1月1日起至2023年12月31日止。如有疑问，请联系吉林市昌邑区东局子街道办事处，"
     "地址：吉林省吉林市昌邑区欣昌街1号。\n一、总体情况\n全年主动公开信息30条。\n", "东局子街道办事处", "昌邑区"),
    # a municipality's bureau branch named by its district's short name
    ("本年度报告根据条例要求，由上海市公安局长宁分局编制。统计期限自2018年1月1日起至2018年12月31日止。\n"
     "一、概述\n全年主动公开信息40条。\n", "上海市公安局长宁分局", "长宁区"),
    # 永宁县人民政府信息公开工作年度报告: the 政府 of 政府信息公开 said once, no site of the government
    ("2016年永宁县人民政府信息公开工作年度报告\n永宁县政务公开办公室\n本年度报告由永宁县政务公开办公室编制。\n"
     "一、概述\n2016年，我县主动公开政府信息1800条。\n", "永宁县人民政府", "永宁县"),
    # 按照省、县政府信息公开有关要求，我局编写了…报告: prose, not a title naming 县政府
    ("根据条例和省、县政府信息公开有关要求，我局编写了2019年政府信息公开工作年度报告。联系地址：永宁县杨和镇"
     "纳丰路8号。\n一、总体概述\n1.组织领导。成立县水利局信息公开领导小组，我局全年公开信息35条。\n", "永宁县水利局", "永宁县"),
])
def test_a_body_named_only_in_the_text(page, name, county) -> None:
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith(name) and r.place.county == county


def test_a_county_report_speaking_as_no_body_is_the_governments_not_its_contacts() -> None:
    page = ("本年度报告根据条例要求编制，统计期限为2024年1月1日至12月31日。本报告电子版可从中宁县人民政府网站下载。"
            "如对本报告有疑问，请与中宁县人民政府办公室联系（电话：0955-5012345）。\n一、总体情况\n"
            "2024年，通过县政府网站主动公开政府信息2100条，受理政府信息公开申请35件。\n")
    assert _read(page).agency.name == "中宁县人民政府"
    # the office as the overview's subject, or announcing its own report: the office's report
    subject = page.replace("2024年，通过县政府网站", "2024年，中宁县人民政府办公室认真落实条例，通过县政府网站")
    assert _read(subject).agency.name == "中宁县人民政府办公室"
    announced = page.replace("本年度报告根据条例要求编制", "现公布中宁县人民政府办公室2024年政府信息公开工作年度报告")
    assert _read(announced).agency.name == "中宁县人民政府办公室"
    # a body speaking of itself (我局) is no county government
    assert _read(page.replace("2024年，通过", "2024年，我局通过")).agency.name == "中宁县人民政府办公室"


@pytest.mark.parametrize("page, name", [
    # announcing its report in the opening sentence, a cited notice's issuer before it
    ("2020年，鸣沙镇按照《宁夏回族自治区人民政府办公厅关于做好2020年政府信息公开工作年度报告编制和发布工作的通知》"
     "要求推进政务公开。现特向社会公布鸣沙镇2020年度政府信息公开年度报告，统计期限自2020年1月1日起至12月31日止。\n"
     "一、主动公开政府信息情况\n我镇通过中宁县政府网站公开信息88条。\n", "鸣沙镇人民政府"),
    # the overview's subject, its county only in the contact address and the site's name
    ("本报告发布在中宁县人民政府门户网站。如有疑问，请联系舟塔乡党政办公室，地址：宁夏中宁县舟塔乡中心街1号。\n"
     "一、总体情况\n2021年,舟塔乡人民政府坚持以条例为指导，全年主动公开信息45条。\n", "舟塔乡人民政府"),
])
def test_a_township_speaking_of_itself_without_its_county(page, name) -> None:
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith(name) and r.place.county == "中宁县"


# the notices its office issued (下发了《隆德县人民政府办公室关于…》) its only own name
NOTICES = ("根据条例规定编制本报告，统计期限为2025年1月1日至12月31日。\n一、总体情况\n"
           "按照《固原市人民政府办公室关于印发2025年政务公开工作要点的通知》，下发了《隆德县人民政府办公室关于印发"
           "政务公开工作要点的通知》。全年全县通过县政府网站发布信息1800条。\n")
# 我县 throughout, its own name only its site's (a city named in a cited rule)
SITE_ONLY = ("本年度报告根据条例要求编制，统计期限从2022年1月1日起至2022年12月31日止。\n一、总体情况\n2022年，我县认真落实条例，"
             "按照《固原市政府信息依申请公开办理答复规范》规范答复。\n（一）主动公开\n2022年西吉县人民政府门户网站发布各类政府信息"
             "3200条。全县共收到依申请公开2件，我县均按期答复。\n")


@pytest.mark.parametrize("page, county", [(NOTICES, "隆德县"), (SITE_ONLY, "西吉县")])
def test_a_county_report_naming_no_body_of_its_own_is_the_governments(page, county) -> None:
    r = _read(page)
    assert r.agency is not None and r.agency.name == county + "人民政府" and r.place.county == county


def test_a_body_speaking_as_wo_ju_is_not_made_the_countys_government() -> None:
    r = _read(SITE_ONLY.replace("我县", "我局"))
    assert r.agency is None or r.agency.name != "西吉县人民政府"


@pytest.mark.parametrize("page, name, county", [
    ("泰来县和平镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息45条。\n", "和平镇人民政府", "泰来县"),
    ("本报告发布在中宁县人民政府门户网站。如有疑问，请联系恩和镇党政办公室，地址：宁夏中宁县恩和镇中心街1号。\n"
     "一、总体情况\n2021年,恩和镇人民政府坚持以条例为指导，全年主动公开信息45条。\n", "恩和镇人民政府", "中宁县"),
])
def test_a_township_whose_name_holds_he_is_read_where_the_gazetteer_lists_it(page, name, county) -> None:
    r = _read(page)  # 和 otherwise marks a phrase caught between a county and 镇 (县教育局和…镇)
    assert r.agency is not None and r.agency.name.endswith(name) and r.place.county == county
    assert _read(page.replace("和平镇", "和美镇").replace("恩和镇", "恩和美镇")).agency is None


@pytest.mark.parametrize("town", ["信兴镇", "公义镇", "全福镇", "开元乡"])
def test_a_township_the_gazetteer_lacks_is_read_whatever_its_names_characters(town) -> None:
    """信, 公, 开, 全 stand in town names (a town set up after 2015 is in no gazetteer): only words
    such as 信息, 公开 mark a phrase caught between a county and 镇."""
    page = f"（西夏区{town}）\n银川市西夏区{town}2020年政府信息公开工作年度报告\n发布时间：2021-01-20\n一、总体情况\n全年主动公开信息45条。\n"
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith(town + "人民政府") and r.place.county == "西夏区"
    assert _read("西夏区教育局信息公开镇2020年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息45条。\n").agency.name \
        == "西夏区教育局"


# A township speaking as 我镇, named with its county only in its address, or alone in the page's
# publisher field with its county's site (invented pages, real places)
TOWN_ADDRESS = ("本报告根据条例规定的格式编制，所列数据统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n2020年，"
                "在区委、区政府领导下，我镇扎实推进政务公开。\n（一）主动公开\n我镇全年在区政府网站公开信息60条。\n"
                "联系地址：咸安区向阳湖镇甘棠街8号，电话：0715-8000000。\n")
TOWN_SOURCE = ("- 发布机构:参内乡\n- 公文生成日期:2013-03-20\n根据条例规定，结合我乡实际编制本报告。本报告电子版可在安溪县人民政府"
               "网站下载。统计期限自2012年1月1日起至2012年12月31日止。\n一、概述\n2012年，我乡主动公开信息40条。\n")


@pytest.mark.parametrize("page, name, county", [(TOWN_ADDRESS, "向阳湖镇人民政府", "咸安区"),
                                                (TOWN_SOURCE, "参内乡人民政府", "安溪县")])
def test_a_township_speaking_as_wo_zhen_is_the_one_its_address_or_publisher_names(page, name, county) -> None:
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith(name) and r.place.county == county
    # speaking as 我县 more often, the report is the county's, never the township's
    r = _read(page.replace("我镇", "我县").replace("我乡", "我县"))
    assert r.agency is None or not r.agency.name.endswith(name)



def test_a_township_speaking_as_wo_zhen_named_only_where_its_countys_site_holds_its_budget() -> None:
    # the page starts at its overview (the title lost); its name runs on from a verb (将望远镇…)
    page = ("一、总体情况\n（一）主动公开\n一是落实保密审查。二是将望远镇人民政府部门预算在永宁县人民政府网站公开。"
            "三是我镇全年主动公开信息90条。\n（二）依申请公开\n我镇全年未收到申请。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "永宁县望远镇人民政府" and r.place.county == "永宁县"
    # a township the gazetteer lists in no county the text names is not taken for the body
    r = _read(page.replace("永宁县", "贺兰县"))
    assert r.agency is None or "望远镇" not in r.agency.name


def test_a_department_naming_only_its_countys_site_is_placed_there_its_body_unread() -> None:
    page = ("本年度报告统计期限自2023年1月1日起至2023年12月31日止。\n一、概述\n2023年我单位主动公开信息72条，其中在"
            "永宁县人民政府网站公开12条。我单位严格落实保密审查。\n")
    r = _read(page)
    assert r.agency is None and r.place is not None and r.place.county == "永宁县"
    assert any("永宁县" in w for w in r.warnings)
    # two counties named: which one is the body's cannot be told
    assert _read(page.replace("严格落实", "与贺兰县共同落实")).place is None


def test_a_subdistrict_named_bare_as_the_overviews_subject_is_the_body() -> None:
    # the district government's masthead above, the sub-district's party committee and office as subject
    page = ("天津市河北区人民政府\n本年度报告根据条例编制。统计期限从2025年1月1日起至2025年12月31日止。\n一、总体情况\n"
            "2025年,新开河街道党工委、办事处按照区委、区政府的统一部署，扎实推进政务公开。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith("新开河街道办事处") and r.place.county == "河北区"
    # the whole town as subject (全镇) names no township
    r = _read(page.replace("新开河街道党工委、办事处", "全镇"))
    assert r.agency is None or "全镇" not in r.agency.name


def test_a_subdistrict_speaking_as_jiedao_named_with_its_district_only_in_a_plan() -> None:
    # a subdistrict newer than the gazetteer, the district written before it only in a plan's title
    page = ("根据条例和《宁夏回族自治区政府信息公开规定》编制本年度报告。\n一、总体情况\n（一）主动公开\n2025年，依托区政府"
            "门户网站，街道主动公开各类信息58条。\n（二）依申请公开\n2025年，街道收到政府信息公开申请3件。\n（三）其他\n"
            "完成《金凤区银湖路街道第十五个五年规划纲要》编制。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name.endswith("银湖路街道办事处") and r.place.county == "金凤区"
    # …a bureau speaking so is no subdistrict
    assert _read(page.replace("街道主动公开", "我局主动公开")).agency is None or \
        _read(page.replace("街道主动公开", "我局主动公开")).agency.kind != "街道办事处"


def test_a_page_whose_names_a_mirror_replaced_speaks_as_its_county() -> None:
    # the site's and the office's names replaced by an advert; 全县 / 本县 throughout, the county in the address
    page = ("本报告根据条例和本县政府信息公开有关制度编制。电子版可在某某网址门户网站下载。如有疑问，请与某某网址办公室联系"
            "（地址：永宁县团结西路5号，邮政编码：750100）。\n一、概述\n2012年，全县各级、各部门认真贯彻条例，全年主动公开"
            "信息900条。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "永宁县人民政府" and r.place.county == "永宁县"
    assert _read(page.replace("全县各级", "我局各科室")).agency is None  # a bureau's voice: no county government



@pytest.mark.parametrize("page, name, county, year", [
    # the township in a source field in the middle of a line, the title without a title word
    ("您现在所在的位置: 网站首页 > 政府信息公开 > 年报\n黄渠桥镇2014年度信息年度公开报告\n"
     "发布时间:2015-01-06 来源:平罗县黄渠桥镇 字体:[ ]\n本报告涵盖2014年1月1日至12月31日。全年主动公开信息30条。\n",
     "平罗县黄渠桥镇人民政府", "平罗县", 2014),
    # a notice the first sentence cites without its 《》 is no title; the township announcing its report is the body
    ("根据条例规定和平罗县人民政府办公室关于做好2016年政府信息公开工作年度报告有关事项的通知要求，现向社会公布"
     "黄渠桥镇2016年政府信息公开工作年度报告。\n一、概述\n全年主动公开信息30条。\n", "平罗县黄渠桥镇人民政府", "平罗县", 2016),
    # …while a title that itself says 关于 (某局关于2024年度…情况的报告) stays the title
    ("来源：隆德县教体局 日期：2025-01-07\n隆德县教育体育局关于2024年度信息公开工作开展情况的报告\n一、总体情况\n"
     "将政务公开纳入年度目标考核。\n", "隆德县教育体育局", "隆德县", 2024),
    # the publisher field without its colon (发文机关…) names a township; its county is named in the text
    ("当前位置:首页 > 政务公开 > 公开年报\n发文机关黄渠桥镇人民政府 主题词\n标题2023年政府信息公开工作年度报告\n"
     "一、总体情况\n2023年，在平罗县委、县政府领导下，全年主动公开信息30条。\n", "平罗县黄渠桥镇人民政府", "平罗县", 2023),
    # a sub-district whose name holds 市, the overview's subject right after the year, no comma; its
    # district named in a cited plan
    ("依据条例第五十条规定，编制本报告。\n一、总体情况\n2021年东花市街道深入贯彻条例，严格落实《北京市东城区2021年"
     "政务公开工作要点》。\n", "东花市街道办事处", "东城区", 2021),
    # the county itself the overview's subject: its government's report
    ("一、总体情况\n2022年，平罗县认真贯彻条例，立足县域实际，全面提升全县信息公开工作水平，全年主动公开信息900条。\n",
     "平罗县人民政府", "平罗县", 2022),
])
def test_a_body_named_by_its_page_fields_or_its_overview(page, name, county, year) -> None:
    from index.parse import parse_report

    r = parse_report(page, "p")
    assert r.agency is not None and r.agency.name.endswith(name) and r.place.county == county and r.year == year


# A county report with no title, naming no body of its own: the data bureau that runs the county's
# disclosure since 2024 is only its contact (invented pages, real places)
DATA_BUREAU = ("本报告依据条例要求编制，所列数据的统计期限为2024年1月1日至2024年12月31日。本报告电子版可在隆德县人民政府门户网站"
               "下载。如有疑问，请与隆德县数据局联系（电话：0954-6011111）。\n一、总体情况\n2024年，通过隆德县人民政府门户网站"
               "主动发布信息8000条。全年受理依申请公开12件。\n")


def test_a_report_naming_only_the_data_bureau_as_its_contact_is_the_countys_government() -> None:
    r = _read(DATA_BUREAU)
    assert r.agency is not None and r.agency.name == "隆德县人民政府" and r.place.county == "隆德县"
    # the bureau's own report: titled with it, or speaking as 我局
    own = _read("隆德县数据局2024年政府信息公开工作年度报告\n" + DATA_BUREAU)
    assert own.agency.name == "隆德县数据局"
    assert _read(DATA_BUREAU.replace("2024年，通过", "2024年，我局通过")).agency.name == "隆德县数据局"


ARCHIVES = ("| 索引号 | 12332211/2018-0000001 | 发布机构 | 隆德县政府 | 公开范围 | 全部公开 |\n一、概述\n本年度报告根据条例要求，"
            "由隆德县档案局编制。统计期限自2017年1月1日起至2017年12月31日止。\n二、主动公开情况\n我局全年公布政府信息46条。\n")


def test_a_department_that_compiled_the_report_and_speaks_as_itself_beats_the_sites_publisher_field() -> None:
    r = _read(ARCHIVES)
    assert r.agency is not None and r.agency.name == "隆德县档案局" and r.place.county == "隆德县"
    # speaking as no body, a maker of a kind the data does not list: the page's publisher stays, the
    # maker in a warning (a listed kind, 档案局, is a body the text names and is read as the report's)
    plain = _read(ARCHIVES.replace("我局全年", "全年").replace("档案局", "史志中心"))
    assert plain.agency.name == "隆德县人民政府" and any("隆德县史志中心" in w for w in plain.warnings)
    assert _read(ARCHIVES.replace("我局全年", "全年")).agency.name == "隆德县档案局"


def test_a_city_bureaus_county_branch_compiling_is_read_in_full_though_a_line_calls_it_the_countys_bureau() -> None:
    """"哈密市生态环境局伊吾县分局编制形成了…报告" and later "伊吾县生态环境局政府网站主动公开…": one
    body, its full name the branch's (invented page, real places)."""
    page = ("根据条例要求，哈密市生态环境局伊吾县分局编制形成了《2024年政府信息公开工作年度报告》。如有疑问，请与哈密市生态环境局"
            "伊吾县分局办公室联系。\n一、总体情况\n（一）主动公开。2024年,伊吾县生态环境局政府网站主动公开信息40条。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "哈密市生态环境局伊吾县分局" and r.place.county == "伊吾县"


def test_a_body_speaking_as_wo_fenju_named_by_its_countys_short_name_in_the_contact_line() -> None:
    """我分局 / 我局 throughout, "请与隆德公路分局…联系" with 隆德县 only in the address: that body, as written."""
    page = ("根据条例及相关要求，我分局编制了2017年度政府信息公开工作年度报告。统计期限自2017年1月1日起至12月31日止。如对报告有任何"
            "疑问，请与隆德公路分局政府信息公开办公室联系（地址：隆德县城关镇中街1号，电话：6012345）。\n一、主动公开政府信息的情况\n"
            "我局主动公开政府信息49条。\n（二）主要类别\n我局严格按要求公开与公路有关的信息。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "隆德公路分局" and r.place.county == "隆德县"
    assert "隆德县公路分局" in r.agency.aliases


# The compiler names itself in the opening sentence, a body the data does not list (invented pages)
COMPILED = ("本年度工作报告是由白城市洮北区政务服务和数字化建设管理局依据《中华人民共和国政府信息公开条例》和省、市有关文件要求"
            "编制而成的。报告所列数据的统计期限自2025年1月1日至2025年12月31日。\n一、总体情况\n")


def test_a_body_the_data_does_not_list_named_as_the_reports_compiler() -> None:
    r = _read(COMPILED + "2025年,洮北区政务服务和数字化建设管理局深入贯彻条例，及时发布政府信息。\n")
    assert r.agency.name.endswith("洮北区政务服务和数字化建设管理局") and r.place.city == "白城市"
    # speaking as the district (全区), the body that runs disclosure compiled the district's report
    r = _read(COMPILED + "2025年,全区各级行政机关深入贯彻条例，全区主动公开政府信息5000条。\n")
    assert r.agency.name.endswith("洮北区人民政府")


def test_a_sites_column_of_every_townships_reports_names_no_township() -> None:
    page = ("登录 | 注册\n  • 乡镇政府信息公开年度报告\n  • 发布机构\n    双柏县妥甸镇人民政府\n\n双柏县妥甸镇2025年政府信息公开工作"
            "年度报告\n\n2025年,妥甸镇人民政府坚持依法公开，全年主动公开信息88条。\n")
    r = _read(page)
    assert r.agency.name == "双柏县妥甸镇人民政府" and r.place.county == "双柏县"


def test_the_office_compiling_under_its_citys_name_and_the_overview_naming_the_government() -> None:
    # 由银川市兴庆区人民政府办公室编制 writes the city before the district; the contact line drops it —
    # one office, the district government's report (its overview's subject is the government)
    page = ("本年度报告依据条例要求，由银川市兴庆区人民政府办公室编制。统计期限为2020年1月1日至12月31日。"
            "如有疑问，请与兴庆区人民政府办公室联系（电话：0951-6012345）。\n一、总体情况\n"
            "2020年兴庆区人民政府按照自治区政务公开工作要点，通过政府网站公开政府信息3200条。\n")
    assert _read(page).agency.name == "兴庆区人民政府"


def test_the_office_as_the_overviews_subject_is_the_office_though_it_steers_the_whole_county() -> None:
    page = ("本报告依据条例编制，统计期限为2021年1月1日至12月31日。如有疑问，请与永宁县人民政府办公室联系"
            "（电话：0951-8012345）。\n一、总体情况\n2021年，永宁县人民政府办公室自觉履行政府信息公开工作主管部门职责，"
            "指导协调全县政府信息公开工作。县府办全年主动公开政府信息96条。\n")
    assert _read(page).agency.name == "永宁县人民政府办公室"


@pytest.mark.parametrize("title", ["2018年永宁县人民政府信息公开年度工作报告", "永宁县人民政府信息公开工作年度报告（2018年）"])
def test_a_government_named_with_the_zhengfu_of_its_report_said_once(title) -> None:
    # the 政府 of 政府信息公开 shared with 人民政府, whichever order 年度 and 工作 come in
    page = (f"根据条例规定，现公布{title}。本报告由永宁县人民政府办公室综合全县各乡镇、县政府各部门的年度报告编制而成。"
            "如对本报告有疑问，请与永宁县政府办公室联系（电话：0951-8013456）。\n一、概述\n2018年，我县深入推进政务公开。\n")
    assert _read(page).agency.name == "永宁县人民政府"


def test_a_report_speaking_as_no_body_naming_only_its_countys_site_and_higher_rules() -> None:
    # no title, no 我县: its county's government site, a service centre as its contact and a province's
    # notice it follows are all it names — the county government's report, said in a warning
    page = ("本报告根据条例要求编制而成。统计期限为2025年1月1日到12月31日。电子版可在永宁县人民政府门户网站下载。"
            "如有疑问，请与永宁县经济信息中心联系（地址：永宁县杨和街1号）。\n一、总体情况\n严格对标《宁夏回族自治区人民政府"
            "办公厅关于推进政务新媒体健康有序发展的实施意见》要求，全年通过政府网站主动公开信息4200余条，办理依申请公开199件。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "永宁县人民政府", r
    assert any("网站" in w for w in r.warnings), r.warnings
    # a page speaking as a body (我局, a state farm's 我场) is not made its county's government
    for voice in ("我局", "我场", "我单位"):
        other = _read(page.replace("全年通过", voice + "全年通过")).agency
        assert other is None or other.name != "永宁县人民政府", (voice, other)


def test_a_body_of_a_kind_the_data_lacks_named_in_the_source_field_speaking_as_wo_shu() -> None:
    page = ("2021年区集体经济发展服务署政府信息公开工作年度报告\n信息提供日期 : 2022-01-21 17:48来源 : 银川市兴庆区集体经济"
            "发展服务署\n一、总体情况\n我署严格按照兴庆区政府的统一部署，积极推进政府信息公开工作。2021年，我署共公开信息121条。\n")
    r = _read(page)
    assert r.agency is not None and r.agency.name == "兴庆区集体经济发展服务署", r
