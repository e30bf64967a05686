"""The structured store on disk: one inspectable JSON file per parsed report plus a manifest.

Layout under ``$RAG_DATA_DIR/store``::

    manifest.json        {"parser_version": ..., "files": {source: {"id", "file_sha256"}},
                          "skipped": [{"source", "reason"}]}
    reports/<id>.json    a whole ``Report`` (original text, sections, table values, findings)

The manifest names the parser version that built the store; reading a store built by another
version fails with a message saying how to rebuild, instead of serving stale values.

The store is a cache of the reports, never the authority: every report is checked against its
own text when it is read (:func:`verify`), and one that cannot be read or disagrees with its
text is refused with :class:`DamagedReport`; ``python -m index build`` then parses it again
from its source. Writes go to a temporary file that replaces the old one, so a crash never
leaves half a file behind. Reading never writes, so a read-only data dir can be served.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.model import Finding, Report
from index.normalize import normalize, simplified
from index.numbers import number
from index.parse import PARSER_VERSION


class StoreError(RuntimeError):
    """The store is missing, unreadable or was built by another parser version."""


class DamagedReport(StoreError):
    """One stored report cannot be read, or disagrees with its own text."""

    def __init__(self, report_id: str, path: Path, reason: str):
        self.report_id, self.path, self.reason = report_id, path, reason
        super().__init__(f"stored report {report_id} ({path}) {reason}; the store is a cache of the reports: "
                         f"`python -m index build` parses it again from its source")


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)  # a crash mid-write never leaves half a file behind


def _fold(s: str) -> str:
    # as the parser read it: mirror-site debris gone (開(kāi)封 → 開封), one script, one width
    return simplified(unicodedata.normalize("NFKC", normalize(s).text))


# A figure as reports print it: Arabic (with commas, decimals) or Chinese numerals, maybe 万 or 亿.
_FIGURE = re.compile(r"(\d[\d,]*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)\s*([万亿])?")
_SCALE = {None: 1, "万": 10_000, "亿": 100_000_000}


def _figures(raw: str) -> set[float]:
    """Every value ``raw`` could be read as (with and without its 万/亿), width and script folded."""
    if raw.isascii() and raw.isdigit():  # nearly every table cell: no need for the general reading
        return {int(raw)}
    out: set[float] = set()
    for m in _FIGURE.finditer(_fold(raw)):
        v = number(m.group(1))
        if v is not None:
            out.update({v, v * _SCALE[m.group(2)]})
    return out


def _agrees(value: float | None, figures: set[float]) -> bool:
    # Relative tolerance: 2.3万 may be 23000 or 22999.999999999996 depending on how it was multiplied.
    return value is not None and any(abs(value - f) <= 1e-9 * max(1.0, abs(f)) for f in figures)


def verify(report: Report) -> list[str]:
    """Where ``report`` disagrees with its own text ([] when it agrees): the text's hash, every
    read table value's ``raw`` against ``text[span]`` and its ``value`` against ``raw``, and the
    same for every text fact. A necessary condition, never a second parser: it holds for every
    report the parser writes (the seeds and 900 generated reports of every bank) and fails on a
    value edited by hand."""
    text, problems = report.text, []
    if hashlib.sha256(text.encode("utf-8")).hexdigest() != report.sha256:
        problems.append("its text does not match its sha256")
    n = len(text)
    for v in report.tables:
        where = f"table {v.table} {v.row} / {v.column}"
        if v.span is not None and not 0 <= v.span[0] <= v.span[1] <= n:
            problems.append(f"{where}: span {v.span} is outside the text")
        elif v.status != "ok":
            if v.value is not None:
                problems.append(f"{where}: status {v.status} but value {v.value}")
        elif v.span is None or text[v.span[0]:v.span[1]] != v.raw:
            problems.append(f"{where}: raw {v.raw!r} is not the text at its span")
        elif not _agrees(v.value, _figures(v.raw)):
            problems.append(f"{where}: value {v.value} but the text says {v.raw!r}")
    for f in report.facts:
        where = f"text fact {f.kind}"
        if not f.spans or any(not 0 <= a <= b <= n for a, b in f.spans):
            problems.append(f"{where}: spans {f.spans} are not inside the text")
        elif text[f.spans[0][0]:f.spans[0][1]] != f.raw:
            problems.append(f"{where}: raw {f.raw!r} is not the text at its span")
        elif isinstance(f.value, str):
            # blanks and line breaks aside: an address may run over a line the parser joined
            if re.sub(r"\s", "", _fold(f.value)) not in re.sub(r"\s", "", _fold(f.raw)):
                problems.append(f"{where}: value {f.value!r} but the text says {f.raw!r}")
        elif not _fact_agrees(f):
            problems.append(f"{where}: value {f.value} but the text says {f.raw!r}")
    return problems


# A nought is stated in words (未收到…申请, 一起也没有发生): its quote holds a negation, or no figure.
_NOUGHT = re.compile(r"未|没有|无|零|0|〇")


def _fact_agrees(f: Any) -> bool:
    figures = _figures(f.raw)
    return _agrees(f.value, figures) or (f.value == 0 and (not figures or bool(_NOUGHT.search(_fold(f.raw)))))


def without_disagreeing_facts(report: Report) -> Report:
    """The parser's own report less any text fact its quote does not bear out, each named in a
    finding: one misread sentence must not lose the report's tables and metadata."""
    bad = [f for f in report.facts if isinstance(f.value, (int, float)) and f.spans
           and report.text[f.spans[0][0]:f.spans[0][1]] == f.raw and not _fact_agrees(f)]
    if not bad:
        return report
    notes = tuple(Finding(report.id, "unreadable", f"正文数字“{f.raw}”未能核实，未采用 (a figure in the text could "
                                                 f"not be checked against its words and is left out: {f.kind})", f.spans)
                  for f in bad)
    return dataclasses.replace(report, facts=tuple(f for f in report.facts if f not in bad),
                               findings=report.findings + notes)


class Store:
    def __init__(self, data_dir: Path | str):
        self.root = Path(data_dir) / "store"
        self._cache: dict[str, Report] = {}

    # ---- manifest -------------------------------------------------------------------------
    @property
    def manifest_path(self) -> Path:
        return self.root / "manifest.json"

    def manifest(self) -> dict[str, Any]:
        if not self.manifest_path.exists():
            return {"parser_version": PARSER_VERSION, "files": {}}
        try:
            m = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            if not isinstance(m, dict) or not isinstance(m.get("files", {}), dict):
                raise ValueError("not a manifest object")
            return m
        except (OSError, ValueError) as e:
            raise StoreError(f"cannot read {self.manifest_path} ({type(e).__name__}: {e}); "
                             f"`python -m index build` parses the corpus again and rewrites it") from e

    def save_manifest(self, files: dict[str, dict[str, str]], skipped: list[dict[str, str]] | None = None) -> None:
        _write_json(self.manifest_path, {"parser_version": PARSER_VERSION, "files": files, "skipped": skipped or []})

    def exists(self) -> bool:
        return self.manifest_path.exists() and bool(self.manifest().get("files"))

    def check_version(self) -> None:
        built = self.manifest().get("parser_version")
        if built != PARSER_VERSION:
            raise StoreError(
                f"the store at {self.root} was built by parser version {built}, this code is version "
                f"{PARSER_VERSION}; run `python -m index build` to rebuild it"
            )

    def skipped(self) -> list[dict[str, str]]:
        """Corpus files the last build left out, each with its reason (empty, unreadable, too large …)."""
        return list(self.manifest().get("skipped", []))

    # ---- reports --------------------------------------------------------------------------
    def _path(self, report_id: str) -> Path:
        return self.root / "reports" / f"{report_id}.json"

    def put(self, report: Report) -> None:
        _write_json(self._path(report.id), report.to_dict())
        self._cache[report.id] = report

    def delete(self, report_id: str) -> None:
        self._path(report_id).unlink(missing_ok=True)
        self._cache.pop(report_id, None)

    def get(self, report_id: str) -> Report:
        """The stored report, checked against its own text; :class:`DamagedReport` when its file
        cannot be read or disagrees with the text, :class:`StoreError` when it is not stored."""
        if report_id not in self._cache:
            path = self._path(report_id)
            if not path.exists():
                known = ", ".join(self.ids()) or "none"
                raise StoreError(f"no report {report_id!r} in the store (known: {known}); "
                                 f"`python -m index build` parses it again")
            try:
                report = Report.from_dict(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, KeyError, TypeError, IndexError) as e:
                raise DamagedReport(report_id, path, f"cannot be read ({type(e).__name__}: {e})") from e
            if report.id != report_id:
                raise DamagedReport(report_id, path, f"holds report {report.id!r}")
            problems = verify(report)
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise DamagedReport(report_id, path, f"disagrees with its own text: {problems[0]}{more}")
            self._cache[report_id] = report
        return self._cache[report_id]

    def ids(self) -> list[str]:
        return sorted(entry["id"] for entry in self.manifest().get("files", {}).values())

    def problems(self) -> list[str]:
        """Why this store cannot be served as it is ([] when every listed report reads and agrees
        with its text): missing, another parser version, an unreadable or damaged file."""
        try:
            if not self.exists():
                return [f"no store at {self.root}"]
            self.check_version()
        except StoreError as e:
            return [str(e)]
        out = []
        for rid in self.ids():
            try:
                self.get(rid)
            except StoreError as e:
                out.append(str(e))
        return out

    def reports(self) -> list[Report]:
        """Every stored report, ordered by id. Refuses a store built by another parser."""
        self.check_version()
        return [self.get(i) for i in self.ids()]

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports())
