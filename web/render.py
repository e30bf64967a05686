"""HTML for answers, sources and reports, built from escaped pieces only.

Every string that comes from a report (text, headings, quotes, table labels), from an answer or
from an uploaded question set goes through :func:`esc` before it touches markup: reports are
untrusted documents, and a passage holding ``<script>`` must show as text. The markup is ours,
so it can be handed to ``gr.HTML`` as is. No gradio import here: these are plain functions,
tested without a server.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from typing import Any

from index.model import Answer, Citation, Finding, Report, Section, TableValue

CONTEXT_CHARS = 160  # shown on each side of a quote: enough for the sentence around it
SUMMARY_CHARS = 120
SECTION_PREVIEW_CHARS = 400
OPEN_SOURCES = 3  # up to this many sources are shown unfolded

def esc(value: Any) -> str:
    """Text → HTML text (quotes too, so it is safe inside attributes as well)."""
    return html.escape("" if value is None else str(value), quote=True)


def esc_lines(value: Any) -> str:
    # <br> rather than relying on white-space CSS: chat bubbles may not keep our styles.
    return esc(value).replace("\r\n", "\n").replace("\n", "<br>")


def shorten(text: str, n: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= n else text[: n - 1] + "…"


# ---- answers ------------------------------------------------------------------------------


def answer_html(text: str) -> str:
    """A chat message (question or answer) as HTML showing exactly its text: escaped, its line
    breaks kept by CSS (``.message-content > .md``), not ``<br>``, so the copy button copies lines.
    The chat renders it as HTML, not Markdown, so a bare URL, ``[x](url)`` or ``![](src)`` from a
    report or a question stays text; the only links are ones the app writes itself. A quote inside
    it (“…”) is shown with the report's hard line breaks joined; the answer's own lines stay."""
    return esc(_QUOTED.sub(lambda m: unwrap(m.group()), text or ""))


def place_label(r: Report | None) -> str:
    if r is None or r.place is None:
        return ""
    parts = [r.place.province, r.place.city, r.place.county]
    return " ".join(p for p in dict.fromkeys(parts) if p)


def section_at(r: Report, pos: int) -> Section | None:
    """The deepest section whose span holds ``pos`` (for citations that name none)."""
    best = None
    for s in r.sections:
        if s.span[0] <= pos < s.span[1] and (best is None or s.level >= best.level):
            best = s
    return best


def _quote_ok(r: Report, c: Citation) -> bool:
    s, e = c.span
    return 0 <= s <= e <= len(r.text) and r.text[s:e] == c.quote


# a line break inside a sentence of Chinese (a PDF's or a page's hard wrap: 信息上⏎⏎报): not after
# a sentence's end, and with Chinese (or a figure) on both sides
_WRAP = re.compile(r"(?<=[\u4e00-\u9fff0-9，、（“《])[ \t\u3000]*\n\s*(?=[\u4e00-\u9fff0-9（“《])")


_HEADING = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])[^\n]{0,30}$")


def _wraps(text: str) -> list[tuple[int, int]]:
    """The hard wraps of ``text``: breaks inside a sentence, not after a heading line (一、总体情况)."""
    return [(m.start(), m.end()) for m in _WRAP.finditer(text) if not _HEADING.search(text, 0, m.start())]


_QUOTED = re.compile(r"“[^“”]*”")


def unwrap(text: str) -> str:
    """Text as it reads, hard line breaks inside sentences joined (for display: the citation keeps
    the report's exact characters and span)."""
    return _cut(text, _wraps(text))


def _cut(text: str, spans: list[tuple[int, int]]) -> str:
    out, at = [], 0
    for a, z in spans:
        out.append(text[at:a])
        at = z
    return "".join(out) + text[at:]


def context_html(r: Report | None, c: Citation, radius: int = CONTEXT_CHARS) -> str:
    """The quote marked inside the text around it; just the quote if the span does not match."""
    if r is None or not _quote_ok(r, c):
        return f"<mark>{esc_lines(unwrap(c.quote))}</mark>"
    s, e = c.span
    a, b = max(0, s - radius), min(len(r.text), e + radius)
    before = ("…" if a > 0 else "") + r.text[a:s]
    after = r.text[e:b] + ("…" if b < len(r.text) else "")
    # joined as one text (a wrap at the quote's edge is joined too), the mark moved with it
    text = before + c.quote + after
    cut = _wraps(text)
    i, j = (p - sum(min(z, p) - a for a, z in cut if a < p) for p in (len(before), len(before) + len(c.quote)))
    text = _cut(text, cut)
    return f"{esc_lines(text[:i])}<mark>{esc_lines(text[i:j])}</mark>{esc_lines(text[j:])}"


def cell_value(r: Report | None, cell: tuple[str, str, str]) -> TableValue | None:
    if r is None:
        return None
    return next((t for t in r.tables if (t.table, t.row, t.column) == tuple(cell)), None)


def cell_html(r: Report | None, cell: tuple[str, str, str]) -> str:
    t = cell_value(r, cell)
    value = "" if t is None or t.value is None else t.value
    unit = t.unit if t else ""
    status = t.status if t else "?"
    head = "".join(f"<th>{h}</th>" for h in ("表 table", "行 row", "列 column", "值 value", "单位 unit", "状态 status"))
    cells = "".join(f"<td>{esc(x)}</td>" for x in (*cell, value, unit, status))
    return f"<table class='rag-cell'><tr>{head}</tr><tr>{cells}</tr></table>"


FACT_HEADERS = ["机构 / Body", "地点 / Place", "年份 / Year", "数字 / Figure", "来源 / Source"]


def _figure(f: dict[str, Any]) -> str:
    """A fact's figure in the report's own wording (400余条, not 400), or what stands instead of one."""
    if f.get("status") in ("missing", "unreadable") and f.get("value") is None:
        return "未给出 / not given" if f.get("status") == "missing" else f"无法读取 / unreadable ({f.get('raw', '')})"
    shown = f.get("raw") or f"{_plain(f.get('value'))}{f.get('unit') or ''}"
    prose = f.get("prose_value")
    if prose is not None and prose != f.get("value"):
        shown += f"（正文 / text: {_plain(prose)}）"
    return shown


def _source(f: dict[str, Any]) -> str:
    if f.get("source") == "text":
        return "正文 / text"
    return "表格 / table: " + " · ".join(str(x) for x in (f.get("row"), f.get("column")) if x)


def facts_html(facts: list[dict[str, Any]]) -> str:
    """The figures behind an answer, in reader columns (report, place, year, the figure as worded,
    table cell or text); totals and differences under them. Internal fields stay in the API."""
    rows = [f for f in facts if f.get("report_id")]
    if not rows:
        return ""
    head = "".join(f"<th>{esc(h)}</th>" for h in FACT_HEADERS)
    body = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in (
        f.get("agency", ""), f.get("place", ""), f.get("year") or "", _figure(f), _source(f))) + "</tr>" for f in rows)
    sums = [f for f in facts if f.get("aggregate") in ("sum", "difference")]
    tail = "".join(f"<div>{'合计 / total' if f['aggregate'] == 'sum' else '相差 / difference'}："
                   f"{esc(_plain(f.get('total', f.get('value'))))}</div>" for f in sums)
    return (f"<div class='rag-facts-wrap'><b>数字 / Figures</b>{chart_html(rows)}<table class='rag-facts'>"
            f"<tr>{head}</tr>{body}</table>{tail}</div>")


def _number(f: dict[str, Any]) -> float | None:
    """The figure a chart draws: the text's where the answer took it, else the table's."""
    for v in (f.get("value"), f.get("prose_value")):
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return float(v)
    return None


def _what(f: dict[str, Any]) -> str:
    kind = f.get("kind")
    if kind:
        from index.factkinds import BY_KEY

        k = BY_KEY.get(kind)
        return f"{k.zh} / {k.en}" if k else kind
    return " · ".join(str(x) for x in (f.get("row"), f.get("column")) if x and x != "总计")


CHART_MOST = 20  # bars one chart draws; a longer list is the table's (and the CSV's)


def chart_html(facts: list[dict[str, Any]]) -> str:
    """Bars for the figures an answer compares across reports (one chart per thing counted, where
    at least two reports give it): each bar labelled with its place, year and figure as worded, so
    the chart reads without colour or hover, and a screen reader reads it as a list."""
    groups: dict[str, list[tuple[dict[str, Any], float]]] = {}
    for f in facts:
        n = _number(f)
        if f.get("report_id") and n is not None:
            groups.setdefault(_what(f), []).append((f, n))
    out = []
    for what, rows in groups.items():
        if len(rows) < 2:
            continue
        rows = sorted(rows, key=lambda x: -x[1])[:CHART_MOST]
        top = max(n for _, n in rows) or 1.0
        bars = "".join(
            f"<li><span class='rag-bar-label'>{esc(f.get('place') or f.get('agency') or f['report_id'])} "
            f"{esc(f.get('year') or '')}</span><span class='rag-track'><span class='rag-bar' "
            f"style='width:{max(n / top * 100, 0.5):.1f}%'></span></span>"
            f"<span class='rag-bar-value'>{esc(_figure(f))}</span></li>" for f, n in rows)
        out.append(f"<figure class='rag-chart'><figcaption>{esc(what)}</figcaption><ul>{bars}</ul></figure>")
    return "".join(out)


def _plain(v: Any) -> str:
    if isinstance(v, (list, tuple)):
        return " | ".join(_plain(x) for x in v)
    return "" if v is None else str(v)


KINDS = {"arithmetic": "数字相加不符 / figures that do not add up", "prose_table": "正文与表格不一致 / text and table "
         "disagree", "unreadable": "无法读取的表格值 / table values that cannot be read", "missing": "缺少的表格 / "
         "tables missing", "load": "文件读取 / reading the file", "metadata": "基本信息 / who, where, when"}


def grouped(findings: Iterable[Finding]) -> list[list[Finding]]:
    """Findings by report and kind, in order of first appearance: 25 unreadable cells of one report
    are one note with 24 more folded under it, not 25 lines."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.report, f.kind), []).append(f)
    return list(groups.values())


def more_html(group: list[Finding]) -> str:
    if len(group) < 2:
        return ""
    rest = "".join(f"<li>{esc(f.message)}</li>" for f in group[1:])
    return (f"<details><summary>另有 {len(group) - 1} 条同类提示 / {len(group) - 1} more like it</summary>"
            f"<ul>{rest}</ul></details>")


def warnings_html(warnings: Iterable[Finding], reports: Mapping[str, Report] | None = None) -> str:
    """An answer's notes, each under the report it concerns (notes on the answer itself apart)."""
    out = []
    for group in grouped(warnings):
        f = group[0]
        r = (reports or {}).get(f.report)
        if f.kind == "answer" or not f.report:
            head = "说明 / Note"
        else:
            who = f"{r.agency.name if r and r.agency else f.report} {r.year if r and r.year else ''}".strip()
            head = f"数据质量提示 / Data-quality note · {who}"
        out.append(f"<div class='rag-warn'>⚠ {esc(head)}：{esc(f.message)}{more_html(group)}</div>")
    return "".join(out)


def _bare(text: str) -> str:
    return re.sub(r"\s+", "", text)


def quoted_in(text: str) -> list[str]:
    """What an answer's text quotes, whitespace removed: its lines that are one quote (a quote may
    hold quotes: “…“海原教育”公众号…”), and the quotes inside its other lines."""
    out = []
    for line in (text or "").splitlines():
        line = line.strip()
        if line.startswith("“") and line.endswith("”"):
            out.append(_bare(line[1:-1]))
        else:
            out += [_bare(m.group()[1:-1]) for m in _QUOTED.finditer(line)]
    return [q for q in out if len(q) >= 6]


def _shown_above(c: Citation, quoted: list[str]) -> bool:
    q = _bare(c.quote)
    return bool(q) and any(q == x or (len(x) >= 12 and (x in q or q in x)) for x in quoted)


def citation_html(n: int, c: Citation, r: Report | None, shown_above: bool = False) -> str:
    agency = c.agency or (r.agency.name if r and r.agency else "") or c.report_id
    year = c.year if c.year is not None else (r.year if r else None)
    section = c.section
    if not section and r is not None and _quote_ok(r, c):
        s = section_at(r, c.span[0])
        section = " > ".join(s.path) if s else ""
    meta = " · ".join(x for x in (place_label(r), f"{year}年 / {year}" if year else "", c.report_id) if x)
    parts = [f"<div class='rag-source' data-report='{esc(c.report_id)}'>",
             f"<div class='rag-src-head'>[{n}] {esc(agency)} <button type='button' class='rag-open' "
             f"data-report='{esc(c.report_id)}' data-at='{int(c.span[0])}'>在年报页打开 / Open in Reports</button></div>",
             f"<div class='rag-src-meta'>{esc(meta)}</div>"]
    if section:
        parts.append(f"<div class='rag-src-meta'>章节 / Section: {esc(section)}</div>")
    if c.cell:
        parts.append(cell_html(r, c.cell))
    # a quote the answer prints already is not printed again: its context stays a click away
    summary = ("引文见上方答案，点开看上下文 / quoted in the answer above; open for its context" if shown_above
               else f"“<mark>{esc(shorten(c.quote, SUMMARY_CHARS))}</mark>”")
    parts.append(f"<details><summary>{summary}</summary>"
                 f"<div class='rag-context'>{context_html(r, c)}</div></details></div>")
    return "".join(parts)


def filters_html(filters: Mapping[str, Any]) -> str:
    """The place/year filters an answer was given, as chips: a filter left selected must show."""
    chips = "".join(f"<span class='rag-chip'>{esc(label)}: {esc(filters[k])}</span>"
                    for k, label in (("place", "地点 / Place"), ("year", "年份 / Year")) if filters.get(k))
    return f"<div class='rag-filters'>已筛选 / Filtered: {chips}</div>" if chips else ""


def sources_html(answer: Answer, reports: Mapping[str, Report]) -> str:
    """Everything shown under an answer: the filters it was given, its citations, computed facts
    and warnings."""
    parts = [filters_html(answer.filters)]
    if answer.citations:
        # Open when short; a long list starts folded so the answer above it stays in view.
        quoted = quoted_in(answer.text)
        cites = "".join(citation_html(i, c, reports.get(c.report_id), _shown_above(c, quoted))
                        for i, c in enumerate(answer.citations, 1))
        parts.append(f"<details class='rag-cites'{' open' if len(answer.citations) <= OPEN_SOURCES else ''}>"
                     f"<summary><b>来源 / Sources ({len(answer.citations)})</b></summary>{cites}</details>")
    parts.append(facts_html(answer.facts))
    parts.append(warnings_html(answer.warnings, reports))
    body = "".join(p for p in parts if p)
    return f"<div class='rag-sources'>{body}</div>" if body else ""


def error_html(message: str) -> str:
    return f"<div class='rag-error'>{esc(message)}</div>"


# ---- reports tab --------------------------------------------------------------------------

# ---- evaluate tab -------------------------------------------------------------------------


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def eval_summary_html(summary: dict[str, Any]) -> str:
    a = summary["answers"]
    rows = [("全部 / all", a)]
    for group, label in (("by_language", "语言 / language"), ("by_tag", "标签 / tag"), ("by_set", "集 / set")):
        rows += [(f"{label}: {name}", v) for name, v in summary.get(group, {}).items()]
    body = "".join(f"<tr><td>{esc(name)}</td><td>{v['n']}</td><td>{v['passed']}</td><td>{_pct(v['accuracy'])}</td></tr>"
                   for name, v in rows)
    lat = summary.get("ask_latency_ms", {})
    return (f"<p><b>{a['passed']}/{a['n']}</b> correct / 正确 ({_pct(a['accuracy'])}); citations verbatim / 引文准确 "
            f"{_pct(summary.get('citations_verbatim'))}; latency p50 {esc(lat.get('p50'))} ms, p95 "
            f"{esc(lat.get('p95'))} ms</p><table class='rag-summary'><tr><th>group / 分组</th><th>n</th>"
            f"<th>passed / 通过</th><th>accuracy / 准确率</th></tr>{body}</table>")
