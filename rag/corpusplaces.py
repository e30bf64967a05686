"""The corpus's places as a question may name them: every county, city, province (and township
body) of the corpus with its reports and aliases — its name, short name, English name and
romanisation, its bodies' names — gathered from the reports' own metadata, never from a
hand-written list, and indexed so a question is matched against the few aliases it could name.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from index.meta import TOWNSHIP_KINDS, township_name
from index.model import Report

_CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Place:
    name: str  # canonical: county, city or province name (or a township's)
    reports: list[str]
    aliases: list[str]
    township: bool = False  # below the county level: no division, a body's own place


class Places(list):
    """The corpus's places, with their aliases indexed by their first two characters (built once,
    on first use): a question is matched against the few aliases it could name, not every one of a
    large corpus's tens of thousands."""

    @functools.cached_property
    def _by_start(self) -> dict[str, list[Place]]:
        index: dict[str, dict[int, Place]] = {}  # by identity: comparing places compares their lists
        for p in self:
            for a in p.aliases:
                index.setdefault(a[:2] if _CJK.search(a) else a[:2].lower(), {})[id(p)] = p
        return {k: list(v.values()) for k, v in index.items()}

    @functools.cached_property
    def known(self) -> set[str]:
        """Every alias of two characters or more."""
        return {a for p in self for a in p.aliases if len(a) >= 2}

    def candidates(self, question: str) -> list[Place]:
        """The places whose aliases could occur in ``question`` (a superset; in corpus order)."""
        index, low = self._by_start, question.lower()
        seen = {id(p) for text in (question, low) for i in range(len(text)) for k in (text[i : i + 2], text[i])
                for p in index.get(k, ())}  # (a one-character alias is keyed by itself)
        return [p for p in self if id(p) in seen]


@functools.lru_cache(maxsize=20_000)  # a name recurs in every report of its place
def _pinyin_aliases(name: str, known: str | None = None) -> list[str]:
    """The English and romanised names of a place (``known``: its English name as the parser stored
    it, which is its romanisation unless the name has a settled English form: no need to compute it)."""
    from index.places import english, pinyin, settled_english

    py = known if known and not settled_english(name) else pinyin(name)
    out = list(dict.fromkeys(x for x in (known or english(name), py) if x))  # Ulanhot and Wulanhaote alike
    if py and py.endswith("xian") and len(name) == 2:
        out.append(py[:-4] + " County")
    return out


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
            aliases[name] = {name, *_pinyin_aliases(name, known), *([base] if len(base) >= 2 else [])}
            ids[name] = {}
        aliases[name].update(extra)
        ids[name][rid] = None

    for r in reports:
        if not r.place:
            continue
        extra = [r.agency.name, *(a for a in r.agency.aliases if r.place.county and r.place.county[:-1] in a)] if r.agency else []
        add(r.place.county, r.id, *extra, known=r.place.english)
        add(r.place.city, r.id)
        add(r.place.province, r.id)
        if r.agency and getattr(r.agency, "kind", "") in TOWNSHIP_KINDS and r.place.county:
            # a township is a place people ask by (田黄镇2021年…): narrower than its county
            town = township_name(r.agency.name, r.place.county)
            if len(town) >= 3:
                add(town, r.id, r.place.county + town, r.agency.name)
                places[town].township = True
    for name, p in places.items():
        p.reports, p.aliases = list(ids[name]), sorted(a for a in aliases[name] if a)
    return Places(places.values())
