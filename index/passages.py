"""Pure: a parsed report → the passages retrieval works on.

Prose: each section's own text (before its first sub-section) split at sentence ends into
passages of about ``MAX_CHARS`` characters; a passage never crosses a section. Tables: one
passage per template row, its values written out as a sentence, so a table value can be found
and cited like prose. (English labels are left out on purpose: in the embedding space they pulled
every English question towards the tables; English reaches the tables through the template's
English labels at query time instead.)
"""

from __future__ import annotations

import bisect
import re

from index import template as T
from index.model import Passage, Report, Section, TableValue
from index.normalize import Normalized, normalize
from index.tables import read_tables

PASSAGE_VERSION = "3"  # bump when passage text or ids change: the index name carries it
MAX_CHARS = 300
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])|\n")
TABLE_NUMBER = {T.ACTIVE: 2, T.APPLICATIONS: 3, T.REVIEW: 4}


def _context(report: Report) -> str:
    agency = report.agency.name if report.agency else ""
    year = f"{report.year}年" if report.year else ""
    return f"{agency} {year}".strip()


def _sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; line breaks end a sentence too (they end paragraphs)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end() if m.group() != "\n" else m.start()
        if end > start and text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def _prose(report: Report, sections: tuple[Section, ...], norm: Normalized, skip: set[int]) -> list[Passage]:
    line_starts = norm.lines()[1]
    offsets = norm.offsets
    out: list[Passage] = []
    ctx = _context(report)
    for sec in sections:
        # Section spans are original offsets; find the same stretch of the clean text.
        a = bisect.bisect_left(offsets, sec.body_span[0])
        b = bisect.bisect_left(offsets, sec.body_span[1])
        if sec.level > 0 and norm.text.startswith(sec.heading, a) and \
                norm.text[a + len(sec.heading): a + len(sec.heading) + 1] in ("\n", ""):
            # A heading on a line of its own is in the path already; an inline one
            # ("（一）主动公开。县教体局…", "三是办理12345平台工单17件，…") is part of the text.
            a += len(sec.heading)
        chunks: list[tuple[int, int]] = []
        for s, e in _sentences(norm.text[a:b]):
            s, e = s + a, e + a
            line = bisect.bisect_right(line_starts, s) - 1
            if line in skip or "\t" in norm.text[s:e]:
                continue
            if chunks and e - chunks[-1][0] <= MAX_CHARS and norm.text.count("\n", chunks[-1][1], s) == 0:
                chunks[-1] = (chunks[-1][0], e)
            else:
                chunks.append((s, e))
        for n, (s, e) in enumerate(chunks, 1):
            body = norm.text[s:e].strip()
            if len(body) < 4:
                continue
            path = " > ".join(sec.path)
            out.append(Passage(
                id=f"{sec.id}~{n}", report=report.id, section=sec.id, kind="prose",
                text=f"{ctx} {path}：{body}", span=norm.to_original(s, e), heading_path=sec.path,
                agency=report.agency.name if report.agency else "", place=_place(report), year=report.year,
            ))
    return out


def _place(report: Report) -> str:
    return report.place.county or report.place.city or "" if report.place else ""


def _value_text(v: TableValue) -> str:
    if v.status == "ok":
        return f"{v.column} {v.value:g}" if isinstance(v.value, float) else f"{v.column} {v.value}"
    return {"blank": f"{v.column} 空白", "na": f"{v.column} 不适用", "missing": f"{v.column} 未列出"}.get(
        v.status, f"{v.column} 无法读取")


def table_passages(report: Report, row_spans: dict[tuple[str, str], tuple[int, int]]) -> list[Passage]:
    out: list[Passage] = []
    ctx = _context(report)
    rows: dict[tuple[str, str], list[TableValue]] = {}
    for v in report.tables:
        rows.setdefault((v.table, v.row), []).append(v)
    counters: dict[str, int] = {}
    for (table, row), cells in rows.items():
        k = TABLE_NUMBER[table]
        counters[table] = counters.get(table, 0) + 1
        values = "，".join(_value_text(v) for v in cells)
        if all(v.status == "unreadable" for v in cells):
            values = f"本行数值无法对应到列（报告所列：{cells[0].raw}）"
        spans = [v.span for v in cells if v.span]
        span = row_spans.get((table, row)) or (
            (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else (0, 0))
        out.append(Passage(
            id=f"{report.id}#t{k}.r{counters[table]}", report=report.id, section=f"{report.id}#t{k}",
            kind="table", text=f"{ctx} {table}：{row}：{values}。", span=span,
            heading_path=(table, row), agency=report.agency.name if report.agency else "",
            place=_place(report), year=report.year,
            cells=tuple((v.table, v.row, v.column) for v in cells),
        ))
    return out


def passages(report: Report) -> list[Passage]:
    """All passages of one report, prose first, in document order."""
    norm = normalize(report.text)
    tables = read_tables(norm, report.id, report.year)  # cheap; gives table lines and row spans
    return _prose(report, report.sections, norm, tables.body_lines) + table_passages(report, tables.row_spans)
