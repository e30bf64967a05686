"""Build the retrieval indexes from the structured store: passages → Chroma vectors + BM25.

Incremental: a report whose text is unchanged keeps its vectors (nothing is re-embedded); a
changed report has its passages replaced; a removed report disappears from both indexes.

All or nothing per report: a report counts as indexed only when every one of its passages has a
vector (the vectors carry their report's passage count, see ``index.vectors``) and the BM25 files
were written for exactly the store's reports. The BM25 index, its passages and then a small
``.done.json`` (the store's fingerprint, the tokenizer's vocabulary and both files' hashes) are
written in that order, each atomically, so a crash anywhere leaves an index the next build sees as incomplete and repairs,
saying what it repaired.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from index.lexical import BM25, add_words, vocabulary_signature
from index.model import Passage, Report
from index.passages import passages
from index.store import Store
from index.vectors import ReportVectors, VectorIndex, writable


@dataclass
class IndexSummary:
    passages: int = 0
    embedded: int = 0  # passages embedded in this run
    removed_reports: int = 0
    seconds: float = 0.0
    collection: str = ""
    repaired: list[str] = field(default_factory=list)  # reports found incomplete and embedded again


def vocabulary_words(reports: list[Report]) -> list[str]:
    """Names that must stay whole words for jieba: places, bodies and their aliases."""
    words: set[str] = set()
    for r in reports:
        if r.agency:
            words.update([r.agency.name, *r.agency.aliases])
        if r.place:
            words.update(x for x in (r.place.county, r.place.city, r.place.province) if x)
    return sorted(words)


def lexical_dir(data_dir: Path) -> Path:
    return Path(data_dir) / "lexical"


def write_passages(path: Path, items: list[Passage]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text("".join(json.dumps(asdict(p), ensure_ascii=False) + "\n" for p in items), encoding="utf-8")
    os.replace(tmp, path)


def read_passages(path: Path) -> list[Passage]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        out.append(Passage(**{**d, "span": tuple(d["span"]), "heading_path": tuple(d["heading_path"]),
                              "cells": tuple(tuple(c) for c in d["cells"])}))
    return out


def _fingerprint(reports: list[Report]) -> str:
    """What the lexical files were written for: every report's id and text hash."""
    return hashlib.sha256(json.dumps(sorted((r.id, r.sha256) for r in reports)).encode()).hexdigest()


def _file_sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def lexical_paths(data_dir: Path, collection: str) -> tuple[Path, Path, Path]:
    """The BM25 index, its passages and the marker written after both, for one collection."""
    base = lexical_dir(data_dir) / collection
    return base.with_suffix(".bm25.json"), base.with_suffix(".passages.jsonl"), base.with_suffix(".done.json")


def lexical_problem(data_dir: Path, collection: str, reports: list[Report]) -> str:
    """Why the BM25 files do not serve exactly ``reports`` ("" when they do)."""
    bm25_path, passages_path, done_path = lexical_paths(data_dir, collection)
    if not bm25_path.exists() or not passages_path.exists():
        return f"the BM25 index {bm25_path} is missing"
    try:
        done = json.loads(done_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return (f"the BM25 index {bm25_path} has no record that it was finished ({done_path.name}): "
                f"a build stopped part-way, or an older version built it")
    if done.get("fingerprint") != _fingerprint(reports):
        return f"the BM25 index {bm25_path} was built for other reports than the store holds"
    if done.get("vocabulary") != vocabulary_signature():
        return (f"the BM25 index {bm25_path} was tokenized with another vocabulary (the template's or the "
                f"concept table's words changed since)")
    if done.get("files") != {"bm25": _file_sha(bm25_path), "passages": _file_sha(passages_path)}:
        return f"the BM25 index {bm25_path} or its passages changed after they were written"
    return ""


def vector_problems(have: dict[str, ReportVectors], reports: list[Report]) -> list[str]:
    """Reports whose vectors are missing, stale or incomplete, and vectors of reports that are gone.
    Vectors written before passage counts were kept count as complete here (the build checks them)."""
    out = []
    for r in reports:
        h = have.get(r.id)
        if h is None:
            out.append(f"{r.id} has no vectors")
        elif h.shas != {r.sha256}:
            out.append(f"{r.id} has vectors of another version of its text")
        elif h.n and not h.complete(r.sha256):
            out.append(f"{r.id} has {len(h.ids)} of its {max(h.n)} passages' vectors")
    out += [f"{rid} has vectors but is not in the store" for rid in sorted(set(have) - {r.id for r in reports})]
    return out


def index_problems(data_dir: Path, embedder, reports: list[Report], chroma_url: str = "") -> list[str]:
    """Why the retrieval index does not serve exactly ``reports`` ([] when it does); writes nothing."""
    from index.vectors import IndexMismatch

    try:
        vi = VectorIndex(embedder, data_dir, chroma_url)
    except IndexMismatch as e:
        return [str(e)]
    problems = vector_problems(vi.reports(), reports)
    lexical = lexical_problem(data_dir, vi.name, reports)
    return problems + ([lexical] if lexical else [])


def read_only(data_dir: Path) -> bool:
    """Whether the data dir (or a folder of it the build writes to) cannot be written."""
    data_dir = Path(data_dir)
    folders = [data_dir, data_dir / "store", data_dir / "store" / "reports", lexical_dir(data_dir), data_dir / "chroma"]
    return not all(writable(f) for f in folders if f.exists() or f == data_dir)


def build_indexes(data_dir: Path, embedder, chroma_url: str = "",
                  progress: Callable[[str], None] | None = None,
                  reports: list[Report] | None = None) -> IndexSummary:
    """Bring the vectors and BM25 in line with the store (``reports``: the store's reports, when the
    caller has them already), repairing what a crash left incomplete."""
    t0 = time.perf_counter()
    say = progress or (lambda _m: None)
    if reports is None:
        reports = Store(data_dir).reports()
    vi = VectorIndex(embedder, data_dir, chroma_url, create=True)
    summary = IndexSummary(collection=vi.name)
    have = vi.reports()
    current = {r.id for r in reports}
    for rid in sorted(set(have) - current):
        vi.delete_report(rid)
        summary.removed_reports += 1
    todo: dict[str, list[Passage]] = {}  # report id → its passages, for reports to embed now
    for r in reports:
        h = have.get(r.id)
        if h is None or h.shas != {r.sha256}:
            todo[r.id] = []  # new or changed
            continue
        if h.n:
            if h.complete(r.sha256):
                continue
            expected = max(h.n)
        else:  # written before passage counts were kept: count against the passages now
            ps = passages(r)
            if h.ids == {p.id for p in ps}:
                vi.mark_complete(r.id, sorted(h.ids), len(ps))
                continue
            todo[r.id], expected = ps, len(ps)
        todo.setdefault(r.id, [])
        say(f"repairing {r.id}: the vector index holds {len(h.ids)} of its {expected} passages "
            f"(an earlier build stopped part-way); embedding it again")
        summary.repaired.append(r.id)
    bm25_path, passages_path, done_path = lexical_paths(data_dir, vi.name)
    lexical = lexical_problem(data_dir, vi.name, reports)
    if not todo and not summary.removed_reports and not lexical:
        summary.passages = vi.count()
        summary.seconds = time.perf_counter() - t0
        return summary
    if lexical and not todo and not summary.removed_reports:
        say(f"repairing the BM25 index: {lexical}; writing it again")
    all_passages: list[Passage] = []
    for r in reports:
        ps = todo.get(r.id) or passages(r)
        all_passages += ps
        if r.id in todo:
            say(f"embedding {len(ps)} passages of {r.id}")
            if r.id in have:
                vi.delete_report(r.id)
            vi.add(ps, {r.id: r.sha256})
            summary.embedded += len(ps)
    words = vocabulary_words(reports)
    add_words(words)
    bm = BM25.from_texts([p.id for p in all_passages], [p.text for p in all_passages])
    bm.words = words
    done_path.unlink(missing_ok=True)  # from here until the marker is rewritten the files are unfinished
    bm.save(bm25_path)
    write_passages(passages_path, all_passages)
    done = {"fingerprint": _fingerprint(reports), "vocabulary": vocabulary_signature(), "passages": len(all_passages),
            "files": {"bm25": _file_sha(bm25_path), "passages": _file_sha(passages_path)}}
    tmp = done_path.with_suffix(".tmp")
    tmp.write_text(json.dumps(done), encoding="utf-8")
    os.replace(tmp, done_path)
    summary.passages = len(all_passages)
    summary.seconds = time.perf_counter() - t0
    return summary
