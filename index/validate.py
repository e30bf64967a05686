"""Pure checks of one report against the template's own arithmetic and against its own prose.

Only cells read with confidence take part: a check with an unreadable or missing cell is
skipped (that damage is already a finding of its own), so nothing here is ever guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index import template as T
from index.model import Finding, Span, TableValue
from index.normalize import Normalized

_CN_DIGITS = {"零": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
RECEIVED = re.compile(
    r"(?:共|累计|全年)?(?:收到|受理|接到|接收)(?:了)?(?:各类)?(?:政府信息公开|依申请公开|信息公开)?(?:的)?申请"
    r"(?:共)?\s*(\d+|[零一两二三四五六七八九十])\s*(?:件|个|条)"
)
NONE_RECEIVED = re.compile(
    r"(?:未|没有|无)(?:收到|受理|接到|接收)(?:任何)?(?:政府信息公开|依申请公开|信息公开)?(?:的)?(?:申请)?"
)
_NO_REVIEW = re.compile(r"(?:未|没有|无)(?:发生|引发|出现|产生)?[^。；]{0,20}?行政复议[^。；]{0,6}?行政诉讼")


def number_word(s: str) -> int:
    return int(s) if s.isdigit() else _CN_DIGITS[s]


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


def received_claims(norm: Normalized) -> list[tuple[int, tuple[int, int]]]:
    """What the prose says about applications received, in document order: (count — 0 for
    "none received" — , the normalised span of the sentence saying it)."""
    lines, starts = norm.lines()
    claims: list[tuple[int, tuple[int, int]]] = []
    for i, ln in enumerate(lines):
        if "\t" in ln:
            continue
        for m in RECEIVED.finditer(ln):
            claims.append((number_word(m.group(1)), sentence_around(norm.text, starts[i] + m.start(), starts[i] + m.end())))
        for m in NONE_RECEIVED.finditer(ln):
            if "申请" in ln[m.start(): m.end() + 8]:
                claims.append((0, sentence_around(norm.text, starts[i] + m.start(), starts[i] + m.end())))
    return claims


def check_prose(report: str, norm: Normalized, values: list[TableValue]) -> list[Finding]:
    """Does the prose say applications were (or were not) received where the table says otherwise?

    Prose inside a table's section counts too (神池 says 未收到 right above its table); table
    rows themselves carry no such sentences, so they need no exclusion."""
    grid = _Grid(values)
    out: list[Finding] = []
    text = norm.text
    lines, starts = norm.lines()
    claims = received_claims(norm)
    review_none: list[tuple[int, int]] = []
    for i, ln in enumerate(lines):
        if "\t" in ln:
            continue
        for m in _NO_REVIEW.finditer(ln):
            review_none.append(sentence_around(text, starts[i] + m.start(), starts[i] + m.end()))

    new_total = grid.get(T.APPLICATIONS, T.NEW, T.TOTAL_COLUMN)
    app_cells = [v for v in values if v.table == T.APPLICATIONS and v.status == "ok" and v.value]
    seen: set[tuple[int, int]] = set()
    for count, sent in claims:
        if sent in seen:
            continue
        seen.add(sent)
        quote = norm.to_original(*sent)
        if count > 0 and new_total is not None and new_total.value != count:
            out.append(Finding(report, "prose_table",
                               f"正文称收到申请 {count} 件，但表格“本年新收”总计为 {new_total.value}"
                               f" (the text says {count} application(s) were received; the table says {new_total.value})",
                               (quote,) + _spans([new_total])))
        elif count == 0 and app_cells:
            cells = "；".join(f"“{v.row}”{v.column} {v.value}" for v in app_cells[:3])
            out.append(Finding(report, "prose_table",
                               f"正文称未收到申请，但申请情况表中有非零数值：{cells}"
                               f" (the text says no applications were received; the table shows non-zero cells)",
                               (quote,) + _spans(app_cells[:3])))
    review_cells = [v for v in values if v.table == T.REVIEW and v.status == "ok" and v.value]
    for sent in dict.fromkeys(review_none):
        if review_cells:
            out.append(Finding(report, "prose_table",
                               "正文称未发生行政复议、行政诉讼，但表格中有非零数值"
                               " (the text says there was no reconsideration or litigation; the table shows some)",
                               (norm.to_original(*sent),) + _spans(review_cells[:3])))
    return out
