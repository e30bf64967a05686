"""Townships and subdistricts as reports name them: 钟山乡, 华侨路街道办事处, 东郊办事处 (a
subdistrict office written without 街道), 苏木 (Inner Mongolia's township), and the kinds of
their governments. Pure text rules; which county holds a township is ``index.towns``."""

from __future__ import annotations

import re

from index.bodies import BodyKind

# 苏木: Inner Mongolia's township
TOWN = re.compile(r"(?:人民政府)?([\u4e00-\u9fff]{1,6}?)(镇|乡|街道|苏木)(人民政府|办事处)?")
# A subdistrict office named without 街道 (铜官区东郊办事处); never a liaison office (驻京办事处)
STREET_OFFICE = re.compile(r"(?:人民政府)?(?!驻)([\u4e00-\u9fff]{2,4}?)()(办事处)")
# Characters no township's own name holds, and words none does (信义镇, 公义镇 and 全福镇 hold 信, 公,
# 全): a phrase caught between a county and 镇/乡 (县教育局…, 县公开信息…)
TOWN_STOP = re.compile(r"[的和与及在县区市局委府办室年我本各]|公开|信息|教育|卫生|卫健|全县|全区|全市")


# The kinds of a township's or subdistrict's government: bodies below the county.
TOWNSHIP_KINDS = ("乡镇人民政府", "街道办事处")


def town_kind(level: str, suffix: str) -> BodyKind:
    """A township's or subdistrict's government (镇 / 乡 / 街道 + 人民政府 / 办事处)."""
    street = level in ("街道", "")  # 东郊办事处: a subdistrict office, written without 街道
    return BodyKind(level + suffix, TOWNSHIP_KINDS[street], "subdistrict office" if street else "township government", ())


def town_office(level: str) -> str:
    """A township's government word: 办事处 for a 街道, 人民政府 for a 镇 / 乡."""
    return "办事处" if level == "街道" else "人民政府"


def town_form(t: re.Match[str]) -> str:
    """The township as written, in full: 罗平县钟山乡 issuing its report is 钟山乡人民政府."""
    return t.group(0) + ("" if t.group(3) else town_office(t.group(2)))


def township_name(body: str, county: str = "") -> str:
    """A township government's own name, without its county or 人民政府 / 办事处 (杨柳镇)."""
    # (上海市黄浦区人民政府打浦桥街道办事处: the county written after its city)
    bare = re.sub(r"^人民政府", "", body[body.find(county) + len(county):] if county and county in body else body)
    return re.sub(r"(?:人民政府(?:党政)?办公室|人民政府|办事处)$", "", bare)  # (its office: 吉村镇人民政府办公室)
