"""The one honesty check, shared by the extractive answer and the LLM's: a number an answer
states is backed only by the same number in what the answer cites — a quoted sentence, a cited
cell (its value and its labels), a text fact or a figure computed from them.

"The same number" means the same value after reading it as reports print it: 4.50 = 4.5,
2,345 = 2345, 二千三百四十五 = 2345, 1.5万 = 15000; but 10 ≠ 1, 200 ≠ 2, 0.5 ≠ 5 (no trailing
zero is ever dropped). Nothing is backed for free: not the years or the size of the corpus.
A count the answer computes ("3 bureaus") is backed by a ``{"count": n, "items": [...]}`` fact
whose list holds exactly n items — the answer's own list, not a range of small integers.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from index import template as T
from index.model import Answer, Citation, Finding
from index.numbers import CN_DIGITS, number
from rag import wording as W

# Arabic figures (thousands commas only in threes, so a list "1,2,3" is three numbers) or a run
# of Chinese numerals; then an optional 万 (余/多 may stand between: 3余万). Digits after a Latin
# letter are part of a name (k38, the id an unplaced report is named by), not a figure.
_FIGURE = re.compile(rf"(?<![\d.A-Za-z_])(\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|[{CN_DIGITS}]+)"
                     r"(\s*(?:余|多)?\s*万)?")
# A single Chinese numeral is a number only before a measure word (三件, 一个); alone it is part
# of a word (统一, 一是, 十分).
_MEASURE = re.compile(r"\s*(?:余|多)?\s*[件个条篇份名次项家所人期场批类位户天年月日万]")
# Keys of an answer's facts that hold a figure computed from its sources.
_VALUE_KEYS = ("value", "prose_value", "total", "year", "template")


def figures(text: str) -> list[tuple[float, str]]:
    """Every number a reader would see in ``text``: (value, as written)."""
    text = unicodedata.normalize("NFKC", text)  # full-width digits and commas as ASCII
    out: list[tuple[float, str]] = []
    for m in _FIGURE.finditer(text):
        raw, wan = m.group(1), m.group(2)
        if not raw[0].isdigit() and len(raw) == 1 and not _MEASURE.match(text, m.end(1)):
            continue
        v = number(raw, "万" if wan else None)
        if v is not None:
            out.append((float(v), m.group(0).strip()))
    return out


@functools.lru_cache(maxsize=1024)
def _label_values(label: str) -> frozenset[float]:
    """Numbers in a cell's label, as printed and in English (1.本机关不掌握…; "fees (10,000 yuan)")
    — once per label: an answer over a thousand reports cites the same labels a thousand times."""
    return frozenset(v for text in (label, T.english(label) or "") for v, _ in figures(text))


def backing(citations: Iterable[Citation], facts: Iterable[Mapping[str, Any]]) -> set[float]:
    """The values an answer's sources hold."""
    backed: set[float] = set()
    for c in citations:
        backed.update(v for v, _ in figures(c.quote))
        backed.update(v for part in (c.cell or ()) for v in _label_values(part))
        if c.year:
            backed.add(float(c.year))
    for f in facts:
        # A value kept in 万 (a cell of 万元, "4.5万人") is stated as "42.04 万元" or as 420400 元.
        scale = 10_000 if str(f.get("unit") or "").startswith("万") else 1
        for k in _VALUE_KEYS:
            x = f.get(k)
            if isinstance(x, (int, float)) and not isinstance(x, bool):  # a number is itself (a thousand facts)
                backed.update(float(x) * s for s in {1, scale})
            elif x is not None:
                backed.update(v * s for v, _ in figures(str(x)) for s in {1, scale})
        items = f.get("items")
        if f.get("count") is not None and items is not None and len(items) == f["count"]:
            backed.add(float(f["count"]))
    return backed


def unbacked(text: str, citations: Iterable[Citation], facts: Iterable[Mapping[str, Any]]) -> list[tuple[float, str]]:
    """The numbers ``text`` states, (value, as written), that no citation or fact backs; [] when
    all are. The one number check: both the extractive and the LLM answer pass through it."""
    backed = {round(v, 6) for v in backing(citations, facts)}  # 42.04 × 10,000 is a float a hair off
    return [(v, raw) for v, raw in figures(text) if round(v, 6) not in backed]


def count_fact(items: list[str], **extra: Any) -> dict[str, Any]:
    """The fact that backs a count an answer states: the count and the items counted."""
    return {"aggregate": "count", "count": len(items), "items": list(items), **extra}


def left_out(facts: Iterable[Mapping[str, Any]]) -> set[str]:
    """The items an answer's "and N more" counts stand for (not the chosen, counted or tied ones):
    what its text does not show, so it neither quotes nor warns about them."""
    return {i for f in facts if f.get("aggregate") == "count" and not {"chosen", "counted", "tied"} & set(f)
            for i in f["items"]}


def verify(a: Answer) -> Answer:
    """The extractive answer's last step: drop every line stating a number nothing cited backs;
    an answer left with no line becomes a refusal."""
    if a.refused:
        return a
    bad = {v for v, _ in unbacked(a.text, a.citations, a.facts)}
    kept, dropped = [], 0
    for line in a.text.split("\n"):
        if not any(v in bad for v, _ in figures(line)):
            kept.append(line)
        else:
            dropped += 1
    if dropped and not any(x.strip() for x in kept):
        return Answer(a.question, W.say("refuse.unchecked", a.language), refused=True, language=a.language)
    if dropped:
        a.text = "\n".join(kept)
        a.warnings.append(Finding("", "answer", W.both("warn.dropped_lines", n=dropped)))
    return a
