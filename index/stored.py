"""A report as the store lists it: its metadata at hand, the rest read when first asked for.

Start-up and questions over the whole corpus need every report's body, place and year, not ten
thousand texts: a :class:`StoredReport` holds the header fields (id, source, hash, body, place,
year, template, title, parser version) and reads its text, sections, table values, text facts and
findings from the store on first use (the store keeps the recently used ones). It is a
:class:`~index.model.Report` everywhere one is expected; two are equal when they are the same
report with the same text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from index.model import Agency, Place, Report

HEAD = ("id", "source", "sha256", "agency", "place", "year", "template", "title", "parser_version")


def head_of(report: Report) -> dict[str, Any]:
    """The header fields of a report, as stored beside its body (JSON-ready)."""
    d = {k: getattr(report, k) for k in HEAD}
    d["agency"] = None if report.agency is None else {**vars(report.agency), "aliases": list(report.agency.aliases)}
    d["place"] = None if report.place is None else dict(vars(report.place))
    d["tables"] = sorted({v.table for v in report.tables})
    d["counts"] = _counted(report)  # what a listing of the corpus shows of each report, so that it reads no body
    return d


def _counted(report: Report) -> dict[str, int]:
    return {"sections": len(report.sections), "table_values": len(report.tables), "findings": len(report.findings)}


def counts(report: Report) -> dict[str, int]:
    """Sections, table values and findings of a report: from its header when the store wrote them
    there (a store written before reads the body)."""
    got = getattr(report, "head_counts", None)
    return dict(got) if got else _counted(report)


def tables_read(report: Report) -> frozenset[str]:
    """The template tables of which the report has any cell (read, blank or not)."""
    keys = getattr(report, "table_keys", None)  # a stored report knows without reading its body
    return keys if keys is not None else frozenset(v.table for v in report.tables)


class StoredReport(Report):
    """A report whose body is read from the store when first used (see the module's docstring)."""

    def __init__(self, head: dict[str, Any], body: Callable[[str], Report]):
        a, p = head.get("agency"), head.get("place")
        fields = {**head, "agency": Agency(**{**a, "aliases": tuple(a["aliases"])}) if a else None,
                  "place": Place(**p) if p else None}
        for k in HEAD:
            object.__setattr__(self, k, fields.get(k))
        object.__setattr__(self, "_body", body)
        object.__setattr__(self, "table_keys", frozenset(head.get("tables", ())))
        object.__setattr__(self, "head_counts", head.get("counts"))

    def full(self) -> Report:
        """The whole report, as parsed."""
        return self._body(self.id)

    text = property(lambda self: self.full().text)
    sections = property(lambda self: self.full().sections)
    tables = property(lambda self: self.full().tables)
    findings = property(lambda self: self.full().findings)
    facts = property(lambda self: self.full().facts)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StoredReport):  # the same report, the same text: the same parse
            return (self.id, self.sha256) == (other.id, other.sha256)
        return isinstance(other, Report) and self.full() == other

    __hash__ = Report.__hash__

    def __repr__(self) -> str:
        return f"StoredReport({self.id!r})"


class Texts(Mapping[str, str]):
    """Report id → original text, each text read when asked for (a grader checks the quotes of the
    reports an answer cites; ten thousand texts held at once would be a gigabyte)."""

    def __init__(self, reports: list[Report]):
        self._by_id = {r.id: r for r in reports}

    def __getitem__(self, report_id: str) -> str:
        return self._by_id[report_id].text

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_id)

    def __len__(self) -> int:
        return len(self._by_id)
