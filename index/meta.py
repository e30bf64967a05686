"""Pure metadata from a report's own text: title, issuing body (with aliases), place and year.

The year is the year the report *covers* (taken from its title or statistics period), never the
publication date at its end: a 2023 report is dated 2024年1月.
"""

from __future__ import annotations

import csv
import functools
import importlib.util
import re
from pathlib import Path

from index.model import Agency, Place

_WS = re.compile(r"\s+")
_SUFFIX = r"(?:局|委员会|委|办公室|办|人民政府|政府|厅|院|中心|署|所|站|队|馆)"
_AGENCY_IN_TITLE = re.compile(rf"^(.{{2,30}}?{_SUFFIX})(?=(?:\d{{4}}年|关于|政府信息公开|政务公开))")
_AGENCY_IN_TEXT = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:省|市|县|区|旗|州)[\u4e00-\u9fff]{{1,10}}?{_SUFFIX}")

# Kinds of bodies and the short forms people write for them; the first matching ending wins.
_KINDS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("教育体育局", "教育行政部门", "education bureau", ("教体局", "教育局", "教育体育局")),
    ("教育科学技术局", "教育行政部门", "education bureau", ("教科局", "教育科技局", "教育局")),
    ("教育科技局", "教育行政部门", "education bureau", ("教科局", "教育科技局", "教育局")),
    ("教育和体育局", "教育行政部门", "education bureau", ("教体局", "教育局")),
    ("教育局", "教育行政部门", "education bureau", ("教育局",)),
    ("教育委员会", "教育行政部门", "education bureau", ("教委", "教育局")),
    ("教育厅", "教育行政部门", "education department", ("教育厅",)),
    ("人民政府办公室", "政府办公室", "government office", ("政府办",)),
    ("人民政府", "人民政府", "people's government", ("政府",)),
)


def title_of(norm_text: str) -> str:
    """The report's title: its first lines up to the one that says 年度报告 (or the first line)."""
    lines = [ln.strip() for ln in norm_text.split("\n")[:6] if ln.strip()]
    for i, ln in enumerate(lines):
        if "年度报告" in ln or "年报" in ln:
            return "".join(lines[: i + 1]) if i <= 2 else ln
    return lines[0] if lines else ""


def year_of(title: str, norm_text: str) -> int | None:
    compact = _WS.sub("", title)
    m = re.search(r"((?:19|20)\d{2})年", compact)
    if m:
        return int(m.group(1))
    body = _WS.sub("", norm_text[:3000])
    m = re.search(r"统计(?:期限|数据|时限|区间)?[^。]{0,12}?((?:19|20)\d{2})年1月1日", body)
    if m:
        return int(m.group(1))
    m = re.search(r"((?:19|20)\d{2})年(?:度)?(?:政府信息公开|，|,)", body)
    return int(m.group(1)) if m else None


def agency_name(title: str, norm_text: str) -> str | None:
    compact = _WS.sub("", title)
    m = _AGENCY_IN_TITLE.search(compact)
    if m:
        return m.group(1)
    names = _AGENCY_IN_TEXT.findall(_WS.sub("", norm_text[:5000]))
    if not names:
        return None
    return max(set(names), key=lambda n: (names.count(n), -names.index(n)))


@functools.cache
def _divisions() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Name → adcodes and adcode → name from the administrative-division data that ships
    with the cpca package, read as a plain CSV: importing cpca runs code that needs pandas and
    pkg_resources (gone from current setuptools)."""
    by_name: dict[str, list[str]] = {}
    by_code: dict[str, str] = {}
    spec = importlib.util.find_spec("cpca")  # locates the package without running its __init__
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the cpca package (administrative divisions) is not installed")
    ref = Path(next(iter(spec.submodule_search_locations))) / "resources" / "adcodes.csv"
    with ref.open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            code, name = row["adcode"], row["name"]
            by_code[code] = name
            by_name.setdefault(name, []).append(code)
    return by_name, by_code


def place_of(agency: str | None, norm_text: str) -> Place | None:
    """County (or city/province) of the body, resolved against the national division list."""
    if not agency:
        return None
    try:
        by_name, by_code = _divisions()
    except (ModuleNotFoundError, FileNotFoundError):  # data package missing: name only
        by_name, by_code = {}, {}
    for n in range(min(len(agency), 12), 1, -1):
        name = agency[:n]
        codes = by_name.get(name)
        if not codes:
            continue
        if len(codes) > 1:  # same county name in several provinces: let the text decide
            codes = [c for c in codes if by_code.get(c[:2] + "0" * 10, "")[:2] in norm_text] or codes
        code = codes[0] if len(codes) == 1 else None
        if code is None:
            return Place(county=name, english=pinyin_of(name))
        province = by_code.get(code[:2] + "0" * 10)
        if code[2:4] == "00":
            return Place(county=None, province=name, adcode=code, english=pinyin_of(name))
        if code[4:6] == "00":
            return Place(county=None, city=name, province=province, adcode=code, english=pinyin_of(name))
        return Place(county=name, city=by_code.get(code[:4] + "0" * 8), province=province, adcode=code,
                     english=pinyin_of(name))
    m = re.match(r"(.{1,6}?[县市区旗])", agency)
    if m:
        return Place(county=m.group(1), english=pinyin_of(m.group(1)))
    return None


def pinyin_of(name: str) -> str | None:
    """海原县 → Haiyuan; a one-character name keeps its suffix: 渠县 → Quxian."""
    try:
        from pypinyin import lazy_pinyin
    except ModuleNotFoundError:
        return None
    base = re.sub(r"(?:回族自治区|壮族自治区|维吾尔自治区|自治区|特别行政区|自治县|自治州|县|市|区|旗|省)$", "", name)
    if len(base) < 2:
        base = name
    return "".join(lazy_pinyin(base)).capitalize()


def agency_of(name: str | None, place: Place | None) -> Agency | None:
    if not name:
        return None
    for ending, kind, kind_en, shorts in _KINDS:
        if name.endswith(ending):
            break
    else:
        ending, kind, kind_en, shorts = "", "政府部门", "government body", ()
    aliases: list[str] = []
    prefix = name[: len(name) - len(ending)] if ending else ""
    county = place.county if place and place.county else prefix
    short = re.sub(r"(?:县|市|区|旗)$", "", county) if county else ""
    level = county[-1] if county and county[-1] in "县市区旗" else ""
    for s in shorts:
        for p in (county, short if len(short) >= 2 else "", level):
            if p:
                aliases.append(p + s)
        aliases.append(s)
    seen = dict.fromkeys(a for a in aliases if a != name)
    return Agency(name=name, kind=kind, kind_en=kind_en, aliases=tuple(seen))
