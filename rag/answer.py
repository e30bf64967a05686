"""``answer()``: from a question to an Answer with citations, or an honest refusal.

Order of business: resolve a follow-up against the conversation; refuse places and years the
corpus does not cover; answer questions about the corpus itself; answer template quantities
from the table store; otherwise quote the sentences that answer. Every number in the text is
then checked against what the answer cites; a line with an unbacked number is dropped.
"""

from __future__ import annotations

import re

from index import template as T
from index.model import Answer, Citation, Report
from rag import facts as F
from rag import prose as P
from rag.corpus import corpus_answer, coverage, place_name
from rag.followup import resolve
from rag.query import Query, language_of

MAX_QUESTION = 2000
_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff0-9]")
_TABLE_WORDS = re.compile(r"表格|表中|表里|表\b|\btable\b", re.I)
_TEXT_WORDS = re.compile(r"正文|文字|text\b|按报告", re.I)
_ASKS_CONTENT = re.compile(r"内容|是什么|申请了什么|谁申请|what (?:was|were|did)|about what|who (?:applied|asked)", re.I)
_NEGATIVE = re.compile(r"没有|未|did not|didn'?t|not accept|no applications|none", re.I)


def refusal(question: str, lang: str, reason_zh: str, reason_en: str, p=None) -> Answer:
    cover = ("\n" + coverage(p, lang)) if p is not None else ""
    text = (f"报告中没有这方面的信息：{reason_zh}" if lang == "zh" else f"The reports do not say: {reason_en}") + cover
    return Answer(question, text, refused=True, language=lang)


def answer(p, question: str, history: list[dict[str, str]], place: str | None = None,
           year: int | None = None) -> Answer:
    question = (question or "").strip()[:MAX_QUESTION]
    lang = language_of(question) if question else "zh"
    if not _WORDS.search(question):
        return refusal(question, lang, "问题是空的或没有可检索的文字。", "the question is empty or has no words to search for.")
    q = resolve(p, question, history)
    lang = q.language
    if place or year:
        allowed = {r.id for r in p.reports if (not place or place_name(r) == place) and (not year or r.year == year)}
        q.reports = sorted(allowed if q.reports is None else allowed & set(q.reports))
    if q.unknown_places and not q.places:
        where = "、".join(q.unknown_places)
        return refusal(question, lang, f"语料库中没有{where}的年报。", f"there is no report for {where} in the corpus.", p)
    if q.reports == [] :
        asked = "、".join(q.places + [f"{y}年" for y in q.years])
        return refusal(question, lang, f"语料库中没有{asked}的年报。",
                       f"there is no report for {', '.join(q.places + [str(y) for y in q.years])} in the corpus.", p)
    if q.targets and q.shape == "open" and _ASKS_CONTENT.search(q.text):
        return refusal(question, lang, "年报只统计申请和案件的数量及办理结果，不载明其具体内容。",
                       "annual reports count applications and cases and their outcomes; they never give their "
                       "content.", p)
    scope = [p.by_id[i] for i in (q.reports if q.reports is not None else sorted(p.by_id))]
    a = corpus_answer(p, q, scope)
    if a is None and q.targets:
        a = table_answer(p, q, scope)
    if a is None:
        a = prose_answer(p, q, scope)
    a.question, a.language = question, lang
    return verify(a, p)


# ---- tables ---------------------------------------------------------------------------------

def _row_citation(p, r: F.Reading) -> Citation:
    rep = r.report
    passage = p.retriever.row_passage(rep.id, r.target.table, r.target.row)
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
        f"{_en_place(rep)}, {rep.year}"
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
    """One place of a "which" answer with its figure and where the figure comes from."""
    unit = r.cell.unit if r.cell else "件"
    table = r.cell.value if r.cell is not None and r.cell.status == "ok" else None
    if lang == "zh":
        if r.disagree:
            return f"{place_name(r.report)}（正文称 {r.prose} {unit}，表格为 {F.fmt(table)} {unit}，二者不一致）"
        if r.prose is not None and table is None:
            return f"{place_name(r.report)}（据正文 {r.prose} {unit}；{F.describe_cell(r, lang).split('；')[-1]}）"
        return f"{place_name(r.report)}（{F.fmt(_figure(r, q))} {unit}）"
    if r.disagree:
        return f"{_en_place(r.report)}: the text says {r.prose}, the table {F.fmt(table)}"
    if r.prose is not None and table is None:
        return f"{_en_place(r.report)}: {r.prose} per the text ({F.describe_cell(r, lang).split('; ')[-1]})"
    return f"{_en_place(r.report)}: {F.fmt(_figure(r, q))}"


def _en_place(rep: Report) -> str:
    name = place_name(rep)
    py = rep.place.english if rep.place else None
    return f"{py} ({name})" if py else name


def table_answer(p, q: Query, scope: list[Report]) -> Answer | None:
    lang = q.language
    rs = F.readings(scope, q)
    if not rs:
        t = q.targets[0]
        return refusal(q.text, lang, f"所涉报告的表格中没有“{t.row}”这一项。",
                       f"the tables of these reports have no row for {T.english(t.row) or t.row}.", p)
    cites: list[Citation] = []
    for r in rs:
        cites.append(_row_citation(p, r))
        pc = _prose_citation(r)
        if pc:
            cites.append(pc)
    warnings = list(dict.fromkeys(f.message for r in rs for f in r.findings))
    many = len(rs) > 1 or q.wants_all_places
    if not many:
        text = _one_line(rs[0], q, lang)
    elif q.shape in ("which", "list") and q.shape != "total":
        negative = bool(_NEGATIVE.search(q.text))
        chosen = [r for r in rs if (_figure(r, q) == 0 if negative else (_figure(r, q) or r.disagree and r.prose))]
        rest = [r for r in rs if r not in chosen]
        sep, none, end = ("、", "没有", "。") if lang == "zh" else ("; ", "None", ".")
        head = sep.join(_which_item(r, q, lang) for r in chosen) or none
        text = head + end + ("\n" + "\n".join(_one_line(r, q, lang) for r in rest) if rest else "")
        if chosen and any(r.disagree for r in chosen):
            text += "\n" + ("注意：部分报告的正文与表格不一致，见下方引用。" if lang == "zh"
                            else "Note: in some reports the text and the table disagree; see the sources.")
    elif q.shape == "rank":
        ranked = sorted((r for r in rs if _figure(r, q) is not None), key=lambda r: -_figure(r, q))
        if not ranked:
            return refusal(q.text, lang, "相关表格数值均无法读取。", "none of the table values can be read.", p)
        top = ranked[0]
        text = (f"{place_name(top.report)}最多：{F.fmt(_figure(top, q))}。" if lang == "zh"
                else f"{_en_place(top.report)} has the most: {F.fmt(_figure(top, q))}.")
        text += "\n" + "\n".join(_one_line(r, q, lang) for r in ranked)
    else:  # totals, comparisons and plain "how many" over several reports
        known = [(r, _figure(r, q)) for r in rs]
        total = sum(v for _, v in known if v is not None)
        missing = [r for r, v in known if v is None]
        if lang == "zh":
            text = f"合计 {F.fmt(total)} {rs[0].cell.unit if rs[0].cell else '件'}（{len(known) - len(missing)} 份报告）。"
        else:
            text = f"In total {F.fmt(total)} (over {len(known) - len(missing)} reports)."
        text += "\n" + "\n".join(_one_line(r, q, lang) for r in rs)
        if missing:
            text += "\n" + ("未计入（无法读取）：" if lang == "zh" else "Not counted (unreadable): ") + \
                "、".join(place_name(r.report) for r in missing)
        return Answer(q.text, text, cites, [_fact(r) for r in rs] + [{"aggregate": "sum", "total": total}],
                      warnings, language=lang)
    return Answer(q.text, text, cites, [_fact(r) for r in rs], warnings, language=lang)


# ---- prose ----------------------------------------------------------------------------------

def _names(p, q: Query) -> list[str]:
    names = [a for pl in p.places for a in pl.aliases if pl.name in q.places]
    return names + [str(y) for y in q.years]


def prose_answer(p, q: Query, scope: list[Report]) -> Answer:
    lang = q.language
    terms = P.focus_terms(q.text, lang, _names(p, q))
    if q.shape in ("which", "list", "rank") and (q.reports is None or len(q.reports) > 1) and not q.places:
        a = _which_mention(p, q, terms, scope) if q.shape != "rank" else _rank_prose(p, q, terms, scope)
        if a is not None:
            return a
    best = P.best_sentences(p, q, terms, q.reports, k=5)
    if not best or best[0].coverage < 0.5:
        return refusal(q.text, lang, "找不到回答这个问题的句子。", "no sentence in them answers this question.", p)
    top = best[0]
    keep = [s for s in best if s.coverage >= 0.5 and s.score >= top.score - 0.35][:3]
    who = _who(top.report, lang)
    if q.shape in ("how_many", "total"):
        value, clause = P.number_in(top.text, terms, total=q.shape == "total", weight=P.term_weight(p))
        digits = P.clause_with(top.text, terms) if value is None else None
        if digits:  # a phone number, a postcode, a date: the clause itself is the answer
            return Answer(q.text, f"{who}：{digits}\n“{top.text}”", [_sentence_citation(top)], language=lang)
        if value is None:  # the text talks about it but gives no figure: say so, show where
            text = (f"报告提到了相关内容，但没有给出具体数字。\n“{top.text}”" if lang == "zh"
                    else f"The reports do not give this figure; they only mention it:\n“{top.text}”")
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
    return f"{agency}（{rep.year}年）" if lang == "zh" else f"{_en_place(rep)}, {rep.year}"


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
    names = "、".join(place_name(r) for r, _, _ in found) if lang == "zh" else \
        "; ".join(_en_place(r) for r, _, _ in found)
    text = (f"提到“{term}”的报告：{names}。" if lang == "zh" else f"Reports that mention “{term}”: {names}.")
    text += "\n" + "\n".join(f"{place_name(r)}：“{s}”" for r, _, s in found)
    cites = [Citation(r.id, r.agency.name if r.agency else "", r.year, "", r.quote(span), span) for r, span, _ in found]
    return Answer(q.text, text, cites, language=lang)


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
            else f"{_en_place(rep)} has the most: {F.fmt(value)} — “{clause}”.")
    text += "\n" + "\n".join(f"{place_name(r)}（{r.year}年）：{F.fmt(v)}" for v, r, _, _ in rows)
    return Answer(q.text, text, [_sentence_citation(x[2]) for x in rows],
                  [{"value": v, "from": c, "report_id": r.id} for v, r, _, c in rows], language=lang)


# ---- the last check -------------------------------------------------------------------------

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def verify(a: Answer, p) -> Answer:
    """Drop any line stating a number that nothing cited backs (quotes, cells, computed facts,
    report years, counts of reports)."""
    if a.refused:
        return a
    backed: set[str] = set()
    for c in a.citations:
        backed.update(x.replace(",", "") for x in _NUMBER.findall(c.quote))
    for f in a.facts:
        for k in ("value", "prose_value", "year", "total"):
            if f.get(k) is not None:
                backed.add(F.fmt(f[k]))
    backed.update(str(r.year) for r in p.reports if r.year)
    backed.update(r.template for r in p.reports if r.template)
    backed.update(str(i) for i in range(0, len(p.reports) + 1))
    kept, dropped = [], 0
    for line in a.text.split("\n"):
        nums = [x.replace(",", "") for x in _NUMBER.findall(line)]
        if all(n in backed or n.rstrip("0").rstrip(".") in backed for n in nums):
            kept.append(line)
        else:
            dropped += 1
    if dropped and not any(x.strip() for x in kept):
        return refusal(a.question, a.language, "无法由引用核实答案中的数字。", "no figure in the answer could be "
                       "checked against its sources.", p)
    if dropped:
        a.text = "\n".join(kept)
        a.warnings.append(f"已删除 {dropped} 行无法由引用核实的数字 (dropped {dropped} line(s) with unbacked numbers)")
    return a
