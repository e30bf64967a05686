"""Places a question names that the corpus lacks: a division the data knows by its Chinese name,
its English name (Haidian District) or its city's or province's pinyin, that no report's place
covers — so the answer says the corpus lacks it instead of answering for another place."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from rag.corpusplaces import Place, Places

_CJK = re.compile(r"[\u4e00-\u9fff]")

# Provinces as English writes them where that is not their pinyin (the pinyin is an alias already).
PROVINCES_EN: dict[str, str] = {
    "inner mongolia": "内蒙古自治区", "tibet": "西藏自治区", "xinjiang": "新疆维吾尔自治区", "guangxi": "广西壮族自治区",
    "ningxia": "宁夏回族自治区", "shaanxi": "陕西省", "hong kong": "香港特别行政区", "macau": "澳门特别行政区",
}


@functools.cache
def known_divisions() -> tuple[re.Pattern, re.Pattern | None]:
    """One compiled pattern over every division name (≥ 3 characters) and one over the pinyin of
    provinces and cities, to notice a place the corpus does not cover — compiled once, because a
    loop over 3,000 names costs more than the rest of a question's understanding."""
    from index.places import divisions, english

    every = divisions(("province", "city", "county"))
    names = sorted({d.name for d in every if len(d.name) >= 3}, key=len, reverse=True)
    upper = {d.name for d in every if d.level != "county" and len(d.name) >= 2}
    pys = {py.lower() for n in upper if (py := english(n)) and len(py) >= 4}
    _PINYIN_NAMES.update({(english(n) or "").lower(): n for n in upper})
    name_rx = re.compile("|".join(map(re.escape, names)))
    py_rx = re.compile(r"(?<![a-z])(" + "|".join(sorted(map(re.escape, pys), key=len, reverse=True)) + r")(?![a-z])") \
        if pys else None
    return name_rx, py_rx


_PINYIN_NAMES: dict[str, str] = {}
_EN_PLACE = re.compile(r"\b([A-ZÜ][a-zü]+(?:['’-]?[a-zü]+)*)\s+(?:District|County|Banner|City)\b")


def _key(spelling: str) -> str:
    """A spelling compared letter for letter: lower case, no apostrophe or hyphen (Lu'an = luan), ü as u
    (pinyin has no v: a keyboard's ü, Lveyang = Lueyang = Lüeyang)."""
    return spelling.lower().replace("'", "").replace("’", "").replace("-", "").replace("ü", "u").replace("v", "u")


_LEVEL_SUFFIX = re.compile(r"(?:xian|qu|shi|qi)$")  # the level a romanised name may end with (Shanxian)


@functools.cache
def _county_pinyin() -> dict[str, str]:
    """Pinyin (lower case, no apostrophe) → a county-level division's name, for the names the
    data gives one reading; once per process."""
    return {key: names[0] for key, names in _spelled_alike().items()}


@functools.cache
def _spelled_alike() -> dict[str, tuple[str, ...]]:
    """Pinyin (as :func:`_county_pinyin` keys it) → every county-level division spelled so (Wuyuan:
    五原县 and 婺源县), in the data's order."""
    from index.places import divisions, english

    out: dict[str, list[str]] = {}
    for d in divisions(("county",)):
        py = _key(english(d.name) or "")
        for key in {py, _LEVEL_SUFFIX.sub("", py)}:
            if len(key) >= 3 and d.name not in out.setdefault(key, []):
                out[key].append(d.name)
    return {k: tuple(v) for k, v in out.items()}


_LEVEL_CHAR = {"district": "区", "county": "县", "banner": "旗", "city": "市"}


@functools.cache
def _province_names() -> frozenset[str]:
    from index.places import divisions

    return frozenset(d.name for d in divisions(("province",)))


@functools.cache
def _pinyin_levels() -> dict[tuple[str, str], str]:
    """(pinyin without its level, level character) → a county-level division's name: 华容县 and
    华容区 share a spelling and differ by the word after it."""
    from index.places import divisions, english

    out: dict[tuple[str, str], str] = {}
    for d in divisions(("county",)):
        py = _LEVEL_SUFFIX.sub("", _key(english(d.name) or ""))
        if len(py) >= 3:
            out.setdefault((py, d.name[-1]), d.name)
    return out


def other_level(question: str, alias: str, name: str) -> bool:
    """The question writes a corpus place's English spelling with another level's word after it,
    of a division the data knows (Huarong District, 华容区, where the corpus holds 华容县; Jilin
    Province where the corpus holds the city 吉林市 too)."""
    low = question.lower()
    key = _key(alias)
    for m in re.finditer(rf"(?<![a-z]){re.escape(alias.lower())}\s+(district|county|banner|city|province)\b", low):
        if m.group(1) == "province":  # Jilin Province is no 吉林市 (a city of the same spelling)
            if name not in _province_names():
                return True
            continue
        level = _LEVEL_CHAR[m.group(1)]
        if not name.endswith(level) and (key, level) in _pinyin_levels():
            return True
    return False


def mentions(text: str, alias: str, low: str | None = None) -> bool:
    """Whether ``text`` names ``alias`` (``low``: the text lower-cased, when the caller has it)."""
    if not alias.isascii() and _CJK.search(alias):
        return alias in text
    a, low = alias.lower(), text.lower() if low is None else low
    # the whole word only (xian is no part of xianyang), tried only where the letters occur at all:
    # a corpus has thousands of place aliases, a question names one or two
    return a in low and re.search(rf"(?<![a-z]){re.escape(a)}(?![a-z])", low) is not None


def parents(names: list[str]) -> set[str]:
    """The cities and provinces the named county-level divisions lie in — and, a name read from its
    English, those of every county spelled alike ("Wuyuan County (Jiangxi)": 婺源县, not 五原县)."""
    return {x for n in {*(n.split("（")[0] for n in names), *(m for n in names for m in _alike(n))} for x in _homes(n)}


def within(name: str, named: set[str]) -> str:
    """Of the counties spelled like ``name`` (read from its English), the one in a city or province
    the question names (Wuyuan County in Jiangxi: 婺源县); else ``name``."""
    found = [m for m in _alike(name) if _homes(m) & named]
    return found[0] if len(found) == 1 else name


def _alike(name: str) -> tuple[str, ...]:
    """The county-level divisions spelled in English as ``name`` is (its own name among them)."""
    from index.places import english

    return _spelled_alike().get(_key(english(name.split("（")[0]) or ""), ())


def _homes(name: str) -> set[str]:
    """The cities and provinces of the county-level divisions called ``name``."""
    from index import places as divisions

    return {x for d in divisions.lookup(name) if d.level == "county" for x in (d.city, d.province) if x}


def parent_namesakes(found: list[str], unknown: list[str], question: str) -> set[str]:
    """Places read from a bare name that is also the unknown county's city ("Kaiyuan City in Tieling":
    Tieling is 铁岭市, not the corpus's 铁岭县), never one named with its level (铁岭县, Tieling County)."""
    from index import places as divisions

    cities = {divisions.base_name(c) for c in parents(unknown)}
    return {p for p in found if divisions.base_name(p) in cities and p not in question
            and not with_county_word(question, divisions.english(p) or "")}


_COUNTY_WORD = re.compile(r"\s+(?:district|county|banner)\b", re.I)


def with_county_word(question: str, spelling: str) -> bool:
    """The question writes a place's English spelling with a county-level word after it (Tieling
    County, Baoshan District)."""
    low = question.lower()
    return bool(spelling) and any(_COUNTY_WORD.match(low, m.end())
                                  for m in re.finditer(rf"(?<![a-z]){re.escape(spelling.lower())}(?![a-z])", low))


def covers(places: list[Place]) -> Callable[[str], bool]:
    """Whether some place's alias contains a name or lies in it (Places.covers, for a plain list too)."""
    if isinstance(places, Places):
        return places.covers
    known = {a for p in places for a in p.aliases if len(a) >= 2}
    return lambda n: any(n in k or k in n for k in known)


def unknown_places(question: str, places: list[Place]) -> list[str]:
    covered = covers(places)
    name_rx, py_rx = known_divisions()
    found: list[str] = []
    for m in name_rx.finditer(question):
        n = m.group(0)
        if n not in found and not covered(n):
            found.append(n)
    rest = name_rx.sub(" ", question)
    m = re.findall(r"([\u4e00-\u9fff]{2,4}(?:省|市|县|区|州|旗))", rest)
    found += [x for x in m if not covered(x) and x not in found and len(x) >= 3
              and not re.search(r"^[年的了在和与及]|[哪几各每本该这那全多个其我某的数量里给出是由或为被向对从把将]|县级|市级|省级|报告|年报|发布|公开", x)]
    # "Haidian District", "Yi County": a county-level place named in English that the corpus lacks
    # (only a name the division data knows: an unknown spelling may still be a corpus place's)
    # the aliases the question could name (all of them, without the corpus's index)
    near_places = places.candidates(question) if isinstance(places, Places) else places
    near = [a for p in near_places for a in p.aliases if isinstance(places, Places) or len(a) >= 2]
    en = list(_EN_PLACE.finditer(question))
    if en:
        counties = _county_pinyin()
        for m in en:
            key = _key(m.group(1))
            level = _LEVEL_CHAR[m.group(0).rsplit(None, 1)[-1].lower()]
            spelled = [p for p in near_places if any(a.isascii() and mentions(m.group(0), a) for a in p.aliases)]
            if spelled and (any(p.name.endswith(level) for p in spelled) or (key, level) not in _pinyin_levels()):
                continue  # this name is a corpus place's spelling (Huarong District is not its Huarong County)
            if spelled:  # another division of the corpus place's spelling: named in full, it is not covered
                if (n := _pinyin_levels()[(key, level)]) not in found:
                    found.append(n)
                continue
            n = counties.get(key)
            if n and n not in found and not covered(n):
                found.append(n)
    if py_rx is not None:
        low = question.lower()
        for m in py_rx.finditer(low):
            n = _PINYIN_NAMES.get(m.group(1))
            if n and n not in found and not any(mentions(question, a) for a in near):
                found.append(n)
    return found
