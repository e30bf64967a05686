"""Who issued a page whose title does not say it plainly: a site column's caption above the title,
the government office named only in the page's fields, a letterhead typeset with spaces, the
county named only by its portal's name, a data bureau that speaks as 我局 (invented pages, real
places)."""

from __future__ import annotations

import pytest

from index.meta import read_agency
from index.normalize import normalize

_PROSE = "一、总体情况\n（一）主动公开情况\n全年通过政府网站公开信息310条。\n"


def _read(text: str):
    r = read_agency(normalize(text), text)
    return (r.agency.name if r.agency else None), (r.place.county if r.place else None), r.warnings


@pytest.mark.parametrize("page, body, county", [
    # the column's caption (信息公开工作年度报告) first, the site's masthead above it, the title below
    ("网站支持IPv6灵武市人民政府  欢迎您!\n\n今天是:\n\n信息公开工作年度报告\n\n当前位置:市数据局 >> 政府信息公开\n\n"
     "灵武市数据局 2024年政府信息公开工作年度报告\n\n发布时间:2025-01-20  来源:市数据局\n\n" + _PROSE
     + "2024年，我局按照全市部署推进公开工作。\n", "灵武市数据局", "灵武市"),
    # the office only as the site's source and editor; the text's subject is the government itself
    ("日期: 2023-02-01 浏览量:88 来源:沙坡头区人民政府办公室 责任编辑:沙坡头区人民政府办公室 文字大小: 大 中 小\n"
     "一、总体情况\n2022年，沙坡头区人民政府坚持以公开为常态，全区政务公开工作稳步推进，我区各部门按要求公开信息。\n",
     "沙坡头区人民政府", "沙坡头区"),
    # a letterhead set wide, a date under it; the government's disclosure office only as the contact
    ("彭 阳 县 人 民 政 府\n2012年3月1日\n引 言\n本报告由彭阳县编制。如有疑问，请联系彭阳县政府信息公开办公室（电话：0954-7011111）。\n"
     "一、概述\n2011年，我县加强政府信息公开工作，全县公开信息900条。\n", "彭阳县人民政府", "彭阳县"),
    # the body in brackets after a title of level only; a kind of body listed since (国防动员办公室)
    ("索引号: 0001/2025-00048 发布机构:\n2024年政府信息公开工作年度报告(上海市金山区国防动员办公室)\n发布时间:2025-01-21\n"
     "一、总体情况\n2024年,金山区国防动员办公室坚持以公开为常态。\n", "金山区国防动员办公室", "金山区"),
    # the title's short form (文旅局), the body's full name in the text
    ("泾川县文旅局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，泾川县文体广电和旅游局认真落实条例。\n",
     "泾川县文体广电和旅游局", "泾川县"),
    # the district as its overview's subject, twice; the site's office only in the page's fields
    ("发布单位: | 区政府办公室 |\n来源: | 区政府办公室 |\n根据条例编制本报告。\n一、总体情况\n2024年,南湖区在省、市政府指导下,"
     "推进公开工作。累计发布政府信息9000条。\n2024年,南湖区受理依申请公开120件。\n", "南湖区人民政府", "南湖区"),
    # a county made a city since (旬阳县 → 旬阳市): the body keeps the name it had, the place is today's
    ("旬阳县人民政府办公室2020年政府信息公开工作年度报告\n一、总体情况\n2020年，我办认真落实条例。\n", "旬阳县人民政府办公室", "旬阳市"),
    # the report naming itself in its opening sentence, after the government whose plans it followed
    ("根据《中华人民共和国政府信息公开条例》和仙游县人民政府工作部署,特向社会公布2019年度仙游县民政局政府信息公开工作年度报告。"
     "本年度报告由总体情况等六部分组成。\n一、总体情况\n2019年，我局公开信息80条。\n", "仙游县民政局", "仙游县"),
    # a notice's issuer named before its quoted title is no body of the report; the overview's subject is
    ("按照《中华人民共和国政府信息公开条例》规定和勉县人民政府办公室《关于做好2023年度政府信息公开年度报告编制公布工作的通知》的要求,"
     "编制此年度报告。\n一、总体情况\n2023年,勉县教育体育局在县委、县政府的正确领导下,认真落实公开要求。\n", "勉县教育体育局", "勉县"),
])
def test_the_body_a_page_speaks_for(page, body, county):
    got = _read(page)
    assert got[:2] == (body, county), got


def test_a_county_named_only_by_its_portal_is_read_with_a_warning():
    page = ("根据条例规定编制本报告。\n一、总体情况\n2024年，县政府网站共发布信息2100条，“中国同心”微信公众号发布信息600条。"
            "组织召开县政府新闻发布会5期。全县各乡镇均已完成公开目录编制。\n")
    body, county, warnings = _read(page)
    assert (body, county) == ("同心县人民政府", "同心县") and any("中国同心" in w for w in warnings), (body, warnings)
    # a city's report speaking of its counties' governments is no county's
    assert _read("根据条例规定编制本报告。\n一、总体情况\n全市各县政府网站共发布信息2100条，“中国吴忠”微信公众号发布信息600条。\n")[0] is None


def test_an_office_naming_itself_by_level_is_placed_by_its_account_name():
    page = ("根据条例规定编制本报告。\n一、总体情况\n2024年,县政府办公室根据年度工作要点,依托县政府网站、浙江嵊泗微信公众号等渠道做好公开工作,"
            "指导各乡镇、各部门开展公开。\n")
    body, county, warnings = _read(page)
    assert (body, county) == ("嵊泗县人民政府办公室", "嵊泗县") and warnings, (body, warnings)
    # …but where the text speaks for the whole county, the office only handles its applications
    county_page = ("根据条例规定编制本报告。\n一、总体情况\n2025年,县政府网站共发布信息3000条，“中国嵊泗”微信公众号发布信息750条。"
                   "全县各乡镇均已完成目录编制，组织召开县政府新闻发布会9期。\n2025年,县政府办公室收到依申请公开9件。\n")
    assert _read(county_page)[0] == "嵊泗县人民政府"


def test_the_year_is_the_overviews_though_a_list_item_names_another_years_report():
    from index.title import year_of

    text = ("一、总体情况\n2025,托克逊县住建局推进公开工作。公开信息共12条,其中:民生服务类信息8条、托克逊县住建局2024年政府信息公开"
            "工作年度报告、2025年其他办理结果。\n")
    assert year_of("", normalize(text).text) == 2025


@pytest.mark.parametrize("page, body", [
    # announced with 现公开, the county named nowhere: the township, kept unplaced
    ("根据条例规定,现公开望江路街道办事处2022年政府信息公开工作年度报告。\n一、总体情况\n望江路街道结合实际推进公开工作。\n", "望江路街道办事处"),
    # the overview's subject, working under its city's guidance
    ("一、总体情况 (一)主动公开情况。2023年马桥镇人民政府在市人民政府的正确指导下,认真贯彻落实条例要求。\n", "马桥镇人民政府"),
])
def test_a_township_that_never_names_its_county_is_read_unplaced(page, body):
    got = _read(page)
    assert got[:2] == (body, None), got
