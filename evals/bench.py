"""``python -m evals bench``: ingest throughput, index size and warm latencies, printed as a table.

Figures, not tests: nothing here asserts a time. Everything runs in-process on a fresh temporary
data dir, so the cold ingest is really cold (the embedding model is loaded as part of it).
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import tempfile
import time
from pathlib import Path


def _size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def bench(system: str = "rag.pipeline:load", rounds: int = 3) -> dict:
    from evals.runner import percentile
    from evals.sets import default_sets, load_set
    from index.build import build
    from index.config import Settings, get_settings
    from index.indexer import build_indexes
    from rag.embed import get_embedder
    from rag.pipeline import load

    base = get_settings()
    tmp = Path(tempfile.mkdtemp(prefix="rag-bench-"))
    rows: list[tuple[str, str]] = []
    try:
        settings = Settings(**{**base.model_dump(), "data_dir": tmp, "chroma_url": ""})
        t0 = time.perf_counter()
        summary = build(settings.corpus_dir, settings.data_dir, settings.max_file_mb)
        t_parse = time.perf_counter() - t0
        embedder = get_embedder(settings)
        t1 = time.perf_counter()
        idx = build_indexes(settings.data_dir, embedder)
        t_index = time.perf_counter() - t1
        cold = t_parse + t_index
        rows += [("reports / sections / table values", f"{summary.reports} / {summary.sections} / {summary.table_values}"),
                 ("passages", str(idx.passages)),
                 ("cold ingest (parse + embed + index)", f"{cold:.1f} s  (parse {t_parse:.1f} s, index {t_index:.1f} s)"),
                 ("ingest throughput", f"{idx.passages / cold:.1f} passages/s"),
                 ("embedding model", embedder.name)]
        t2 = time.perf_counter()
        build(settings.corpus_dir, settings.data_dir, settings.max_file_mb)
        again = build_indexes(settings.data_dir, embedder)
        rows.append(("re-ingest, corpus unchanged", f"{time.perf_counter() - t2:.2f} s ({again.embedded} embedded)"))
        rows.append(("index size on disk", f"{_size(tmp) / 2**20:.1f} MiB (vectors {_size(tmp / 'vectors') / 2**20:.1f}, "
                                           f"bm25+passages {_size(tmp / 'lexical') / 2**20:.1f}, "
                                           f"store {_size(tmp / 'store') / 2**20:.1f})"))
        pipeline = load(settings)
        questions = [q.question for path in default_sets() for q in load_set(path)]
        for q in questions[:10]:  # warm-up: jieba, the model, caches
            pipeline.ask(q)
        search_ms: list[float] = []
        ask_ms: list[float] = []
        for _ in range(rounds):
            for q in questions:
                t = time.perf_counter()
                pipeline.search(q, k=10)
                search_ms.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                pipeline.ask(q)
                ask_ms.append((time.perf_counter() - t) * 1000)
        rows += [(f"warm search latency ({len(search_ms)} calls)",
                  f"p50 {percentile(search_ms, 50):.1f} ms, p95 {percentile(search_ms, 95):.1f} ms, mean {statistics.mean(search_ms):.1f} ms"),
                 (f"warm ask latency, no LLM ({len(ask_ms)} calls)",
                  f"p50 {percentile(ask_ms, 50):.1f} ms, p95 {percentile(ask_ms, 95):.1f} ms, mean {statistics.mean(ask_ms):.1f} ms")]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    width = max(len(k) for k, _ in rows)
    print(f"{'measure':<{width}}  value")
    print(f"{'-' * width}  {'-' * 40}")
    for k, v in rows:
        print(f"{k:<{width}}  {v}")
    return dict(rows)


# ---- generated reports: parse speed, metadata and text facts against the gold file -----------

def _norm_value(kind: str, v: object) -> object:
    """Compare like with like: numbers as numbers, phone-like values by their digits."""
    if isinstance(v, (int, float)):
        return float(v)
    s = re.sub(r"\s+", "", str(v))
    if kind in ("contact.phone", "contact.fax", "contact.postcode"):
        return re.sub(r"\D", "", s)
    if kind == "contact.email":
        return s.lower()
    try:
        return float(s)
    except ValueError:
        return s


def _same(kind: str, gold: object, pred: object) -> bool:
    g, p = _norm_value(kind, gold), _norm_value(kind, pred)
    if g == p:
        return True
    # an address may be read with or without the province/city in front, or the building after
    return (kind == "contact.address" and isinstance(g, str) and isinstance(p, str) and len(p) >= 6
            and (p in g or g in p))


def score_synth(folder: Path | str, show: int = 5, out=print) -> dict:
    """Build ``folder`` (made by ``python -m evals synth``) into a temporary store, time it, and
    compare every report's metadata and text facts with ``folder/gold.jsonl``."""
    from index.build import build
    from index.store import Store

    folder = Path(folder)
    golds = {g["file"]: g for g in map(json.loads, (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    tmp = Path(tempfile.mkdtemp(prefix="rag-synth-"))
    try:
        t0 = time.perf_counter()
        summary = build(folder, tmp)
        seconds = time.perf_counter() - t0
        reports = {r.source: r.full() for r in Store(tmp).reports()}  # whole: the store goes below
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    failed = [f for f in summary.failed if f["source"] != "gold.jsonl"]

    fields = ("agency", "county", "year", "city", "province", "template")
    right = {f: 0 for f in fields}
    counted = {f: 0 for f in fields}
    by_variant: dict[str, list[int]] = {}
    kinds: dict[str, list[int]] = {}  # kind → [tp, fp, fn]
    meta_misses: list[str] = []
    fact_misses: list[str] = []
    meta_ok_total = 0
    cells_by_layout: dict[str, list[int]] = {}  # tables:* variant → [cells read right, cells printed]
    for name, g in golds.items():
        r = reports.get(name)
        agency = r.agency.name if r and r.agency else None
        place = r.place if r else None
        got = {"agency": agency, "county": place.county if place else None, "year": r.year if r else None,
               "city": place.city if place else None, "province": place.province if place else None,
               "template": r.template if r else None}
        ok = {"agency": agency in g["agency_accept"], "county": got["county"] == g["county"],
              "year": got["year"] == g["year"], "city": got["city"] == g["city"],
              "province": got["province"] == g["province"], "template": got["template"] == g["template"]}
        for f in fields:
            if f in ("city", "template") and g[f] is None:
                continue
            counted[f] += 1
            right[f] += ok[f]
        meta_ok = ok["agency"] and ok["county"] and ok["year"]
        meta_ok_total += meta_ok
        for v in g["variants"]:
            by_variant.setdefault(v, [0, 0])
            by_variant[v][0] += meta_ok
            by_variant[v][1] += 1
        if not meta_ok and len(meta_misses) < show:
            meta_misses.append(f"{name}: agency {agency!r} (gold {g['agency']}), county {got['county']!r} "
                               f"(gold {g['county']}), year {got['year']} (gold {g['year']})")
        if g.get("table_values"):
            read = {(t.table, t.row, t.column): t.value for t in (r.tables if r else ()) if t.status == "ok"}
            layout = next((v for v in g["variants"] if v.startswith("tables:")), "tables:?")
            tally = cells_by_layout.setdefault(layout, [0, 0])
            for table, row, column, value in g["table_values"]:
                tally[0] += read.get((table, row, column)) == value
                tally[1] += 1
        preds = [(f.kind, f.value) for f in (r.facts if r else ())]
        matched: set[int] = set()
        for fact in g["facts"]:
            k = kinds.setdefault(fact["kind"], [0, 0, 0])
            hit = next((i for i, (pk, pv) in enumerate(preds)
                        if i not in matched and pk == fact["kind"] and _same(pk, fact["value"], pv)), None)
            if hit is None:
                k[2] += 1
                if len(fact_misses) < show:
                    found = [pv for pk, pv in preds if pk == fact["kind"]]
                    fact_misses.append(f"{name}: missed {fact['kind']} = {fact['value']!r} (read {found or 'nothing'})")
            else:
                k[0] += 1
                matched.add(hit)
        for i, (pk, pv) in enumerate(preds):
            if i not in matched:
                kinds.setdefault(pk, [0, 0, 0])[1] += 1
                if len(fact_misses) < 2 * show:
                    fact_misses.append(f"{name}: extra {pk} = {pv!r}")

    n = len(golds)
    pct = lambda a, b: f"{100 * a / b:.1f}%" if b else "-"  # noqa: E731
    out(f"{n} generated reports ({summary.reports} built, {len(failed)} failed) in {seconds:.1f} s "
        f"= {n / seconds:.1f} reports/s (index build --no-vectors equivalent)")
    out(f"metadata right (agency + county + year): {meta_ok_total}/{n} = {pct(meta_ok_total, n)}")
    out("  " + ", ".join(f"{f} {pct(right[f], counted[f])}" for f in fields))
    out(f"{'variant':<28} {'n':>5} {'metadata':>9}")
    for v, (a, b) in sorted(by_variant.items()):
        out(f"{v:<28} {b:>5} {pct(a, b):>9}")
    out(f"{'table layout':<28} {'cells':>6} {'read right':>10}")
    for v, (a, b) in sorted(cells_by_layout.items()):
        out(f"{v:<28} {b:>6} {pct(a, b):>10}")
    out(f"{'fact kind':<24} {'gold':>5} {'read':>5} {'P':>6} {'R':>6}")
    for k, (tp, fp, fn) in sorted(kinds.items()):
        p = tp / (tp + fp) if tp + fp else None
        rc = tp / (tp + fn) if tp + fn else None
        out(f"{k:<24} {tp + fn:>5} {tp + fp:>5} {'-' if p is None else f'{p:.3f}':>6} {'-' if rc is None else f'{rc:.3f}':>6}")
    for line in failed[:show]:
        out(f"failed: {line['source']}: {line['reason']}")
    for line in meta_misses:
        out("metadata miss: " + line)
    for line in fact_misses:
        out("fact miss: " + line)
    return {"reports": n, "seconds": seconds, "failed": len(failed), "metadata": meta_ok_total / n if n else None,
            "fields": {f: right[f] / counted[f] if counted[f] else None for f in fields},
            "variants": {v: a / b for v, (a, b) in by_variant.items()},
            "table_cells": {v: a / b for v, (a, b) in cells_by_layout.items() if b},
            "kinds": {k: {"tp": tp, "fp": fp, "fn": fn} for k, (tp, fp, fn) in kinds.items()}}
