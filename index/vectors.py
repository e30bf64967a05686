"""The Chroma vector index: a shared server (``RAG_CHROMA_URL`` → ``HttpClient``) or, when asked
(``RAG_CHROMA_URL=embedded``), a ``PersistentClient`` under $RAG_DATA_DIR, the same code either way.
One machine's default is :mod:`index.flatvectors` (:func:`open_vectors` picks).

The collection's name carries a hash of everything that shapes its vectors (embedding model,
passage version, parser version), and its metadata names them. Opening an index built by
another model stops with a message instead of returning nonsense.

Beside the vectors, a small *ledger* collection holds one entry per report (its text hash, and
"started" before its first vector is written, "done" after its last). Which reports are embedded is
read from the ledger — a few thousand entries, paged — never from the vectors, so start-up does not
grow with the passages, and a report a crash cut short is still "started": the next run deletes its
vectors and embeds it again. Vectors carry only what
filtering needs (report, its hash and passage count); the passages themselves live in the lexical
index. An index written before the ledger is scanned once, page by page, to write it.

A data dir that cannot be written is served from a private temporary copy of its Chroma folder:
embedded Chroma cannot open its database read-only, and nothing is ever written to the original.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlparse

from index.model import Passage
from index.parse import PARSER_VERSION
from index.passages import PASSAGE_VERSION

PREFIX = "passages-"


class IndexMismatch(RuntimeError):
    """The vector index was built by another embedding model, parser or passage version."""


def collection_name(model: str) -> str:
    key = f"{model}|passages:{PASSAGE_VERSION}|parser:{PARSER_VERSION}"
    return PREFIX + hashlib.sha256(key.encode()).hexdigest()[:16]


PAGE = 5_000  # vectors read per Chroma call when scanning a collection
EXACT = 1_000  # scopes of at most this many passages are scored exactly (see VectorIndex.query)
INSERT_BATCH = 5_000  # vectors written per Chroma call: per-call overhead dominates small batches
# HNSW build settings, measured with 40k random 384-d vectors in batches of 5,000 on 2 cores: the
# defaults insert ~620 vectors/s, ef_construction 50 ~1,000/s (32 with 12 neighbours ~1,380/s, at a
# cost in recall not measured here). A larger brute-force buffer (batch_size, sync_threshold) only
# moves the work to the next open: 40k vectors left unpersisted took 32 s to reopen.
HNSW_BUILD = {"ef_construction": 50}
_COPIES: dict[Path, Path] = {}  # read-only Chroma folder → its private writable copy (one per process)


def writable(path: Path) -> bool:
    """Whether ``path`` (or, if it does not exist yet, the folder it would be made in) can be written."""
    path = Path(path)
    while not path.exists() and path != path.parent:
        path = path.parent
    return os.access(path, os.W_OK)


def read_only_copy(path: Path) -> Path:
    """A private writable copy of the Chroma folder ``path``, made once per process and removed at exit."""
    path = Path(path).resolve()
    if path not in _COPIES:
        tmp = Path(tempfile.mkdtemp(prefix="rag-chroma-"))
        atexit.register(shutil.rmtree, tmp, ignore_errors=True)
        shutil.copytree(path, tmp / "chroma", dirs_exist_ok=True)
        for p in (tmp / "chroma").rglob("*"):  # the copy must be writable even where the original was not
            p.chmod(p.stat().st_mode | 0o200)
        (tmp / "chroma").chmod(0o700)
        _COPIES[path] = tmp / "chroma"
    return _COPIES[path]


def chroma_path(data_dir: Path) -> Path:
    """Where embedded Chroma is opened: the data dir's own folder, or a private copy when it is read-only."""
    path = Path(data_dir) / "chroma"
    if path.is_dir() and not (writable(path) and writable(path / "chroma.sqlite3")):
        return read_only_copy(path)
    return path


class VectorStore(Protocol):
    """What the embedding stage and search need of a vector index (Chroma's or the flat files)."""

    name: str
    writes: bool

    def entries(self) -> dict[str, tuple[str, str]]: ...
    def done(self, entries: dict[str, tuple[str, str]] | None = None) -> dict[str, str]: ...
    def mark(self, shas: dict[str, str], state: str) -> None: ...
    def delete_report(self, report_id: str) -> None: ...
    def scan(self) -> dict[str, ReportVectors]: ...
    def add(self, passages: Sequence[Passage], vectors: Sequence[Sequence[float]],
            report_sha: dict[str, str], n: dict[str, int]) -> None: ...
    def count(self) -> int: ...
    def warm_up(self, some: Sequence[str] = ()) -> None: ...
    def query(self, vector: list[float], k: int, reports: Sequence[str] | None = None,
              ids: Sequence[str] | None = None) -> list[tuple[str, float]]: ...


EMBEDDED = "embedded"  # RAG_CHROMA_URL's value for Chroma inside the data dir


def open_vectors(embedder, data_dir: Path, chroma_url: str = "", create: bool = False) -> VectorStore:
    """The vector index ``chroma_url`` names: a Chroma server (a URL), Chroma in the data dir
    (:data:`EMBEDDED`), or by default flat files in the data dir (:mod:`index.flatvectors`)."""
    if chroma_url:
        return VectorIndex(embedder, data_dir, chroma_url, create)
    from index.flatvectors import FlatVectors

    return FlatVectors(embedder, data_dir, create)


def client(data_dir: Path, chroma_url: str = ""):
    import chromadb

    settings = chromadb.Settings(anonymized_telemetry=False)
    if chroma_url and chroma_url != EMBEDDED:
        u = urlparse(chroma_url)
        return chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or 8000,
                                   ssl=u.scheme == "https", settings=settings)
    path = chroma_path(data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def _meta(p: Passage, report_sha: str, n: int) -> dict[str, Any]:
    # what filtering needs; the passage itself is in the lexical index (documents here only cost inserts)
    return {"report": p.report, "report_sha": report_sha, "n": n}


@dataclass
class ReportVectors:
    """What the collection holds of one report: its vectors' ids, the report hashes they carry and
    the passage counts they were written for (empty for vectors written before ``n`` was kept)."""

    ids: set[str] = field(default_factory=set)
    shas: set[str] = field(default_factory=set)
    n: set[int] = field(default_factory=set)

    def complete(self, sha: str) -> bool:
        """Whether every passage of the report with hash ``sha`` is in (counts kept with the vectors)."""
        return self.shas == {sha} and len(self.n) == 1 and len(self.ids) == next(iter(self.n))


LEDGER = "-reports"  # suffix of the ledger collection's name


class VectorIndex:
    """One Chroma collection of passages for one embedding model, and its ledger of finished reports."""

    def __init__(self, embedder, data_dir: Path, chroma_url: str = "", create: bool = False):
        self.embedder = embedder
        self.client = client(data_dir, chroma_url)
        self.name = collection_name(embedder.name)
        existing = {c.name if hasattr(c, "name") else str(c) for c in self.client.list_collections()}
        if self.name not in existing and not create:
            others = sorted(n for n in existing if n.startswith(PREFIX) and not n.endswith(LEDGER))
            built = [self.client.get_collection(n, embedding_function=None).metadata or {} for n in others]
            models = ", ".join(f"{b.get('embed_model')} (parser {b.get('parser_version')}, passages "
                               f"{b.get('passage_version')})" for b in built) or "none"
            raise IndexMismatch(
                f"no vector index for embedding model {embedder.name!r} with parser {PARSER_VERSION} and passages "
                f"{PASSAGE_VERSION}; the index holds: {models}. Run `python -m index build` to build it "
                f"(or set RAG_EMBED_MODEL to the model it was built with).")
        if self.name in existing:  # opened as it is: serving never writes to the index
            self.collection = self.client.get_collection(self.name, embedding_function=None)
        else:
            self.collection = self.client.get_or_create_collection(  # "or get": another replica may beat us
                self.name, configuration={"hnsw": {"space": "cosine", **HNSW_BUILD}}, embedding_function=None,
                metadata={"embed_model": embedder.name, "embed_dim": embedder.dim, "parser_version": PARSER_VERSION,
                          "passage_version": PASSAGE_VERSION})
        meta = self.collection.metadata or {}
        if meta.get("embed_model") != embedder.name:  # a hash collision would be astonishing; still check
            raise IndexMismatch(f"collection {self.name} was built by {meta.get('embed_model')!r}, not {embedder.name!r}")
        self.ledger = (self.client.get_collection(self.name + LEDGER, embedding_function=None)
                       if self.name + LEDGER in existing else None)
        self.writes = create  # only a build writes (a ledger migrated from an old index included)

    # ---- the ledger: which reports are in ------------------------------------------------------------
    def _ledger(self):
        if self.ledger is None:
            self.ledger = self.client.get_or_create_collection(self.name + LEDGER, embedding_function=None)
        return self.ledger

    def entries(self) -> dict[str, tuple[str, str]]:
        """Report id → (text hash, "done" | "started") from the ledger, a page at a time. "started" is
        written before a report's first vector and "done" after its last, so a report a crash cut
        short is known without reading its vectors. An index written before the ledger is scanned
        once (and its ledger written, when this index may write)."""
        if self.ledger is None:
            finished = {rid: min(rv.shas) for rid, rv in self.scan().items() if rv.complete(min(rv.shas))}
            if self.writes:
                self.mark(finished, "done")
            return {rid: (sha, "done") for rid, sha in finished.items()}
        out: dict[str, tuple[str, str]] = {}
        while True:
            got = self.ledger.get(include=["metadatas"], limit=PAGE, offset=len(out))
            out.update((rid, (m["report_sha"], m.get("state", "done")))
                       for rid, m in zip(got["ids"], got["metadatas"] or []))
            if len(got["ids"]) < PAGE:
                return out

    def done(self, entries: dict[str, tuple[str, str]] | None = None) -> dict[str, str]:
        """Report id → the text hash its vectors were written for, for every report whose vectors are
        all in (of ``entries``, when the caller has read the ledger already)."""
        entries = self.entries() if entries is None else entries
        return {rid: sha for rid, (sha, state) in entries.items() if state == "done"}

    def mark(self, shas: dict[str, str], state: str) -> None:
        """Record reports as "started" or "done" (one call for many: a call per report adds up)."""
        ids = sorted(shas)
        for i in range(0, len(ids), INSERT_BATCH):
            chunk = ids[i : i + INSERT_BATCH]
            # a one-number vector: Chroma wants one per record, and the ledger is never searched
            self._ledger().upsert(ids=chunk, embeddings=[[1.0]] * len(chunk),
                                  metadatas=[{"report_sha": shas[r], "state": state} for r in chunk])

    def scan(self) -> dict[str, ReportVectors]:
        """Report id → what the vectors themselves hold of it, read a page at a time (this grows with
        the passages: for migrating an index written before the ledger, and for checking one)."""
        out: dict[str, ReportVectors] = {}
        offset = 0
        while True:
            got = self.collection.get(include=["metadatas"], limit=PAGE, offset=offset)
            for pid, m in zip(got["ids"], got["metadatas"] or []):
                rv = out.setdefault(m["report"], ReportVectors())
                rv.ids.add(pid)
                rv.shas.add(m["report_sha"])
                if "n" in m:
                    rv.n.add(int(m["n"]))
            if len(got["ids"]) < PAGE:
                return out
            offset += PAGE

    def delete_report(self, report_id: str) -> None:
        """Forget a report: its vectors first, so a crash in between leaves a ledger entry that the
        next build sees as stale (and deletes again), never vectors the ledger does not know."""
        self.collection.delete(where={"report": report_id})
        self._ledger().delete(ids=[report_id])

    def add(self, passages: Sequence[Passage], vectors: Sequence[Sequence[float]],
            report_sha: dict[str, str], n: dict[str, int]) -> None:
        """Write already-embedded passages (``n``: each report's passage count, kept with its vectors),
        in large batches: Chroma's cost is per call as much as per vector. Added, not upserted: a
        report's earlier vectors are always deleted before its new ones are written (the ledger's
        "started" mark sees to it after a crash), and Chroma's upsert looks every id up first
        (40k vectors, machine busy: upsert 466/s, add 883/s, add from numpy 1,226/s; at 412k the
        HNSW insert is all that counts: 757/s upserted, 753/s added)."""
        import numpy as np

        for i in range(0, len(passages), INSERT_BATCH):
            chunk = passages[i : i + INSERT_BATCH]
            self.collection.add(ids=[p.id for p in chunk],
                                embeddings=np.asarray(vectors[i : i + INSERT_BATCH], dtype=np.float32),
                                metadatas=[_meta(p, report_sha[p.report], n[p.report]) for p in chunk])

    def count(self) -> int:
        return self.collection.count()

    def warm_up(self, some: Sequence[str] = ()) -> None:
        """Read a vector, so Chroma loads its index before the first question does (``some``: passage ids)."""
        if some:
            self.collection.get(ids=list(some)[:1], include=["embeddings"])

    def query(self, vector: list[float], k: int, reports: Sequence[str] | None = None,
              ids: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) best first, optionally only within ``reports`` (whose
        passages are ``ids``, when the caller knows them). A scope of at most :data:`EXACT` passages is
        scored exactly from its vectors: Chroma's filtered search took ~58 ms for one report's
        passages among 40k, fetching them ~3 ms."""
        if reports is not None and not reports:
            return []
        if ids is not None and len(ids) <= EXACT:
            import numpy as np

            got = self.collection.get(ids=list(ids), include=["embeddings"])
            if not got["ids"]:
                return []
            sims = np.asarray(got["embeddings"], dtype="float32") @ np.asarray(vector, dtype="float32")
            best = np.argsort(-sims, kind="stable")[:k]
            return [(got["ids"][i], float(sims[i])) for i in best]
        where = {"report": {"$in": list(reports)}} if reports is not None else None
        got = self.collection.query(query_embeddings=[vector], n_results=k, where=where, include=["distances"])
        return [(pid, 1.0 - d) for pid, d in zip(got["ids"][0], got["distances"][0])]
