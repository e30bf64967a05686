"""Build the retrieval indexes from the structured store: passages → Chroma vectors + BM25.

Incremental: a report whose text is unchanged keeps its vectors (nothing is re-embedded); a
changed report has its passages replaced; a removed report disappears from both indexes.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from index.lexical import BM25, add_words
from index.model import Passage, Report
from index.passages import passages
from index.store import Store
from index.vectors import VectorIndex


@dataclass
class IndexSummary:
    passages: int = 0
    embedded: int = 0  # passages embedded in this run
    removed_reports: int = 0
    seconds: float = 0.0
    collection: str = ""


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


def build_indexes(data_dir: Path, embedder, chroma_url: str = "",
                  progress: Callable[[str], None] | None = None) -> IndexSummary:
    t0 = time.perf_counter()
    store = Store(data_dir)
    reports = store.reports()
    vi = VectorIndex(embedder, data_dir, chroma_url, create=True)
    summary = IndexSummary(collection=vi.name)
    have = vi.report_shas()
    current = {r.id: r.sha256 for r in reports}
    for rid in sorted(set(have) - set(current)):
        vi.delete_report(rid)
        summary.removed_reports += 1
    changed = [r for r in reports if have.get(r.id) != r.sha256]
    base = lexical_dir(data_dir) / vi.name
    bm25_path, passages_path = base.with_suffix(".bm25.json"), base.with_suffix(".passages.jsonl")
    if not changed and not summary.removed_reports and bm25_path.exists() and passages_path.exists():
        summary.passages = vi.count()
        summary.seconds = time.perf_counter() - t0
        return summary
    all_passages: list[Passage] = []
    for r in reports:
        ps = passages(r)
        all_passages += ps
        if r in changed:
            if progress:
                progress(f"embedding {len(ps)} passages of {r.id}")
            if r.id in have:
                vi.delete_report(r.id)
            vi.add(ps, {r.id: r.sha256})
            summary.embedded += len(ps)
    words = vocabulary_words(reports)
    add_words(words)
    bm = BM25.from_texts([p.id for p in all_passages], [p.text for p in all_passages])
    bm.words = words
    bm.save(bm25_path)
    write_passages(passages_path, all_passages)
    summary.passages = len(all_passages)
    summary.seconds = time.perf_counter() - t0
    return summary
