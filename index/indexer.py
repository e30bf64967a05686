"""Build the retrieval indexes from the structured store: BM25 first, then the vectors.

Lexical first, dense when ready: :func:`build_lexical` writes the BM25 index and its passages (no
model involved, so a large corpus is answerable within minutes); :func:`embed_vectors` is the
dense stage, run by ``python -m index build`` or alone (``python -m index embed``, resumable,
one shard per worker). Until a report's vectors are in, search uses BM25 for it.

Incremental: a report whose text is unchanged keeps its vectors (nothing is re-embedded); a
changed report has its vectors replaced; a removed report disappears from both indexes.

All or nothing per report: a report counts as embedded only once the vector index's ledger says
so (written after its last vector, see ``index.vectors``), and the BM25 files only when they were
written for exactly the store's reports. The BM25 arrays, the passages and then a small
``done.json`` (the store's fingerprint, the tokenizer's vocabulary and every file's size and
time) are written in that order under ``lexical/<collection>/``, each atomically, so a crash
anywhere leaves an index the next build sees as incomplete and repairs, saying what it repaired.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path

from index import passagestore as passage_store
from index.lexical import add_words, save_postings, tokenize, vocabulary_signature, write_json
from index.model import Passage, Report
from index.passages import passages
from index.store import Store
from index import vectors as V
from index.vectors import VectorStore, open_vectors, writable


@dataclass
class IndexSummary:
    passages: int = 0
    embedded: int = 0  # passages embedded in this run
    removed_reports: int = 0
    seconds: float = 0.0
    collection: str = ""
    repaired: list[str] = field(default_factory=list)  # reports found incomplete and embedded again
    done: set[str] | None = None  # reports whose vectors are all in after this run (None: not looked at)
    insert_seconds: float = 0.0  # of ``seconds``, the time spent writing vectors into the vector index


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


def _fingerprint(reports: list[Report]) -> str:
    """What the lexical files were written for: every report's id and text hash."""
    return hashlib.sha256(json.dumps(sorted((r.id, r.sha256) for r in reports)).encode()).hexdigest()


def _files(folder: Path) -> dict[str, list[int]]:
    # size and modification time: a hash would read half a gigabyte at every start-up
    return {p.name: [p.stat().st_size, p.stat().st_mtime_ns] for p in sorted(folder.glob("*"))
            if p.suffix in (".npy", ".json", ".sqlite3") and p.name != "done.json"}


def lexical_paths(data_dir: Path, collection: str) -> tuple[Path, Path, Path]:
    """The BM25 folder of one collection, its passages and the marker written after both."""
    folder = lexical_dir(data_dir) / collection
    return folder, folder / "passages.sqlite3", folder / "done.json"


def lexical_problem(data_dir: Path, collection: str, reports: list[Report]) -> str:
    """Why the BM25 files do not serve exactly ``reports`` ("" when they do)."""
    folder, passages_path, done_path = lexical_paths(data_dir, collection)
    if not (folder / "vocab.json").exists() or not passages_path.exists():
        return f"the BM25 index {folder} is missing"
    try:
        done = json.loads(done_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return (f"the BM25 index {folder} has no record that it was finished ({done_path.name}): "
                f"a build stopped part-way, or an older version built it")
    if done.get("fingerprint") != _fingerprint(reports):
        return f"the BM25 index {folder} was built for other reports than the store holds"
    if done.get("vocabulary") != vocabulary_signature():
        return (f"the BM25 index {folder} was tokenized with another vocabulary (the template's or the "
                f"concept table's words changed since)")
    if done.get("files") != _files(folder):
        return f"the BM25 index {folder} or its passages changed after they were written"
    return ""


def index_problems(data_dir: Path, embedder, reports: list[Report], chroma_url: str = "") -> list[str]:
    """Why the lexical index does not serve exactly ``reports`` ([] when it does); writes nothing.
    Missing vectors are no problem to serve: search uses BM25 for those reports (and says so)."""
    from index.vectors import collection_name

    lexical = lexical_problem(data_dir, collection_name(embedder.name), reports)
    return [lexical] if lexical else []


def read_only(data_dir: Path) -> bool:
    """Whether the data dir (or a folder of it the build writes to) cannot be written."""
    data_dir = Path(data_dir)
    folders = [data_dir, data_dir / "store", lexical_dir(data_dir), data_dir / "chroma", data_dir / "vectors"]
    return not all(writable(f) for f in folders if f.exists() or f == data_dir)


def _tokenized(report: Report) -> list[tuple[Passage, list[str]]]:
    return [(p, tokenize(p.text)) for p in passages(report)]


@lru_cache(maxsize=4)
def _store(data_dir: str) -> Store:  # one per worker process, not one per report
    return Store(data_dir)


def _tokenized_by_id(data_dir: str, rid: str) -> list[tuple[Passage, list[str]]]:
    return _tokenized(_store(data_dir).get(rid))


def _cut(data_dir: Path, reports: list[Report]) -> Iterator[tuple[Passage, list[str]]]:
    """Every report's passages with their tokens, in report order; on several cores at once when
    the corpus is large (cutting and tokenising is the lexical stage's whole cost)."""
    workers = min(os.cpu_count() or 1, 8)
    if len(reports) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        for r in reports:
            yield from _tokenized(r)
        return
    from concurrent.futures import ProcessPoolExecutor

    tokenize("")  # the dictionary is loaded (with the corpus's names) before the workers fork
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
        for part in pool.map(partial(_tokenized_by_id, str(data_dir)), [r.id for r in reports], chunksize=16):
            yield from part


def build_lexical(data_dir: Path, collection: str, reports: list[Report],
                  progress: Callable[[str], None] | None = None) -> int:
    """Bring the BM25 index and its passages in line with ``reports`` (rewritten whole when they are
    not); the number of passages. Minutes at ten thousand reports: no model is involved."""
    say = progress or (lambda _m: None)
    folder, passages_path, done_path = lexical_paths(data_dir, collection)
    problem = lexical_problem(data_dir, collection, reports)
    if not problem:
        return int(json.loads(done_path.read_text(encoding="utf-8")).get("passages", 0))
    if folder.exists():
        say(f"repairing the BM25 index: {problem}; writing it again")
    for old in lexical_dir(data_dir).glob(f"{collection}.*"):  # the one-file layout of earlier versions
        old.unlink()
    words = vocabulary_words(reports)
    add_words(words)
    done_path.unlink(missing_ok=True)  # from here until the marker is rewritten the files are unfinished
    folder.mkdir(parents=True, exist_ok=True)
    with passage_store.Writer(passages_path) as writer:
        def docs() -> Iterator[list[str]]:  # one pass: each passage is stored as its tokens are counted
            for p, toks in _cut(data_dir, reports):
                writer.add(p)
                yield toks

        n = save_postings(folder, docs(), words)
    write_json(done_path, {"fingerprint": _fingerprint(reports), "vocabulary": vocabulary_signature(),
                           "passages": n, "files": _files(folder)})
    return n


PARALLEL_FROM = 200  # reports from which the lexical stage cuts and tokenises on every core
EMBED_CHUNK = 256  # passages per embedding call (unless the embedder asks for more): progress is told between calls


def in_shard(report_id: str, shard: tuple[int, int]) -> bool:
    """Whether worker ``shard[0]`` of ``shard[1]`` embeds this report (a stable split by id)."""
    i, n = shard
    return n <= 1 or int(hashlib.sha256(report_id.encode()).hexdigest()[:8], 16) % n == i


def _passages_of(data_dir: Path, embedder, reports: list[Report]) -> Callable[[Report], list[Passage]]:
    """Where a report's passages come from: BM25's passage file when it serves exactly these reports
    (as ``build`` leaves it; reading them there is ~9x faster than cutting each report's text
    again, which kept an H100 waiting three quarters of the time), else cut from the report."""
    from index.vectors import collection_name

    name = collection_name(embedder.name)
    if lexical_problem(data_dir, name, reports):
        return passages
    stored = passage_store.Passages(lexical_paths(data_dir, name)[1])
    return lambda r: stored.of_report(r.id) or passages(r)


def embed_vectors(data_dir: Path, embedder, chroma_url: str = "", progress: Callable[[str], None] | None = None,
                  reports: list[Report] | None = None, shard: tuple[int, int] = (0, 1),
                  vi: VectorStore | None = None,
                  finished: Callable[[list[str]], None] | None = None) -> IndexSummary:
    """Embed every report of the store (of this shard) whose vectors are not all in; forget reports
    the store no longer holds. Resumable and idempotent: killed at any point, a rerun finishes the
    rest (a report counts as in only once its ledger entry is written, after its last vector).
    ``finished`` hears the ids of each batch of reports as their vectors are all in."""
    import numpy as np

    t0 = time.perf_counter()
    say = progress or (lambda _m: None)
    if reports is None:
        reports = Store(data_dir).reports()
    vi = vi or open_vectors(embedder, data_dir, chroma_url, create=True)
    summary = IndexSummary(collection=vi.name)
    entries = vi.entries()
    if not entries and not chroma_url and (Path(data_dir) / "chroma").is_dir() and vi.writes:
        from index.flatvectors import adopt_chroma

        if adopt_chroma(vi, data_dir, say):  # a data dir an earlier version embedded into Chroma
            entries = vi.entries()
    done = vi.done(entries)
    current = {r.id for r in reports}
    for rid in sorted(set(entries) - current):
        if in_shard(rid, shard):
            vi.delete_report(rid)
            summary.removed_reports += 1
    todo = [r for r in reports if in_shard(r.id, shard) and done.get(r.id) != r.sha256]
    for r in todo:
        if r.id not in entries:
            continue
        if entries[r.id][1] == "started":
            say(f"repairing {r.id}: an earlier run stopped part-way through its passages' vectors; embedding it again")
            summary.repaired.append(r.id)
        vi.delete_report(r.id)  # another version of its text, or a part of it: old vectors go first
    cut = _passages_of(data_dir, embedder, reports)
    group: list[Passage] = []
    shas: dict[str, str] = {}
    last = [time.perf_counter()]

    def tell(k: int, now_embedded: int, last_line: bool = False) -> None:  # every few seconds: rate, what is left
        now = time.perf_counter()
        if now - last[0] > 5 or last_line:
            rate = now_embedded / max(now - t0, 1e-9)
            # reports are cut into passages as they come (never all at once): the ETA counts reports
            eta = (len(todo) - k) * (now - t0) / max(k, 1)
            say(f"embedded {now_embedded} passages ({k}/{len(todo)} reports), {rate:.0f}/s, ETA {eta:.0f} s")
            last[0] = now

    # texts per embedding call, and per group written together: a GPU embedder asks for many
    step, least = getattr(embedder, "chunk", EMBED_CHUNK), max(V.INSERT_BATCH, getattr(embedder, "chunk", 0))
    as_matrix = getattr(embedder, "embed_matrix", None)  # optional: [n, dim] float32 unit rows
    for k, r in enumerate(todo, 1):
        group += cut(r)
        shas[r.id] = r.sha256
        if len(group) < least and k < len(todo):
            continue
        vi.mark(shas, "started")
        parts, got = [], 0
        for i in range(0, len(group), step):
            texts = [p.text for p in group[i : i + step]]
            # an array where the embedder gives one: 16k vectors as Python floats and back cost
            # about as long as a GPU takes to embed them
            parts.append(as_matrix(texts) if as_matrix else np.asarray(embedder.embed_documents(texts), np.float32))
            got += len(texts)
            tell(k, summary.embedded + got)
        vectors = np.concatenate(parts) if parts else []  # no parts: reports without passages
        t_insert = time.perf_counter()
        vi.add(group, vectors, shas, Counter(p.report for p in group))
        summary.insert_seconds += time.perf_counter() - t_insert
        vi.mark(shas, "done")
        if finished:
            finished(sorted(shas))
        summary.embedded += len(group)
        group, shas = [], {}
    if todo:
        tell(len(todo), summary.embedded, last_line=True)
    # counting opens the whole HNSW index: only worth it when something changed
    summary.passages = vi.count() if todo or summary.removed_reports else -1
    summary.done = {rid for rid in done if rid in current} | {r.id for r in todo}
    summary.seconds = time.perf_counter() - t0
    return summary


def build_indexes(data_dir: Path, embedder, chroma_url: str = "",
                  progress: Callable[[str], None] | None = None,
                  reports: list[Report] | None = None, embed: bool = True) -> IndexSummary:
    """Bring BM25 (first) and the vectors (unless ``embed`` is False) in line with the store
    (``reports``: the store's reports, when the caller has them already), repairing what a crash
    left incomplete."""
    t0 = time.perf_counter()
    if reports is None:
        reports = Store(data_dir).reports()
    from index.vectors import collection_name

    name = collection_name(embedder.name)
    n = build_lexical(data_dir, name, reports, progress)
    summary = (embed_vectors(data_dir, embedder, chroma_url, progress, reports) if embed
               else IndexSummary(collection=name))
    summary.passages = n
    summary.seconds = time.perf_counter() - t0
    return summary
