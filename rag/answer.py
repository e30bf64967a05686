"""``answer()``: from a question to an Answer with citations, or an honest refusal.

Order of business: resolve a follow-up against the conversation; refuse places and years the
corpus does not cover (naming at most five close alternatives, never the corpus list); answer
questions about the corpus itself; answer template quantities from the table store; otherwise
quote the sentences that answer. A cross-report answer gives its direct answer first, then at
most ``wording.LINES`` lines and "and N more" (every report's figure stays in its facts). Every
number in the text is then checked by ``rag.check`` against what the answer cites; a line with
an unbacked number is dropped.
"""

from __future__ import annotations

import dataclasses
import re

from index import template as T
from index.model import Answer, Citation, Report
from rag import facts as F
from rag import prose as P
from rag import wording as W
from rag.askkinds import asked_kinds, broad
from rag.check import count_fact, verify
from rag.compare import difference
from rag.corpus import corpus_answer, en_place, place_name
from rag.followup import resolve
from rag.query import Query, Target, language_of
from rag.refuse import no_report, reports_read, refusal
from rag.textanswer import fact_answer, narrower, speaks_of

MAX_QUESTION = 2000
_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff0-9]")
_TABLE_WORDS = re.compile(r"表格|表中|表里|表\b|\btable\b", re.I)
_TEXT_WORDS = re.compile(r"正文|文字|text\b|按报告", re.I)
_ASKS_CONTENT = re.compile(r"内容|是什么|申请了什么|谁申请|what (?:was|were|did)|about what|who (?:applied|asked)", re.I)
_NEGATIVE = re.compile(r"没有|未|没(?:收|受|接|办)|一[件个条]也?都?没|did not|didn'?t|not accept|\bno\b|\bnone\b|(?<!non-)(?<!non)\bzero\b", re.I)
# "were the applications all completed?": answered by what was carried forward to the next year
_COMPLETED = re.compile(r"办结|办完|办理完|处理完|全部办理|finish|settled|complet|conclud|closed|dealt with", re.I)


def answer(p, question: str, history: list[dict[str, str]], place: str | None = None,
           year: int | None = None) -> Answer:
    question = (question or "").strip()[:MAX_QUESTION]
    lang = language_of(question) if question else "zh"
    if not _WORDS.search(question):
        return refusal(question, lang, W.say("refuse.empty", lang))
    q = resolve(p, question, history)
    lang = q.language
    if place or year:
        allowed = {r.id for r in p.reports if (not place or place_name(r) == place) and (not year or r.year == year)}
        q.reports = sorted(allowed if q.reports is None else allowed & set(q.reports))
    if (q.unknown_places and not q.places) or q.reports == []:
        return no_report(p, q, question, place, year)
    if q.targets and q.targets[0].table != T.ACTIVE and q.shape == "open" and _ASKS_CONTENT.search(q.text):
        return refusal(question, lang, W.say("refuse.content", lang))
    scope = [p.by_id[i] for i in (q.reports if q.reports is not None else sorted(p.by_id))]
    a = corpus_answer(q, scope)
    narrow: tuple[str, ...] = ()  # words asking for a part of a fact kind's figure
    kinds_asked: list[str] = []
    if a is None and q.targets:
        a = table_answer(p, q, scope)
        if len(scope) == 1 and q.shape == "how_many" and _no_figure(a):
            a = _row_in_prose(p, q, scope) or a  # a row the report's table lacks, stated in its text
        elif len(scope) == 1 and q.shape == "how_many":
            # the asker quotes the report's own word for the thing (网上民声): its figure, not the row's
            quoted = [t for t in P.quoted_terms(q.text) if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", t)
                      and t not in q.targets[0].row]
            a = (_named_figure(p, q, quoted) if quoted else None) or a
    if a is None and not q.targets:
        kinds = asked_kinds(q.text)
        if broad(kinds) and q.shape == "open":
            kinds = []  # "怎样的审核流程": a description, even where it names publishing
        a = fact_answer(q, scope, kinds, getattr(p, "store", None)) if kinds else None
        kinds_asked = [k for k in kinds if not broad([k])]
        narrow = tuple(narrower(q, scope, kinds, _names(p, q))) if kinds else ()
        if a is not None and narrow:
            told = prose_answer(p, q, scope, narrow)  # the sentence answers a narrower question; the kind if it cannot
            # …unless it names the part asked for and gives it no figure (a page cut after 政务新媒体公…)
            a = told if not told.refused or any("unstated" in f for f in told.facts) else a
    if a is None:
        a = prose_answer(p, q, scope, narrow)
        if kinds_asked and not narrow and not speaks_of(a, kinds_asked):  # 微博粉丝 is never the posts' 195
            a = refusal(q.text, lang, W.say("refuse.no_sentence", lang, read=reports_read(scope, lang)))
    a.question, a.language = question, lang
    return verify(a)


# ---- tables ---------------------------------------------------------------------------------

def _no_figure(a: Answer) -> bool:
    return a.refused or all(f.get("value") is None and f.get("prose_value") is None for f in a.facts if "row" in f)


def _row_in_prose(p, q: Query, scope: list[Report]) -> Answer | None:
    """The asked row's figure where the text gives it right after the row's name ("开展行政处罚50件"):
    the one report has no such row or cell to read."""
    row = q.targets[0].row
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", row):
        return None  # a numbered template line (一、本年新收…) is the table's, or the text facts'
    return _named_figure(p, q, [row])


def _named_figure(p, q: Query, terms: list[str]) -> Answer | None:
    """The figure the text gives right after naming the most specific of ``terms`` ("工作动态信息17篇"
    among the items of a total, "生活必需品价格运行情况分析54条"), in the sentences that name it."""
    for term in dict.fromkeys(terms):
        for s in P.best_sentences(p, q, [term], q.reports, k=3):
            got = P.figure_after(s.text, term)
            if got is not None:
                value, clause = got
                who = _who(s.report, q.language)
                lead = f"{who}：{clause}（{F.fmt(value)}）。" if q.language == "zh" else f"{who}: {F.fmt(value)} — “{clause}”."
                return Answer(q.text, lead + f"\n“{s.text}”", [_sentence_citation(s)],
                              [{"value": value, "from": clause, "report_id": s.report.id}], language=q.language)
    return None

def _row_citation(p, r: F.Reading) -> Citation | None:
    rep = r.report
    passage = p.retriever.row_passage(rep.id, r.target.table, r.target.row)
    if passage is None and (r.cell is None or not r.cell.span):
        return None  # no table row to quote (a figure from the text): its sentence is cited instead
    span = passage.span if passage else (r.cell.span if r.cell and r.cell.span else (0, 0))
    cell = (r.cell.table, r.cell.row, r.cell.column) if r.cell else None
    return Citation(rep.id, rep.agency.name if rep.agency else "", rep.year, r.target.table, rep.quote(span), span,
                    passage.id if passage else "", cell)


def _prose_citation(r: F.Reading) -> Citation | None:
    if r.prose_span is None:
        return None
    rep = r.report
    return Citation(rep.id, rep.agency.name if rep.agency else "", rep.year, "正文", rep.quote(r.prose_span), r.prose_span)


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
    who = f"{rep.agency.name if rep.agency else place_name(rep)}{rep.year}年" if lang == "zh" else \
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
        return f"{who}{F.label(r, lang)}：无法确定（{detail}）。" if lang == "zh" else \
            f"{who} — {F.label(r, lang)}: cannot be determined ({detail})."
    src = ""
    if r.prose is not None and (r.cell is None or r.cell.status != "ok"):
        src = f"（据正文；{F.describe_cell(r, lang).split('；')[-1]}）" if lang == "zh" else \
            f" (per the text; {F.describe_cell(r, lang).split('; ')[-1]})"
    if q.shape == "yes_no":
        yes = bool(v)
        return (f"{'是' if yes else '否'}。{who}{F.label(r, lang)}：{F.fmt(v)} {unit}{src}。" if lang == "zh"
                else f"{'Yes' if yes else 'No'}. {who} — {F.label(r, lang)}: {F.fmt(v)}{src}.")
    return f"{who}{F.label(r, lang)}：{F.fmt(v)} {unit}{src}。" if lang == "zh" else \
        f"{who} — {F.label(r, lang)}: {F.fmt(v)}{src}."


def _which_item(r: F.Reading, q: Query, lang: str) -> str:
    """One body of a "which" answer with its figure and where the figure comes from (the body,
    not just its place: a county has several bureaus)."""
    unit = r.cell.unit if r.cell else "件"
    table = r.cell.value if r.cell is not None and r.cell.status == "ok" else None
    rep = r.report
    body = rep.agency.name if rep.agency else place_name(rep)
    if lang == "zh":
        if r.disagree:
            return f"{body}（正文称 {r.prose} {unit}，表格为 {F.fmt(table)} {unit}，二者不一致）"
        if r.prose is not None and table is None:
            return f"{body}（据正文 {r.prose} {unit}；{F.describe_cell(r, lang).split('；')[-1]}）"
        return f"{body}（{F.fmt(_figure(r, q))} {unit}）"
    who = f"{rep.place.english} ({body})" if rep.place and rep.place.english else body
    if r.disagree:
        return f"{who}: the text says {r.prose}, the table {F.fmt(table)}"
    if r.prose is not None and table is None:
        return f"{who}: {r.prose} per the text ({F.describe_cell(r, lang).split('; ')[-1]})"
    return f"{who}: {F.fmt(_figure(r, q))}"


def _ids(readings) -> list[str]:
    return [r.report.id for r in readings]


def _all_completed(p, q: Query, scope: list[Report]) -> Answer | None:
    """"申请是否全部办结？" of one report: no when some were carried forward to the next year."""
    rs = F.readings(scope, dataclasses.replace(q, targets=[Target(T.APPLICATIONS, T.CARRIED_FORWARD)]),
                    getattr(p, "store", None))
    if len(rs) != 1 or _figure(rs[0], q) is None:
        return None
    r, lang = rs[0], q.language
    n = _figure(r, q)
    who = (r.report.agency.name if r.report.agency else place_name(r.report)) if lang == "zh" else \
        f"{en_place(r.report)}, {r.report.year}"
    text = W.say("handled.no" if n else "handled.yes", lang, who=who, n=F.fmt(n), row=r.target.row.split("、", 1)[-1])
    cites = [c for c in (_row_citation(p, r), _prose_citation(r)) if c is not None]
    return Answer(q.text, text, cites, [_fact(r)], language=lang)


def table_answer(p, q: Query, scope: list[Report]) -> Answer | None:
    lang = q.language
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
    # cited and warned about: the readings the text shows (every report's figure stays in the facts;
    # the "and N more" counts name the rest)
    hidden = {rid for f in a.facts if f.get("aggregate") == "count" and not {"chosen", "counted", "tied"} & set(f)
              for rid in f["items"]}
    shown = [r for r in rs if r.report.id not in hidden]
    for r in shown:
        a.citations += [c for c in (_row_citation(p, r), _prose_citation(r)) if c is not None]
    a.warnings[:0] = list(dict.fromkeys(f.message for r in shown for f in r.findings))
    return a


def _table_text(p, q: Query, scope: list[Report], rs: list[F.Reading]) -> Answer:
    lang = q.language
    cites: list[Citation] = []  # added by the caller, for the readings the text shows
    warnings: list[str] = []
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
        rest = [r for r in rs if r not in chosen]
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
        who = place_name(top.report) if lang == "zh" else en_place(top.report)
        tied = [r.report.id for r in ranked if _figure(r, q) == _figure(top, q)]
        lead = W.rank_lead(lang, who, F.fmt(_figure(top, q)), len(tied), q.fewest)
        detail, more = W.lines([_one_line(r, q, lang) for r in ranked], lang, _ids(ranked))
        text = "\n".join([lead, *detail])
        facts += [count_fact(tied, tied=True)] + ([count_fact(more)] if more else [])
    else:  # totals, comparisons and plain "how many" over several reports
        known = [(r, _figure(r, q)) for r in rs]
        total = sum(v for _, v in known if v is not None)
        missing = [r for r, v in known if v is None]
        counted = [r.report.id for r, v in known if v is not None]
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


# ---- prose ----------------------------------------------------------------------------------

def _names(p, q: Query) -> list[str]:
    names = [a for pl in p.places for a in pl.aliases if pl.name in q.places]
    return names + [str(y) for y in q.years]


def prose_answer(p, q: Query, scope: list[Report], narrow: tuple[str, ...] = ()) -> Answer:
    lang = q.language
    terms = P.focus_terms(q.text, lang, _names(p, q))
    if q.shape in ("which", "list", "rank") and (q.reports is None or len(q.reports) > 1) and not q.places:
        a = _which_mention(p, q, terms, scope) if q.shape != "rank" else _rank_prose(p, q, terms, scope)
        if a is not None:
            return a
    if q.shape == "how_many" and len(scope) == 1:  # not a total: 原创和转发的 sums two named figures
        # the report's own words: as the question writes them, or quoted in an English question (网上民声)
        named = P.shared_phrases(q.text, P.normalized(scope[0].text).text, _names(p, q)) if lang == "zh" else \
            re.findall(r"[\u4e00-\u9fff]{2,}", q.text)
        told = _named_figure(p, q, [*narrow, *named, *sorted((t for t in terms if len(t) >= 4), key=len, reverse=True)])
        if told is not None:
            return told
    best = P.best_sentences(p, q, terms, q.reports, k=5)
    if not best or best[0].coverage < 0.5:
        return refusal(q.text, lang, W.say("refuse.no_sentence", lang, read=reports_read(scope, lang)))
    top = best[0]
    keep = [s for s in best if s.coverage >= 0.5 and s.score >= top.score - 0.35][:3]
    who = _who(top.report, lang)
    if q.shape in ("how_many", "total"):
        value, clause = P.number_in(top.text, terms, total=q.shape == "total", weight=P.term_weight(p), narrow=narrow)
        # the part named and no figure in its clause or after it ("…，政务新媒体公" cut), not "发布730余条
        # 图文信息" nor "维护“义务教育”专栏，主动公开…信息30条"
        unstated = [t for t in narrow if t in top.text and not re.search(r"\d", top.text[top.text.find(t):])
                    and not any(re.search(r"\d", c) for c in P.clauses(top.text) if t in c)]
        if unstated and len(scope) == 1:  # the part asked for is named, its figure is not: never the whole's
            text = W.say("refuse.no_figure", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”"
            return Answer(q.text, text, [_sentence_citation(top)], [{"unstated": unstated[0], "report_id": top.report.id}],
                          refused=True, language=lang)
        digits = P.clause_with(top.text, terms) if value is None else None
        if digits:  # a phone number, a postcode, a date: the clause itself is the answer
            return Answer(q.text, f"{who}：{digits}\n“{top.text}”", [_sentence_citation(top)], language=lang)
        if value is None:  # the text talks about it but gives no figure: say so, show where
            text = W.say("refuse.no_figure", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”"
            return Answer(q.text, text, [_sentence_citation(top)], refused=True, language=lang)
        lead = (f"{who}：{clause}（{F.fmt(value)}）。" if lang == "zh" else f"{who}: {F.fmt(value)} — “{clause}”.")
        return Answer(q.text, lead + "\n" + "\n".join(f"“{s.text}”" for s in keep), [_sentence_citation(s) for s in keep],
                      [{"value": value, "from": clause, "report_id": top.report.id}], language=lang)
    # A description: the 一是/二是 items the best sentence introduces, or its whole sentence.
    items = P.enumeration_after(top.report, top.start, top.end)
    if items:
        rep = top.report
        cites = [_sentence_citation(top)] + [
            Citation(rep.id, rep.agency.name if rep.agency else "", rep.year, " > ".join(x.path),
                     rep.quote(x.body_span), x.body_span) for x in items]
        lead = f"{who}：" + "；".join(x.heading for x in items) + ("。" if lang == "zh" else ".")
        body = [f"“{top.text}”"] + [f"{x.heading}：“{rep.quote(x.body_span).strip()[:160]}”" for x in items]
        return Answer(q.text, lead + "\n" + "\n".join(body), cites, language=lang)
    cites, quotes = [], []
    for s in keep[:2]:
        lo, hi, text = P.passage_from(p, s)
        cites.append(_sentence_citation(P.Sentence(s.report, lo, hi, text, s.score, s.coverage, s.passage_id)))
        quotes.append(text)
    return Answer(q.text, f"{who}：\n" + "\n".join(f"“{t}”" for t in dict.fromkeys(quotes)), cites, language=lang)


def _who(rep: Report, lang: str) -> str:
    agency = rep.agency.name if rep.agency else place_name(rep)
    return f"{agency}（{rep.year}年）" if lang == "zh" else f"{en_place(rep)}, {rep.year}"


def _sentence_citation(s: P.Sentence) -> Citation:
    rep = s.report
    sec = next((x for x in reversed(rep.sections) if x.span[0] <= s.start < x.span[1]), None)
    return Citation(rep.id, rep.agency.name if rep.agency else "", rep.year,
                    " > ".join(sec.path) if sec else "", rep.quote((s.start, s.end)), (s.start, s.end), s.passage_id)


def _which_mention(p, q: Query, terms: list[str], scope: list[Report]) -> Answer | None:
    """"Which reports mention X": X is the most specific focus term any report contains."""
    terms = list(dict.fromkeys(P.quoted_terms(q.text) + terms))
    df = {t: sum(1 for r in scope if t in P.normalized(r.text).text) for t in terms}
    candidates = [t for t in terms if df[t] > 0]
    if not candidates:
        return None
    # Numbers (12345) and quoted words name the thing itself; then the template's and reports'
    # own terms; only then the rarest other word.
    quoted = P.quoted_terms(q.text)
    ranked = sorted(candidates, key=lambda t: (not t.isdigit(), t not in quoted, t not in P.DOMAIN_TERMS,
                                               df[t], -len(t)))
    term = ranked[0]
    found = P.mentions(p, term, scope)
    lang = q.language
    ids = [r.id for r, _, _ in found]
    names, hidden = W.names([place_name(r) if lang == "zh" else en_place(r) for r, _, _ in found], lang, ids)
    text = W.say("mention.head", lang, term=term, names=names)
    detail, more = W.lines([f"{place_name(r)}：“{s}”" for r, _, s in found], lang, ids)
    text += "\n" + "\n".join(detail)
    cites = [Citation(r.id, r.agency.name if r.agency else "", r.year, "", r.quote(span), span) for r, span, _ in found]
    facts = [{"report_id": r.id, "place": place_name(r), "year": r.year, "mentions": term} for r, _, _ in found]
    return Answer(q.text, text, cites, facts + [count_fact(x) for x in (hidden, more) if x], language=lang)


def _rank_prose(p, q: Query, terms: list[str], scope: list[Report]) -> Answer | None:
    """Which report states the largest figure for the focus (e.g. WeChat posts)."""
    rows = []
    for rep in scope:
        sub = Query(text=q.text, language=q.language, reports=[rep.id], shape="how_many")
        best = P.best_sentences(p, sub, terms, [rep.id], k=1)
        if best and best[0].coverage >= 0.5:
            value, clause = P.number_in(best[0].text, terms)
            if value is not None:
                rows.append((value, rep, best[0], clause))
    if not rows:
        return None
    rows.sort(key=lambda x: -x[0])
    value, rep, s, clause = rows[0]
    lang = q.language
    text = (f"{place_name(rep)}最多：{clause}（{F.fmt(value)}）。" if lang == "zh"
            else f"{en_place(rep)} has the most: {F.fmt(value)} — “{clause}”.")
    detail, more = W.lines([f"{place_name(r)}（{r.year}年）：{F.fmt(v)}" for v, r, _, _ in rows], lang,
                           [r.id for _, r, _, _ in rows])
    text += "\n" + "\n".join(detail)
    facts = [{"value": v, "from": c, "report_id": r.id} for v, r, _, c in rows]
    return Answer(q.text, text, [_sentence_citation(x[2]) for x in rows],
                  facts + ([count_fact(more)] if more else []), language=lang)
