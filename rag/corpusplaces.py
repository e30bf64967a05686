"""The corpus's places as a question may name them: every county, city, province (and township
body) of the corpus with its reports and aliases — its name, short name, English name and
romanisation, its bodies' names — gathered from the reports' own metadata, never from a
hand-written list, and indexed so a question is matched against the few aliases it could name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from index.townships import TOWNSHIP_KINDS, township_name
from index.model import Report

_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[a-z]+")
_EN_LEVEL = re.compile(r"\s+(?:autonomous county|county|district|city|banner|prefecture|province)$")


@dataclass
class Place:
    name: str  # canonical: county, city or province name (or a township's)
    reports: list[str]
    aliases: list[str]
    township: bool = False  # below the county level: no division, a body's own place


class Places(list):
    """The corpus's places, with their aliases indexed for questions (built once, on first use: a
    question is matched against the few aliases it could name, not every one of a large corpus's
    tens of thousands), and the reports they were gathered from, by id and by year."""

    def __init__(self, places: Iterable[Place] = (), reports: Iterable[Report] = ()):
        super().__init__(places)
        self.reports = list(reports)

    @functools.cached_property
    def by_id(self) -> dict[str, Report]:
        return {r.id: r for r in self.reports}

    @functools.cached_property
    def by_year(self) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for r in self.reports:
            if r.year:
                out.setdefault(r.year, []).append(r.id)
        return out

    @functools.cached_property
    def _by_start(self) -> dict[str, list[int]]:
        # a Chinese alias by its first two characters; a Latin one by its first word (it is matched
        # as whole words), else its first two characters
        index: dict[str, set[int]] = {}
        for i, p in enumerate(self):
            for a in p.aliases:
                word = None if _CJK.search(a) else _WORD.match(a.lower())
                index.setdefault(word.group() if word else a[:2].lower(), set()).add(i)
        return {k: sorted(v) for k, v in index.items()}

    @functools.cached_property
    def _by_name(self) -> dict[str, Place]:
        return {p.name: p for p in reversed(self)}  # the first of a name, as a scan would find it

    def named(self, name: str) -> Place | None:
        return self._by_name.get(name)

    def resolve(self, name: str) -> Place | None:
        """The place a filter names: by its name or any alias (海原, 海原县, Haiyuan, haiyuan county,
        the body's name), letters in any case; None when the corpus has no such place."""
        name = " ".join((name or "").split())
        if not name:
            return None
        got = self.named(name)
        if got is not None:
            return got
        for low in dict.fromkeys((name.casefold(), _EN_LEVEL.sub("", name.casefold()))):  # Haiyuan County = Haiyuan
            got = next((p for p in self.candidates(low) if any(a.casefold() == low for a in p.aliases)), None)
            if got is not None:
                return got
        return None

    @functools.cached_property
    def known(self) -> set[str]:
        """Every alias of two characters or more."""
        return {a for p in self for a in p.aliases if len(a) >= 2}

    @functools.cached_property
    def _joined(self) -> str:
        return "\n".join(sorted(self.known))

    def candidates(self, question: str) -> list[Place]:
        """The places whose aliases could occur in ``question`` (a superset; in corpus order)."""
        index, low = self._by_start, question.lower()
        keys = {low[i : i + 2] for i in range(len(low))} | set(low) | set(_WORD.findall(low))
        return [self[i] for i in sorted({i for k in keys for i in index.get(k, ())})]

    def covers(self, name: str) -> bool:
        """Whether some alias contains ``name`` or is contained in it."""
        return name in self._joined or any(a in name for p in self.candidates(name) for a in p.aliases if len(a) >= 2)


@functools.lru_cache(maxsize=20_000)  # a name recurs in every report of its place
def _pinyin_aliases(name: str, known: str | None = None) -> list[str]:
    """The English and romanised names of a place (``known``: its English name as the parser stored
    it, which is its romanisation unless the name has a settled English form: no need to compute it)."""
    from index.places import english, pinyin, settled_english

    py = known if known and not settled_english(name) else pinyin(name)
    out = list(dict.fromkeys(x for x in (known or english(name), py) if x))  # Ulanhot and Wulanhaote alike
    if py and py.endswith("xian") and len(name) == 2:
        out.append(py[:-4] + " County")
    # ü as keyboards write it, u or v (Lüeyang: Lueyang, Lveyang)
    return out + [x.replace("ü", u).replace("Ü", u.upper()) for x in out if "ü" in x.lower() for u in ("u", "v")]


def _ethnic_short(name: str) -> list[str]:
    """An autonomous county without its ethnic words, as people write it: 彭水县 and 彭水 for
    彭水苗族土家族自治县."""
    from index.places import base_name

    if not name.endswith(("自治县", "自治旗")):
        return []
    bare = base_name(name)
    return [bare, bare + name[-1]] if bare != name and len(bare) >= 2 else []


def _short(name: str) -> list[str]:
    """A division's listed short forms (喀左县), bare (喀左) and romanised (Kazuo)."""
    from index.places import pinyin, short_forms

    out = []
    for short in short_forms(name):
        bare = short[:-1] if short.endswith(("县", "旗", "区", "市")) else short
        out += [short] + ([bare] if len(bare) >= 2 else []) + [x for x in [pinyin(bare)] if x and len(bare) >= 2]
    return out


def body_names(by_id, ids: list[str] | None, contracted_too: bool = False) -> list[str]:
    """The names (and aliases) of the bodies of the few reports a question picked (twenty at most;
    none for more), four characters at least; ``contracted_too``: with 管委会 for 管理委员会 too. A
    question naming a body by them asks nothing about their words (营商环境建设监督局 is no 监督)."""
    from index.bodies import contracted

    if not ids or len(ids) > 20:
        return []
    names = [n for i in ids if (r := by_id.get(i)) is not None and r.agency
             for full in (r.agency.name, *r.agency.aliases)
             for n in ((full, contracted(full)) if contracted_too else (full,)) if len(n) >= 4]
    return list(dict.fromkeys(names))


def abbreviates(short: str, name: str) -> bool:
    """A short form takes its characters from the full name, in order (经信局 of 经济商务和信息化局); so
    does a full name the report prints longer (浦口区人民政府永宁街道办事处 of 浦口区永宁街道办事处)."""
    it = iter(name)
    return all(ch in it for ch in short)


def abbreviations_in(text: str, by_id, ids: list[str] | None) -> list[str]:
    """The words of a question that contract the name of a body it picked, its characters in order
    (科工信局 for 科技工业信息化局, 文广体旅局 for 文化广播电视体育和旅游局): the body, asked by a short name
    no list of short forms holds — no words to look for."""
    if not ids or len(ids) > 20:
        return []
    out = []
    for i in ids:
        r = by_id.get(i)
        if r is None or not r.agency:
            continue
        county = r.place.county if r.place and r.place.county else ""
        body = r.agency.name.removeprefix(county)
        if len(body) < 5:
            continue
        for j in (j for j, ch in enumerate(text) if ch == body[-1]):
            for k in range(max(0, j - 7), j - 1):  # the longest contraction ending here, three characters at least
                word = text[k:j + 1]
                if word[0] == body[0] and word != body and abbreviates(word, body):
                    out.append(word)
                    break
    return list(dict.fromkeys(out))


_TOWN_EN = {"镇": ("Town", "Township"), "乡": ("Township", "Town"), "苏木": ("Sumu", "Township"),
            "街道": ("Subdistrict", "Sub-district", "Street")}


def _town_english(town: str) -> list[str]:
    """A township as English asks for it: its pinyin and its level (Dapuqiao Subdistrict, Xinyi Town),
    the pinyin alone where the name is long enough not to be a county's too (Dapuqiao)."""
    from index.places import pinyin

    level = next((lv for lv in _TOWN_EN if town.endswith(lv)), None)
    bare = town[: -len(level)] if level else town
    py = pinyin(bare) if len(bare) >= 2 else None
    if not py or level is None:
        return []
    return [f"{py} {w}" for w in _TOWN_EN[level]] + ([py] if len(bare) >= 3 else [])


def corpus_places(reports: list[Report]) -> Places:
    """Every county, city and province of the corpus with the reports it covers."""
    places: dict[str, Place] = {}
    # gathered as sets and dicts, then sorted once: a province holds thousands of reports
    aliases: dict[str, set[str]] = {}
    ids: dict[str, dict[str, None]] = {}

    def add(name: str | None, rid: str, *extra: str, known: str | None = None) -> None:
        if not name or len(name) < 2:  # a bare 县 or 市 (a division-data slip) would match every question
            return
        if name not in places:
            places[name] = Place(name, [], [])
            base = re.sub(r"(?:回族自治区|壮族自治区|维吾尔自治区|自治区|自治县|自治州|省|市|县|区|旗)$", "", name)
            aliases[name] = {name, *_pinyin_aliases(name, known), *([base] if len(base) >= 2 else []), *_short(name),
                             *_ethnic_short(name)}
            ids[name] = {}
        aliases[name].update(extra)
        ids[name][rid] = None

    for r in reports:
        if not r.place:
            continue
        extra = [r.agency.name, *(a for a in r.agency.aliases if r.place.county and r.place.county[:-1] in a)] if r.agency else []
        add(r.place.county, r.id, *extra, known=getattr(r.place, "english", None))
        add(r.place.city, r.id)
        add(r.place.province, r.id)
        if r.agency and getattr(r.agency, "kind", "") in TOWNSHIP_KINDS and r.place.county:
            # a township is a place people ask by (田黄镇2021年…): narrower than its county
            town = township_name(r.agency.name, r.place.county)
            if len(town) >= 3:
                add(town, r.id, r.place.county + town, r.agency.name, *_town_english(town))
                places[town].township = True
    for name, p in places.items():
        p.reports, p.aliases = list(ids[name]), sorted(a for a in aliases[name] if a)
    return Places(places.values(), reports)
