"""Write a run as results.json, report.md and a self-contained report.html."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def _suites(results: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Each suite graded (tuning sets on corpus/, held-out sets on their own corpus) by name;
    a run of ``runner.run`` alone is one suite."""
    return results.get("suites") or {"all": {"corpus": None, "summary": results["summary"]}}


def _corpus(c: Any) -> str:
    if isinstance(c, dict):
        return f"{c['n']} generated reports (bank {c['bank']}, seed {c['seed']})"
    return str(c or "")


def _headline(s: dict[str, Any]) -> str:
    ref = s.get("refusals") or {}
    refusals = f"; refusals right {ref['passed']}/{ref['n']}" if ref.get("n") else ""
    return (f"Answers: {s['answers']['passed']}/{s['answers']['n']} passed ({_pct(s['answers']['accuracy'])}){refusals}; "
            f"citations verbatim {_pct(s['citations_verbatim'])}; expected reports cited "
            f"{_pct(s['expected_reports_cited'])}; ask latency p50 {s['ask_latency_ms']['p50']} ms, "
            f"p95 {s['ask_latency_ms']['p95']} ms.")


def _summary_rows(s: dict[str, Any]) -> list[tuple[str, str, str]]:
    rows = [("all", str(s["answers"]["n"]), _pct(s["answers"]["accuracy"]))]
    if (s.get("refusals") or {}).get("n"):
        rows.append(("refusals (expected)", str(s["refusals"]["n"]), _pct(s["refusals"]["accuracy"])))
    for group in ("by_language", "by_set", "by_tag"):
        for name, a in s[group].items():
            rows.append((f"{group[3:]}: {name}", str(a["n"]), _pct(a["accuracy"])))
    return rows


def _retrieval_rows(s: dict[str, Any]) -> list[list[str]]:
    out = []
    for mode, r in s["retrieval"].items():
        for lang, st in [("all", r), *r.get("by_language", {}).items()]:
            out.append([mode, lang, str(st["n"]), *(f"{st[k]:.3f}" for k in ("recall@1", "recall@3", "recall@5", "recall@10", "mrr"))])
    return out


def _cites(row: dict[str, Any]) -> str:
    parts = []
    for c in row.get("citations", []):
        where = "|".join(c["cell"]) if c.get("cell") else c.get("section", "")
        parts.append(f"{c['report_id']} {where}: “{c['quote'][:60]}”")
    return "; ".join(parts)


def markdown(results: dict[str, Any], diff: dict[str, list[str]] | None = None) -> str:
    lines = ["# Evaluation report", ""]
    suites = _suites(results)
    for name, entry in suites.items():
        s = entry["summary"]
        if len(suites) > 1:
            lines += [f"## {name}: {_corpus(entry['corpus'])}", ""]
        lines += [_headline(s), "", "| group | n | accuracy |", "|---|---|---|"]
        lines += [f"| {a} | {b} | {c} |" for a, b, c in _summary_rows(s)]
        if s["retrieval"]:
            lines += ["", "### Retrieval", "", "| mode | language | n | R@1 | R@3 | R@5 | R@10 | MRR |",
                      "|---|---|---|---|---|---|---|---|"]
            lines += ["| " + " | ".join(r) + " |" for r in _retrieval_rows(s)]
        lines.append("")
    if diff is not None:
        lines += ["## Compared with the previous run", "", f"Fixed: {', '.join(diff['fixed']) or 'none'}",
                  "", f"Broken: {', '.join(diff['broken']) or 'none'}", "", f"New: {len(diff['new'])} questions", ""]
    lines += ["## Questions", "", "| id | set | lang | question | answer | citations | result |", "|---|---|---|---|---|---|---|"]
    for r in results["questions"]:
        if "passed" not in r:
            continue
        cell = lambda x: str(x).replace("|", "\\|").replace("\n", " ")[:300]  # noqa: E731
        verdict = "pass" if r["passed"] else "FAIL: " + "; ".join(r["reasons"])
        lines.append(f"| {r['id']} | {r.get('set', '')} | {r['language']} | {cell(r['question'])} | {cell(r['answer'])} | "
                     f"{cell(_cites(r))} | {cell(verdict)} |")
    return "\n".join(lines) + "\n"


_CSS = """body{font-family:system-ui,sans-serif;margin:2em;max-width:1400px}table{border-collapse:collapse;margin:1em 0}
td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:14px}th{background:#f3f3f3}
tr.fail td{background:#fff0f0}tr.pass td.r{color:#067d17}tr.fail td.r{color:#b00020}td.a{max-width:420px;white-space:pre-wrap}"""


def html_report(results: dict[str, Any], diff: dict[str, list[str]] | None = None) -> str:
    e = html.escape
    out = ["<!doctype html><html lang='zh'><meta charset='utf-8'><title>Evaluation report</title>",
           f"<style>{_CSS}</style><h1>Evaluation report</h1>"]
    suites = _suites(results)
    for name, entry in suites.items():
        s = entry["summary"]
        if len(suites) > 1:
            out.append(f"<h2>{e(name)}: {e(_corpus(entry['corpus']))}</h2>")
        out.append(f"<p>{e(_headline(s))}</p>")
        out.append(f"<table class='summary' id='summary-{e(name)}'><tr><th>group</th><th>n</th><th>accuracy</th></tr>")
        out += [f"<tr><td>{e(a)}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in _summary_rows(s)]
        out.append("</table>")
        if s["retrieval"]:
            out.append("<h3>Retrieval</h3><table id='retrieval'><tr><th>mode</th><th>language</th><th>n</th>"
                       "<th>R@1</th><th>R@3</th><th>R@5</th><th>R@10</th><th>MRR</th></tr>")
            out += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in _retrieval_rows(s)]
            out.append("</table>")
    if diff is not None:
        out.append(f"<h2>Compared with the previous run</h2><p>Fixed: {e(', '.join(diff['fixed']) or 'none')}</p>"
                   f"<p>Broken: {e(', '.join(diff['broken']) or 'none')}</p><p>New: {len(diff['new'])}</p>")
    out.append("<h2>Questions</h2><table id='questions'><tr><th>id</th><th>set</th><th>lang</th><th>question</th>"
               "<th>answer</th><th>citations</th><th>result</th></tr>")
    for r in results["questions"]:
        if "passed" not in r:
            continue
        cls = "pass" if r["passed"] else "fail"
        verdict = "pass" if r["passed"] else "fail: " + "; ".join(r["reasons"])
        out.append(f"<tr class='{cls}'><td>{e(r['id'])}</td><td>{e(r.get('set', ''))}</td><td>{e(r['language'])}</td>"
                   f"<td>{e(r['question'])}</td><td class='a'>{e(r['answer'])}</td><td>{e(_cites(r))}</td>"
                   f"<td class='r'>{e(verdict)}</td></tr>")
    out.append("</table></html>")
    return "\n".join(out)


def write(results: dict[str, Any], out_dir: Path, diff: dict[str, list[str]] | None = None) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = [out_dir / "results.json", out_dir / "report.md", out_dir / "report.html"]
    data = {**results, **({"compare": diff} if diff is not None else {})}
    paths[0].write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    paths[1].write_text(markdown(results, diff), encoding="utf-8")
    paths[2].write_text(html_report(results, diff), encoding="utf-8")
    return paths
