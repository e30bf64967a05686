"""``python -m evals run|bench|generate|synth`` — grade the bot over question sets, time it, and
generate realistic test reports with a gold file (``bench --synth DIR`` scores the parser on them)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from evals.sets import SetError, default_sets, generated_questions, load_set

DEFAULT_OUT = Path(__file__).resolve().parent / "out" / "latest"


def _store():
    """The structured store, built from the corpus first when it is missing or stale."""
    from index.build import build
    from index.config import get_settings
    from index.store import Store, StoreError

    s = get_settings()
    store = Store(s.data_dir)
    try:
        if store.exists():
            store.check_version()
            return store
    except StoreError:
        pass
    build(s.corpus_dir, s.data_dir, s.max_file_mb)
    return Store(s.data_dir)


def load_system(spec: str) -> Any:
    """``module:callable`` returning an object with ask() (and search())."""
    module, _, attr = spec.partition(":")
    obj: Any = importlib.import_module(module)
    for part in (attr or "load").split("."):
        obj = getattr(obj, part)
    return obj()


def cmd_run(args: argparse.Namespace) -> int:
    from evals import report
    from evals.runner import compare, run, text_progress, vocabulary

    try:
        questions = [q for path in (args.set or default_sets()) for q in load_set(path)]
    except SetError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    if not args.set or args.generated:
        questions += generated_questions()
    store = _store()
    reports = store.reports()
    system = load_system(args.system)
    modes = args.modes.split(",") if args.modes else list(getattr(system, "search_modes", ()))
    print(f"{len(questions)} questions, system {args.system}, retrieval modes {modes or 'none'}", file=sys.stderr)
    results = run(questions, system, {r.id: r.text for r in reports}, vocabulary(reports), modes,
                  progress=None if args.quiet else text_progress)
    diff = None
    if args.compare:
        diff = compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), results)
    paths = report.write(results, Path(args.out), diff)
    s = results["summary"]
    print(f"answers {s['answers']['passed']}/{s['answers']['n']} = {report._pct(s['answers']['accuracy'])}")
    for lang, a in s["by_language"].items():
        print(f"  {lang}: {a['passed']}/{a['n']} = {report._pct(a['accuracy'])}")
    print(f"citations verbatim {report._pct(s['citations_verbatim'])}, expected reports cited "
          f"{report._pct(s['expected_reports_cited'])}, ask p50 {s['ask_latency_ms']['p50']} ms")
    if s["retrieval"]:
        print(f"{'mode':<8} {'lang':<5} {'n':>4} {'R@1':>6} {'R@3':>6} {'R@5':>6} {'R@10':>6} {'MRR':>6}")
        for row in report._retrieval_rows(s):
            print(f"{row[0]:<8} {row[1]:<5} {row[2]:>4} " + " ".join(f"{x:>6}" for x in row[3:]))
    if diff is not None:
        print(f"fixed: {', '.join(diff['fixed']) or 'none'}\nbroken: {', '.join(diff['broken']) or 'none'}")
    print("wrote " + ", ".join(str(p) for p in paths))
    failed = []
    acc = s["answers"]["accuracy"]
    if args.min_accuracy is not None and (acc is None or acc < args.min_accuracy):
        failed.append(f"accuracy {report._pct(acc)} < {report._pct(args.min_accuracy)}")
    if args.min_recall is not None:
        first = next(iter(s["retrieval"].values()), None)
        recall = first["recall@5"] if first else None
        if recall is None or recall < args.min_recall:
            failed.append(f"recall@5 {recall} < {args.min_recall}")
    if failed:
        print("GATE FAILED: " + "; ".join(failed), file=sys.stderr)
        return 1
    return 0


def cmd_generate(args: argparse.Namespace) -> int:
    rows = generated_questions()
    out = Path(args.out)
    out.write_text("".join(json.dumps({k: v for k, v in q.__dict__.items() if k != "set"}, ensure_ascii=False) + "\n"
                           for q in rows), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {out}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    if args.synth:
        from evals.bench import score_synth

        if not (Path(args.synth) / "gold.jsonl").is_file():
            print(f"error: {args.synth}/gold.jsonl not found; make it with python -m evals synth --out {args.synth}",
                  file=sys.stderr)
            return 2
        result = score_synth(args.synth, show=args.show)
        if args.json:
            Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
        return 0
    from evals.bench import bench

    bench(args.system, rounds=args.rounds)
    return 0


def cmd_synth(args: argparse.Namespace) -> int:
    from evals.synth import synth

    golds = synth(args.n, args.out, seed=args.seed, bank=args.bank)
    print(f"wrote {len(golds)} reports and gold.jsonl to {args.out} (bank {args.bank}, seed {args.seed})")
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m evals", description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run", help="run question sets and grade them")
    r.add_argument("--set", action="append", type=Path, help="a set file (.jsonl or .csv); repeatable; "
                   "default: every set in evals/sets plus the generated table set")
    r.add_argument("--generated", action="store_true", help="add the generated table set to --set files")
    r.add_argument("--out", default=str(DEFAULT_OUT), help="folder for results.json, report.md, report.html")
    r.add_argument("--compare", help="a previous results.json: list what got fixed and what broke")
    r.add_argument("--min-accuracy", type=float, help="exit 1 when answer accuracy is below this (0-1)")
    r.add_argument("--min-recall", type=float, help="exit 1 when recall@5 of the first mode is below this")
    r.add_argument("--modes", help="retrieval modes to grade, comma-separated (default: the system's)")
    r.add_argument("--system", default="rag.pipeline:load", help="module:factory of the system to grade")
    r.add_argument("--quiet", action="store_true", help="no progress bar")
    r.set_defaults(func=cmd_run)
    g = sub.add_parser("generate", help="write the generated table set to a file, for reading")
    g.add_argument("--out", default="generated_tables.jsonl")
    g.set_defaults(func=cmd_generate)
    b = sub.add_parser("bench", help="print ingest throughput, index size and warm latencies")
    b.add_argument("--system", default="rag.pipeline:load")
    b.add_argument("--rounds", type=int, default=3, help="passes over the question list for latency")
    b.add_argument("--synth", metavar="DIR", help="instead: build the generated reports in DIR (no vectors), time it "
                   "and score metadata and text facts against DIR/gold.jsonl")
    b.add_argument("--show", type=int, default=5, help="with --synth: how many mismatches to list")
    b.add_argument("--json", metavar="FILE", help="with --synth: also write the scores as JSON")
    b.set_defaults(func=cmd_bench)
    s = sub.add_parser("synth", help="generate realistic test reports and their gold file")
    s.add_argument("--n", type=int, default=300, help="how many reports")
    s.add_argument("--out", required=True, type=Path, help="folder for the reports and gold.jsonl")
    s.add_argument("--seed", type=int, default=0, help="same seed, same reports")
    s.add_argument("--bank", choices=("dev", "heldout", "fresh", "ruler", "final", "last", "seventh", "eighth"),
                   default="dev",
                   help="phrase bank: dev (for development), heldout (partly tuned on), fresh, ruler, final and last "
                        "(each written untuned, scored once, since tuned on), seventh (written after all six were "
                        "tuned on, scored once at the end of issue 9) or eighth (the ruler of the next change to the "
                        "readers: written before it, not scored yet)")
    s.set_defaults(func=cmd_synth)
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    rc = args.func(args)
    print(f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
