"""The Chroma vector index: embedded (``PersistentClient`` under $RAG_DATA_DIR) or a shared
server (``RAG_CHROMA_URL`` → ``HttpClient``), the same code either way.

The collection's name carries a hash of everything that shapes its vectors (embedding model,
passage version, parser version), and its metadata names them. Opening an index built by
another model stops with a message instead of returning nonsense.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
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


def client(data_dir: Path, chroma_url: str = ""):
    import chromadb

    settings = chromadb.Settings(anonymized_telemetry=False)
    if chroma_url:
        u = urlparse(chroma_url)
        return chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or 8000,
                                   ssl=u.scheme == "https", settings=settings)
    path = Path(data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=settings)


def _meta(p: Passage, report_sha: str) -> dict[str, Any]:
    # Chroma metadata values must be scalars: paths and cells are joined.
    return {"report": p.report, "report_sha": report_sha, "section": p.section, "kind": p.kind,
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
        self.collection = self.client.get_or_create_collection(
            self.name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None,
            metadata={"embed_model": embedder.name, "embed_dim": embedder.dim, "parser_version": PARSER_VERSION,
                      "passage_version": PASSAGE_VERSION})
        meta = self.collection.metadata or {}
        if meta.get("embed_model") != embedder.name:  # a hash collision would be astonishing; still check
            raise IndexMismatch(f"collection {self.name} was built by {meta.get('embed_model')!r}, not {embedder.name!r}")

    def report_shas(self) -> dict[str, str]:
        got = self.collection.get(include=["metadatas"])
        return {m["report"]: m["report_sha"] for m in got["metadatas"] or []}

    def delete_report(self, report_id: str) -> None:
        self.collection.delete(where={"report": report_id})

    def add(self, passages: Sequence[Passage], report_sha: dict[str, str], batch: int = 64) -> None:
        for i in range(0, len(passages), batch):
            chunk = passages[i : i + batch]
            vectors = self.embedder.embed_documents([p.text for p in chunk])
            self.collection.upsert(ids=[p.id for p in chunk], embeddings=vectors, documents=[p.text for p in chunk],
                                   metadatas=[_meta(p, report_sha[p.report]) for p in chunk])

    def count(self) -> int:
        return self.collection.count()

    def all(self) -> list[Passage]:
        got = self.collection.get(include=["documents", "metadatas"])
        return [passage_from(i, d, m) for i, d, m in zip(got["ids"], got["documents"], got["metadatas"])]

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
