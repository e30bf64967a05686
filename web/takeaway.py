"""An answer taken out of the chat (issue 13, item 9): as Markdown with its numbered sources (what
the copy button copies and the export writes), its facts as CSV with place, year and body, and a
link that asks it again. Pure functions of the answer and the reports; the UI wires them."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from index.export import cell
from index.model import Answer, Report
from web.render import esc, unwrap

FACT_COLUMNS = ["report_id", "body", "place", "year", "kind", "table", "row", "column", "value", "unit", "wording",
                "source"]


def answer_markdown(answer: Answer, reports: Mapping[str, Report]) -> str:
    """The answer, then its sources numbered as in the chat: body, year, section or table cell, and
    the quote (line breaks inside sentences joined)."""
    lines = [answer.text.strip()]
    if answer.filters:
        lines += ["", "已筛选 / Filtered: " + ", ".join(f"{k} {v}" for k, v in answer.filters.items())]
    if answer.citations:
        lines += ["", "来源 / Sources:"]
        for i, c in enumerate(answer.citations, 1):
            r = reports.get(c.report_id)
            body = c.agency or (r.agency.name if r and r.agency else c.report_id)
            where = " | ".join(c.cell) if c.cell else c.section
            quote = " ".join(unwrap(c.quote).split())
            lines.append(f"{i}. {body} {c.year or ''} · {where} · “{quote}” ({c.report_id} {c.span[0]}–{c.span[1]})")
    return "\n".join(lines) + "\n"


def facts_csv(answer: Answer, reports: Mapping[str, Report]) -> str:
    """The answer's facts, one row each, with the report's body, place and year beside them."""
    out = io.StringIO()
    w = csv.DictWriter(out, FACT_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for f in answer.facts:
        rid = f.get("report_id")
        if not rid:
            continue  # counts and totals: the rows they count are here already
        r = reports.get(rid)
        row = {**f, "body": r.agency.name if r and r.agency else f.get("agency", ""),
               "place": f.get("place") or (r.place.county if r and r.place else ""),
               "year": f.get("year") or (r.year if r else ""), "wording": f.get("raw", ""),
               "source": f.get("source", "table")}
        w.writerow({k: cell(v) for k, v in row.items()})
    return out.getvalue()


def link(question: str, filters: Mapping[str, Any]) -> str:
    """A link (relative to the page) that asks the question again with the same filters."""
    return "?" + urlencode({"q": question, **{k: v for k, v in filters.items() if v}})


def share_html(answer: Answer, reports: Mapping[str, Report]) -> str:
    """The copy button (the answer and its numbered sources as Markdown) and the link to the answer."""
    md = answer_markdown(answer, reports)
    return (f"<div class='rag-share'><button type='button' class='rag-copy' data-md=\"{esc(md)}\">"
            f"复制答案 / Copy answer</button> <a class='rag-link' href=\"{esc(link(answer.question, answer.filters))}\">"
            f"链接 / Link to this answer</a></div>")
