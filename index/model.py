"""The small data model every layer passes around.

Spans are always character offsets into the report's *original* text (``Report.text``), so a
quote can be cut from the report exactly as it was published, whatever normalisation the parser
did on the way.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Span = tuple[int, int]

# ok: a number was read; zero is ok with value 0.
# blank: the cell exists and is empty.  na: the report wrote "/", "-" or "—" (not applicable).
# unreadable: something is there but cannot be assigned to this cell with confidence.
# missing: the template row or column was not found in the report at all.
CellStatus = Literal["ok", "blank", "na", "unreadable", "missing"]


@dataclass(frozen=True)
class Section:
    """One node of a report's heading tree: ``heading`` is its own title, ``path`` all titles
    from the top level down to it (inclusive). ``span`` covers the heading and its body,
    including sub-sections; ``body_span`` only the text before the first sub-section."""

    id: str
    level: int
    heading: str
    path: tuple[str, ...]
    span: Span
    body_span: Span
    parent: str | None = None


@dataclass(frozen=True)
class TableValue:
    """One cell of a national-template table, as read from one report."""

    report: str
    table: str  # template table key, see index.template
    row: str  # template row label (Chinese, as the template writes it)
    column: str  # template column label
    value: float | int | None
    unit: str
    span: Span | None  # where the cell's text (or, if not found, its row) stands
    status: CellStatus = "ok"
    raw: str = ""  # the cell's text as printed; "" when blank or missing


@dataclass(frozen=True)
class TextFact:
    """A figure or detail the report states in its prose (``source`` "text"), of a kind named in
    ``index.factkinds``. The same value stated twice is one fact with two spans."""

    report: str
    kind: str  # e.g. applications.received, disclosed.wechat, contact.phone (see index.factkinds)
    value: float | int | str  # a number, or the text itself for contact details
    unit: str
    spans: tuple[Span, ...]  # every place the report states it, first one first
    raw: str = ""  # the figure as printed at the first span, e.g. "400余条", "未收到"
    source: Literal["text"] = "text"


@dataclass(frozen=True)
class Finding:
    """A data-quality warning kept with its report: arithmetic broken, prose vs table, damage."""

    report: str
    kind: str  # arithmetic | prose_table | unreadable | missing | load | metadata; "answer" on an answer's own
    message: str
    spans: tuple[Span, ...] = ()

    def as_json(self) -> dict[str, Any]:
        """As the API and ``rag ask --json`` give it: which report (None for a note on the answer)."""
        return {"report_id": self.report or None, "kind": self.kind, "message": self.message,
                "spans": [list(s) for s in self.spans]}


@dataclass(frozen=True)
class Agency:
    name: str  # e.g. 海原县教育体育局
    kind: str  # e.g. 教育行政部门
    kind_en: str
    aliases: tuple[str, ...] = ()
    original: str = ""  # the name as the report prints it, when that differs (traditional script)
    printed: str = ""  # the report's own fuller or shorter form, simplified, when it differs: 重庆市九龙坡区二郎街道办事处,
    # 南京市浦口区人民政府永宁街道办事处, 尤溪县科技局


@dataclass(frozen=True)
class Place:
    county: str | None  # e.g. 海原县
    city: str | None = None
    province: str | None = None
    adcode: str | None = None
    english: str | None = None  # official romanisation, e.g. Haiyuan, Lu'an, Quxian


@dataclass(frozen=True)
class Report:
    """A parsed report: metadata, sections, table values and findings, plus its original text."""

    id: str
    source: str  # path relative to the corpus, or a file name
    sha256: str
    text: str  # original text as loaded (spans point here)
    agency: Agency | None
    place: Place | None
    year: int | None
    template: str | None  # "2019" | "2021" | None when no template tables were found
    sections: tuple[Section, ...] = ()
    tables: tuple[TableValue, ...] = ()
    findings: tuple[Finding, ...] = ()
    facts: tuple[TextFact, ...] = ()  # figures stated in prose
    title: str = ""
    parser_version: str = ""

    def quote(self, span: Span) -> str:
        return self.text[span[0] : span[1]]

    def __hash__(self) -> int:  # equal reports have the same id and text; no need to hash every field
        return hash((self.id, self.sha256))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Report:
        def span(s: Any) -> Span | None:
            return (int(s[0]), int(s[1])) if s is not None else None

        return cls(
            id=d["id"],
            source=d["source"],
            sha256=d["sha256"],
            text=d["text"],
            agency=Agency(**{**d["agency"], "aliases": tuple(d["agency"]["aliases"])})
            if d.get("agency")
            else None,
            place=Place(**d["place"]) if d.get("place") else None,
            year=d.get("year"),
            template=d.get("template"),
            sections=tuple(
                Section(
                    **{
                        **s,
                        "path": tuple(s["path"]),
                        "span": span(s["span"]),
                        "body_span": span(s["body_span"]),
                    }
                )
                for s in d.get("sections", ())
            ),
            tables=tuple(TableValue(**{**t, "span": span(t["span"])}) for t in d.get("tables", ())),
            findings=tuple(
                Finding(**{**f, "spans": tuple(span(s) for s in f["spans"])})
                for f in d.get("findings", ())
            ),
            facts=tuple(TextFact(**{**f, "spans": tuple(span(s) for s in f["spans"])})
                        for f in d.get("facts", ())),
            title=d.get("title", ""),
            parser_version=d.get("parser_version", ""),
        )


@dataclass(frozen=True)
class Passage:
    """A retrievable, citable piece of one report: a few sentences of one section, or one table
    row rendered as text. Ids: ``<report>#<section>~<n>`` for prose, ``<report>#t<k>.r<n>`` for
    table rows (k = 2, 3, 4 as in the template), so a passage id names where it stands."""

    id: str
    report: str
    section: str  # section id, or "<report>#t<k>" for a table
    kind: Literal["prose", "table"]
    text: str  # what is embedded and shown (a table row's values rendered as a sentence)
    span: Span  # original text this passage quotes
    heading_path: tuple[str, ...] = ()
    agency: str = ""
    place: str = ""
    year: int | None = None
    cells: tuple[tuple[str, str, str], ...] = ()  # (table, row, column) for table passages


@dataclass(frozen=True)
class Hit:
    passage: Passage
    score: float
    rank: int


@dataclass(frozen=True)
class Citation:
    """Where a statement of an answer comes from: a quoted span of a report, and for table
    values the cell (table, row, column)."""

    report_id: str
    agency: str
    year: int | None
    section: str  # heading path joined with " > ", or the table's name
    quote: str  # exactly report.text[span[0]:span[1]]
    span: Span
    passage_id: str = ""
    cell: tuple[str, str, str] | None = None


@dataclass
class Answer:
    question: str
    text: str
    citations: list[Citation] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)  # computed table results
    # data-quality notes on the reports the answer used (Finding.report names each), and notes on
    # the answer itself (report "", kind "answer")
    warnings: list[Finding] = field(default_factory=list)
    refused: bool = False
    language: str = "zh"
    timing_ms: dict[str, float] = field(default_factory=dict)
    # how the passages were found: {"bm25_only": [cited reports dense search could not see yet]}
    retrieval: dict[str, Any] = field(default_factory=dict)
    # the asker's place/year filters as applied: {"place": the corpus's name for it, "year": 2024}
    filters: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class BuildSummary:
    reports: int = 0
    sections: int = 0
    table_values: int = 0
    warnings: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    parsed: int = 0  # reports (re)parsed in this run; the rest came from the store unchanged
    removed: int = 0
