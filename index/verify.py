"""A parsed report checked against its own text: the store's guard against serving a value the
report does not say (a hand edit, a damaged file, a parser slip).

:func:`verify` is a necessary condition, never a second parser: the hash of the text, every table
value's raw text at its span and its value against that raw text, every text fact's value against
its quote. :func:`without_disagreeing_facts` drops a misread figure from the prose, naming it in a
finding, so one sentence never loses a report.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from typing import Any

from index.model import Finding, Report
from index.normalize import normalize, simplified
from index.numbers import number


def _fold(s: str) -> str:
    # as the parser read it: mirror-site debris gone (開(kāi)封 → 開封), one script, one width
    return simplified(unicodedata.normalize("NFKC", normalize(s).text))


# A figure as reports print it: Arabic (with commas, decimals) or Chinese numerals, maybe 万 or 亿.
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*([万亿])?")
_MINUS = re.compile(r"^\s*[-−﹣－]\s*(?=\d)")  # a table's 本年增/减 prints a decrease as -3
_SCALE = {None: 1, "万": 10_000, "亿": 100_000_000}


def _figures(raw: str) -> set[float]:
    """Every value ``raw`` could be read as (with and without its 万/亿), width and script folded."""
    if raw.isascii() and raw.isdigit():  # nearly every table cell: no need for the general reading
        return {int(raw)}
    out: set[float] = set()
    sign = -1 if _MINUS.match(raw) else 1
    for m in _FIGURE.finditer(_fold(raw)):
        v = number(m.group(1))
        if v is not None:
            out.update({v, v * _SCALE[m.group(2)]})
            if sign < 0 and m.start() <= 2:  # the figure the minus stands before
                out.update({-v, -v * _SCALE[m.group(2)]})
    return out


def _agrees(value: float | None, figures: set[float]) -> bool:
    # Relative tolerance: 2.3万 may be 23000 or 22999.999999999996 depending on how it was multiplied.
    return value is not None and any(abs(value - f) <= 1e-9 * max(1.0, abs(f)) for f in figures)


def verify(report: Report) -> list[str]:
    """Where ``report`` disagrees with its own text ([] when it agrees): the text's hash, every
    read table value's ``raw`` against ``text[span]`` and its ``value`` against ``raw``, and the
    same for every text fact. A necessary condition, never a second parser: it holds for every
    report the parser writes (the seeds and 900 generated reports of every bank) and fails on a
    value edited by hand."""
    text, problems = report.text, []
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != report.sha256:
        problems.append("its text does not match its sha256")
    n = len(text)
    for v in report.tables:
        where = f"table {v.table} {v.row} / {v.column}"
        if v.span is not None and not 0 <= v.span[0] <= v.span[1] <= n:
            problems.append(f"{where}: span {v.span} is outside the text")
        elif v.status != "ok":
            if v.value is not None:
                problems.append(f"{where}: status {v.status} but value {v.value}")
        elif v.span is None or text[v.span[0]:v.span[1]] != v.raw:
            problems.append(f"{where}: raw {v.raw!r} is not the text at its span")
        elif not _agrees(v.value, _figures(v.raw)):
            problems.append(f"{where}: value {v.value} but the text says {v.raw!r}")
    for f in report.facts:
        where = f"text fact {f.kind}"
        if not f.spans or any(not 0 <= a <= b <= n for a, b in f.spans):
            problems.append(f"{where}: spans {f.spans} are not inside the text")
        elif text[f.spans[0][0]:f.spans[0][1]] != f.raw:
            problems.append(f"{where}: raw {f.raw!r} is not the text at its span")
        elif isinstance(f.value, str):
            if not _words_agree(f):
                problems.append(f"{where}: value {f.value!r} but the text says {f.raw!r}")
        elif not _fact_agrees(f):
            problems.append(f"{where}: value {f.value} but the text says {f.raw!r}")
    return problems


# A nought is stated in words (未收到…申请, 一起也没有发生): its quote holds a negation, or no figure.
_NOUGHT = re.compile(r"未|没有|无|零|0|〇")


def _words_agree(f: Any) -> bool:
    """A detail in words (a phone, an address) stands in its quote, blanks and line breaks aside (an address
    may run over a line the parser joined); a phone number by its digits (0961-3906956 written （0961）3906956,
    two numbers joined by 、 written with 和)."""
    digits = re.fullmatch(r"[\d-]+(?:、[\d-]+)*", f.value) is not None
    key = (lambda x: re.sub(r"\D", "", x)) if digits else (lambda x: re.sub(r"\s", "", x))
    return key(_fold(f.value)) in key(_fold(f.raw))


def _fact_agrees(f: Any) -> bool:
    figures = _figures(f.raw)
    return _agrees(f.value, figures) or (f.value == 0 and (not figures or bool(_NOUGHT.search(_fold(f.raw))))) \
        or _agrees(f.value, {_parts(f.raw)})


def _parts(raw: str) -> float:
    """The sum of a list's figures ("279篇、230篇": one channel's two accounts, stated each)."""
    parts = [number(m.group(1)) for m in _FIGURE.finditer(_fold(raw))]
    return sum(p for p in parts if p is not None) if len(parts) >= 2 and re.search(r"[、和及与]", raw) else -1.0


def without_disagreeing_facts(report: Report) -> Report:
    """The parser's own report less any text fact its quote does not bear out, and with any table
    value its printed cell does not bear out left unread, each named in a finding: one misread
    sentence or cell must not lose the report's other tables and metadata."""
    text = report.text
    bad = [f for f in report.facts if f.spans and text[f.spans[0][0]:f.spans[0][1]] == f.raw
           and not (_words_agree(f) if isinstance(f.value, str) else _fact_agrees(f))]
    slipped = [v for v in report.tables if v.status == "ok" and v.span is not None and 0 <= v.span[0] <= v.span[1]
               <= len(text) and (text[v.span[0]:v.span[1]] != v.raw or not _agrees(v.value, _figures(v.raw)))]
    if not bad and not slipped:
        return report
    notes = tuple(Finding(report.id, "unreadable", f"正文数字“{f.raw}”未能核实，未采用 (a figure in the text could "
                                                 f"not be checked against its words and is left out: {f.kind})", f.spans)
                  for f in bad)
    notes += tuple(Finding(report.id, "unreadable", f"{v.table}：行“{v.row}”列“{v.column}”的数值未能核实，未读取 "
                                                  f"(a table value could not be checked against its cell and is "
                                                  f"left unread)", (v.span,))
                   for v in slipped)
    unread = {id(v) for v in slipped}
    tables = tuple(dataclasses.replace(v, value=None, status="unreadable") if id(v) in unread else v
                   for v in report.tables)
    return dataclasses.replace(report, facts=tuple(f for f in report.facts if f not in bad), tables=tables,
                               findings=report.findings + notes)
