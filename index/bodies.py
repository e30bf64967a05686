"""Kinds of issuing body as data (``data/body_kinds.csv``): each kind's full ending (教育体育局),
its class and English name, and the short forms reports write (教体局)."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BodyKind:
    ending: str
    kind: str
    kind_en: str
    shorts: tuple[str, ...]
    en_also: tuple[str, ...] = ()  # other English names people ask with (medical insurance bureau)

    def named_in(self, text: str) -> bool:
        """Whether ``text`` names this kind in general: its ending, a short form of three or more
        characters (医保局, never 政府), or one of its English names (plural too)."""
        low = re.sub(r"\s*[(（][^()（）]*[)）]", "", text.lower())  # "medical insurance (医保) bureaus"
        return self.ending in text or any(len(x) >= 3 and x in text for x in self.shorts) or any(
            re.search(rf"(?<![a-z]){re.escape(e.lower())}(?:e?s)?(?![a-z])", low) for e in (self.kind_en, *self.en_also) if e)


@functools.cache
def kind_rows() -> tuple[BodyKind, ...]:
    """Kinds of issuing body in the order of data/body_kinds.csv."""
    path = Path(__file__).parent / "data" / "body_kinds.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(ln for ln in f if not ln.startswith("#")))
    return tuple(BodyKind(r["ending"], r["kind"], r["kind_en"].split("|")[0], tuple(s for s in r["shorts"].split("|") if s),
                          tuple(r["kind_en"].split("|")[1:])) for r in rows)


@functools.cache
def body_kinds() -> tuple[BodyKind, ...]:
    """Kinds of issuing body, longest ending first (data/body_kinds.csv)."""
    return tuple(sorted(kind_rows(), key=lambda k: -len(k.ending)))


@functools.cache
def body_rx() -> tuple[re.Pattern, dict[str, BodyKind]]:
    """One pattern for every ending and short form; the map tells a written form its kind. A
    short form several kinds share (教体局: 教育体育局, 教育和体育局) means the first row
    listing it in the data file, the kind most bodies that write it have."""
    forms: dict[str, BodyKind] = {}
    for k in body_kinds():
        forms.setdefault(k.ending, k)
    for k in kind_rows():
        for s in k.shorts:
            forms.setdefault(s, k)
    alts = "|".join(map(re.escape, sorted(forms, key=len, reverse=True)))
    return re.compile(f"(?:{alts})"), forms


# How people shorten any body's name, whatever its kind (两江新区管委会办公室 for 管理委员会办公室)
CONTRACTIONS: tuple[tuple[str, str], ...] = (("管理委员会", "管委会"), ("委员会", "委"), ("人民政府", "政府"), ("办公室", "办"))


def contracted(name: str) -> str:
    """A body's name as people shorten it (管理委员会办公室 → 管委会办)."""
    for full, short in CONTRACTIONS:
        name = name.replace(full, short)
    return name


@dataclass(frozen=True)
class BodyGroup:
    """A general name of several body kinds (乡镇, 街道, 政府办公室, 县政府, 部门), as questions ask."""

    group: str
    kinds: tuple[str, ...]  # ("*",): every kind no other group names
    zh: re.Pattern[str]
    en: re.Pattern[str]

    def holds(self, kind: str, named: frozenset[str]) -> bool:
        return kind in self.kinds or (self.kinds == ("*",) and kind not in named)


# a government word before these names the department, office or site, not the government (in a
# kind of body asked, also after 下属/所属/直属/各: 区县政府下属部门 are departments)
BEYOND_GOVERNMENT = "部门|办公|办|门户|网站|工作部门|组成部门"
_NOT_THE_GOVERNMENT = f"(?!(?:下属|所属|直属|各)?(?:{BEYOND_GOVERNMENT}))"


@functools.cache
def body_groups() -> tuple[tuple[BodyGroup, ...], frozenset[str]]:
    """The groups of data/body_groups.csv, and every kind some group names by itself."""
    path = Path(__file__).parent / "data" / "body_groups.csv"
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(ln for ln in f if not ln.startswith("#")))
    groups = []
    for r in rows:
        words = sorted((w for w in r["zh"].split(";") if w), key=len, reverse=True)
        tail = _NOT_THE_GOVERNMENT if r["group"] == "government" else ""
        groups.append(BodyGroup(r["group"], tuple(r["kinds"].split("|")),
                                re.compile("(?:" + "|".join(map(re.escape, words)) + ")" + tail), re.compile(r["en"])))
    return tuple(groups), frozenset(k for g in groups for k in g.kinds if k != "*")
