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
