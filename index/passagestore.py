"""The passages search returns, in one SQLite file beside the BM25 arrays (``index.lexical``):
row ``i`` is BM25 document ``i``, and each report's passages are one run of rows, so "the reports a
question allows" is a handful of ranges, not a set of a hundred thousand numbers.

Read lazily: opening it reads the per-report ranges (one row a report); a passage is read when a
search returns it (and kept while recently used). Written whole into a temporary file that then
replaces the old one, so a crash never leaves half of it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from pathlib import Path

from index.model import Passage

SCHEMA = """
CREATE TABLE passages (i INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, report TEXT NOT NULL,
    kind TEXT NOT NULL, tbl TEXT, row TEXT, body TEXT NOT NULL);
CREATE INDEX passages_row ON passages (tbl, row, report);
CREATE TABLE reports (report TEXT PRIMARY KEY, start INTEGER NOT NULL, stop INTEGER NOT NULL);
"""
SEEK_AT_MOST = 500  # reports whose rows are looked up by name; more are read in one pass and filtered
CACHE = 4096  # passages kept after a search read them: a question reads at most a few hundred


def _row(i: int, p: Passage) -> tuple:
    table, row = (p.heading_path[0], p.heading_path[1]) if p.kind == "table" and len(p.heading_path) >= 2 \
        else (None, None)
    return (i, p.id, p.report, p.kind, table, row, json.dumps(asdict(p), ensure_ascii=False))


def _passage(body: str) -> Passage:
    d = json.loads(body)
    return Passage(**{**d, "span": tuple(d["span"]), "heading_path": tuple(d["heading_path"]),
                      "cells": tuple(tuple(c) for c in d["cells"])})


class Writer:
    """Writes passages (grouped by report, in BM25 document order) to a temporary file that replaces
    ``path`` when the writer closes without an error."""

    def __init__(self, path: Path):
        self.path, self.n = Path(path), 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_suffix(".tmp")
        self.tmp.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.tmp, isolation_level=None)
        self.db.execute("PRAGMA journal_mode = OFF")  # a temporary file: a crash leaves only a .tmp to redo
        self.db.executescript(SCHEMA)
        self.db.execute("BEGIN")
        self.ranges: dict[str, list[int]] = {}
        self.batch: list[tuple] = []

    def add(self, p: Passage) -> None:
        r = self.ranges.setdefault(p.report, [self.n, self.n])
        if r[1] != self.n:
            raise ValueError(f"the passages of {p.report} are not together")
        self.batch.append(_row(self.n, p))
        self.n += 1
        r[1] = self.n
        if len(self.batch) >= 5000:
            self.db.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?,?)", self.batch)
            self.batch = []

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, kind, *_) -> None:
        try:
            if kind is None:
                self.db.executemany("INSERT INTO passages VALUES (?,?,?,?,?,?,?)", self.batch)
                self.db.executemany("INSERT INTO reports VALUES (?,?,?)",
                                    [(k, a, b) for k, (a, b) in self.ranges.items()])
                self.db.execute("COMMIT")
        finally:
            self.db.close()
        if kind is None:
            os.replace(self.tmp, self.path)


def write(path: Path, passages: Iterable[Passage]) -> int:
    """Write ``passages`` to ``path``; their number."""
    with Writer(path) as w:
        for p in passages:
            w.add(p)
    return w.n


class Passages:
    """The passages of one lexical index, read on demand (thread-safe)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        mode = "ro" if os.access(self.path.parent, os.W_OK) else "ro&immutable=1"
        self._db = sqlite3.connect(f"file:{self.path}?mode={mode}", uri=True, check_same_thread=False,
                                   isolation_level=None)
        self._lock = threading.Lock()
        self.ranges: dict[str, tuple[int, int]] = {r: (a, b) for r, a, b in self._sql("SELECT * FROM reports")}
        self.n = max((b for _, b in self.ranges.values()), default=0)
        self._cache: OrderedDict[int, Passage] = OrderedDict()

    def _sql(self, query: str, args: tuple | list = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(query, args).fetchall()

    def __len__(self) -> int:
        return self.n

    def get(self, i: int) -> Passage:
        p = self._cache.get(i)
        if p is None:
            (body,), = self._sql("SELECT body FROM passages WHERE i = ?", (i,))
            p = _passage(body)
        with self._lock:
            self._cache[i] = p
            self._cache.move_to_end(i)
            while len(self._cache) > CACHE:
                self._cache.popitem(last=False)
        return p

    def by_id(self, pid: str) -> Passage | None:
        at = self.positions([pid])
        return self.get(at[pid]) if at else None

    def positions(self, ids: list[str]) -> dict[str, int]:
        """Passage id → row, for the ids the index holds (an id it lacks is of a report dropped since)."""
        out: dict[str, int] = {}
        for k in range(0, len(ids), 500):
            chunk = ids[k : k + 500]
            out.update(self._sql(f"SELECT id, i FROM passages WHERE id IN ({','.join('?' * len(chunk))})", chunk))
        return out

    def ids_of(self, reports: list[str]) -> list[str]:
        """The passage ids of ``reports``, in document order."""
        out: list[str] = []
        for r in reports:
            a, b = self.ranges.get(r, (0, 0))
            if b > a:
                out += [pid for (pid,) in self._sql("SELECT id FROM passages WHERE i >= ? AND i < ? ORDER BY i", (a, b))]
        return out

    def of_report(self, report: str) -> list[Passage] | None:
        """A report's passages in order (None: the index holds no passages of it)."""
        a, b = self.ranges.get(report, (0, 0))
        if b <= a:
            return None
        return [_passage(body) for (body,) in self._sql("SELECT body FROM passages WHERE i >= ? AND i < ? ORDER BY i",
                                                         (a, b))]

    def of_row(self, table: str, row: str, reports: list[str] | None) -> list[int]:
        """The rows of the table passages of template row (``table``, ``row``), of ``reports`` (all when None)."""
        query = "SELECT report, i FROM passages WHERE tbl = ? AND row = ?"
        if reports is None:
            return [i for _, i in self._sql(query, (table, row))]
        if len(reports) <= SEEK_AT_MOST:  # a place's or a few reports': looked up, not every report's row read
            got = self._sql(f"{query} AND report IN ({','.join('?' * len(reports))})", (table, row, *reports))
        else:
            got = self._sql(query, (table, row))
        by_report = dict(got)
        return [by_report[r] for r in reports if r in by_report]

    def row_passage(self, report: str, table: str, row: str) -> Passage | None:
        got = self._sql("SELECT i FROM passages WHERE tbl = ? AND row = ? AND report = ?", (table, row, report))
        return self.get(got[0][0]) if got else None

    def __iter__(self) -> Iterator[Passage]:
        """Every passage, in document order (for tests and exports: it reads the whole file)."""
        for k in range(0, self.n, 5000):
            for (body,) in self._sql("SELECT body FROM passages WHERE i >= ? AND i < ? ORDER BY i", (k, k + 5000)):
                yield _passage(body)
