"""Conditions a question puts on the reports it asks about, besides a place and a year:
a figure above or below a number (超过1万条, fewer than 100), a span of years (2020年及以后,
since 2021), a kind of body (卫生健康部门, 乡镇, township reports).

Pure functions over the question's text and the reports' metadata; rag.query applies them.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from index.model import Report
from index.numbers import CN_DIGITS, EN_NUMBERS as _WORDS, number

_NUM = rf"(\d[\d,]*(?:\.\d+)?|[{CN_DIGITS}]+|\b(?:{'|'.join(_WORDS)})\b)\s*(万)?"
_UNIT = r"(?:\s*(?:余|多)?\s*(?:条|件|篇|次|场|人|个|项|份|起|期))?"
# more / fewer than a number, in either language; the number must not be a year (2020年以来)
_ABOVE = re.compile(rf"(?:超过|多于|大于|高于|超出|逾)\s*{_NUM}{_UNIT}|{_NUM}{_UNIT}\s*(?:以上|及以上)|"
                    rf"(?:more|greater|higher) than\s*{_NUM}|(?:over|above|exceed(?:ing|s|ed)?)\s+{_NUM}", re.I)
_AT_LEAST = re.compile(rf"(?:不少于|至少|不低于)\s*{_NUM}|at least\s*{_NUM}", re.I)
_BELOW = re.compile(rf"(?:不到|少于|低于|不足|小于)\s*{_NUM}{_UNIT}|{_NUM}{_UNIT}\s*以下|"
                    rf"(?:fewer|less|lower) than\s*{_NUM}|(?:under|below)\s+{_NUM}", re.I)
_AT_MOST = re.compile(rf"(?:不超过|至多|最多不超过)\s*{_NUM}|at most\s*{_NUM}|no more than\s*{_NUM}", re.I)
_NOT_A_YEAR = re.compile(r"\s*年")


@dataclass(frozen=True)
class Threshold:
    op: str  # ">", ">=", "<", "<="
    value: float

    def holds(self, figure: float | int | None) -> bool:
        ops: dict[str, Callable[[float, float], bool]] = {">": operator.gt, ">=": operator.ge,
                                                          "<": operator.lt, "<=": operator.le}
        return figure is not None and ops[self.op](float(figure), self.value)


def threshold(text: str) -> Threshold | None:
    """The bound a "which" question sets on the figure (哪些…超过1万条), or None."""
    # "no more than" before "more than", "at least" before "not less": the longer phrase decides
    for rx, op in ((_AT_MOST, "<="), (_AT_LEAST, ">="), (_ABOVE, ">"), (_BELOW, "<")):
        for m in rx.finditer(text):
            groups = [g for g in m.groups()]
            for i in range(0, len(groups), 2):
                raw, mul = groups[i], groups[i + 1]
                if raw is None or _NOT_A_YEAR.match(text, m.end(i + 1) if mul is None else m.end(i + 2)):
                    continue
                v = _WORDS.get(raw.lower()) or number(raw.replace(",", ""), mul)
                if v is not None:
                    # "100件以上" counts 100 itself, as "以下" does
                    inclusive = m.group(0).endswith(("以上", "以下"))
                    return Threshold(op + "=" if inclusive and len(op) == 1 else op, float(v))
    return None


_FROM = re.compile(r"\s*年?度?\s*(?:及|和|或)?\s*(?:以后|之后|以来|起|至今|更晚)|\s+(?:or|and) (?:an? |any )?(?:later|after|more recent)\b|\s+onwards?")
_SINCE = re.compile(r"(?:since|from|after|(?<!no )(?<!not )later than|more recent than|晚于)\s*(?:the year\s+)?$", re.I)
_UNTIL = re.compile(r"\s*年?度?\s*(?:及|和|或)?\s*(?:以前|之前|更早)|\s+(?:or|and) (?:an? |any )?(?:earlier|before)\b")
_BEFORE = re.compile(r"(?:before|until|up to|earlier than|prior to|no later than|not later than|早于)\s*(?:the year\s+)?$", re.I)


def year_span(question: str, year: int, start: int, end: int, corpus_years: Iterable[int]) -> list[int] | None:
    """The years a year at question[start:end] opens or closes (2020年及以后, since 2021,
    2019年以前, before 2020), among the corpus's years; None when it stands alone."""
    after, before = question[end:end + 20], question[max(0, start - 16):start]
    if _FROM.match(after) or _SINCE.search(before):
        strict = bool(re.search(r"(?:\bafter|later than|more recent than|晚于)\s*(?:the year\s+)?$", before, re.I)) \
            or bool(re.match(r"\s*年?之后", after))
        return sorted(y for y in set(corpus_years) if y > year or (y == year and not strict))
    if _UNTIL.match(after) or _BEFORE.search(before):
        # 2019年及以前, 2019 or earlier, up to 2019: 2019 itself too
        inclusive = re.match(r"\s*年?度?\s*(?:及|或)|\s+(?:or|and) ", after) or re.search(r"(?:until|up to|later than)\s*(?:the year\s+)?$", before, re.I)
        return sorted(y for y in set(corpus_years) if y < year or (y == year and inclusive))
    return None


# A kind of body named in general: 卫生健康部门, 教育局, 民政局的年报, 乡镇, township reports
_ZH_KIND = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:部门|系统|局|委员会|委|单位|机关)")
# The words naming a kind of body or division in general: they pick the reports, and ask for no part of a figure.
KIND_WORDS = ("乡镇街道", "乡镇", "街道", "县级市", "自治县", "市辖区", "旗")
_GENERIC_BODY = re.compile(r"政府$|^(?:县级|市级|区级|基层|各级|行政|国家|政府)$")
# "…而不是局", "rather than a bureau": the kind after it is the one not asked for
_EXCEPT = re.compile(r"(?:而不是|而非|不包括|不含|不算|rather than|instead of|other than|excluding|except|\bnot\b)[^，。？?,;；)）]*", re.I)


def asked_groups(question: str) -> list:
    """The general kinds of body (乡镇, 街道, 政府办公室, 县政府, 部门) a question names, as
    data/body_groups.csv lists them; never one it sets aside ("rather than a bureau")."""
    from index.bodies import body_groups

    text = _EXCEPT.sub(" ", question)
    return [g for g in body_groups()[0] if g.zh.search(text) or g.en.search(text.lower())]


def body_kind_reports(question: str, reports: list[Report], allowed: set[str] | None) -> set[str] | None:
    """The reports of the kind of body a question names in general ("这些卫生健康部门的年报里",
    "township reports"): ``allowed`` narrowed to them. Unchanged when it names no kind, or a kind
    every (or no) report in scope is of."""
    from index.bodies import kind_rows

    pool = [r for r in reports if r.agency and (allowed is None or r.id in allowed)]
    if not pool:
        return allowed
    picked: set[str] = set()
    for m in _ZH_KIND.finditer(question):
        stem = m.group(1)
        # the longest tail of the words before 部门/局 that some body's name has (这些卫生健康 → 卫生健康)
        for i in range(len(stem) - 1):
            tail = stem[i:]
            if _GENERIC_BODY.search(tail):
                break  # 县级政府部门, 行政机关: bodies in general, no kind of them
            if tail[0] in "县区市旗" and len(tail) > 2:
                continue  # 区县教育部门: the level the bodies are at, then their kind (教育)
            hits = {r.id for r in pool if tail in r.agency.name.replace("人民政府", "、")}  # 民政 is no 人民政府
            if not hits and len(tail) >= 2:  # 卫健部门: the stem of a kind's short form (卫健局, 卫健委)
                ends = {k.ending for k in kind_rows() if any(x.startswith(tail) and len(x) > len(tail) for x in k.shorts)}
                hits = {r.id for r in pool if r.agency.name.endswith(tuple(ends))} if ends else set()
            if hits:
                picked |= hits
                break
    for k in kind_rows():  # 医保局, medical insurance bureaus: a kind's short or other names
        if k.named_in(question):
            # (of that kind too: 馆驿镇人民政府 ends as a county's government does, and is a township's)
            picked |= {r.id for r in pool if r.agency.name.endswith(k.ending) and (getattr(r.agency, "kind", "") or k.kind) == k.kind}
    low = question.lower()
    kinds_en = {(getattr(r.agency, "kind_en", "") or "").lower() for r in pool}  # a few dozen kinds, not every report
    named = {en for en in kinds_en if len(en) > 6 and re.search(rf"\b{re.escape(en)}(?:e?s)?\b", low)}
    if named:
        picked |= {r.id for r in pool if (getattr(r.agency, "kind_en", "") or "").lower() in named}
    from index.bodies import body_groups

    grouped, specific = body_groups()[1], bool(picked)
    for g in asked_groups(question):
        if g.kinds == ("*",) and specific:
            continue  # 卫生健康部门: the kind named is the department asked about
        picked |= {r.id for r in pool if g.holds(getattr(r.agency, "kind", "") or "", grouped)}
    if not picked or len(picked) == len(pool):
        return allowed
    return picked


# A kind of county-level division named in general (哪些县级市, banners of Inner Mongolia): the
# division's official name ends with its kind. English words in lower case only, so a place's own
# name ("Ejin Banner") is not read as the kind in general.
DIVISION_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "county_city": (r"县级市|county-level cit(?:y|ies)", ("市",)),
    "banner": (r"(?:哪些|哪个|哪一个|各)旗(?!县)|[(（]旗[)）]|旗(?:政府|级)|\bbanners\b|\b(?:a|which|each|every) banner\b",
               ("旗",)),
    "autonomous_county": (r"(?:哪些|哪个|各)自治县|[(（]自治县[)）]|\bautonomous counties\b|\b(?:an|which) autonomous county\b",
                          ("自治县",)),
    "district": (r"市辖区|\burban districts?\b", ("区",)),
}


_EVERY_LEVEL = re.compile(r"(?<![\u4e00-\u9fff])县\s*[、,，/和及与]\s*(?:市辖)?区|(?<![\u4e00-\u9fff])区\s*[、,，/和及与]\s*县(?!级市)|县区|区县")


def division_kind_reports(question: str, reports: list[Report], allowed: set[str] | None) -> set[str] | None:
    """``allowed`` narrowed to reports whose county-level division is of the kind the question names
    in general (县级市, 旗, 自治县, 市辖区); unchanged when it names none."""
    if _EVERY_LEVEL.search(question):
        return allowed  # "县级人民政府（县、区、县级市政府）": every county-level kind listed, none picked
    ends: tuple[str, ...] = ()
    for pat, suffixes in DIVISION_KINDS.values():
        if re.search(pat, question):
            ends += suffixes
    if not ends:
        return allowed
    return {r.id for r in reports if r.place and r.place.county and r.place.county.endswith(ends)
            and (allowed is None or r.id in allowed)}
