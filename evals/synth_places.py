"""Real county-level divisions for the report generator, and the place data it writes with them
(banner short forms, postcode prefixes, ICP licence prefixes by province)."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Division:
    name: str
    city: str | None
    province: str
    adcode: str
    level: str  # county | city | district | banner | autonomous
    ambiguous: bool  # another county-level division has the same name


# Banners people write in short (the forms are common usage, not from any one report).
BANNER_SHORT = {
    "科尔沁右翼前旗": "科右前旗", "科尔沁右翼中旗": "科右中旗", "科尔沁左翼中旗": "科左中旗",
    "科尔沁左翼后旗": "科左后旗", "察哈尔右翼前旗": "察右前旗", "察哈尔右翼中旗": "察右中旗",
    "察哈尔右翼后旗": "察右后旗", "达尔罕茂明安联合旗": "达茂旗", "阿拉善左旗": "阿左旗",
    "阿拉善右旗": "阿右旗", "鄂托克前旗": "鄂前旗", "东乌珠穆沁旗": "东乌旗", "西乌珠穆沁旗": "西乌旗",
    "莫力达瓦达斡尔族自治旗": "莫旗", "苏尼特左旗": "苏左旗", "苏尼特右旗": "苏右旗",
    "土默特左旗": "土左旗", "土默特右旗": "土右旗", "新巴尔虎左旗": "新左旗", "新巴尔虎右旗": "新右旗",
}
# First two postcode digits by province (adcode[:2]), so a postcode never points elsewhere.
POSTCODE = {"11": "10", "12": "30", "13": "05", "14": "03", "15": "01", "21": "11", "22": "13", "23": "15",
            "31": "20", "32": "22", "33": "31", "34": "23", "35": "35", "36": "33", "37": "25", "41": "46",
            "42": "43", "43": "41", "44": "51", "45": "53", "46": "57", "50": "40", "51": "61", "52": "55",
            "53": "65", "54": "85", "61": "71", "62": "73", "63": "81", "64": "75", "65": "83"}
ICP = dict(zip("11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65".split(),
               "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀黔滇藏陕甘青宁新"))


@functools.cache
def divisions() -> tuple[Division, ...]:
    """Every county-level division of the dataset the parser resolves places against
    (``index.places``), so a generated report's place is real by the parser's own list."""
    from index import places

    rows = [d for d in places.divisions() if d.name.endswith(("县", "市", "区", "旗"))]
    counts = Counter(d.name for d in rows)
    return tuple(
        Division(d.name, d.city, d.province or "", d.adcode,
                 "banner" if d.name.endswith("旗") else "autonomous" if d.name.endswith("自治县")
                 else {"县": "county", "市": "city", "区": "district"}[d.name[-1]], counts[d.name] > 1)
        for d in rows)


def short_of(county: str) -> str:
    """The name as people shorten it in account and site names: 兰西县 → 兰西, 长阳土家族自治县 →
    长阳, 土默特右旗 → 土默特右旗 (a banner keeps 旗 after 左/右/前/中/后), 渠县 → 渠县."""
    from index.places import base_name

    return base_name(county)
