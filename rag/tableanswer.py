"""Answers from the template's tables: one report's cell (or the text's figure where the table lacks
it, said so), several reports' cells listed, summed or ranked, each cited to its row, with the
findings a cell carries (text and table disagree). ``rag.answer`` decides when a question is one
for the tables; what the text says instead is ``rag.proseanswer``'s.
"""

from __future__ import annotations

import dataclasses
import re

from index import template as T
from index.model import Answer, Citation, Finding, Report
from rag import facts as F
from rag import wording as W
from rag.check import count_fact, left_out
from rag.compare import difference
from rag.corpus import body_label, body_name, en_place, named_as_asked, place_name, title_cite
from rag.query import Query, Target
from rag.refuse import reports_read, refusal
from rag.view import CorpusView

_TABLE_WORDS = re.compile(r"表格|表中|表里|表\b|\btable\b", re.I)
_TEXT_WORDS = re.compile(r"正文|文字|text\b|按报告", re.I)
_NEGATIVE = re.compile(r"没有|未|没(?:收|受|接|办)|一[件个条]也?都?没|did not|didn'?t|not accept|\bno\b|\bnone\b|(?<!non-)(?<!non)\bzero\b", re.I)
# "were the applications all completed?": answered by what was carried forward to the next year
_COMPLETED = re.compile(r"办结|办完|办理完|处理完|全部办理|finish|settled|complet|conclud|closed|dealt with", re.I)


def no_figure(a: Answer) -> bool:
    return a.refused or all(f.get("value") is None and f.get("prose_value") is None for f in a.facts if "row" in f)


def no_cell(q: Query, scope: list[Report], a: Answer) -> Answer:
    """One report whose table lacks the asked cell (not printed, or the page cut before it) and
    whose text does not give it: a refusal naming the report, not "cannot be determined" citing an
    empty cell."""
    if a.refused or any(f.get("status") != "missing" or f.get("prose_value") is not None for f in a.facts if "row" in f):
        return a
    t = q.targets[0]
    return refusal(q.text, q.language, W.say("refuse.no_cell", q.language, read=reports_read(scope, q.language),
                                             row=t.row if q.language == "zh" else T.english(t.row) or t.row))


def _row_citation(p: CorpusView, r: F.Reading) -> Citation | None:
    rep = r.report
    passage = p.retriever.row_passage(rep.id, r.target.table, r.target.row)
    if passage is not None and passage.span[0] == passage.span[1]:
        passage = None  # a row the template has and the page never printed: nothing to quote
    if passage is None and (r.cell is None or not r.cell.span or r.cell.span[0] == r.cell.span[1]):
        return None  # no table row to quote (a figure from the text): its sentence is cited instead
    span = passage.span if passage else (r.cell.span if r.cell and r.cell.span else (0, 0))
    cell = (r.cell.table, r.cell.row, r.cell.column) if r.cell else None
    return Citation(rep.id, rep.agency.name if rep.agency else "", rep.year, r.target.table, rep.quote(span), span,
                    passage.id if passage else "", cell)


def _figure(r: F.Reading, q: Query) -> float | int | None:
    """The figure the question asks for: the table's, unless it asks about the text (or the
    table cannot be read), then the text's."""
    table = r.cell.value if r.cell is not None and r.cell.status == "ok" else None
    if r.prose is not None and (table is None or (_TEXT_WORDS.search(q.text) and not _TABLE_WORDS.search(q.text))):
        return r.prose
    if r.prose is not None and not _TABLE_WORDS.search(q.text):
        return r.prose if r.disagree else table
    return table


def _fact(r: F.Reading) -> dict:
    c = r.cell
    return {"report_id": r.report.id, "agency": r.report.agency.name if r.report.agency else "",
            "place": place_name(r.report), "year": r.report.year, "table": r.target.table, "row": r.target.row,
            "column": c.column if c else None, "value": c.value if c else None, "unit": c.unit if c else "",
            "status": c.status if c else "missing", "raw": c.raw if c else "", "prose_value": r.prose}


def _one_line(r: F.Reading, q: Query, lang: str) -> str:
    rep = r.report
    who = f"{body_name(rep)}{rep.year}年" if lang == "zh" else \
        f"{en_place(rep)}, {rep.year}"
    unit = r.cell.unit if r.cell else "件"
    if r.disagree:
        if lang == "zh":
            return (f"{who}{F.label(r, lang)}：正文称 {r.prose} {unit}，但表格为 {F.fmt(r.cell.value)} {unit}"
                    f"（正文与表格不一致）。")
        return f"{who} — {F.label(r, lang)}: the text says {r.prose}, but the table says {F.fmt(r.cell.value)} (they disagree)."
    v = _figure(r, q)
    if v is None:
        detail = F.describe_cell(r, lang)
        return f"{who}{F.label(r, lang)}：无法确定——{detail}。" if lang == "zh" else \
            f"{who} — {F.label(r, lang)}: cannot be determined — {detail}."
    src = ""
    if r.prose is not None and (r.cell is None or r.cell.status != "ok"):
        src = f"（{F.text_note(r, lang)}）" if lang == "zh" else f" ({F.text_note(r, lang)})"
    if q.shape == "yes_no":
        yes = bool(v)
        return (f"{'是' if yes else '否'}。{who}{F.label(r, lang)}：{F.fmt(v)} {unit}{src}。" if lang == "zh"
                else f"{'Yes' if yes else 'No'}. {who} — {F.label(r, lang)}: {F.fmt(v)}{src}.")
    money = f" {unit}" if "元" in unit else ""  # a sum as the table states it (1767.06 万元), in English too
    return f"{who}{F.label(r, lang)}：{F.fmt(v)} {unit}{src}。" if lang == "zh" else \
        f"{who} — {F.label(r, lang)}: {F.fmt(v)}{money}{src}."


def _which_item(r: F.Reading, q: Query, lang: str) -> str:
    """One body of a "which" answer with its figure and where the figure comes from (the body,
    not just its place: a county has several bureaus)."""
    unit = r.cell.unit if r.cell else "件"
    table = r.cell.value if r.cell is not None and r.cell.status == "ok" else None
    rep = r.report
    body = body_label(rep)  # (a list names bodies as the reports print them)
    if lang == "zh":
        if r.disagree:
            return f"{body}（正文称 {r.prose} {unit}，表格为 {F.fmt(table)} {unit}，二者不一致）"
        if r.prose is not None and table is None:
            return f"{body}（{r.prose} {unit}，{F.text_note(r, lang)}）"
        return f"{body}（{F.fmt(_figure(r, q))} {unit}）"
    who = f"{rep.place.english} ({body})" if rep.place and rep.place.english else body
    if r.disagree:
        return f"{who}: the text says {r.prose}, the table {F.fmt(table)}"
    if r.prose is not None and table is None:
        return f"{who}: {r.prose} ({F.text_note(r, lang)})"
    return f"{who}: {F.fmt(_figure(r, q))}"


def _ids(readings) -> list[str]:
    return [r.report.id for r in readings]


def _all_completed(p: CorpusView, q: Query, scope: list[Report]) -> Answer | None:
    """"申请是否全部办结？" of one report: no when some were carried forward to the next year."""
    rs = F.readings(scope, dataclasses.replace(q, targets=[Target(T.APPLICATIONS, T.CARRIED_FORWARD)]),
                    getattr(p, "store", None))
    if len(rs) != 1 or _figure(rs[0], q) is None:
        return None
    r, lang = rs[0], q.language
    n = _figure(r, q)
    who = body_name(r.report) if lang == "zh" else \
        f"{en_place(r.report)}, {r.report.year}"
    text = W.say("handled.no" if n else "handled.yes", lang, who=who, n=F.fmt(n), row=r.target.row.split("、", 1)[-1])
    cites = [c for c in (_row_citation(p, r), F.prose_citation(r)) if c is not None]
    return Answer(q.text, text, cites, [_fact(r)], language=lang)


def table_answer(p: CorpusView, q: Query, scope: list[Report]) -> Answer | None:
    lang = q.language
    if q.shape == "total" and len(scope) == 1 and len(q.targets) > 1 and (rows := _rows_total(p, q, scope[0])):
        return rows
    if q.shape == "yes_no" and q.targets[0].table == T.APPLICATIONS and _COMPLETED.search(q.text):
        done = _all_completed(p, q, scope)
        if done is not None:
            return done
    rs = F.readings(scope, q, getattr(p, "store", None))
    if not rs:
        t = q.targets[0]
        return refusal(q.text, lang, W.say("refuse.no_row", lang, read=reports_read(scope, lang),
                                           row=t.row if lang == "zh" else T.english(t.row) or t.row))
    a = _table_text(p, q, scope, rs)
    if a.refused:
        return a
    silent = [r for r in scope if r.id not in {x.report.id for x in rs}]
    if len(q.places) > 1 and silent and len(scope) <= 10:
        # 鄱阳县和洪湖市谁受理的申请多: a place whose report gives no figure is named, never dropped
        items, _ = W.names([place_name(r) if lang == "zh" else en_place(r) for r in silent], lang)  # ≤ 10: all
        a.text += "\n" + W.say("total.unstated", lang, items=items)
        a.citations += [title_cite(r) for r in silent]  # read, and shown to have been
    # cited and warned about: the readings the text shows (every report's figure stays in the facts;
    # the "and N more" counts name the rest)
    hidden = left_out(a.facts)
    shown = [r for r in rs if r.report.id not in hidden]
    said = [F.prose_citation(r) for r in shown]  # the sentence each figure from the text stands in
    for r, sentence in zip(shown, said):
        a.citations += [c for c in (_row_citation(p, r), sentence) if c is not None]
    if len(shown) == 1 and said[0] is not None and shown[0].prose is not None \
            and (shown[0].cell is None or shown[0].cell.status != "ok"):
        a.text += f"\n“{said[0].quote.strip()}”"  # one report's figure from its text: the sentence, as the reader checks it
    a.warnings[:0] = list(dict.fromkeys(f for r in shown for f in r.findings))
    return a


def _rows_total(p: CorpusView, q: Query, report: Report) -> Answer | None:
    """两项…合计: the rows one question names in one report, summed, each cited; None unless every
    row gives a figure."""
    parts, total = [], 0
    for t in q.targets:
        sub = dataclasses.replace(q, targets=[t])
        rs = F.readings([report], sub, getattr(p, "store", None))
        value = _figure(rs[0], sub) if rs else None
        if value is None:
            return None
        parts.append((rs[0], sub))
        total += value
    unit = next((r.cell.unit for r, _ in parts if r.cell), "件")
    who = place_name(report) if q.language == "zh" else en_place(report)
    lead = W.say("total.rows", q.language, who=who, n=len(parts), total=F.fmt(total), unit=unit)
    cites = [c for r, _ in parts for c in (_row_citation(p, r), F.prose_citation(r)) if c is not None]
    facts = [_fact(r) for r, _ in parts] + [{"aggregate": "sum", "total": total},
                                             count_fact([t.row for t in q.targets], counted=True)]
    return Answer(q.text, "\n".join([lead] + [_one_line(r, sub, q.language) for r, sub in parts]), cites, facts,
                  language=q.language)


def _table_text(p: CorpusView, q: Query, scope: list[Report], rs: list[F.Reading]) -> Answer:
    lang = q.language
    cites: list[Citation] = []  # added by the caller, for the readings the text shows
    warnings: list[Finding] = []
    facts = [_fact(r) for r in rs]  # every report's figure, however many the text shows
    if q.shape in ("difference", "compare") and len(rs) == 2 and all(_figure(r, q) is not None for r in rs):
        lead, diff = difference([(r.report, _figure(r, q)) for r in rs], rs[0].cell.unit if rs[0].cell else "件", lang)
        return Answer(q.text, "\n".join([lead] + [_one_line(r, q, lang) for r in rs]), cites, facts + [diff],
                      warnings, language=lang)
    many = len(rs) > 1 or q.wants_all_places
    if not many:
        text = _one_line(rs[0], q, lang)
    elif q.shape in ("which", "list"):
        negative = bool(_NEGATIVE.search(q.text))
        if q.threshold is not None:  # "超过100件": the bound, not "any at all"
            chosen = [r for r in rs if q.threshold.holds(_figure(r, q))]
        else:
            chosen = [r for r in rs if (_figure(r, q) == 0 if negative else (_figure(r, q) or r.disagree and r.prose))]
        chosen.sort(key=lambda r: -(_figure(r, q) or 0))  # the largest first, where the list is cut
        picked = {id(r) for r in chosen}  # by identity: comparing readings compares their reports
        rest = [r for r in rs if id(r) not in picked]
        if chosen:
            items, hidden = W.names([_which_item(r, q, lang) for r in chosen], lang, _ids(chosen))
            head = W.say("count.head", lang, n=len(chosen), items=items) + W.end(lang)
            facts.append(count_fact([r.report.id for r in chosen], chosen=True))
        else:
            head, hidden = W.say("none", lang) + W.end(lang), []
        detail, more = W.lines([_one_line(r, q, lang) for r in rest], lang, _ids(rest))
        text = "\n".join([head, *detail])
        if chosen and any(r.disagree for r in chosen):
            text += "\n" + W.say("note.disagree", lang)
        facts += [count_fact(x) for x in (hidden, more) if x]
    elif q.shape == "rank":
        ranked = sorted((r for r in rs if _figure(r, q) is not None), key=lambda r: _figure(r, q) * (1 if q.fewest else -1))
        if not ranked:
            return refusal(q.text, lang, W.say("refuse.unreadable", lang, read=reports_read(scope, lang)))
        if len(ranked) < 2 and len(scope) > 1:  # one figure ranks nothing: say it, and who does not give one
            detail, more = W.lines([_one_line(r, q, lang) for r in rs], lang, _ids(rs))
            return Answer(q.text, "\n".join(detail), cites, facts + ([count_fact(more)] if more else []), warnings,
                          language=lang)
        top = ranked[0]
        who = named_as_asked(q)(top.report)
        tied = [r.report.id for r in ranked if _figure(r, q) == _figure(top, q)]
        lead = W.rank_lead(lang, who, F.fmt(_figure(top, q)), len(tied), q.fewest,
                           [r.report.year for r in ranked if r.report.year])
        detail, more = W.lines([_one_line(r, q, lang) for r in ranked], lang, _ids(ranked))
        text = "\n".join([lead, *detail])
        facts += [count_fact(tied, tied=True)] + ([count_fact(more)] if more else [])
    else:  # totals, comparisons and plain "how many" over several reports
        known = [(r, _figure(r, q)) for r in rs]
        total = sum(v for _, v in known if v is not None)
        missing = [r for r, v in known if v is None]
        counted = [r.report.id for r, v in known if v is not None]
        if not counted and all(r.cell is None or r.cell.status == "missing" for r in rs):
            return no_cell(q, scope, Answer(q.text, "", facts=facts, language=lang))  # no "0 in total of 0"
        text = W.say("total", lang, total=F.fmt(total), unit=rs[0].cell.unit if rs[0].cell else "件", n=len(counted))
        by_size = sorted(known, key=lambda x: (x[1] is None, -(x[1] or 0)))  # the largest first, where cut
        detail, more = W.lines([_one_line(r, q, lang) for r, _ in by_size], lang, _ids(r for r, _ in by_size))
        text += "\n" + "\n".join(detail)
        if missing:
            items, hidden = W.names([place_name(r.report) for r in missing], lang, _ids(missing))
            text += "\n" + W.say("total.missing", lang, items=items)
            facts += [count_fact(hidden)] if hidden else []
        facts += [{"aggregate": "sum", "total": total}, count_fact(counted, counted=True)]
        facts += [count_fact(more)] if more else []
    return Answer(q.text, text, cites, facts, warnings, language=lang)
