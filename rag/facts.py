"""Answers from the table store: one value, which places, totals, rankings — computed from the
stored TableValues, never from generated text, each citing its cells.

Applications received (本年新收) are special: the reports also state them in prose, and prose
and table sometimes disagree or the table is damaged. Both are read; the answer says which is
which.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index import template as T
from index.model import Citation, Finding, Report, TableValue
from index.stored import tables_read
from index.validate import sentence_of
from rag.corpus import span_cite
from rag.prose import normalized
from rag.query import Query, Target

_MAIN_COLUMN = re.compile(r"处理决定|收费金额|制发|新制作|采购项目数量")


@dataclass
class Reading:
    """One report's figure for one target: the table cell and, where the text states it, the prose."""

    report: Report
    target: Target
    cell: TableValue | None
    prose: int | None = None
    prose_at: tuple[int, int] | None = None  # where the text states the figure
    findings: list[Finding] = field(default_factory=list)
    stands_for: str = ""  # the text's kind when it gives the year's other count (受理 for 办结), see _from_text

    @property
    def prose_span(self) -> tuple[int, int] | None:
        """The whole sentence stating the figure (read from the report's text only when quoted)."""
        if self.prose_at is None:
            return None
        return sentence_of(normalized(self.report.text), self.prose_at)

    @property
    def disagree(self) -> bool:
        return (self.prose is not None and self.cell is not None and self.cell.status == "ok"
                and self.cell.value != self.prose)


def prose_citation(r: Reading) -> Citation | None:
    """The sentence of the text stating a reading's figure, quoted (None where the text gives none)."""
    if r.prose_span is None:
        return None
    rep = r.report
    return span_cite(rep, r.prose_span, "正文")


def default_column(report: Report, target: Target) -> str | None:
    if target.column:
        return target.column
    if target.table in (T.APPLICATIONS, T.REVIEW):
        return T.TOTAL_COLUMN
    cols = [v.column for v in report.tables if v.table == target.table and v.row == target.row]
    return next((c for c in cols if _MAIN_COLUMN.search(c)), cols[0] if cols else None)


def row_label(report: Report, target: Target) -> str | None:
    """The template row in this report's version (the 2019 template labels some rows otherwise)."""
    rows = {v.row for v in report.tables if v.table == target.table}
    if target.row in rows:
        return target.row
    return next((r for r in T.OTHER_LABELS.get(target.row, ()) if r in rows), None)


def prose_received(report: Report) -> tuple[int | None, tuple[int, int] | None]:
    """What the text says about applications received: a count, 0 for "none", or None; and where."""
    # The fact the build stored (first stated value, its first span), quoted as its whole sentence.
    fact = next((f for f in report.facts if f.kind == "applications.received" and f.spans), None)
    if fact is None:
        return None, None
    return int(fact.value), fact.spans[0]  # type: ignore[arg-type]


def text_kind(target: Target) -> str | None:
    """The text-fact kind whose table counterpart is this target's row total (index.factkinds)."""
    from index.factkinds import KINDS

    if target.column not in (None, T.TOTAL_COLUMN):
        return None
    return next((k.key for k in KINDS if any(t[:2] == (target.table, target.row) for t in k.table)), None)


def _from_text(report: Report, target: Target, own_only: bool = False) -> Reading | None:
    """A report without this table row (a report printed without tables) that states the figure
    in its text: the text's figure, with no cell — the answer says it comes from the text (with
    ``own_only``, only a figure of the asked kind, never the year's other count)."""
    kind = text_kind(target)
    fact = next((f for f in report.facts if f.kind == kind and f.spans), None) if kind else None
    other = None if own_only else _YEARS_COUNT.get(kind or "")
    if fact is None and other:
        # a text giving one count of the year's applications (共处理申请19件 read as received) answers
        # the other's question with it, said to be that count
        fact = next((f for f in report.facts if f.kind == other and f.spans), None)
    if fact is None or not isinstance(fact.value, (int, float)):
        return None
    return Reading(report, target, None, int(fact.value), fact.spans[0],  # type: ignore[arg-type]
                   stands_for=fact.kind if fact.kind != kind else "")


_YEARS_COUNT = {"applications.handled": "applications.received", "applications.received": "applications.handled"}


def _group(report: Report, target: Target) -> Reading | None:
    """An outcome group (（三）不予公开): the sum of its rows where the table gives each, cited as the
    rows together; else the figure the text gives the group (不予公开的22件)."""
    lost = None
    if target.table in tables_read(report):
        rs = [read(report, Target(target.table, leaf, target.column)) for leaf in T.GROUPS[target.row]]
        cells = [r.cell for r in rs if r is not None and r.cell is not None and r.cell.status == "ok"]
        if len(cells) == len(rs) and cells:
            spans = [c.span for c in cells if c.span]
            span = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None
            total = TableValue(report.id, target.table, target.row, cells[0].column, sum(c.value for c in cells),
                               cells[0].unit, span, "ok", "+".join(c.raw or "" for c in cells))
            return Reading(report, target, total)
        # a row the table does not give (no 总计 column): said so, unless the text gives the group
        lost = next((r.cell for r in rs if r is not None and r.cell is not None and r.cell.status != "ok"), None)
    norm = normalized(report.text)
    word = T.GROUP_WORDS[target.row]
    m = re.search(re.escape(word) + r"(?:的|了|政府信息|信息|申请)*\s*(\d+)\s*[件项个条]", norm.text)
    if m is None:
        if lost is None:
            return None
        return Reading(report, target, TableValue(report.id, target.table, target.row, lost.column, None, lost.unit,
                                                  None, lost.status, lost.raw))
    return Reading(report, target, None, int(m.group(1)), norm.to_original(m.start(), m.end()))


def read(report: Report, target: Target) -> Reading | None:
    if target.row in T.GROUPS:
        return _group(report, target)
    row = row_label(report, target)
    if row is None:
        # no such table at all (not printed, or lost): the text may state the figure
        return _from_text(report, target) if target.table not in tables_read(report) else None
    t = Target(target.table, row, target.column)
    col = default_column(report, t)
    cols = [v.column for v in report.tables if v.table == t.table and v.row == row]
    if col not in cols:  # 处理决定数量 (2019) is 本年处理决定数量 in 2021: same column, other words
        col = next((c for c in cols if col and (col in c or c in col)), default_column(report, Target(t.table, row)))
    cell = next((v for v in report.tables if (v.table, v.row, v.column) == (t.table, row, col)), None)
    if (cell is None or cell.status == "missing") and col in (None, T.TOTAL_COLUMN) and row != T.NEW \
            and (said := _from_text(report, target, own_only=True)):  # (the new applications' own rule below)
        return said  # the row's total lost (a header placing no 总计 column): the text's own figure of it
    r = Reading(report, t, cell)
    if t.table == T.APPLICATIONS and row == T.NEW:
        r.prose, r.prose_at = prose_received(report)
        r.findings = [f for f in report.findings if f.kind in ("prose_table", "arithmetic")]
    if cell is not None and cell.status == "unreadable":
        r.findings += [f for f in report.findings if f.kind == "unreadable" and row in f.message][:1]
    return r


class _Rows:
    """What :func:`read` needs of one report, fetched for many reports at once (``Store.cells`` …):
    the asked rows' cells, the text facts and findings that go with them; the rest of the report
    (its text, for a quote) is read only when an answer shows it."""

    def __init__(self, report: Report, tables: list[TableValue], facts: list, findings: list[Finding]):
        self.report, self.tables, self.facts, self.findings = report, tables, facts, findings
        self.id, self.table_keys = report.id, tables_read(report)


BATCH_FROM = 30  # reports from which a question's readings come from the store's rows, not from each report


def readings(reports: list[Report], q: Query, store=None) -> list[Reading]:
    """Every report's reading of the question's first (most specific) quantity. Over many
    reports, with a store at hand, the asked rows are read from it in one pass per kind of row."""
    out = []
    for target in q.targets[:1]:
        views: list = reports
        if store is not None and len(reports) >= BATCH_FROM:
            ids = {r.id for r in reports}
            rows = [target.row, *T.OTHER_LABELS.get(target.row, ())]
            column = target.column or (T.TOTAL_COLUMN if target.table in (T.APPLICATIONS, T.REVIEW) else None)
            # the one column asked for; every cell of the rows only for reports that lack it (a
            # column labelled otherwise is matched by read() among the row's cells)
            cells = store.cells(target.table, rows, ids, column)
            rest = {r.id for r in reports if r.id not in cells and target.table in tables_read(r)}
            if column and rest:
                cells.update(store.cells(target.table, rows, rest))
            # the asked kind and the year's other count of applications, which stands in for it
            asked = text_kind(target)
            kinds = ["applications.received"] + [k for k in (asked, _YEARS_COUNT.get(asked or "")) if k]
            facts = store.text_facts(kinds, ids)
            found = store.findings_of(["prose_table", "arithmetic", "unreadable"], ids)
            views = [_Rows(r, cells.get(r.id, []), facts.get(r.id, []), found.get(r.id, [])) for r in reports]
        for view in views:
            r = read(view, target)
            if r is not None:
                r.report = getattr(view, "report", view)
                out.append(r)
    return out


def fmt(v: float | int | None) -> str:
    if v is None:
        return "—"
    return f"{v:g}" if isinstance(v, float) else str(v)


def describe_cell(r: Reading, lang: str) -> str:
    """The figure with what stands behind it, in plain words."""
    table = _table_words(r, lang)
    if r.prose is None:
        return table
    return f"{_text_words(r, lang)}；{table}" if lang == "zh" else f"{_text_words(r, lang)}; {table}"


def _table_words(r: Reading, lang: str) -> str:
    c = r.cell
    if c is None or c.status == "missing":
        return "表格中没有这一栏" if lang == "zh" else "the table does not have this cell"
    if c.status == "ok":
        return f"表格：{fmt(c.value)} {c.unit}" if lang == "zh" else f"table: {fmt(c.value)}"
    if c.status == "unreadable":
        # reader words: the row printed fewer or more numbers than the table has columns
        return (f"表格这一行的数字与栏目对不上，读不出各栏的数（表中印的是“{c.raw}”）" if lang == "zh"
                else f"the table's row does not line up with its columns, so no column can be read "
                     f"(it prints “{c.raw}”)")
    if c.status == "blank":
        return "表格该格为空白" if lang == "zh" else "the table cell is blank"
    return "表格该格填“不适用”" if lang == "zh" else "the table marks it not applicable"


def _text_words(r: Reading, lang: str) -> str:
    unit = r.cell.unit if r.cell else "件"
    if r.stands_for:  # the year's other count, said to be it
        from index.factkinds import BY_KEY

        k = BY_KEY[r.stands_for]
        return (f"正文只给出{k.zh} {r.prose} {unit}，未单列此项" if lang == "zh"
                else f"the text gives only {k.en}: {r.prose}, not this figure separately")
    return f"正文：{r.prose} {unit}" if lang == "zh" else f"text: {r.prose}"


def text_note(r: Reading, lang: str) -> str:
    """Where a figure from the text stands, in brackets' words: the year's other count said to be
    it, else "per the text" and what the table lacks."""
    if r.stands_for:
        return _text_words(r, lang)
    return f"据正文；{_table_words(r, lang)}" if lang == "zh" else f"per the text; {_table_words(r, lang)}"


def label(r: Reading, lang: str) -> str:
    col = r.cell.column if r.cell else ""
    if lang == "zh":
        return f"“{r.target.row}”" + (f"（{col}）" if col and col != T.TOTAL_COLUMN else "")
    en = T.english(r.target.row) or r.target.row
    return en + (f" ({T.english(col)})" if col and col != T.TOTAL_COLUMN else "")
