"""The concept table (index/data/concepts.csv): what annual reports talk about besides the
template's rows, as data — one place for the tokenizer's whole words, a question's prose topics,
the Chinese words an English question stands for, and the words that count as the same.

The template's own rows and columns are not here: index/template.py holds them with their
English labels.
"""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "concepts.csv"


@dataclass(frozen=True)
class Concept:
    name: str
    kinds: frozenset[str]
    terms: tuple[str, ...]  # the name first, then the other words the reports use for it
    en: re.Pattern[str] | None  # over the lower-cased question

    @property
    def topic(self) -> bool:
        """Only the text answers it: a question naming it is about the prose."""
        return "topic" in self.kinds


class ConceptTableError(ValueError):
    """The concept table is malformed; the message names the line."""


def parse(lines: list[str], where: str = "concepts.csv") -> tuple[Concept, ...]:
    """Concepts from the table's lines (lines starting with # are notes)."""
    rows = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    out: list[Concept] = []
    seen: set[str] = set()
    for i, row in enumerate(csv.DictReader(rows), 2):
        name = (row.get("concept") or "").strip()
        if not name or name in seen or row.get("kind") is None or row.get("en") is None:
            raise ConceptTableError(f"{where}: row {i}: needs a new concept, a kind, terms and en ({row})")
        seen.add(name)
        terms = [name] + [t.strip() for t in (row.get("terms") or "").split(";") if t.strip() and t.strip() != name]
        try:
            # whole words, an ending allowed (websites, contacting): "read" is no part of "readjust",
            # "secret" none of "secretary", "on the web" none of "on the website"
            en = re.compile(r"(?<![a-z])(?:" + row["en"].strip() + r")(?:s|es|ing|ed)?(?![a-z])") if row["en"].strip() else None
        except re.error as e:
            raise ConceptTableError(f"{where}: row {i} ({name}): en is no regular expression: {e}") from e
        out.append(Concept(name, frozenset(row["kind"].split("+")), tuple(dict.fromkeys(terms)), en))
    return tuple(out)


@functools.cache
def concepts() -> tuple[Concept, ...]:
    return parse(DATA.read_text(encoding="utf-8").splitlines(), DATA.name)


def whole_words() -> tuple[str, ...]:
    """The concepts' names: the tokenizer keeps them whole (their other terms are everyday words
    jieba knows, and forcing those whole would change how every report is split)."""
    return tuple(c.name for c in concepts() if len(c.name) >= 2)


def english_terms(text: str) -> list[str]:
    """The Chinese words of every concept an English question names, in table order."""
    out: list[str] = []
    for c in concepts():
        if c.en is not None and any(c.en.search(low) for low in _forms(text)):
            out += [t for t in c.terms if t not in out]
    return out


def english_names(text: str) -> list[str]:
    """The names of the concepts an English question names, in table order; a concept named only
    by words inside another's longer match is not named ("proposals" inside "CPPCC member proposals")."""
    spans = {c.name: list(dict.fromkeys(m.span() for low in _forms(text) for m in c.en.finditer(low) if m.end() > m.start()))
             for c in concepts() if c.en is not None}
    spans = {n: sp for n, sp in spans.items() if sp}
    inside = lambda a, b: b[0] <= a[0] and a[1] <= b[1] and (b[1] - b[0]) > (a[1] - a[0])  # noqa: E731
    return [n for n, sp in spans.items()
            if not all(any(inside(a, b) for o, bs in spans.items() if o != n for b in bs) for a in sp)]


def english_spans(text: str) -> list[tuple[int, int]]:
    """Where in the lower-cased question the table's English cues matched: those words are the
    table's, and a dictionary need not guess at them."""
    return list(dict.fromkeys(m.span() for c in concepts() if c.en is not None for low in _forms(text)
                              for m in c.en.finditer(low) if m.end() > m.start()))


def _forms(text: str) -> tuple[str, str]:
    """The question lower-cased, as written and with its hyphens read as spaces (open-government is
    open government), the same length so that spans agree."""
    low = text.lower()
    return low, low.replace("-", " ")


def topics(question: str) -> list[str]:
    """The prose topics a question (Chinese or English) names: a word of the concept in it, or
    one of its English cues."""
    low = question.lower()
    return [c.name for c in concepts() if c.topic and (
        any(len(t) >= 2 and t in question for t in c.terms) or (c.en is not None and c.en.search(low)))]


@functools.cache
def _same() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for c in concepts():
        for t in c.terms:
            out.setdefault(t, [t])
            out[t] += [o for o in c.terms if o not in out[t]]
    return {t: tuple(v) for t, v in out.items()}


def same_as(term: str) -> tuple[str, ...]:
    """The words that count as this one (itself first): the terms of every concept it belongs to."""
    return _same().get(term, (term,))


@functools.cache
def kinds_of(term: str) -> frozenset[str]:
    """The kinds of every concept the word belongs to (empty for a word not in the table)."""
    return frozenset(k for c in concepts() if term in c.terms for k in c.kinds)


@functools.cache
def _longer_of_others(term: str) -> tuple[str, ...]:
    if term not in _same():
        return ()  # a word of no concept (信箱 of 县长信箱) is never another's part
    own = set(same_as(term))
    return tuple(w for c in concepts() for w in c.terms if term in w and len(w) > len(term) and w not in own)


def inside_other(text: str, at: int, term: str) -> bool:
    """``term`` written at ``at`` only as part of a word of another concept: 新闻 (news) in 新闻发布会
    (a press conference), never 微信 in 微信公众号 (the same concept)."""
    for w in _longer_of_others(term):
        k = w.find(term)
        while k >= 0:
            if text.startswith(w, at - k):
                return True
            k = w.find(term, k + 1)
    return False
