"""Vectors in a flat file under the data dir, searched exactly: the default on one machine.

Chroma's HNSW insert is the cost of embedding at scale on a few cores (~750 vectors/s at 412k
vectors on 2 cores, whatever the batch), and every search here is filtered to a few reports or a
year anyway. So one machine keeps its vectors as float32 rows appended to ``vectors.f32``, and a
small SQLite *ledger* holds, per report, its text hash, its state ("started" / "done") and the
rows its passages occupy. A search scores the rows of the reports in scope (all of them, unfiltered)
with one matrix product per chunk: exact, and memory-mapped, so nothing is loaded at start.

Writes are appended first and committed second, under a file lock: the ledger's row count only
grows in the transaction that names the new rows, so rows a crash left behind are never read and
are overwritten by the next append. A removed report's rows stay in the file, unreferenced (they
are few: a report is removed only when its text changes or it leaves the corpus).

A shared Chroma server (``RAG_CHROMA_URL``) keeps using :class:`index.vectors.VectorIndex`.
"""

from __future__ import annotations

import fcntl
import json
import os
import sqlite3
import threading
from bisect import bisect_right
from collections.abc import Sequence
from contextlib import contextmanager
from pathlib import Path

from index.model import Passage
from index.parse import PARSER_VERSION
from index.passages import PASSAGE_VERSION
import index.vectors as V
from index.vectors import IndexMismatch, ReportVectors, collection_name

CHUNK = 32_768  # rows scored per matrix product: bounded memory whatever the scope
FOLDER = "vectors"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY, sha TEXT NOT NULL, state TEXT NOT NULL,
    start INTEGER, n INTEGER, ids TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS rows (one INTEGER PRIMARY KEY CHECK (one = 1), n INTEGER NOT NULL);
INSERT OR IGNORE INTO rows VALUES (1, 0);
"""


def flat_dir(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


class FlatVectors:
    """One model's passage vectors (one row each, unit length) and its ledger of reports."""

    def __init__(self, embedder, data_dir: Path, create: bool = False):
        import numpy as np

        self.embedder = embedder
        self.name = collection_name(embedder.name)
        self.folder = flat_dir(data_dir) / self.name
        self.dim = int(embedder.dim)
        meta_path = self.folder / "meta.json"
        if not meta_path.exists():
            if not create:
                built = sorted(p.parent.name for p in flat_dir(data_dir).glob("*/meta.json"))
                models = ", ".join(json.loads((flat_dir(data_dir) / b / "meta.json").read_text())["describe"]
                                   for b in built) or "none"
                raise IndexMismatch(
                    f"no vector index for embedding model {embedder.name!r} with parser {PARSER_VERSION} and "
                    f"passages {PASSAGE_VERSION}; the index holds: {models}. Run `python -m index build` to build "
                    f"it (or set RAG_EMBED_MODEL to the model it was built with).")
            self.folder.mkdir(parents=True, exist_ok=True)
            from index.lexical import write_json

            write_json(meta_path, {"embed_model": embedder.name, "embed_dim": self.dim,
                                   "parser_version": PARSER_VERSION, "passage_version": PASSAGE_VERSION,
                                   "describe": f"{embedder.name} (parser {PARSER_VERSION}, passages "
                                               f"{PASSAGE_VERSION})"})
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("embed_model") != embedder.name or meta.get("embed_dim") != self.dim:
            raise IndexMismatch(f"the vectors in {self.folder} were made by {meta.get('embed_model')!r} "
                                f"({meta.get('embed_dim')} dimensions), not {embedder.name!r} ({self.dim})")
        self.writes = create
        self.path = self.folder / "vectors.f32"
        self._np = np
        self._lock = threading.Lock()  # one connection, used by the request threads and an embedding thread
        self._db = self._connect()
        self._matrix = None
        self._version = -1
        self._spans: dict[str, tuple[int, int]] = {}  # report → (first row, rows), of finished reports

    def _connect(self) -> sqlite3.Connection:
        path = self.folder / "ledger.sqlite3"
        self._empty = False
        if self.writes:
            db = sqlite3.connect(path, timeout=60, check_same_thread=False, isolation_level=None)
            db.executescript(_SCHEMA)
            return db
        self._empty = not path.exists()
        if self._empty:  # made by the first write; until then nothing is in (see _refresh)
            db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            db.executescript(_SCHEMA)
            return db
        # serving never writes, and works where the data dir cannot be written
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=60, check_same_thread=False,
                               isolation_level=None)

    # ---- the ledger ------------------------------------------------------------------------------
    def entries(self) -> dict[str, tuple[str, str]]:
        """Report id → (text hash, "done" | "started")."""
        with self._lock:
            return {rid: (sha, state) for rid, sha, state in self._db.execute("SELECT id, sha, state FROM reports")}

    def done(self, entries: dict[str, tuple[str, str]] | None = None) -> dict[str, str]:
        """Report id → the text hash its vectors were written for, for every report whose vectors are all in."""
        entries = self.entries() if entries is None else entries
        return {rid: sha for rid, (sha, state) in entries.items() if state == "done"}

    def mark(self, shas: dict[str, str], state: str) -> None:
        """Record reports as "started" or "done" (their rows, if any, kept)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany("INSERT INTO reports (id, sha, state) VALUES (?, ?, ?) ON CONFLICT (id) "
                                 "DO UPDATE SET sha = excluded.sha, state = excluded.state",
                                 [(rid, sha, state) for rid, sha in sorted(shas.items())])
            self._db.execute("COMMIT")
            self._version = -1  # our own commits do not move data_version

    def delete_report(self, report_id: str) -> None:
        """Forget a report (its rows stay in the file, never read again)."""
        with self._lock:
            self._db.execute("DELETE FROM reports WHERE id = ?", (report_id,))
            self._version = -1

    def scan(self) -> dict[str, ReportVectors]:
        """Report id → the ids, hash and passage count its rows were written for."""
        with self._lock:
            got = self._db.execute("SELECT id, sha, n, ids FROM reports WHERE start IS NOT NULL").fetchall()
        return {rid: ReportVectors(set(json.loads(ids)), {sha}, {n}) for rid, sha, n, ids in got}

    def count(self) -> int:
        """Vectors of the reports the ledger knows (rows of removed reports not counted)."""
        with self._lock:
            return int(self._db.execute("SELECT coalesce(sum(n), 0) FROM reports WHERE start IS NOT NULL")
                       .fetchone()[0])

    # ---- writing ---------------------------------------------------------------------------------
    @contextmanager
    def _exclusive(self):
        # several embedding processes may share one data dir: appends and their commits take turns
        with open(self.folder / "lock", "a") as f:
            fcntl.flock(f, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(f, fcntl.LOCK_UN)

    def add(self, passages: Sequence[Passage], vectors: Sequence[Sequence[float]],
            report_sha: dict[str, str], n: dict[str, int]) -> None:
        """Append already-embedded passages (each report's passages together, in order), then name
        their rows in the ledger in one transaction. Reports keep the state :meth:`mark` gave them."""
        np = self._np
        if not passages:
            return
        matrix = np.asarray(vectors, dtype=np.float32).reshape(len(passages), self.dim)
        groups: list[tuple[str, list[str]]] = []  # (report, its passage ids), in row order
        for i, p in enumerate(passages):
            if i == 0 or p.report != passages[i - 1].report:
                groups.append((p.report, []))
            groups[-1][1].append(p.id)
        for rid, ids in groups:
            if len(ids) != n[rid]:
                raise ValueError(f"{rid}: {len(ids)} passages given together, {n[rid]} expected")
        self._write(matrix, groups, report_sha)

    def _write(self, matrix, groups: list[tuple[str, list[str]]], report_sha: dict[str, str]) -> None:
        norms = self._np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix = matrix / self._np.where(norms == 0, 1, norms)  # cosine: unit rows, a dot product per search
        with self._exclusive():
            with self._lock:
                first = int(self._db.execute("SELECT n FROM rows").fetchone()[0])
            with open(self.path, "ab") as f:
                f.truncate(first * 4 * self.dim)  # what a crash left after the last commit
                for i in range(0, len(matrix), V.INSERT_BATCH):
                    self._append(f, matrix[i : i + V.INSERT_BATCH])
                f.flush()
                os.fsync(f.fileno())  # the rows are on disk before the ledger names them
            rows, at = [], first
            for rid, ids in groups:
                rows.append((rid, report_sha[rid], at, len(ids), json.dumps(ids, ensure_ascii=False)))
                at += len(ids)
            self._commit(rows, at)

    def _append(self, f, rows) -> None:
        f.write(rows.tobytes())

    def _commit(self, rows: list[tuple], total: int) -> None:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            self._db.executemany(
                "INSERT INTO reports (id, sha, state, start, n, ids) VALUES (?, ?, 'started', ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET sha = excluded.sha, start = excluded.start, n = excluded.n, "
                "ids = excluded.ids", rows)
            self._db.execute("UPDATE rows SET n = ?", (total,))
            self._db.execute("COMMIT")
            self._version = -1

    # ---- searching -------------------------------------------------------------------------------
    def _refresh(self) -> None:
        """Read the finished reports' rows again when the ledger changed (another process or thread wrote)."""
        if self._empty and (self.folder / "ledger.sqlite3").exists():
            self._db = self._connect()  # a ledger made since this reader opened
            self._version = -1
        version = self._db.execute("PRAGMA data_version").fetchone()[0]  # moves with others' commits
        if version == self._version:
            return
        self._spans = {rid: (start, n) for rid, start, n in self._db.execute(
            "SELECT id, start, n FROM reports WHERE state = 'done' AND start IS NOT NULL")}
        self._version = version

    def _rows(self, needed: int):
        np = self._np
        if self._matrix is None or len(self._matrix) < needed:
            size = self.path.stat().st_size // (4 * self.dim) if self.path.exists() else 0
            self._matrix = np.memmap(self.path, dtype=np.float32, mode="r", shape=(size, self.dim)) if size else None
        return self._matrix

    def warm_up(self, some: Sequence[str] = ()) -> None:
        """Read the ledger and map the file (the rows themselves are paged in by the searches)."""
        with self._lock:
            self._refresh()
            if self._spans:
                self._rows(max(a + n for a, n in self._spans.values()))

    def query(self, vector: list[float], k: int, reports: Sequence[str] | None = None,
              ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) best first, within ``reports`` when given (``ids`` is for
        Chroma's sake: here a report's rows are found from the report)."""
        np = self._np
        if k <= 0 or (reports is not None and not reports):
            return []
        with self._lock:
            self._refresh()
            spans = sorted((*self._spans[r], r) for r in (self._spans if reports is None else set(reports))
                           if r in self._spans)
            if not spans:
                return []
            matrix = self._rows(max(a + n for a, n, _r in spans))
            q = np.asarray(vector, dtype=np.float32)
            q = q / (np.linalg.norm(q) or 1.0)
            blocks: list[tuple[int, int]] = []  # neighbouring reports' rows read as one
            for a, n, _r in spans:
                if blocks and blocks[-1][1] == a:
                    blocks[-1] = (blocks[-1][0], a + n)
                else:
                    blocks.append((a, a + n))
            rows_, scores = [], []
            for a, b in blocks:
                for lo in range(a, b, CHUNK):
                    s = matrix[lo : min(b, lo + CHUNK)] @ q
                    top = np.argpartition(-s, k - 1)[:k] if len(s) > k else np.arange(len(s))
                    rows_.append(top + lo)
                    scores.append(s[top])
            rows = np.concatenate(rows_)
            sims = np.concatenate(scores)
            order = np.lexsort((rows, -sims))[:k]  # best first; ties by row, so results are stable
            starts = [a for a, _n, _r in spans]
            owners = [spans[bisect_right(starts, int(rows[i])) - 1] for i in order]
            idlists = {rid: json.loads(got) for rid, got in self._db.execute(
                f"SELECT id, ids FROM reports WHERE id IN ({','.join('?' * len(owners))})", [o[2] for o in owners])}
        return [(idlists[rid][int(rows[i]) - start], float(sims[i])) for (start, _n, rid), i in zip(owners, order)]


def adopt_chroma(flat: FlatVectors, data_dir: Path, say) -> int:
    """Copy the finished reports' vectors of the Chroma index that earlier versions kept in the
    data dir (same model, parser and passages) into ``flat``, a page at a time, so an upgrade
    does not embed the corpus again. Returns the vectors copied (0 when there is no such index)."""
    np = flat._np
    try:
        old = V.VectorIndex(flat.embedder, data_dir, V.EMBEDDED)
    except IndexMismatch:
        return 0
    done = old.done()
    if not done:
        return 0
    say(f"copying the vectors of {len(done)} reports from the Chroma index in {Path(data_dir) / 'chroma'}")
    pending: dict[str, dict[str, list[float]]] = {}
    copied = offset = 0
    while True:
        got = old.collection.get(include=["embeddings", "metadatas"], limit=V.PAGE, offset=offset)
        ready: list[str] = []
        for pid, vector, m in zip(got["ids"], got["embeddings"], got["metadatas"]):
            rid = m["report"]
            if done.get(rid) != m["report_sha"] or "n" not in m:
                continue  # unfinished, or written before counts were kept: embedded again
            pending.setdefault(rid, {})[pid] = vector
            if len(pending[rid]) == m["n"]:
                ready.append(rid)
        if ready:
            shas = {rid: done[rid] for rid in ready}
            groups = [(rid, list(pending[rid])) for rid in ready]
            flat.mark(shas, "started")
            flat._write(np.asarray([v for rid in ready for v in pending.pop(rid).values()], dtype=np.float32),
                        groups, shas)
            flat.mark(shas, "done")
            copied += sum(len(ids) for _rid, ids in groups)
        if len(got["ids"]) < V.PAGE:
            break
        offset += V.PAGE
    say(f"copied {copied} vectors; {Path(data_dir) / 'chroma'} is no longer read and may be removed")
    return copied
