"""The structured store on disk: one SQLite file, ``$RAG_DATA_DIR/store/store.sqlite3``.

A person can open it with ``sqlite3`` or Datasette and get the figures the bot gives; the schema
(:data:`SCHEMA`, documented in the README) keeps each parsed report whole as JSON (``reports.body``:
original text, sections, table values, text facts, findings) and, beside it, one row per table
value, text fact and finding, indexed by place, year, body and kind, for questions over the corpus
and for spreadsheets (``python -m index facts --csv``).

Each report's rows are written in one transaction, with the corpus file they came from and its hash:
a crash mid-build loses at most the report being written, and the next build keeps every report
already in. Each report records the parser version that read it; reading a store holding another
version fails with a message saying how to rebuild, instead of serving stale values.

Read lazily: :meth:`Store.reports` lists every report from its header (``reports.head``), each
read whole on first use (:class:`~index.stored.StoredReport`); questions over many reports read
the rows they need (:meth:`Store.cells`, :meth:`Store.text_facts`), not the reports.

The store is a cache of the reports, never the authority: every report is checked against its
own text when it is read (:func:`index.verify.verify`), and one that cannot be read or disagrees
with its text is refused with :class:`DamagedReport`; ``python -m index build`` then parses it
again from its source. Reading never writes, so a read-only data dir can be served.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.model import Finding, Report, TableValue, TextFact
from index.verify import verify
from index.stored import StoredReport, head_of
from index.parse import PARSER_VERSION


class StoreError(RuntimeError):
    """The store is missing, unreadable or was built by another parser version."""


class DamagedReport(StoreError):
    """One stored report cannot be read, or disagrees with its own text."""

    def __init__(self, report_id: str, path: Path, reason: str):
        self.report_id, self.path, self.reason = report_id, path, reason
        super().__init__(f"stored report {report_id} ({path}) {reason}; the store is a cache of the reports: "
                         f"`python -m index build` parses it again from its source")


def _current_layout(columns: list[tuple]) -> bool:
    names = [c[1] for c in columns]
    return "head" in names and names.index("head") < names.index("body")


def _number(value: Any, raw: str | None) -> float | int | None:
    # NUMERIC keeps 3.0 as 3: a figure printed with a decimal point is read back as the float it was
    return float(value) if isinstance(value, int) and raw and "." in raw else value


SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- one row per parsed report; body: the whole Report as JSON (what the answerer reads)
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY, source TEXT NOT NULL UNIQUE, file_sha256 TEXT NOT NULL, sha256 TEXT NOT NULL,
    parser_version TEXT NOT NULL, title TEXT, agency TEXT, agency_kind TEXT, county TEXT, city TEXT,
    province TEXT, adcode TEXT, year INTEGER, template TEXT, sections INTEGER NOT NULL, head TEXT NOT NULL,
    body TEXT NOT NULL);  -- head: the header fields as JSON, what start-up reads (before the body, which
                          -- SQLite would otherwise walk through to reach it)
CREATE INDEX IF NOT EXISTS reports_place ON reports (province, city, county);
CREATE INDEX IF NOT EXISTS reports_year ON reports (year);
CREATE INDEX IF NOT EXISTS reports_agency ON reports (agency);
-- every template table cell read (status ok) or not (blank, missing, unreadable); n: its order in the
-- report. Kept in (table, row) order: one row of every report is one run of the file, read in one pass
CREATE TABLE IF NOT EXISTS table_values (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE, tbl TEXT NOT NULL, row TEXT NOT NULL,
    col TEXT NOT NULL, value NUMERIC, unit TEXT, status TEXT NOT NULL, raw TEXT, span_start INTEGER, span_end INTEGER,
    n INTEGER NOT NULL, PRIMARY KEY (tbl, row, report_id, n)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS table_values_report ON table_values (report_id);
-- figures and contact details stated in prose; value_text for contact details, value for numbers;
-- kept in kind order, as table_values in row order
CREATE TABLE IF NOT EXISTS text_facts (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE, kind TEXT NOT NULL, value NUMERIC,
    value_text TEXT, unit TEXT, raw TEXT, span_start INTEGER, span_end INTEGER, n INTEGER NOT NULL,
    PRIMARY KEY (kind, report_id, n)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS text_facts_report ON text_facts (report_id);
-- what the parser warns about: arithmetic, prose_table, unreadable, missing, load
CREATE TABLE IF NOT EXISTS findings (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE, kind TEXT NOT NULL, message TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS findings_report ON findings (report_id);
CREATE INDEX IF NOT EXISTS findings_kind ON findings (kind, report_id);
"""
FILE = "store.sqlite3"
BODIES = 64  # reports kept whole after they were read: an answer reads a few, a build one at a time
# Up to this many reports, start-up checks every stored report against its text (~3 ms each);
# a larger store is checked by `python -m index build`, and each report again when first read.
CHECK_AT_START = 1_000
SEEK_AT_MOST = 3_000  # reports a corpus-wide read looks up by id; more are read in one pass


class Store:
    def __init__(self, data_dir: Path | str):
        self.root = Path(data_dir) / "store"
        self.path = self.root / FILE
        self._cache: OrderedDict[str, Report] = OrderedDict()  # recently read reports, whole
        self._db: sqlite3.Connection | None = None
        self._writes = False  # whether self._db may write
        self._lock = threading.Lock()  # one connection, shared by the app's threads

    # ---- the database ---------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        """A read-only connection (never creates, never writes), unless a write already opened one."""
        if self._db is None:
            # immutable where the folder cannot be written: SQLite would otherwise want a journal beside it
            mode = "ro" if os.access(self.root, os.W_OK) else "ro&immutable=1"
            self._db = sqlite3.connect(f"file:{self.path}?mode={mode}", uri=True, check_same_thread=False,
                                       isolation_level=None)
            # questions over the corpus read the same rows again and again: keep them at hand
            self._db.execute("PRAGMA cache_size = -65536")
        return self._db

    def sql(self, query: str, args: tuple = ()) -> list[tuple]:
        """Rows of a read-only SQL query over the store (its schema: SCHEMA)."""
        if not self.path.exists():
            return []
        try:
            with self._lock:
                return self._conn().execute(query, args).fetchall()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot read {self.path} ({type(e).__name__}: {e}); "
                             f"`python -m index build` parses the corpus again and rewrites it") from e

    def _writer(self) -> sqlite3.Connection:
        """The connection for writing, made (and the schema with it) on first use. A file that is not
        a database is removed first: the store is a cache, and the build is parsing the corpus again."""
        if self._writes:
            return self._db
        if self._db is not None:
            self._db.close()
        self.root.mkdir(parents=True, exist_ok=True)
        for attempt in (1, 2):
            db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            try:
                db.execute("PRAGMA foreign_keys = ON")
                # WAL: a commit is an append, not a synced rewrite (parse + store of 1,000 reports took
                # 50 s with the default journal, 21 s as JSON files); still all or nothing per report
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
                db.execute("PRAGMA cache_size = -65536")  # 64 MiB: rows go into (table, row) order, not appended
                db.executescript(SCHEMA)
                if not _current_layout(db.execute("PRAGMA table_info(reports)").fetchall()) or \
                        "n" not in {c[1] for c in db.execute("PRAGMA table_info(table_values)")}:
                    raise sqlite3.DatabaseError("a store of an earlier layout")  # remade below
                break
            except sqlite3.DatabaseError:
                db.close()
                if attempt == 2:
                    raise
                for f in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
                    f.unlink(missing_ok=True)
        self._db, self._writes = db, True
        return db

    # ---- manifest -------------------------------------------------------------------------
    def manifest(self) -> dict[str, Any]:
        """{"parser_version", "files": {source: {"id", "file_sha256", "parser_version"}}, "skipped": [...]}:
        which corpus file each stored report came from (its hash), and what the last build left out."""
        self._check_layout()
        files = {src: {"id": rid, "file_sha256": fsha, "parser_version": pv} for rid, src, fsha, pv in
                 self.sql("SELECT id, source, file_sha256, parser_version FROM reports ORDER BY id")}
        return {"parser_version": self._version({e["parser_version"] for e in files.values()}), "files": files,
                "skipped": self.skipped()}

    @staticmethod
    def _version(versions: set[str]) -> str:
        # the store's version is this code's only when every report was read by it
        return min(versions - {PARSER_VERSION}, default=PARSER_VERSION)

    def save_skipped(self, skipped: list[dict[str, str]]) -> None:
        """Record what the last build left out (the reports themselves are recorded as they are
        stored), at the end of a build."""
        db = self._writer()
        with self._lock:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('skipped', ?)", (json.dumps(skipped, ensure_ascii=False),))
            # the build is over: everything into the one file, so it can be copied or served read-only alone
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def complete_heads(self, listed: list[Report] | None = None) -> int:
        """Write the counts into the headers of reports stored before headers carried them (so that
        listing the corpus reads no body); the number of headers written. ``listed``: the store's
        reports when the caller has listed them already (their headers say which lack counts)."""
        listed = self.reports() if listed is None else listed
        stale = [r.id for r in listed if getattr(r, "head_counts", None) is None]
        if not stale:
            return 0
        db = self._writer()
        for i in range(0, len(stale), 500):
            heads = [(json.dumps(head_of(self.get(rid)), ensure_ascii=False), rid) for rid in stale[i : i + 500]]
            with self._lock:
                db.executemany("UPDATE reports SET head = ? WHERE id = ?", heads)
        return len(stale)

    def exists(self) -> bool:
        return self.path.exists() and bool(self.sql("SELECT 1 FROM reports LIMIT 1"))

    def _check_layout(self) -> None:
        # a store written before the header column and the ordered rows: parsed again, not migrated
        # (the parser's version is unchanged, so its reports' vectors are kept)
        if self.path.exists() and not _current_layout(self.sql("PRAGMA table_info(reports)")):
            raise StoreError(f"the store at {self.root} was written in an earlier layout; "
                             f"`python -m index build` writes it again")

    def check_version(self) -> None:
        self._check_layout()
        built = self._version({v for (v,) in self.sql("SELECT DISTINCT parser_version FROM reports")})
        if built != PARSER_VERSION:
            raise StoreError(
                f"the store at {self.root} was built by parser version {built}, this code is version "
                f"{PARSER_VERSION}; run `python -m index build` to rebuild it"
            )

    def skipped(self) -> list[dict[str, str]]:
        """Corpus files the last build left out, each with its reason (empty, unreadable, too large …)."""
        rows = self.sql("SELECT value FROM meta WHERE key = 'skipped'")
        return json.loads(rows[0][0]) if rows else []

    # ---- reports --------------------------------------------------------------------------
    def put(self, report: Report, file_sha256: str = "") -> None:
        """Store ``report`` (parsed from a corpus file with hash ``file_sha256``) with all its rows, in
        one transaction: a crash leaves the report wholly in or wholly out."""
        a, p = report.agency, report.place
        db = self._writer()
        with self._lock:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM reports WHERE id = ? OR source = ?", (report.id, report.source))
                db.execute("INSERT INTO reports VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
                    report.id, report.source, file_sha256, report.sha256, report.parser_version, report.title,
                    a.name if a else None, a.kind if a else None, p.county if p else None, p.city if p else None,
                    p.province if p else None, p.adcode if p else None, report.year, report.template,
                    len(report.sections), json.dumps(head_of(report), ensure_ascii=False),
                    json.dumps(report.to_dict(), ensure_ascii=False)))
                db.executemany("INSERT INTO table_values VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
                    (report.id, v.table, v.row, v.column, v.value, v.unit, v.status, v.raw,
                     *(v.span if v.span else (None, None)), n) for n, v in enumerate(report.tables)])
                db.executemany("INSERT INTO text_facts VALUES (?,?,?,?,?,?,?,?,?)", [
                    (report.id, f.kind, f.value if isinstance(f.value, (int, float)) else None,
                     f.value if isinstance(f.value, str) else None, f.unit, f.raw,
                     *(f.spans[0] if f.spans else (None, None)), n) for n, f in enumerate(report.facts)])
                db.executemany("INSERT INTO findings VALUES (?,?,?)",
                               [(report.id, f.kind, f.message) for f in report.findings])
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
        self._keep(report)

    def _keep(self, report: Report) -> None:
        with self._lock:
            self._cache[report.id] = report
            self._cache.move_to_end(report.id)
            while len(self._cache) > BODIES:
                self._cache.popitem(last=False)

    def forget_read(self) -> None:
        """Drop the reports kept whole, as if none had been read (the scale benchmark times each
        question shape from the same state, however many reports an earlier shape read)."""
        with self._lock:
            self._cache.clear()

    def delete(self, report_id: str) -> None:
        db = self._writer()
        with self._lock:
            db.execute("DELETE FROM reports WHERE id = ?", (report_id,))  # its rows go with it (cascade)
        self._cache.pop(report_id, None)

    def get(self, report_id: str) -> Report:
        """The stored report, checked against its own text; :class:`DamagedReport` when it cannot be
        read or disagrees with the text, :class:`StoreError` when it is not stored."""
        got = self._cache.get(report_id)
        if got is None:
            rows = self.sql("SELECT body FROM reports WHERE id = ?", (report_id,))
            if not rows:
                known = ", ".join(self.ids()[:20]) or "none"
                raise StoreError(f"no report {report_id!r} in the store (known: {known}); "
                                 f"`python -m index build` parses it again")
            try:
                report = Report.from_dict(json.loads(rows[0][0]))
            except (ValueError, KeyError, TypeError, IndexError) as e:
                raise DamagedReport(report_id, self.path, f"cannot be read ({type(e).__name__}: {e})") from e
            if report.id != report_id:
                raise DamagedReport(report_id, self.path, f"holds report {report.id!r}")
            problems = verify(report)
            if problems:
                more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
                raise DamagedReport(report_id, self.path, f"disagrees with its own text: {problems[0]}{more}")
            got = report
        self._keep(got)
        return got

    # ---- rows over many reports (questions over the corpus read these, not the reports) ----------
    def cells(self, table: str, rows: list[str], ids: set[str] | None = None,
              column: str | None = None) -> dict[str, list[TableValue]]:
        """The cells of template ``rows`` of ``table`` (of ``column`` only, when given), per report in
        the report's own order, of the reports ``ids`` (all when None)."""
        got: dict[str, list[TableValue]] = {}
        marks = ",".join("?" * len(rows))
        for rid, row, col, value, unit, status, raw, a, b in self._of_reports(
                f"SELECT report_id, row, col, value, unit, status, raw, span_start, span_end FROM table_values "
                f"WHERE tbl = ? AND row IN ({marks}){' AND col = ?' if column else ''}",
                (table, *rows, *([column] if column else [])), ids):
            if ids is None or rid in ids:
                got.setdefault(rid, []).append(TableValue(rid, table, row, col, _number(value, raw), unit,
                                                          None if a is None else (a, b), status, raw))
        return got

    def _of_reports(self, query: str, args: tuple, ids: set[str] | None, order: str = "n") -> list[tuple]:
        """``query``'s rows ordered by report and ``order``, for the reports ``ids`` (all when None): a
        few reports are looked up by id, most of the corpus read in one pass and filtered by the caller."""
        if ids is None or len(ids) > SEEK_AT_MOST:
            return self.sql(f"{query} ORDER BY report_id, {order}", args)
        out: list[tuple] = []
        wanted = sorted(ids)
        for k in range(0, len(wanted), 5000):  # SQLite takes at most 32,766 parameters
            part = wanted[k : k + 5000]
            out += self.sql(f"{query} AND report_id IN ({','.join('?' * len(part))}) ORDER BY report_id, {order}",
                            (*args, *part))
        return out

    def text_facts(self, kinds: list[str], ids: set[str] | None = None) -> dict[str, list[TextFact]]:
        """The text facts of ``kinds``, per report in the report's own order (each with its first span)."""
        got: dict[str, list[TextFact]] = {}
        marks = ",".join("?" * len(kinds))
        for rid, kind, value, text, unit, raw, a, b in self._of_reports(
                f"SELECT report_id, kind, value, value_text, unit, raw, span_start, span_end FROM text_facts "
                f"WHERE kind IN ({marks})", tuple(kinds), ids):
            if ids is None or rid in ids:
                got.setdefault(rid, []).append(TextFact(rid, kind, text if value is None else _number(value, raw),
                                                        unit, () if a is None else ((a, b),), raw))
        return got

    def findings_of(self, kinds: list[str], ids: set[str] | None = None) -> dict[str, list[Finding]]:
        """The findings of ``kinds``, per report in the report's own order (their messages; no spans)."""
        got: dict[str, list[Finding]] = {}
        marks = ",".join("?" * len(kinds))
        for rid, kind, message in self._of_reports(f"SELECT report_id, kind, message FROM findings "
                                                   f"WHERE kind IN ({marks})", tuple(kinds), ids, order="rowid"):
            if ids is None or rid in ids:
                got.setdefault(rid, []).append(Finding(rid, kind, message))
        return got

    def ids(self) -> list[str]:
        return [rid for (rid,) in self.sql("SELECT id FROM reports ORDER BY id")]

    def counts(self) -> dict[str, int]:
        """How much the store holds, counted in SQL (no report is read)."""
        (n, sections), = self.sql("SELECT count(*), coalesce(sum(sections), 0) FROM reports") or [(0, 0)]
        (values,), = self.sql("SELECT count(*) FROM table_values") or [(0,)]
        return {"reports": n, "sections": sections, "table_values": values}

    def findings(self) -> list[dict[str, str]]:
        """Every report's warnings, in report order (no report is read)."""
        return [{"report": r, "kind": k, "message": m}
                for r, k, m in self.sql("SELECT report_id, kind, message FROM findings ORDER BY report_id, rowid")]

    def problems(self, every: bool | None = None) -> list[str]:
        """Why this store cannot be served as it is ([] when it can): missing, another parser
        version, an unreadable or damaged report. Each report is read and checked against its text
        when ``every`` is true, or (None) when the store holds at most :data:`CHECK_AT_START`."""
        try:
            if not self.exists():
                return [f"no store at {self.root}"]
            self.check_version()
        except StoreError as e:
            return [str(e)]
        ids = self.ids()
        if not (every or (every is None and len(ids) <= CHECK_AT_START)):
            return []
        out = []
        for rid in ids:
            try:
                self.get(rid)
            except StoreError as e:
                out.append(str(e))
        return out

    def reports(self) -> list[Report]:
        """Every stored report, ordered by id, each read whole when first used (a
        :class:`~index.stored.StoredReport`). Refuses a store built by another parser."""
        self.check_version()
        return [StoredReport(json.loads(h), self.get) for (h,) in self.sql("SELECT head FROM reports ORDER BY id")]

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports())
