"""``python -m evals run|bench|generate|synth`` — grade the bot over question sets, time it, and
generate realistic test reports with a gold file (``bench --synth DIR`` scores the parser on them)."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import tempfile
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


SUITES_DIR = "eval-suites"  # under the data dir: each suite's generated corpus, gold and index


def _print_summary(name: str, s: dict[str, Any]) -> None:
    from evals import report

    print(f"[{name}] answers {s['answers']['passed']}/{s['answers']['n']} = {report._pct(s['answers']['accuracy'])}")
    for lang, a in s["by_language"].items():
        print(f"  {lang}: {a['passed']}/{a['n']} = {report._pct(a['accuracy'])}")
    ref = s.get("refusals") or {}
    if ref.get("n"):
        print(f"  refusals right {ref['passed']}/{ref['n']}; answerable questions refused: {s.get('false_refusals', 0)}")
    print(f"  citations verbatim {report._pct(s['citations_verbatim'])}, expected reports cited "
          f"{report._pct(s['expected_reports_cited'])}, ask p50 {s['ask_latency_ms']['p50']} ms")
    if s["retrieval"]:
        print(f"{'mode':<8} {'lang':<5} {'n':>4} {'R@1':>6} {'R@3':>6} {'R@5':>6} {'R@10':>6} {'MRR':>6}")
        for row in report._retrieval_rows(s):
            print(f"{row[0]:<8} {row[1]:<5} {row[2]:>4} " + " ".join(f"{x:>6}" for x in row[3:]))


def _run_tuning(args: argparse.Namespace, files: list[Path]) -> dict[str, Any]:
    """The sets graded on the configured corpus (corpus/), in this process."""
    from evals.runner import enclosing_of, run, text_progress, vocabulary

    questions = [q for path in files for q in load_set(path)]
    if not args.set or args.generated:
        questions += generated_questions()
    store = _store()
    reports = store.reports()
    system = load_system(args.system)
    modes = args.modes.split(",") if args.modes else list(getattr(system, "search_modes", ()))
    print(f"{len(questions)} questions, system {args.system}, retrieval modes {modes or 'none'}", file=sys.stderr)
    return run(questions, system, {r.id: r.text for r in reports}, vocabulary(reports), modes,
               progress=None if args.quiet else text_progress, enclosing=enclosing_of(reports))


def _run_suite_here(args: argparse.Namespace) -> int:
    """In the child process (settings point at the suite's corpus and data): grade one suite and
    write its results.json."""
    from evals.runner import run, text_progress
    from evals.sets import gold_vocabulary, load_suite
    from index.stored import Texts

    suite = load_suite(args.suite_child)
    store = _store()
    golds = [json.loads(line) for line in Path(args.suite_gold).read_text(encoding="utf-8").splitlines() if line]
    vocab, enclosing = gold_vocabulary(golds)
    system = load_system(args.system)
    print(f"{len(suite.questions)} questions ({suite.name}: {suite.corpus.n} generated reports, bank "
          f"{suite.corpus.bank}, seed {suite.corpus.seed}), system {args.system}", file=sys.stderr)
    results = run(list(suite.questions), system, Texts(store.reports()), vocab, (),
                  progress=None if args.quiet else text_progress, enclosing=enclosing)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "results.json").write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


def _run_suite(args: argparse.Namespace, folder: Path, out: Path) -> dict[str, Any]:
    """A suite with a corpus of its own: generate the corpus under the data dir, then grade it in
    a child process whose settings point there. A process of its own, because whatever the
    answering code keeps per corpus (caches, a loaded pipeline) must not leak between corpora."""
    import os
    import subprocess

    from evals.sets import generate_corpus, load_suite
    from index.config import get_settings

    suite = load_suite(folder)
    home = get_settings().data_dir / SUITES_DIR
    corpus, _ = generate_corpus(suite.corpus, home)
    env = {**os.environ, "RAG_CORPUS_DIR": str(corpus), "RAG_DATA_DIR": str(corpus.parent / "data")}
    cmd = [sys.executable, "-m", "evals", "run", "--suite-child", str(folder), "--suite-gold",
           str(corpus.parent / "gold.jsonl"), "--out", str(out), "--system", args.system]
    if args.quiet:
        cmd.append("--quiet")
    done = subprocess.run(cmd, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"suite {suite.name} failed (exit {done.returncode})")
    results = json.loads((out / "results.json").read_text(encoding="utf-8"))
    results["corpus"] = {"bank": suite.corpus.bank, "seed": suite.corpus.seed, "n": suite.corpus.n}
    return results


def cmd_run(args: argparse.Namespace) -> int:
    from evals import report
    from evals.runner import compare
    from evals.sets import is_suite, suite_dirs

    if args.suite_child:
        return _run_suite_here(args)
    picked = list(args.set or ())
    folders = [p for p in picked if is_suite(p)]
    files = [p for p in picked if not is_suite(p)]
    if not picked:
        files, folders = default_sets(), ([] if args.tuning_only else suite_dirs())
    out = Path(args.out)
    suites: dict[str, dict[str, Any]] = {}
    questions: list[dict[str, Any]] = []
    try:
        if files or not picked:
            tuning = _run_tuning(args, files)
            suites["tuning"] = {"corpus": "corpus/", "summary": tuning["summary"]}
            questions += tuning["questions"]
        for folder in folders:
            res = _run_suite(args, Path(folder), out / Path(folder).name)
            suites[Path(folder).name] = {"corpus": res["corpus"], "summary": res["summary"]}
            questions += res["questions"]
    except (SetError, RuntimeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    first = next(iter(suites.values()))
    # "summary" stays the tuning sets' summary (what the gate and older scripts read); "suites" has each
    results = {"summary": first["summary"], "suites": suites, "questions": questions}
    diff = None
    if args.compare:
        diff = compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), results)
    paths = report.write(results, out, diff)
    for name, entry in suites.items():
        _print_summary(name, entry["summary"])
    if diff is not None:
        print(f"fixed: {', '.join(diff['fixed']) or 'none'}\nbroken: {', '.join(diff['broken']) or 'none'}")
    print("wrote " + ", ".join(str(p) for p in paths))
    failed = []
    gates = [("tuning", args.min_accuracy)] + [(name, args.min_heldout_accuracy) for name in suites if name != "tuning"]
    for name, bar in gates:
        acc = suites[name]["summary"]["answers"]["accuracy"] if name in suites else None
        if bar is not None and name in suites and (acc is None or acc < bar):
            failed.append(f"{name} accuracy {report._pct(acc)} < {report._pct(bar)}")
    if args.min_recall is not None and "tuning" in suites:
        first_mode = next(iter(suites["tuning"]["summary"]["retrieval"].values()), None)
        recall = first_mode["recall@5"] if first_mode else None
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
    if args.reports:
        from evals.scale import scale_bench

        fig = scale_bench(args.reports, args.work, seed=args.seed, per_shape=args.per_shape,
                          chroma_url=args.chroma_url)
        if args.json:
            Path(args.json).write_text(json.dumps(fig, ensure_ascii=False, indent=1), encoding="utf-8")
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
    r.add_argument("--set", action="append", type=Path, help="a set file (.jsonl or .csv) graded on the corpus, or "
                   "a suite folder with a corpus.json (e.g. evals/sets/heldout); repeatable; default: the tuning sets "
                   "(every file in evals/sets plus the generated table set) and every suite folder")
    r.add_argument("--generated", action="store_true", help="add the generated table set to --set files")
    r.add_argument("--out", default=str(DEFAULT_OUT), help="folder for results.json, report.md, report.html")
    r.add_argument("--compare", help="a previous results.json: list what got fixed and what broke")
    r.add_argument("--min-accuracy", type=float, help="exit 1 when the tuning sets' answer accuracy is below this (0-1)")
    r.add_argument("--min-heldout-accuracy", type=float, help="exit 1 when a held-out suite's answer accuracy is below "
                   "this (0-1)")
    r.add_argument("--tuning-only", action="store_true", help="without --set: skip the held-out suites (quicker)")
    r.add_argument("--suite-child", type=Path, help=argparse.SUPPRESS)  # internal: grade one suite in this process
    r.add_argument("--suite-gold", type=Path, help=argparse.SUPPRESS)
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
    b.add_argument("--json", metavar="FILE", help="with --synth or --reports: also write the figures as JSON")
    b.add_argument("--reports", type=int, metavar="N", help="instead: the scale benchmark on N generated reports "
                   "(build time per stage, disk, start-up time and memory, latency per question shape)")
    b.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "rag-scale",
                   help="with --reports: folder for the generated corpus (kept per N) and its data dir")
    b.add_argument("--seed", type=int, default=0, help="with --reports: which generated corpus")
    b.add_argument("--per-shape", type=int, default=60, help="with --reports: questions timed per shape")
    b.add_argument("--chroma-url", default="", help="with --reports: RAG_CHROMA_URL for the vectors ('embedded': "
                   "Chroma in the data dir, to compare; empty: the flat files)")
    b.set_defaults(func=cmd_bench)
    s = sub.add_parser("synth", help="generate realistic test reports and their gold file")
    s.add_argument("--n", type=int, default=300, help="how many reports")
    s.add_argument("--out", required=True, type=Path, help="folder for the reports and gold.jsonl")
    s.add_argument("--seed", type=int, default=0, help="same seed, same reports")
    s.add_argument("--bank", choices=("dev", "heldout", "fresh", "ruler", "final", "last", "seventh", "eighth",
                                          "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                          "fifteenth"),
                   default="dev",
                   help="phrase bank: dev (for development), heldout (partly tuned on), and fresh … fifteenth: "
                        "each written before a change to the readers by someone who had read neither the readers "
                        "nor any score, scored once after that change, then tuned on (evals/README.md has the scores)")
    s.set_defaults(func=cmd_synth)
    args = p.parse_args(argv)
    t0 = time.perf_counter()
    rc = args.func(args)
    print(f"({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    return rc


if __name__ == "__main__":
    sys.exit(main())
