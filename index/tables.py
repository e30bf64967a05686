"""Pure reading of the national template's tables from normalised report text.

Layouts differ wildly (flattened PDF lines, tab tables with merged cells, labels broken over
lines or damaged by OCR), but the template's rows always come in the same order. So a table's
text is read as one stream: label text (whitespace removed) and value cells, each value placed
at the point of the label stream where it stands. Template rows are then found in order by
their keys, and the values between one row's key and the next row's key belong to that row.
A row with as many values as columns is read. A row with fewer is read only where the table's
own header row places every one of its cells (a tab or "|" table whose header names the column
above each value): the columns it does not print are recorded as missing. Any other count is
recorded as unreadable — never guessed, never turned into 0.

Cells may be separated by tabs, by "|" (markdown and web copies, with or without outer bars, or
one cell per line ending in "|"), or stand one per line; all read into the same values.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from index import template as T
from index.model import Finding, TableValue
from index.normalize import Normalized
from index.tablecells import WHITESPACE, Stream, Value, header_columns, placed_by_header, stream_of, to_number

@dataclass(frozen=True)
class Region:
    key: str
    start_line: int  # the line holding the table's heading
    end_line: int  # exclusive


@dataclass
class TableRead:
    version: str | None
    values: list[TableValue]
    findings: list[Finding]
    body_lines: set[int]  # lines that belong to table bodies (never headings)
    row_spans: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)  # label to last value


def _find_rows(table: T.Table, labels: str) -> list[tuple[T.Row, int, int] | tuple[T.Row, None, None]]:
    """Each template row with the (start, end) of its key in the label stream, in order."""
    found: list = []
    cursor = 0
    for row in table.rows:
        best = None
        for key in row.keys:
            i = labels.find(key, cursor)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, i + len(key))
        if best is None:
            found.append((row, None, None))
        else:
            found.append((row, best[0], best[1]))
            cursor = best[1]
    return found


def _read_grid(table: T.Table, stream: Stream, norm: Normalized, report: str,
               row_spans: dict, header: dict[int, str] | None = None) -> tuple[list[TableValue], list[Finding], int]:
    """Assign stream values to template rows; returns values, findings, last body line."""
    vals: list[TableValue] = []
    findings: list[Finding] = []
    found = _find_rows(table, stream.labels)
    located = [(r, a, b) for r, a, b in found if a is not None]
    ats = [v.at for v in stream.values]  # non-decreasing: values are appended in reading order
    last_line = -1
    not_found: list[str] = []
    by_header: list[str] = []
    absent: dict[str, int] = {}  # column -> rows read by the header that do not print it
    for row, a, b in found:
        cols = table.columns_of(row)
        if a is None:
            for c in cols:
                vals.append(TableValue(report, table.key, row.label, c.label, None, c.unit, None, "missing"))
            not_found.append(row.label)
            continue
        nxt = next((x for x in located if x[1] > a), None)
        # A value sits where the label stream stood when it was read: right after its own row's
        # label, which is also exactly where the next row's label begins.
        limit = nxt[1] if nxt else len(stream.labels)
        mine = stream.values[bisect_left(ats, b): bisect_right(ats, limit)]
        row_start, row_end = stream.pos(a), stream.pos(b - 1) + 1
        label_span = norm.to_original(row_start, row_end)
        last_line = max([last_line, stream.line(b - 1)] + [v.line for v in mine])
        row_spans[(table.key, row.label)] = norm.to_original(
            min([row_start] + [v.start for v in mine]), max([row_end] + [v.end for v in mine]))
        if len(mine) == 1 and mine[0].glued and len(cols) > 1 and len(mine[0].raw) == len(cols):
            # "规章000" under three columns: one digit a cell, the only reading that fills them all
            g = mine[0]
            mine = [Value(d, g.start + i, g.start + i + 1, g.at, g.line) for i, d in enumerate(g.raw)]
        placed = dict(zip((c.label for c in cols), mine)) if len(mine) == len(cols) else placed_by_header(mine, header)
        if placed is not None:
            for c in cols:
                v = placed.get(c.label)
                if v is None:  # the table does not print this cell: recorded, never guessed
                    vals.append(TableValue(report, table.key, row.label, c.label, None, c.unit, None, "missing"))
                    absent[c.label] = absent.get(c.label, 0) + 1
                    continue
                span = norm.to_original(v.start, v.end) if v.end > v.start else (label_span[1], label_span[1])
                value = to_number(v.raw) if v.kind == "ok" else None
                vals.append(TableValue(report, table.key, row.label, c.label, value, c.unit, span, v.kind, v.raw))
            if len(mine) != len(cols):
                by_header.append(row.label)
            continue
        raw = " ".join(v.raw or "□" for v in mine)
        if mine:
            span = norm.to_original(min(row_start, mine[0].start), max(v.end for v in mine))
        else:
            span = label_span
        status = "unreadable" if mine else "missing"
        for c in cols:
            vals.append(TableValue(report, table.key, row.label, c.label, None, c.unit, span, status, raw))
        findings.append(Finding(
            report, "unreadable",
            f"{table.key}：行“{row.label}”有 {len(mine)} 个数值，模板有 {len(cols)} 列，无法确定对应关系，未读取"
            f" (row has {len(mine)} values for {len(cols)} columns; cells left unread)",
            (span,),
        ))
    if not_found:
        findings.append(Finding(report, "missing", f"{table.key}：未找到 {len(not_found)} 行：" + "、".join(
            f"“{r}”" for r in not_found) + f" (rows not found: {len(not_found)})"))
    if by_header:
        cells = "，".join(f"“{c}” {n} 行" for c, n in absent.items())
        findings.append(Finding(report, "missing", (
            f"{table.key}：{len(by_header)} 行的数值少于模板列数，按表头所示的列位置读取；表中未印出的格记为缺失：{cells}"
            f" ({len(by_header)} rows read by the columns their header places; cells the table does not print are"
            f" recorded as missing: " + ", ".join(f"{T.english(c)} in {n} rows" for c, n in absent.items()) + ")")))
    return vals, findings, last_line


def _line_index(lines: list[str], pattern: str, start: int = 0, end: int | None = None) -> int | None:
    rx = re.compile(pattern)
    for i in range(start, len(lines) if end is None else end):
        if rx.search(lines[i]):
            return i
    return None


def _heading_index(lines: list[str], pattern: str, start: int = 0) -> int | None:
    """The first line from ``start`` that names the table as a heading would: short, no full stop.
    An opening sentence listing the report's parts ("由总体情况、主动公开政府信息情况、收到和处理…
    六部分组成。") names every table too. Failing a heading, the first line that names it."""
    rx = re.compile(pattern)
    for i in range(start, len(lines)):
        if rx.search(lines[i]) and len(lines[i].strip()) <= 40 and "。" not in lines[i]:
            return i
    return _line_index(lines, pattern, start)


def detect_version(norm_text: str, year: int | None) -> str:
    """2019 or 2021 template, from the table headers first, then the cited notice, then the year."""
    compact = WHITESPACE.sub("", norm_text)
    if any(k in compact for k in ("本年新制作数量", "上一年项目数量", "对外公开总数量")):
        return "2019"
    if any(k in compact for k in ("本年制发件数", "现行有效件数", "收费通知要求")):
        return "2021"
    if "〔2019〕60号" in compact:
        return "2019"
    if "〔2021〕30号" in compact:
        return "2021"
    return "2019" if year is not None and year <= 2020 else "2021"


def read_tables(norm: Normalized, report: str, year: int | None = None) -> TableRead:
    """Every template table of one report as TableValues, plus what could not be read."""
    lines, starts = norm.lines()
    values: list[TableValue] = []
    findings: list[Finding] = []
    body: set[int] = set()
    spans: dict[tuple[str, str], tuple[int, int]] = {}

    t2 = _heading_index(lines, r"主动公开政府信息情况|第二十条第")
    t3 = _heading_index(lines, r"收到和处理政府信息公开申请", t2 or 0)
    if t2 is None and t3 is None:
        return TableRead(None, [], [Finding(report, "missing", "未找到国家模板表格 (no national-template tables found)")], set())
    version = detect_version(norm.text, year)
    end_doc = len(lines)
    t2_end = t3 if t3 is not None else (_line_index(lines, r"存在的主要问题", t2 or 0) or end_doc)
    empty: list[str] = []  # tables whose heading stands over no readable values (an image, a cut page)

    if t2 is not None:
        table = T.table(version, T.ACTIVE)
        stream = stream_of(lines, starts, t2 + 1, t2_end)
        if _readable(table, stream):
            v, f, last = _read_grid(table, stream, norm, report, spans)
            values += v
            findings += f
            body.update(range(t2 + 1, last + 1))
        else:
            empty.append(T.ACTIVE)
    else:
        findings.append(Finding(report, "missing", f"未找到表格“{T.ACTIVE}” (table not found)"))

    t4 = None
    if t3 is not None:
        ends = _line_index(lines, r"结转下年度|下年度继续", t3) or t3
        t4 = _heading_index(lines, r"行政复议", ends + 1)
        stop = t4 if t4 is not None else (_line_index(lines, r"存在的主要问题", t3) or end_doc)
        stream = stream_of(lines, starts, t3 + 1, stop)
        table = T.APPLICATIONS_2021 if ("收费通知" in stream.labels or version == "2021") else T.APPLICATIONS_2019
        if _readable(table, stream):
            header = header_columns(lines, t3 + 1, stop)
            v, f, last = _read_grid(table, stream, norm, report, spans, header)
            values += v
            findings += f
            body.update(range(t3 + 1, last + 1))
        else:
            empty.append(T.APPLICATIONS)
    else:
        findings.append(Finding(report, "missing", f"未找到表格“{T.APPLICATIONS}” (table not found)"))

    if t4 is not None:
        stop = _line_index(lines, r"存在的主要问题|其他需要报告", t4 + 1) or end_doc
        stream = stream_of(lines, starts, t4 + 1, stop)
        if not stream.values:
            empty.append(T.REVIEW)
            t4 = None
    if t4 is not None:
        v, f, last = _read_review(stream, norm, report)
        for row in T.REVIEW_TABLE.rows:
            cells = [x.span for x in v if x.row == row.label and x.span]
            if cells:
                spans[(T.REVIEW, row.label)] = (min(c[0] for c in cells), max(c[1] for c in cells))
        values += v
        findings += f
        body.update(range(t4 + 1, last + 1))
    elif T.REVIEW not in empty:
        findings.append(Finding(report, "missing", f"未找到表格“{T.REVIEW}” (table not found)"))
    if empty:
        # One note, not a warning per row: a report published without readable tables is common
        # (tables pasted as images, a page cut short) and its prose still carries its figures.
        findings.append(Finding(report, "missing", "、".join(f"“{k}”" for k in empty) + "：标题下没有可读的表格数值"
                                "（表格可能是图片或页面不完整），未读取 (no readable table values under the heading:"
                                " the table may be an image or the page cut short)"))
    if not values:
        version = None  # no template table was read at all
    # Prose that happens to stand inside a table's region (神池 writes a paragraph between its
    # heading and its table) is not table body.
    body = {i for i in body if not _is_prose(lines[i])}
    return TableRead(version, values, findings, body, spans)


def _readable(table: T.Table, stream: Stream) -> bool:
    """A table region holds a table when it has values and at least one of the table's rows."""
    return bool(stream.values) and any(a is not None for _, a, _ in _find_rows(table, stream.labels))


def _is_prose(line: str) -> bool:
    return "\t" not in line and ("。" in line or (len(line) > 40 and "，" in line))


def _read_review(stream: Stream, norm: Normalized, report: str) -> tuple[list[TableValue], list[Finding], int]:
    """Table 4 is one line of 15 numbers under a fixed three-part header."""
    table = T.REVIEW_TABLE
    cells = [(r, c) for r in table.rows for c in table.columns]
    vals: list[TableValue] = []
    vs = stream.values
    last = max((v.line for v in vs), default=-1)
    if len(vs) == len(cells):
        for (r, c), v in zip(cells, vs):
            span = norm.to_original(v.start, v.end) if v.end > v.start else None
            value = to_number(v.raw) if v.kind == "ok" else None
            vals.append(TableValue(report, table.key, r.label, c.label, value, c.unit, span, v.kind, v.raw))
        return vals, [], last
    span = norm.to_original(vs[0].start, vs[-1].end) if vs else None
    raw = " ".join(v.raw or "□" for v in vs)
    status = "unreadable" if vs else "missing"
    for r, c in cells:
        vals.append(TableValue(report, table.key, r.label, c.label, None, c.unit, span, status, raw))
    msg = (f"{table.key}：有 {len(vs)} 个数值，模板有 {len(cells)} 格，未读取"
           f" (found {len(vs)} values for {len(cells)} cells; left unread)")
    return vals, [Finding(report, "unreadable", msg, (span,) if span else ())], last
