"""Pure: one report's text in, a ``Report`` out (metadata, sections, table values, findings)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterator

from index.meta import read_agency
from index.title import title_of, year_of
from index.model import Finding, Report, TableValue
from index.normalize import normalize
from index.sections import read_sections
from index.tables import read_tables
from index.textfacts import extract_facts
from index.validate import check_arithmetic, check_prose

# Bump whenever parsing output changes: stored reports of another version are re-parsed.
PARSER_VERSION = "95"


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _as_printed(values: list[TableValue], text: str) -> Iterator[TableValue]:
    """Each read value's raw as the report prints it (３, －3): the tables read the width-folded text,
    and a citation quotes the report's own characters."""
    for v in values:
        if v.status == "ok" and v.span and v.span[1] > v.span[0] and text[v.span[0]:v.span[1]] != v.raw:
            v = dataclasses.replace(v, raw=text[v.span[0]:v.span[1]])
        yield v


def parse_report(text: str, report_id: str, source: str = "") -> Report:
    """Parse one report's original text. Never raises on odd text: damage becomes findings."""
    norm = normalize(text)
    title = title_of(norm.text)
    year = year_of(title, norm.text)
    meta = read_agency(norm, text)
    tables = read_tables(norm, report_id, year)
    findings: list[Finding] = list(tables.findings)
    facts = extract_facts(norm, report_id, year, text)
    if tables.version:
        findings += check_arithmetic(report_id, tables.values, tables.version)
        findings += check_prose(report_id, norm, tables.values, facts)
    findings += [Finding(report_id, "metadata", w) for w in meta.warnings]
    if year is None:
        findings.append(Finding(report_id, "metadata", "未能识别报告年度 (report year not recognised)"))
    return Report(
        id=report_id,
        source=source or report_id,
        sha256=sha256(text),
        text=text,
        agency=meta.agency,
        place=meta.place,
        year=year,
        template=tables.version,
        sections=tuple(read_sections(norm, report_id, tables.body_lines, title)),
        tables=tuple(_as_printed(tables.values, text)),
        findings=tuple(findings),
        facts=facts,
        title=title,
        parser_version=PARSER_VERSION,
    )
