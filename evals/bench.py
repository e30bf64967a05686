"""``python -m evals bench``: ingest throughput, index size and warm latencies, printed as a table.

Figures, not tests: nothing here asserts a time. Everything runs in-process on a fresh temporary
data dir, so the cold ingest is really cold (the embedding model is loaded as part of it).
"""

from __future__ import annotations

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
        rows.append(("index size on disk", f"{_size(tmp) / 2**20:.1f} MiB (chroma {_size(tmp / 'chroma') / 2**20:.1f}, "
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
