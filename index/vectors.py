"""The Chroma vector index: embedded (``PersistentClient`` under $RAG_DATA_DIR) or a shared
server (``RAG_CHROMA_URL`` → ``HttpClient``), the same code either way.

The collection's name carries a hash of everything that shapes its vectors (embedding model,
passage version, parser version), and its metadata names them. Opening an index built by
another model stops with a message instead of returning nonsense.

Every vector carries its report's hash and how many passages that report has (``n``), so a report
whose embedding was cut short (a crash between batches) is seen as incomplete by
:meth:`VectorIndex.reports`, which reads the collection page by page (one Chroma call per page,
never one that grows with the corpus: Chroma fails past 32,766 SQL variables).

A data dir that cannot be written is served from a private temporary copy of its Chroma folder:
embedded Chroma cannot open its database read-only, and nothing is ever written to the original.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
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


def client(data_dir: Path, chroma_url: str = ""):
    import chromadb

    settings = chromadb.Settings(anonymized_telemetry=False)
    if chroma_url:
        u = urlparse(chroma_url)
        return chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or 8000,
                                   ssl=u.scheme == "https", settings=settings)
    path = chroma_path(data_dir)
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def _meta(p: Passage, report_sha: str, n: int) -> dict[str, Any]:
    # Chroma metadata values must be scalars: paths and cells are joined.
    return {"report": p.report, "report_sha": report_sha, "n": n, "section": p.section, "kind": p.kind,
            "agency": p.agency, "place": p.place, "year": p.year if p.year is not None else -1,
            "heading_path": " > ".join(p.heading_path), "start": p.span[0], "end": p.span[1],
            "cells": "\n".join("|".join(c) for c in p.cells)}


def passage_from(pid: str, text: str, m: dict[str, Any]) -> Passage:
    return Passage(
        id=pid, report=m["report"], section=m["section"], kind=m["kind"], text=text,
        span=(int(m["start"]), int(m["end"])),
        heading_path=tuple(m["heading_path"].split(" > ")) if m.get("heading_path") else (),
        agency=m.get("agency", ""), place=m.get("place", ""), year=None if m.get("year", -1) == -1 else int(m["year"]),
        cells=tuple(tuple(c.split("|")) for c in m["cells"].split("\n")) if m.get("cells") else (),
    )


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


class VectorIndex:
    """One Chroma collection of passages for one embedding model."""

    def __init__(self, embedder, data_dir: Path, chroma_url: str = "", create: bool = False):
        self.embedder = embedder
        self.client = client(data_dir, chroma_url)
        self.name = collection_name(embedder.name)
        existing = {c.name if hasattr(c, "name") else str(c) for c in self.client.list_collections()}
        if self.name not in existing and not create:
            others = sorted(n for n in existing if n.startswith(PREFIX))
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
                self.name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None,
                metadata={"embed_model": embedder.name, "embed_dim": embedder.dim, "parser_version": PARSER_VERSION,
                          "passage_version": PASSAGE_VERSION})
        meta = self.collection.metadata or {}
        if meta.get("embed_model") != embedder.name:  # a hash collision would be astonishing; still check
            raise IndexMismatch(f"collection {self.name} was built by {meta.get('embed_model')!r}, not {embedder.name!r}")

    def reports(self) -> dict[str, ReportVectors]:
        """Report id → what the collection holds of it, read a page at a time."""
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

    def report_shas(self) -> dict[str, str]:
        return {rid: min(rv.shas) for rid, rv in self.reports().items()}

    def delete_report(self, report_id: str) -> None:
        self.collection.delete(where={"report": report_id})

    def mark_complete(self, report_id: str, ids: Sequence[str], n: int) -> None:
        """Record ``n`` on vectors written before passage counts were kept (metadata merge, no re-embedding)."""
        ids = list(ids)
        for i in range(0, len(ids), 1000):  # an update binds several SQL variables per vector
            self.collection.update(ids=ids[i : i + 1000], metadatas=[{"n": n}] * len(ids[i : i + 1000]))

    def add(self, passages: Sequence[Passage], report_sha: dict[str, str], batch: int = 64) -> None:
        """Embed and store ``passages`` (every passage of each report they are of: each vector records
        its report's passage count, so a report cut short by a crash is seen as incomplete)."""
        n = Counter(p.report for p in passages)
        for i in range(0, len(passages), batch):
            chunk = passages[i : i + batch]
            vectors = self.embedder.embed_documents([p.text for p in chunk])
            self.collection.upsert(ids=[p.id for p in chunk], embeddings=vectors, documents=[p.text for p in chunk],
                                   metadatas=[_meta(p, report_sha[p.report], n[p.report]) for p in chunk])

    def count(self) -> int:
        return self.collection.count()

    def all(self) -> list[Passage]:
        out: list[Passage] = []
        while True:
            got = self.collection.get(include=["documents", "metadatas"], limit=PAGE, offset=len(out))
            out += [passage_from(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]
            if len(got["ids"]) < PAGE:
                return out

    def query(self, vector: list[float], k: int, reports: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(passage id, cosine similarity) best first, optionally only within ``reports``."""
        if reports is not None and not reports:
            return []
        where = {"report": {"$in": list(reports)}} if reports is not None else None
        n = min(k, self.count())
        if n == 0:
            return []
        got = self.collection.query(query_embeddings=[vector], n_results=n, where=where, include=["distances"])
        return [(pid, 1.0 - d) for pid, d in zip(got["ids"][0], got["distances"][0])]
