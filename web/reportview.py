"""The report browser: one report's metadata row, its heading tree, its table values (shown and
as CSV) and its data-quality findings. Escaped pieces only, as in :mod:`web.render`."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from index.export import cell
from index.model import Report, Section
from web.render import KINDS, SECTION_PREVIEW_CHARS, esc, grouped, more_html, section_at, shorten


REPORT_HEADERS = ["id", "机构 body", "县 place", "市 city", "省 province", "年份 year", "模板 template",
                  "章节 sections", "表格值 values", "提示 warnings"]
VALUE_HEADERS = ["table", "row", "column", "value", "unit", "status"]


def report_summary(r: Report) -> dict[str, Any]:
    """One report's metadata and counts (the API's /api/reports row), from its header: listing ten
    thousand reports reads no body."""
    from index.stored import counts

    p, n = r.place, counts(r)
    return {"id": r.id, "agency": r.agency.name if r.agency else "", "place": p.county if p else None,
            "city": p.city if p else None, "province": p.province if p else None, "year": r.year,
            "template": r.template, "sections": n["sections"], "table_values": n["table_values"],
            "warnings": n["findings"]}


def report_rows(reports: Iterable[Report]) -> list[list[Any]]:
    """Sorted by body, place, year; Dataframes escape cell text themselves."""
    rows = [report_summary(r) for r in reports]
    rows.sort(key=lambda d: (d["agency"], d["place"] or "", d["year"] or 0))
    return [["" if v is None else v for v in d.values()] for d in rows]


def value_rows(r: Report | None) -> list[list[Any]]:
    if r is None:
        return []
    return [[t.table, t.row, t.column, "" if t.value is None else t.value, t.unit, t.status] for t in r.tables]


def sections_html(r: Report | None, at: int | None = None) -> str:
    """The heading tree; each heading opens to the text before its first sub-section. ``at`` (a
    character offset, from a citation): the section holding it is open and marked, and the page
    scrolls to it."""
    if r is None:
        return ""
    if not r.sections:
        return "<p>No sections found. / 未识别出章节。</p>"
    children: dict[str | None, list[Section]] = {}
    for s in r.sections:
        children.setdefault(s.parent, []).append(s)
    target = section_at(r, at) if at is not None else None
    path: set[str] = set()
    by_id = {s.id: s for s in r.sections}
    t = target
    while t is not None:  # the target and every heading above it open
        path.add(t.id)
        t = by_id.get(t.parent) if t.parent else None

    def node(s: Section) -> str:
        body = shorten(r.text[s.body_span[0]:s.body_span[1]], SECTION_PREVIEW_CHARS)
        kids = "".join(f"<li>{node(k)}</li>" for k in children.get(s.id, []))
        mark = " class='rag-target'" if target is not None and s.id == target.id else ""
        return (f"<details{' open' if s.parent is None or s.id in path else ''}{mark}><summary>{esc(s.heading)} "
                f"<small>{esc(s.id)}</small></summary><div class='rag-body'>{esc(body)}</div>"
                + (f"<ul>{kids}</ul>" if kids else "") + "</details>")

    roots = [s for s in r.sections if s.parent is None or s.parent not in {x.id for x in r.sections}]
    return "<div class='rag-tree'><ul>" + "".join(f"<li>{node(s)}</li>" for s in roots) + "</ul></div>"


def findings_html(r: Report | None) -> str:
    if r is None:
        return ""
    if not r.findings:
        return "<p>No data-quality warnings. / 无数据质量提示。</p>"
    items = "".join(f"<li><b>{esc(KINDS.get(g[0].kind, g[0].kind))}</b>: {esc(g[0].message)}{more_html(g)}</li>"
                    for g in grouped(r.findings))
    return f"<ul>{items}</ul>"


def write_values_csv(r: Report, out_dir: Path) -> Path:
    """The report's table values as CSV (UTF-8 with BOM so Excel reads the Chinese right)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{re.sub(r'[^A-Za-z0-9_.-]+', '_', r.id)}-table-values.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["report", *VALUE_HEADERS, "raw"])
        for t in r.tables:
            w.writerow([cell(x) for x in (r.id, t.table, t.row, t.column,
                                                 "" if t.value is None else t.value, t.unit, t.status, t.raw)])
    return path
