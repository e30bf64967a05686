"""Pure checks of one report against the template's own arithmetic and against its own prose.

Only cells read with confidence take part: a check with an unreadable or missing cell is
skipped (that damage is already a finding of its own), so nothing here is ever guessed.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from index import template as T
from index.factkinds import BY_KEY
from index.model import Finding, Span, TableValue, TextFact
from index.normalize import Normalized


class _Grid:
    def __init__(self, values: Iterable[TableValue]):
        self.cells = {(v.table, v.row, v.column): v for v in values}

    def get(self, table: str, row: str, col: str) -> TableValue | None:
        v = self.cells.get((table, row, col))
        return v if v is not None and v.status == "ok" and v.value is not None else None

    def all_ok(self, keys: list[tuple[str, str, str]]) -> list[TableValue] | None:
        vs = [self.get(*k) for k in keys]
        return None if any(v is None for v in vs) else vs  # type: ignore[return-value]


def _spans(vs: Iterable[TableValue]) -> tuple[Span, ...]:
    return tuple(v.span for v in vs if v.span is not None)


def check_arithmetic(report: str, values: list[TableValue], version: str) -> list[Finding]:
    grid = _Grid(values)
    out: list[Finding] = []
    apps = T.table(version, T.APPLICATIONS)
    parts = [r.label for r in apps.rows if r.group and r.leaf]
    key = T.APPLICATIONS
    for col in T.APPLICANT_COLUMNS:
        c = col.label
        four = grid.all_ok([(key, T.NEW, c), (key, T.CARRIED_OVER, c), (key, T.HANDLED_TOTAL, c),
                            (key, T.CARRIED_FORWARD, c)])
        if four and four[0].value + four[1].value != four[2].value + four[3].value:
            out.append(Finding(report, "arithmetic",
                               f"“{c}”列：新收 {four[0].value} + 上年结转 {four[1].value} ≠ 办理总计 {four[2].value}"
                               f" + 结转下年度 {four[3].value}（第一项加第二项之和应等于第三项加第四项之和）"
                               f" (new + carried over ≠ handled + carried forward)", _spans(four)))
        total = grid.get(key, T.HANDLED_TOTAL, c)
        pv = grid.all_ok([(key, r, c) for r in parts])
        if total and pv and sum(p.value for p in pv) != total.value:
            nonzero = [p for p in pv if p.value]
            out.append(Finding(report, "arithmetic",
                               f"“{c}”列：办理结果各项之和为 {sum(p.value for p in pv)}，但“（七）总计”为 {total.value}"
                               f" (results add up to {sum(p.value for p in pv)} but the total says {total.value})",
                               _spans([total, *nonzero])))
    for row in apps.rows:
        cols = [(key, row.label, c.label) for c in T.APPLICANT_COLUMNS]
        vs = grid.all_ok(cols)
        if vs and sum(v.value for v in vs[:-1]) != vs[-1].value:
            out.append(Finding(report, "arithmetic",
                               f"行“{row.label}”：各类申请人之和为 {sum(v.value for v in vs[:-1])}，总计列为 {vs[-1].value}"
                               f" (applicant columns add up to {sum(v.value for v in vs[:-1])}, total column says"
                               f" {vs[-1].value})", _spans(vs)))
    for row in T.REVIEW_TABLE.rows:
        vs = grid.all_ok([(T.REVIEW, row.label, c.label) for c in T.REVIEW_COLUMNS])
        if vs and sum(v.value for v in vs[:-1]) != vs[-1].value:
            out.append(Finding(report, "arithmetic",
                               f"“{row.label}”：各结果之和为 {sum(v.value for v in vs[:-1])}，总计为 {vs[-1].value}"
                               f" (outcomes add up to {sum(v.value for v in vs[:-1])}, total says {vs[-1].value})",
                               _spans(vs)))
    return out


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end) of the normalised text."""
    a = max(text.rfind(c, 0, start) for c in "。\n；") + 1
    bs = [i for i in (text.find(c, end) for c in "。\n；") if i >= 0]
    b = min(bs) + 1 if bs else len(text)
    if text[b - 1] == "\n":
        b -= 1
    return a, b


def sentence_of(norm: Normalized, span: Span) -> Span:
    """The original span of the sentence around a text fact's (original) span."""
    i = min(bisect_left(norm.offsets, span[0]), max(len(norm.offsets) - 1, 0))
    j = min(max(bisect_left(norm.offsets, span[1]), i + 1), len(norm.offsets))
    return norm.to_original(*sentence_around(norm.text, i, j)) if norm.offsets else span


def check_prose(report: str, norm: Normalized, values: list[TableValue],
                facts: Iterable[TextFact] = ()) -> list[Finding]:
    """Does the prose state a figure (or a nought) that the table contradicts? For every text fact
    whose kind has a table counterpart (``FactKind.table``): a count against the sum of its cells,
    a nought against any non-zero cell of the rows it names.

    Prose inside a table's section counts too (神池 says 未收到 right above its table); table
    rows themselves carry no such sentences, so they need no exclusion."""
    grid = _Grid(values)
    out: list[Finding] = []
    for fact in facts:
        kind = BY_KEY.get(fact.kind)
        if kind is None or not kind.table or not isinstance(fact.value, (int, float)) or not fact.spans:
            continue
        quote = sentence_of(norm, fact.spans[0])
        if fact.value == 0:
            # The rows the kind names, every column: 未收到申请 but a non-zero cell anywhere in them.
            rows = {(t, r) for t, r, _ in kind.table}
            if kind.key == "applications.received":
                rows = {(T.APPLICATIONS, v.row) for v in values if v.table == T.APPLICATIONS}
            cells = [v for v in values if (v.table, v.row) in rows and v.status == "ok" and v.value]
            if cells:
                shown = "；".join(f"“{v.row}”{v.column} {v.value}" for v in cells[:3])
                out.append(Finding(report, "prose_table",
                                   f"正文称{kind.zh}为零（“{fact.raw}”），但表格中有非零数值：{shown}"
                                   f" (the text says there were no {kind.en}; the table shows non-zero cells)",
                                   (quote,) + _spans(cells[:3])))
            continue
        cells = grid.all_ok(list(kind.table))
        if cells is None:
            continue
        total = sum(v.value for v in cells)
        if total != fact.value:
            where = "、".join(f"“{v.row}”{v.column}" for v in cells)
            out.append(Finding(report, "prose_table",
                               f"正文称{kind.zh} {fact.value} {fact.unit}（“{fact.raw}”），但表格{where}为 {total}"
                               f" (the text says {fact.value} {kind.en}; the table says {total})",
                               (quote,) + _spans(cells)))
    return out
