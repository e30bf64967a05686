"""``python -m evals bench --reports N``: how the system grows with the corpus (issue 11).

Generates N reports (the ``dev`` bank of :mod:`evals.synth`, cached per N under the work folder),
builds them stage by stage into a fresh data dir, then starts the answering system in a *fresh
process* (so start-up time and memory are what a user meets) and times every question shape on
places and years the corpus really holds. Figures, not tests: nothing here asserts a time.

Vectors come from :class:`HashEmbedder`, a fast stand-in (a vector per text from its hash, ~20 µs):
at 10,000 reports a real model would take hours on this machine, and what is measured here is
everything around the model — parsing, storing, BM25, the vector files, start-up, the answerer.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

HASH_MODEL = "bench-hash-384"


class HashEmbedder:
    """A unit vector per text, seeded by the text's hash: the same text always gets the same
    vector, different texts near-orthogonal ones. Only for timing the machinery around a model."""

    name = HASH_MODEL
    dim = 384

    def _one(self, text: str):
        import numpy as np

        seed = int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")
        v = np.random.default_rng(seed).standard_normal(self.dim).astype("float32")
        return v / np.linalg.norm(v)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return [self._one(t).tolist() for t in texts]

    def embed_query(self, text: str) -> list[float]:
        return self._one(text).tolist()


def _register() -> None:
    from rag.embed import register_embedder

    register_embedder(HASH_MODEL, lambda _s: HashEmbedder())


def _rss_mib() -> float:
    """This process's peak RSS. From /proc where there is one: getrusage's ru_maxrss survives exec on
    Linux, so a probe started by a bench holding 1.2 GiB after building reported the bench's memory
    as its own (1,268 MiB "after start" where the process itself held 213)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- the probe: a fresh process that starts the system and asks ----------------------------------

def _questions(reports, per_shape: int) -> dict[str, list[str]]:
    """Questions of every shape, on places and years the corpus holds (a fixed, spread sample)."""
    placed = [r for r in sorted(reports, key=lambda r: r.id) if r.place and r.place.county and r.year]
    # a place and year only one report covers, where the corpus has such: a larger generated corpus
    # puts more bodies in a county's year, and what is timed is the cost of the corpus's size, with
    # the reports a question must read held the same (each shape prints how many it had in scope)
    n = Counter((r.place.county, r.year) for r in placed)
    placed = [r for r in placed if n[r.place.county, r.year] == 1] or placed
    step = max(1, len(placed) // per_shape)
    sample = placed[::step][:per_shape]
    years = sorted({r.year for r in placed})
    out: dict[str, list[str]] = {k: [] for k in ("one value", "which", "total", "rank", "compare", "open",
                                                 "English", "refusal")}
    for i, r in enumerate(sample):
        other = sample[(i + 1) % len(sample)]
        y = years[i % len(years)]
        name, en = r.place.county, r.place.english or r.place.county
        out["one value"].append(f"{name}{r.year}年收到多少政府信息公开申请？")
        out["which"].append(f"{y}年哪些县收到了政府信息公开申请？")
        out["total"].append(f"{y}年各县一共收到多少政府信息公开申请？")
        out["rank"].append(f"{y}年哪个县收到的申请最多？")
        out["compare"].append(f"{name}和{other.place.county}{r.year}年谁收到的政府信息公开申请多？")
        out["open"].append(f"{name}{r.year}年政府信息公开工作存在的主要问题有哪些？")
        out["English"].append(f"How many information disclosure applications did {en} receive in {r.year}?")
        out["refusal"].append(f"{name}{r.year}年的财政预算总额是多少？")
    return out


def probe(per_shape: int = 60) -> dict:
    """Start the system as the app does (settings from RAG_* variables), then time every shape."""
    from evals.runner import percentile

    _register()
    t0 = time.perf_counter()
    from rag.pipeline import load

    pipeline = load()
    start_s = time.perf_counter() - t0
    rss_start = _rss_mib()
    warm_s = pipeline.warm_up()  # as the app does in the background right after start-up
    qs = _questions(pipeline.reports, per_shape)
    pipeline.ask(qs["one value"][0])  # the first question pays for lazy imports; start-up counts it apart
    first_s = time.perf_counter() - t0
    shapes: dict[str, dict] = {}
    for shape, questions in qs.items():
        pipeline.store.forget_read()  # every shape reads its reports for the first time, at any size
        ms, refused, scope = [], 0, []
        for q in questions:
            t = time.perf_counter()
            a = pipeline.ask(q)
            ms.append((time.perf_counter() - t) * 1000)
            refused += a.refused
            within = pipeline.understand(q).reports  # what the question's place and year leave in scope
            scope.append(len(pipeline.reports) if within is None else len(within))
        shapes[shape] = {"n": len(ms), "p50_ms": round(percentile(ms, 50), 1),
                         "p95_ms": round(percentile(ms, 95), 1), "refused": refused,
                         "reports_in_scope": round(sum(scope) / len(scope), 1)}
    search_ms = []
    for q in qs["one value"] + qs["open"]:
        query = pipeline.understand(q)
        t = time.perf_counter()
        pipeline.search(query, k=10)
        search_ms.append((time.perf_counter() - t) * 1000)
    return {"start_s": round(start_s, 2), "warm_up_s": round(warm_s, 2), "first_answer_s": round(first_s, 2),
            "rss_start_mib": round(rss_start),
            "rss_peak_mib": round(_rss_mib()), "reports": len(pipeline.reports), "shapes": shapes,
            "filtered_search": {"n": len(search_ms), "p50_ms": round(percentile(search_ms, 50), 1),
                                "p95_ms": round(percentile(search_ms, 95), 1)}}


# ---- the driver ---------------------------------------------------------------------------------

def _corpus(n: int, work: Path, seed: int) -> tuple[Path, float]:
    """N generated reports, made once per (N, seed) and kept: generating is not what is measured."""
    from evals.synth import synth

    folder = work / f"corpus-{n}-{seed}"
    if (folder / "gold.jsonl").exists():
        return folder, 0.0
    shutil.rmtree(folder, ignore_errors=True)
    t = time.perf_counter()
    synth(n, folder, seed=seed, bank="dev")
    (folder / "gold.jsonl").rename(work / f"gold-{n}-{seed}.jsonl")  # not a report: keep it out of the corpus
    (folder / "gold.jsonl").write_text("", encoding="utf-8")  # the marker that generation finished
    return folder, time.perf_counter() - t


def scale_bench(n: int, work: Path | str, seed: int = 0, per_shape: int = 60, out=print,
                chroma_url: str = "") -> dict:
    """``chroma_url``: where the vectors go (``embedded``: Chroma in the data dir; empty: the flat files)."""
    from evals.bench import _size
    from index.build import build
    from index.indexer import build_indexes, embed_vectors

    _register()
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    corpus, t_gen = _corpus(n, work, seed)
    data = work / f"data-{n}-{seed}"
    shutil.rmtree(data, ignore_errors=True)
    fig: dict = {"reports": n, "generate_s": round(t_gen, 1), "vector_store": chroma_url or "flat"}
    t = time.perf_counter()
    summary = build(corpus, data)
    fig["parse_store_s"] = round(time.perf_counter() - t, 1)
    fig["parsed"] = summary.reports
    t = time.perf_counter()
    idx = build_indexes(data, HashEmbedder(), embed=False)
    fig["bm25_s"] = round(time.perf_counter() - t, 1)
    fig["passages"] = idx.passages
    t = time.perf_counter()
    vec = embed_vectors(data, HashEmbedder(), chroma_url)
    fig["embed_s"] = round(time.perf_counter() - t, 1)
    fig["insert_s"] = round(vec.insert_seconds, 1)
    fig["vectors"] = vec.passages
    fig["disk_mib"] = {p: round(_size(data / p) / 2**20, 1) for p in ("store", "lexical", "vectors", "chroma")}
    env = {**os.environ, "RAG_DATA_DIR": str(data), "RAG_CORPUS_DIR": str(corpus), "RAG_EMBED_MODEL": HASH_MODEL,
           "RAG_CHROMA_URL": chroma_url, "RAG_LLM_BASE_URL": ""}
    run = subprocess.run([sys.executable, "-m", "evals.scale", "--probe", str(per_shape)], env=env,
                         capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent)
    if run.returncode:
        raise RuntimeError(f"the probe failed:\n{run.stderr[-3000:]}")
    fig["probe"] = json.loads(run.stdout.strip().splitlines()[-1])
    _print(fig, out)
    return fig


def _print(fig: dict, out=print) -> None:
    p = fig["probe"]
    rows = [("reports (parsed) / passages", f"{fig['reports']} ({fig['parsed']}) / {fig['passages']}"),
            ("parse + store", f"{fig['parse_store_s']} s"),
            ("BM25 (passages + index)", f"{fig['bm25_s']} s"),
            (f"vectors (hash embedder + {fig.get('vector_store', 'flat')} inserts)",
             f"{fig['embed_s']} s ({fig['vectors'] / max(fig['embed_s'], 1e-9):.0f} passages/s; {fig['vectors']} vectors)"),
            ("of which vector inserts", f"{fig.get('insert_s', '-')} s "
             f"({fig['vectors'] / max(fig.get('insert_s') or 1e-9, 1e-9):.0f} vectors/s)"),
            ("disk", ", ".join(f"{k} {v} MiB" for k, v in fig["disk_mib"].items())),
            ("start-up (fresh process) / warm-up / first answer",
             f"{p['start_s']} s / {p.get('warm_up_s', '-')} s / {p['first_answer_s']} s"),
            ("RSS after start / peak", f"{p['rss_start_mib']} MiB / {p['rss_peak_mib']} MiB"),
            ("filtered search", f"p50 {p['filtered_search']['p50_ms']} ms, p95 {p['filtered_search']['p95_ms']} ms")]
    rows += [(f"ask: {k} ({v['n']}, {v['refused']} refused)", f"p50 {v['p50_ms']} ms, p95 {v['p95_ms']} ms"
              f" ({v.get('reports_in_scope', '-')} reports in scope)") for k, v in p["shapes"].items()]
    width = max(len(k) for k, _ in rows)
    out(f"{'measure':<{width}}  value")
    out(f"{'-' * width}  {'-' * 36}")
    for k, v in rows:
        out(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        print(json.dumps(probe(int(sys.argv[2]))))
    else:
        sys.exit("usage: python -m evals bench --reports N [--work DIR]")
