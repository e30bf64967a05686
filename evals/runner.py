"""Run question sets through a system (anything with ``ask`` and optionally ``search``) and grade.

The system is passed in, so the same runner grades the real pipeline, a fake in the tests, or
an answerer someone is trying out.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any, Protocol

from evals.grade import grade_answer, grade_retrieval
from evals.sets import Question


class System(Protocol):
    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Any: ...


def vocabulary(reports: Iterable[Any]) -> dict[str, list[str]]:
    """Canonical place names → the ways answers may write them (Chinese, short, pinyin, body):
    the same aliases the bot understands in questions (rag.query.corpus_places)."""
    from rag.query import corpus_places

    # county-level places and above: a township named in an answer stands for its county there
    return {p.name: p.aliases for p in corpus_places(list(reports)) if not p.township}


def enclosing_of(reports: Iterable[Any]) -> dict[str, set[str]]:
    """Each county-level place → its city and province, each city → its province: a name an answer
    writes only as the home of a place it names (南昌市 in 南昌市西湖区民政局) is no name of its own."""
    out: dict[str, set[str]] = {}
    for r in reports:
        p = getattr(r, "place", None)
        if p is None:
            continue
        if p.county:
            out.setdefault(p.county, set()).update(x for x in (p.city, p.province) if x and x != p.county)
        if p.city and p.province and p.city != p.province:
            out.setdefault(p.city, set()).add(p.province)
    return out


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    i = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[i]


def run(questions: list[Question], system: System, texts: dict[str, str], vocab: dict[str, list[str]],
        modes: Iterable[str] = (), progress: Callable[[int, int, str], None] | None = None,
        enclosing: dict[str, set[str]] | None = None) -> dict[str, Any]:
    """Ask every question (follow-ups after their history), grade, and summarise. ``enclosing``:
    each place's city and province, when the vocabulary knows them (``grade_answer``)."""
    modes = list(modes)
    rows: list[dict[str, Any]] = []
    for i, q in enumerate(questions, 1):
        if progress:
            progress(i, len(questions), q.id)
        row: dict[str, Any] = {"id": q.id, "set": q.set, "question": q.question, "language": q.language,
                               "tags": list(q.tags), "expected": q.expected, "history": list(q.history)}
        if q.expected is not None:
            history: list[dict[str, str]] = []
            for prev in q.history:
                a = system.ask(prev, history=list(history))
                history += [{"role": "user", "content": prev}, {"role": "assistant", "content": a.text}]
            t0 = time.perf_counter()
            try:
                answer = system.ask(q.question, history=history or None)
                error = None
            except Exception as e:  # a crash is a failed question, not a failed run
                answer, error = None, f"{type(e).__name__}: {e}"
            row["latency_ms"] = (time.perf_counter() - t0) * 1000
            if answer is None:
                row.update(answer="", refused=False, citations=[], passed=False, reasons=[f"exception: {error}"],
                           citations_ok=False, reports_cited=False)
            else:
                g = grade_answer(q, answer, texts, vocab, enclosing)
                row.update(answer=answer.text, refused=answer.refused,
                           citations=[asdict(c) for c in answer.citations], warnings=[w.as_json() for w in answer.warnings],
                           passed=g.passed, reasons=g.reasons, citations_ok=g.citations_ok,
                           reports_cited=g.reports_cited)
        if q.expected_passages and modes and hasattr(system, "search"):
            row["retrieval"] = {}
            for mode in modes:
                t0 = time.perf_counter()
                hits = system.search(q.question, k=10, mode=mode)
                ms = (time.perf_counter() - t0) * 1000
                ids = [h.passage.id for h in hits]
                row["retrieval"][mode] = {**grade_retrieval(q.expected_passages, ids), "top": ids[:5],
                                          "latency_ms": ms}
        rows.append(row)
    return {"summary": summarize(rows, modes), "questions": rows}


def _acc(rows: list[dict[str, Any]]) -> dict[str, Any]:
    n = len(rows)
    ok = sum(1 for r in rows if r["passed"])
    return {"n": n, "passed": ok, "accuracy": round(ok / n, 4) if n else None}


def summarize(rows: list[dict[str, Any]], modes: list[str]) -> dict[str, Any]:
    graded = [r for r in rows if "passed" in r]
    by: dict[str, dict[str, list]] = {"tag": defaultdict(list), "language": defaultdict(list), "set": defaultdict(list)}
    for r in graded:
        by["language"][r["language"]].append(r)
        by["set"][r["set"]].append(r)
        for t in r["tags"]:
            by["tag"][t].append(r)
    lat = [r["latency_ms"] for r in graded if "latency_ms" in r]
    out: dict[str, Any] = {
        "answers": _acc(graded),
        # the questions the reports cannot answer, and answerable ones the bot refused
        "refusals": _acc([r for r in graded if r["expected"] == "refuse"]),
        "false_refusals": sum(1 for r in graded if r["expected"] != "refuse" and r.get("refused")),
        **{f"by_{k}": {name: _acc(rs) for name, rs in sorted(v.items())} for k, v in by.items()},
        "citations_verbatim": round(sum(r["citations_ok"] for r in graded) / len(graded), 4) if graded else None,
        "expected_reports_cited": round(sum(r["reports_cited"] for r in graded) / len(graded), 4) if graded else None,
        "ask_latency_ms": {"p50": round(percentile(lat, 50), 1), "p95": round(percentile(lat, 95), 1)},
        "retrieval": {},
    }
    for mode in modes:
        rs = [r for r in rows if mode in r.get("retrieval", {})]
        if not rs:
            continue
        entry: dict[str, Any] = {"n": len(rs)}
        for lang in [None, *sorted({r["language"] for r in rs})]:
            sub = [r["retrieval"][mode] for r in rs if lang is None or r["language"] == lang]
            stats = {k: round(statistics.mean(s[k] for s in sub), 4) for k in sub[0] if k.startswith("recall@")}
            stats["mrr"] = round(statistics.mean(s["rr"] for s in sub), 4)
            stats["n"] = len(sub)
            if lang is None:
                entry.update(stats)
                ms = [s["latency_ms"] for s in sub]
                entry["latency_ms"] = {"p50": round(percentile(ms, 50), 1), "p95": round(percentile(ms, 95), 1)}
            else:
                entry.setdefault("by_language", {})[lang] = stats
        out["retrieval"][mode] = entry
    return out


def compare(previous: dict[str, Any], current: dict[str, Any]) -> dict[str, list[str]]:
    """Question ids that went from failing to passing (fixed) and back (broken)."""
    before = {r["id"]: r.get("passed") for r in previous.get("questions", [])}
    fixed, broken, new = [], [], []
    for r in current["questions"]:
        if "passed" not in r:
            continue
        if r["id"] not in before:
            new.append(r["id"])
        elif before[r["id"]] is False and r["passed"]:
            fixed.append(r["id"])
        elif before[r["id"]] is True and not r["passed"]:
            broken.append(r["id"])
    return {"fixed": fixed, "broken": broken, "new": new}


def text_progress(i: int, n: int, label: str) -> None:
    width = 30
    done = int(width * i / n)
    sys.stderr.write(f"\r[{'#' * done}{'.' * (width - done)}] {i}/{n} {label:<16}")
    if i == n:
        sys.stderr.write("\n")
    sys.stderr.flush()
