"""Ingest a corpus folder into the store, incrementally by content hash.

A broken file never stops the rest: it is listed in ``failed`` with its reason (and kept in the
manifest's ``skipped``, for start-up and the Reports tab) and the other files build as usual.
Unchanged files (same bytes, same parser version) are not parsed again, unless their stored copy
cannot be read or disagrees with its text: the store is a cache, so such a file is parsed again.
A crash at any point leaves a store the next build completes without anyone deleting a file.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import re
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from index.load import SUPPORTED_SUFFIXES, LoadError, load
from index.model import BuildSummary
from index.parse import PARSER_VERSION, parse_report
from index.store import Store, StoreError
from index.verify import verify, without_disagreeing_facts


def report_id_for(rel: Path, taken: set[str]) -> str:
    """A readable, stable, ASCII-safe id from the file name (haiyuan-2024.txt → haiyuan-2024)."""
    base = re.sub(r"[^a-z0-9]+", "-", rel.stem.lower()).strip("-")
    if not base:
        base = "report-" + hashlib.sha1(str(rel).encode()).hexdigest()[:8]
    rid = base
    if rid in taken:  # same stem in two formats or folders: keep both, distinguishably
        rid = f"{base}-{rel.suffix.lstrip('.').lower()}"
        n = 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
    return rid


PARALLEL_FROM = 200  # files to parse from which they are parsed on every core


def _parse_one(corpus: Path, max_file_mb: float, job: tuple[str, str, str]):
    """(relative path, file hash, id, the parsed report or None, why not) for one corpus file."""
    rel, file_hash, rid = job
    try:
        loaded = load(corpus / rel, max_bytes=int(max_file_mb * 2**20))
        report = parse_report(loaded.text, rid, rel)
    except LoadError as e:
        return rel, file_hash, rid, None, str(e)
    except Exception as e:  # a parser bug on one file must not lose the rest of the corpus
        return rel, file_hash, rid, None, f"parser error: {type(e).__name__}: {e}"
    report = without_disagreeing_facts(report)
    problems = verify(report)
    if problems:  # the parser's own output must agree with the text it quotes
        return rel, file_hash, rid, None, f"parsed values disagree with the text: {problems[0]}"
    return rel, file_hash, rid, report, ""


def _parse_all(corpus: Path, jobs: list[tuple[str, str, str]], max_file_mb: float) -> Iterator[tuple]:
    """Each job parsed, in order; on several cores when there are many (parsing is pure: only
    the store, in this process, writes)."""
    one = partial(_parse_one, corpus, max_file_mb)
    workers = min(os.cpu_count() or 1, 8)
    if len(jobs) < PARALLEL_FROM or workers < 2 or "fork" not in mp.get_all_start_methods():
        yield from map(one, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(workers, mp_context=mp.get_context("fork")) as pool:
        yield from pool.map(one, jobs, chunksize=8)


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(
        p for p in corpus.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
        and p.name.lower() != "readme.md"
    )


def build(corpus: Path | str, data_dir: Path | str, max_file_mb: float = 20,
          progress: Callable[[str], None] | None = None) -> BuildSummary:
    """Bring the store at ``data_dir`` in line with the files in ``corpus``."""
    corpus, store = Path(corpus), Store(data_dir)
    summary = BuildSummary()
    say = progress or (lambda _m: None)
    try:
        old = store.manifest()
    except StoreError as e:  # the manifest is only an index of the files: rebuild it from the corpus
        say(f"{e}: parsing every corpus file again")
        old = {"files": {}}
    # reports read by another parser version are parsed again (a crash mid-upgrade resumes where it was)
    old_files: dict[str, dict[str, str]] = {src: e for src, e in old.get("files", {}).items()
                                            if e.get("parser_version", PARSER_VERSION) == PARSER_VERSION}
    kept: set[str] = set()  # ids of the reports this build keeps or stores
    taken: set[str] = set()
    if not corpus.is_dir():
        summary.failed.append({"source": str(corpus), "reason": "corpus folder does not exist"})
        return summary

    files = corpus_files(corpus)
    # Ids of unchanged files are kept first, so a new file can never steal an existing id.
    for p in files:
        entry = old_files.get(p.relative_to(corpus).as_posix())
        if entry:
            taken.add(entry["id"])
    jobs: list[tuple[str, str, str]] = []  # (relative path, file hash, report id) of the files to parse
    for i, path in enumerate(files, 1):
        rel = path.relative_to(corpus).as_posix()
        if progress:
            progress(f"[{i}/{len(files)}] {rel}")
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            summary.failed.append({"source": rel, "reason": f"unsupported file type {path.suffix or '(none)'}; "
                                   f"supported: {', '.join(sorted(SUPPORTED_SUFFIXES))}"})
            continue
        try:
            file_hash = hashlib.sha256(path.read_bytes()).hexdigest() if path.stat().st_size <= max_file_mb * 2**20 else ""
        except OSError as e:
            summary.failed.append({"source": rel, "reason": f"cannot read file: {e}"})
            continue
        entry = old_files.get(rel)
        if entry and file_hash and entry.get("file_sha256") == file_hash:
            try:
                store.get(entry["id"])
                kept.add(entry["id"])
                continue
            except StoreError as e:  # unreadable, edited or gone: the source is the authority
                say(f"{e}: parsing {rel} again")
        rid = entry["id"] if entry else report_id_for(Path(rel), taken)
        taken.add(rid)  # reserved now: the files are parsed below, several at once
        jobs.append((rel, file_hash, rid))

    for rel, file_hash, rid, report, reason in _parse_all(corpus, jobs, max_file_mb):
        if report is None:
            summary.failed.append({"source": rel, "reason": reason})
            continue
        store.put(report, file_hash)
        kept.add(rid)
        summary.parsed += 1

    for entry in old.get("files", {}).values():
        if entry["id"] not in kept:
            store.delete(entry["id"])
            summary.removed += 1
    store.complete_heads()  # reports a build before headers carried their counts left as they were
    store.save_skipped(summary.failed)
    counts = store.counts()  # counted in the store: no report is read again
    summary.reports, summary.sections, summary.table_values = counts["reports"], counts["sections"], counts["table_values"]
    summary.warnings = store.findings()
    return summary
