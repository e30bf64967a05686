"""“总结一下海原县2024年年报的要点” / "Summarize the Haiyuan 2024 report": a report's key points
in the template's order, each from what the index has already read and checked — the figures
the text states (by channel), applications received (text and table, and whether they agree),
the problems it states and the improvements it plans — each cited. Extracted, never written:
a point the report does not make is left out, not guessed.
"""

from __future__ import annotations

import re

from index import template as T
from index.factkinds import BY_KEY
from index.model import Answer, Citation, Report
from rag import facts as F
from rag import wording as W
from rag.corpus import body_name, en_place, place_name
from rag.problems import citations, improvements, shortfall, stated_problems
from rag.query import Query, Target
from rag.textanswer import fact_citation, figure_words, kind_label

# (工作要点, 政务公开要点: a document of the year's priorities the report names, no summary asked)
# (多久总结通报一次, how often a body sums up its own work: a thing asked about, no summary asked)
ASKS = re.compile(r"总结(?!通报|报告|表彰|评比)|概括|概述|(?<!工作)(?<!公开)要点|摘要|重点内容|主要内容|summar|overview|key points|highlights|gist",
                  re.I)
MOST = 3  # reports one summary covers; more is a corpus question, asked to be narrowed


def asks_summary(q: Query) -> bool:
    return q.shape == "open" and not q.targets and bool(ASKS.search(q.text))


def _figures(r: Report, lang: str, channels: bool) -> tuple[str, list[Citation], list[dict]]:
    """The report's text figures, channels (主动公开) or the rest, as one line's items."""
    got, seen = [], set()
    for f in r.facts:
        kind = BY_KEY.get(f.kind)
        if kind is None or f.kind in seen or not f.spans or not isinstance(f.value, (int, float)) \
                or f.kind.startswith("applications.") or f.kind.startswith("disclosed.") != channels:
            continue
        seen.add(f.kind)
        got.append(f)
    sep = "；" if lang == "zh" else "; "
    items = [f"{kind_label(f, lang)} {figure_words(f, lang)}" for f in got]
    records = [{"report_id": r.id, "kind": f.kind, "value": f.value, "raw": f.raw, "source": "text"} for f in got]
    return sep.join(items), [fact_citation(r, f) for f in got], records


def _received(r: Report, lang: str) -> tuple[str, list[Citation], list[dict]]:
    reading = F.read(r, Target(T.APPLICATIONS, T.NEW))
    if reading is None or (reading.prose is None and (reading.cell is None or reading.cell.status == "missing")):
        return "", [], []
    cites = [c for c in (F.prose_citation(reading),) if c is not None]
    if reading.cell is not None and reading.cell.span:
        c = reading.cell
        cites.append(Citation(r.id, r.agency.name if r.agency else "", r.year, T.APPLICATIONS, r.quote(c.span), c.span,
                              "", (c.table, c.row, c.column)))
    record = {"report_id": r.id, "row": T.NEW, "value": reading.cell.value if reading.cell else None,
              "prose_value": reading.prose}
    return F.describe_cell(reading, lang), cites, [record]


def summarise(r: Report, lang: str) -> tuple[list[str], list[Citation], list[dict]]:
    """One report's key points as lines, with what backs them."""
    lines, cites, facts = [], [], []

    def point(key: str, text: str, c: list[Citation], f: list[dict]) -> None:
        if text:
            lines.append(W.say(key, lang, text=text))
            cites.extend(c)
            facts.extend(f)

    point("summary.disclosed", *_figures(r, lang, channels=True))
    point("summary.received", *_received(r, lang))
    point("summary.other", *_figures(r, lang, channels=False))
    problems = stated_problems(r)
    point("summary.problems", "；".join(shortfall(t).rstrip("。；：") for t, _ in problems),
          citations(r, [s for _, s in problems]),
          [{"report_id": r.id, "problems": [t for t, _ in problems]}] if problems else [])
    plans = improvements(r, problems)
    point("summary.plans", "；".join(t for t, _ in plans), citations(r, [s for _, s in plans]),
          [{"report_id": r.id, "plans": [t for t, _ in plans]}] if plans else [])
    return lines, cites, facts


def summary_answer(q: Query, scope: list[Report]) -> Answer:
    lang = q.language
    if len(scope) > MOST:
        names, _hidden = W.names([place_name(r) if lang == "zh" else en_place(r) for r in scope], lang)
        return Answer(q.text, W.say("summary.narrow", lang, n=len(scope), names=names), refused=True, language=lang)
    text, cites, facts, warnings = [], [], [], []
    for r in scope:
        lines, c, f = summarise(r, lang)
        who = f"{body_name(r)}{r.year}年" if lang == "zh" else f"{en_place(r)}, {r.year}"
        text += [W.say("summary.head" if lines else "summary.nothing", lang, who=who), *lines]
        cites += c
        facts += f
        warnings += list(r.findings)
    once = list({(c.report_id, c.span): c for c in cites}.values())  # one sentence often states several figures
    return Answer(q.text, "\n".join(text), once, facts, warnings, language=lang)
