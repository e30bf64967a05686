"""Pure grading: one answer against one question's gold, one ranking against expected passages.

Conventions (documented in evals/README.md): numbers and names are graded on the answer's
*lead* — its first line, where the bot states the direct answer — so a correct answer that goes
on to mention other places or figures as context is not penalised, and an answer that merely
lists many numbers cannot pass by luck. Key phrases are looked for in the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

_CN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_SCALE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "千": 1000}  # traditional pages write 萬/億
_ARABIC = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(万|萬|亿|億|千)?")
_CN_NUM = re.compile(r"([零〇一二两三四五六七八九十百千]+)\s*(?=[件个条篇人次项家份名所位])")
_YEAR = re.compile(r"^\s*年")


def cn_to_int(s: str) -> int | None:
    """两 → 2, 十二 → 12, 三百零五 → 305; None for what is not a plain numeral."""
    total, num = 0, 0
    for ch in s:
        if ch in _CN:
            num = _CN[ch]
        elif ch in _CN_UNITS:
            total += (num or 1) * _CN_UNITS[ch]
            num = 0
        else:
            return None
    return total + num


def numbers_in(text: str) -> list[float]:
    """Every number a reader would see, each also in its scaled form (4.55万 → 4.55 and 45500).
    Years (2024年) are left out: they are context, not answers."""
    text = unicodedata.normalize("NFKC", text)
    out: list[float] = []
    for m in _ARABIC.finditer(text):
        raw = float(m.group(1).replace(",", "") + (m.group(2) or ""))
        if m.group(3) is None and _YEAR.match(text[m.end():]) and 1900 <= raw <= 2100:
            continue
        out.append(raw)
        if m.group(3):
            out.append(round(raw * _SCALE[m.group(3)], 6))
    for m in _CN_NUM.finditer(text):
        v = cn_to_int(m.group(1))
        if v is not None:
            out.append(float(v))
    return out


def _fold(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def lead(text: str) -> str:
    return text.strip().split("\n", 1)[0]


@dataclass
class Grade:
    passed: bool
    reasons: list[str] = field(default_factory=list)
    citations_ok: bool = True
    reports_cited: bool = True


def _canonical(vocabulary: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each alias → its canonical name, for the aliases only one name has."""
    owners: dict[str, set[str]] = {}
    for name, aliases in vocabulary.items():
        for a in aliases:
            owners.setdefault(a, set()).add(name)
    return {a: next(iter(n)) for a, n in owners.items() if len(n) == 1}


def names_in(text: str, vocabulary: Mapping[str, Iterable[str]]) -> set[str]:
    """Canonical names (e.g. 海原县) whose any alias (海原, Haiyuan …) appears in ``text``."""
    folded = _fold(text)
    spans: list[tuple[int, int, str]] = []
    for name, aliases in vocabulary.items():
        for a in {_fold(a) for a in aliases if a}:
            spans += [(m.start(), m.start() + len(a), name) for m in re.finditer(re.escape(a), folded)]
    # 南昌 inside 南昌县 names the county, not 南昌市: a match inside a longer one of another name is no name
    by_span: dict[tuple[int, int], set[str]] = defaultdict(set)
    for s, e, n in spans:
        if not any(s2 <= s and e <= e2 and (e2 - s2) > (e - s) and n2 != n for s2, e2, n2 in spans):
            by_span[(s, e)].add(n)
    # "Linxia (临夏市)": an alias two names share (临夏市, 临夏回族自治州) names the one the text also
    # writes on its own, not both
    alone = {n for names in by_span.values() if len(names) == 1 for n in names}
    return {n for names in by_span.values() for n in ((names & alone) or names)}


def grade_answer(q: Any, answer: Any, texts: Mapping[str, str], vocabulary: Mapping[str, Iterable[str]],
                 enclosing: Mapping[str, Iterable[str]] | None = None) -> Grade:
    """``q`` a Question, ``answer`` an Answer, ``texts`` report id → original text. ``enclosing``
    (place → its city and province): a name the answer adds only as the home of an expected
    place (重庆市 in "重庆市忠县") is not an extra name."""
    reasons: list[str] = []
    exp = q.expected
    text = answer.text or ""
    if exp == "refuse":
        if not answer.refused:
            reasons.append("should have said the reports do not hold the answer")
    elif exp is not None:
        if answer.refused:
            reasons.append("refused an answerable question")
        elif "number" in exp:
            want = float(exp["number"])
            got = numbers_in(lead(text))
            if not any(abs(g - want) < 1e-9 for g in got):
                reasons.append(f"expected the number {exp['number']} in the answer's first line, found {got[:6]}")
        elif "names" in exp and not any(w in vocabulary or w in _canonical(vocabulary) for w in exp["names"]):
            # values, not places (a phone number as printed): each must stand in the first line
            missing = [w for w in exp["names"] if _fold(w) not in _fold(lead(text))]
            if missing:
                reasons.append(f"names: missing {missing}")
        elif "names" in exp:
            # (a place expected by a short form of its name, 河口县 for 河口瑶族自治县: that place)
            want = {w if w in vocabulary else _canonical(vocabulary).get(w, w) for w in exp["names"]}
            got = names_in(lead(text), vocabulary)
            homes = {h for w in want for h in (enclosing or {}).get(w, ())}
            got -= homes - want
            if got != want:
                missing, extra = sorted(want - got), sorted(got - want)
                reasons.append(f"names: missing {missing} extra {extra}" if extra else f"names: missing {missing}")
        elif "phrases" in exp:
            missing = [p for p in exp["phrases"] if _fold(p) not in _fold(text)]
            if missing:
                reasons.append(f"missing key phrases {missing}")

    citations_ok = True
    for c in answer.citations:
        src = texts.get(c.report_id)
        if src is None or not c.quote or c.quote not in src:
            citations_ok = False
            reasons.append(f"citation not found verbatim in {c.report_id}: {c.quote[:40]!r}")
            break
    cited = {c.report_id for c in answer.citations}
    reports_cited = exp == "refuse" or set(q.expected_reports) <= cited
    if not reports_cited:
        reasons.append(f"expected reports not cited: {sorted(set(q.expected_reports) - cited)}")
    cells = {(c.report_id, *c.cell) for c in answer.citations if c.cell}
    missing_cells = [c for c in q.expected_cells if tuple(c) not in cells]
    if missing_cells and exp != "refuse":
        reasons.append(f"expected cell not cited: {'|'.join(missing_cells[0])}")
    return Grade(not reasons, reasons, citations_ok, reports_cited)


def passage_matches(passage_id: str, expected: str) -> bool:
    """A passage is inside an expected section or table when its id extends the expected id."""
    return passage_id == expected or passage_id.startswith((expected + ".", expected + "~"))


def grade_retrieval(expected: Iterable[str], ranked_ids: list[str], ks: Iterable[int] = (1, 3, 5, 10)) -> dict[str, float]:
    expected = list(expected)
    out: dict[str, float] = {}
    for k in ks:
        found = sum(1 for e in expected if any(passage_matches(p, e) for p in ranked_ids[:k]))
        out[f"recall@{k}"] = found / len(expected) if expected else 0.0
    rank = next((i for i, p in enumerate(ranked_ids, 1) if any(passage_matches(p, e) for e in expected)), None)
    out["rr"] = 1.0 / rank if rank else 0.0
    return out
