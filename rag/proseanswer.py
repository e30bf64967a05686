"""Answers from the reports' sentences: the figure a sentence gives after naming a thing, a
description quoted with the items it introduces, "which reports say …" and "who states the
most …" over the text — each quoting the sentences it rests on.
"""

from __future__ import annotations

import dataclasses
import re

from index.lexical import DOMAIN_TERMS
from index import concepts
from index import template as T
from index.model import Answer, Citation, Report
from rag import facts as F
from rag import counts as N
from rag import english
from rag import romanized
from rag import prose as P
from rag import wording as W
from rag.askkinds import ASKS_MONEY
from rag.check import count_fact
from rag.corpus import en_place, place_name, span_cite, title_cite
from rag.corpusplaces import body_names
from rag.named import ASKS_DOC_NO, asked_value, asks_ordinal
from rag.query import Query
from rag.refuse import refusal, reports_read
from rag.view import CorpusView


def row_in_prose(p: CorpusView, q: Query, scope: list[Report]) -> Answer | None:
    """The asked row's figure where the text gives it right after the row's name ("开展行政处罚50件"):
    the one report has no such row or cell to read."""
    row, column = q.targets[0].row, q.targets[0].column
    if column in {c.label for c in T.APPLICANT_COLUMNS} - {T.TOTAL_COLUMN}:
        # one applicant kind's count, the table lost: "其中，自然人提交申请60件"
        return named_figure(p, q, [column])
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", row):
        # a numbered template line (一、本年新收…) is the table's, or the text facts' — or an outcome
        # the text counts before naming it ("8件办理结果为本机关不掌握相关政府信息")
        keys = next((r.keys for v in T.TEMPLATES.values() for t in v if t.key == q.targets[0].table
                     for r in t.rows if r.label == row and r.leaf), ())
        if not keys and T.is_outcome(row):
            keys = (re.sub(r"^（.）", "", row),)  # a group of outcomes (（三）不予公开): its own words
        return _counted_before(p, q, keys) if keys and q.targets[0].table == T.APPLICATIONS else None
    # the row as the other template names it too (行政规范性文件 is 规范性文件 in 2019 and in prose)
    return named_figure(p, q, [row, *T.OTHER_LABELS.get(row, ()), *T.PROSE_NAMES.get(row, ())])


def _counted_before(p: CorpusView, q: Query, keys: tuple[str, ...]) -> Answer | None:
    """The one count of applications (件, 宗) in a clause that names the outcome's key after it, or the
    count written right after the key."""
    for s in P.best_sentences(p, q, list(keys), q.reports, k=3):
        for c in P.clauses(s.text):
            at = min((c.find(k) for k in keys if k in c), default=-1)
            figures = [m for m in re.finditer(r"(\d+)\s*[件宗个项]", c)]
            if at > 0 and len(figures) == 1 and figures[0].end() <= at:
                return _figure_answer(q, s, int(figures[0].group(1)), c.strip())
            key = next((k for k in keys if k in c), "")
            after = re.match(r"[的了为共计]{0,2}\s*(\d+)\s*[件宗个项]", c[at + len(key):]) if at >= 0 else None
            if after:  # …或 right after it (不予公开23宗)
                return _figure_answer(q, s, int(after.group(1)), c[at:at + len(key) + after.end()].strip())
    return None


def named_figure(p: CorpusView, q: Query, terms: list[str], narrow: tuple[str, ...] = ()) -> Answer | None:
    """The figure the text gives right after naming the most specific of ``terms`` ("工作动态信息17篇"
    among the items of a total, "生活必需品价格运行情况分析54条"), in the sentences that name it; a
    word asking for a part (``narrow``: 原创 posts of an account) first, wherever its figure stands."""
    terms = list(dict.fromkeys(terms))
    # (nothing else named between the word and its figure, how much of the asked words the item
    # names, the asked counter, -order): "财政信息83条" over "门户网上发布部门动态20条", "省级媒体发稿104篇"
    # over "国家级媒体发稿17篇" for 省级 + 媒体, "政策解读13条" over "更新信息151条" for 更新 + 政策解读,
    # "办理行政许可456件" over "公示的行政许可44项" for how many … cases
    unit = N.asked_unit(q.text, q.language)
    # of two words as specific, the one written next to the asking (省州采用了几条, 多少条财政信息)
    ask = re.search(r"几|多少", q.text)

    def near(term: str) -> int:
        at = q.text.find(term)
        if ask is None or at < 0:
            return len(q.text)
        return ask.start() - (at + len(term)) if at < ask.start() else at - ask.end()
    found = []
    weigh = P.phrase_weight(p)
    one = p.by_id.get(q.reports[0]) if q.reports and len(q.reports) == 1 else None
    for order, term in enumerate(terms):
        sents = P.best_sentences(p, q, [term], q.reports, k=3)
        if one is not None and len(term) >= 4 and not any(term in s.text for s in sents) and not _names(one, term):
            # a long term the one report writes, in a passage the question's search did not reach
            # (an English question's words): its sentences that write it too
            sents += [P.Sentence(one, a, b, t, 0.0, 1.0) for a, b, t in P.sentences_of(one, 0, len(one.text))
                      if term in t][:3]
        # an English question's concept (通知公告) as the report may write it (公告类信息4861条), only
        # where the report never gives a figure after the concept's own name
        alike = [v for v in concepts.same_as(term) if v != term and len(v) >= 2] if q.language == "en" else []
        before = len(found)
        for literal, words in ((True, [term]), (False, alike)):
            for s, c in ((s, c) for s in sents for c in P.clauses(s.text)):
                word, got = next(((w, g) for w in words if (g := P.figure_after(c, w)) is not None), (term, None))
                clean = got is not None and not N.between(got[1], word, terms + alike)
                if got is None and len(term) >= 3 and literal:  # 48件行政规范性文件: the figure before the word
                    got = N.figure_before(c, "", term)
                    got = got if got is not None and got[1].endswith(term) else None
                    clean = True
                if got is not None and not N.counts_other_kind(unit, got[1]):
                    counted = bool(unit) and re.search(r"\d\s*(?:余|多)?\s*" + unit, got[1]) is not None
                    # (the asked words it names, weighed by how rare they are: 政府信息 names little)
                    found.append(((term in narrow, clean, round(sum(weigh(t) for t in terms if t in got[1]), 3), counted, -near(term),
                                   -order), got, s))
            if len(found) > before:
                break
    if not found:
        return None
    _, (value, clause), s = max(found, key=lambda x: x[0])
    return _figure_answer(q, s, value, clause)


def _own(rep: Report) -> tuple[str, ...]:
    """The report's body and place names."""
    own = [rep.agency.name, *rep.agency.aliases] if rep.agency else []
    return tuple(own + ([x for x in (rep.place.county, rep.place.city) if x] if rep.place else []))


def _names(rep: Report, term: str) -> bool:
    """The term is the report's body or place (化隆县群科新区综合服务中心 quoted in an English question)."""
    return any(o and (o in term or term in o) for o in _own(rep))


def _figure_answer(q: Query, s: P.Sentence, value: float, clause: str) -> Answer:
    """One figure read from one sentence: the clause stating it first, then the sentence, cited."""
    who = _who(s.report, q.language)
    lead = f"{who}：{clause}（{F.fmt(value)}）。" if q.language == "zh" else f"{who}: {F.fmt(value)} — “{clause}”."
    return Answer(q.text, lead + f"\n“{s.text}”", [_sentence_citation(s)],
                  [{"value": value, "from": clause, "report_id": s.report.id}], language=q.language)


def _no_money(q: Query, clause: str) -> bool:
    """A sum of money asked for (收了多少费用) and the clause states none (申请13件)."""
    return bool(ASKS_MONEY.search(q.text)) and not re.search(r"元|费|金额", clause)


# the items a report counts, in general: counted, they say nothing of which
_ITEMS = {"信息", "政府信息", "政务信息", "稿件", "文章", "内容", "条信息"}


def counted_figure(p: CorpusView, q: Query) -> Answer | None:
    """"有几名专职人员": the figure the text writes right before the thing counted ("现有3名专职人员"),
    in the sentences that name it — never a figure after another word of the question."""
    if q.language == "zh":
        asked = N.counted_thing(q.text)
        if asked is None:
            return None
        counter, thing = asked
        if re.sub(r"[？?。，,！!\s]+$", "", thing) in _ITEMS and len(P.focus_terms(q.text, q.language, focus_names(p, q))) > 2:
            return None  # 通过政务新媒体发了多少条政府信息: items in general; the other words say which
        def counted_in(text: str) -> tuple[float, str] | None:
            # …or right after it, in the same counter (多少条政策解读: "政策解读49条"), a thing of three
            # characters at least (几件申请 asks which applications: 按期答复1件, not 申请2件)
            return N.figure_before(text, counter, thing) or next(
                (a for k in range(len(thing), 2, -1) if thing[:k] in text and (a := P.figure_after(text, thing[:k])) is not None
                 and re.search(r"\d\s*(?:余|多)?\s*" + counter + "$", a[1])), None)

        # the question's other words (清理了多少项行政审批事项: 清理) pick the clause where the thing is
        # counted so (…412项行政审批事项的办事指南…，今年共清理行政审批事项14项: 14)
        doing = [t for t in P.focus_terms(q.text, q.language, focus_names(p, q)) if t not in thing]
        # (searched by the thing and those words: a long body's name in the question finds its page's
        # fields first, 索引号 and 关键词, never the sentence that counts the thing)
        looked = dataclasses.replace(q, text=" ".join([thing, *doing]))
        # (a sentence may qualify the thing, 43个政府组成部门 for 政府部门: its head noun names it too)
        for s in P.best_sentences(p, looked, list(dict.fromkeys([thing[:4], thing[:4][-2:]])), q.reports, k=5):
            got = next((g for c in P.clauses(s.text) if any(P.covers(t, c) for t in doing)
                        and (g := counted_in(c)) is not None), None) if doing else None
            got = got or counted_in(s.text)
            if got is not None:
                return _figure_answer(q, s, *got)
        return None
    # "how many parent representatives": the thing in Chinese (家长代表), else its head noun (代表),
    # as the text counts it (25名代表)
    words = N.counted_words(q.text)
    for thing in english.chinese_terms(words)[:2] if words else ():
        for head in dict.fromkeys((thing, thing[-2:])):
            for s in P.best_sentences(p, dataclasses.replace(q, text=f"{thing} {head}"), [head], q.reports, k=5):
                got = N.figure_before(s.text, "", head)
                if got is not None and got[1].endswith(head):
                    return _figure_answer(q, s, *got)
    return None


def _counted(q: Query) -> tuple[str, ...]:
    """The thing the question counts, as the text may write it ("how many questionnaires": 问卷,
    调查表; 几份问卷: 问卷)."""
    if q.language == "zh":
        asked = N.counted_thing(q.text)
        return (asked[1][:2],) if asked else ()
    words = N.counted_words(q.text)
    return tuple(english.chinese_terms(words)[:2]) if words else ()


def focus_names(p: CorpusView, q: Query) -> list[str]:
    named = getattr(p.places, "named", None)  # the corpus's index of places, when it has one
    places = [x for x in map(named, q.places) if x] if named else [pl for pl in p.places if pl.name in q.places]
    names = [a for pl in places for a in pl.aliases]
    # the body's own name as the question writes it (…景区管委会 for 管理委员会): no word to look for
    names += body_names(p.by_id, q.reports, contracted_too=True)
    if q.language == "en":  # "the Qingpu health and family planning commission": the body, no words to look for
        names += [e for i in (q.reports or [])[:20] if (r := p.by_id.get(i)) is not None and r.agency
                  for e in (r.agency.kind_en or "").split("|") if len(e) > 6]
    return names + [str(y) for y in q.years]


# A change or a share asked (比上年降了多少, what percentage): a percentage answers it
_ASKS_RATE = re.compile(r"[降减增涨升]|提高|比例|比率|百分|占比|率|percent|%|\brate\b|\bdrop|\bfall|\bfell\b|\brise\b|\brose\b|"
                        r"increase|decrease|decline|\bshare\b", re.I)


_ASKS_PERCENT = re.compile(r"百分之几|百分比|多少个百分点|(?:what|which) percent|by how much|how much (?:did|was|were|has|have)", re.I)


def prose_answer(p: CorpusView, q: Query, scope: list[Report], narrow: tuple[str, ...] = ()) -> Answer:
    lang = q.language
    terms = P.focus_terms(q.text, lang, focus_names(p, q))
    if q.shape in ("which", "list", "rank") and (q.reports is None or len(q.reports) > 1) and not q.places:
        read = best_reports(p, q, scope)
        a = _which_mention(p, q, terms, read) if q.shape != "rank" else _rank_prose(p, q, terms, read)
        if a is not None:
            if len(read) < len(scope):
                a.text += "\n" + W.say("prose.searched", lang, n=len(read), total=len(scope))
                a.facts += [count_fact([r.id for r in read], read=True), count_fact([r.id for r in scope], corpus=True)]
            return a
    if q.shape == "how_many" and len(scope) == 1:  # not a total: 原创和转发的 sums two named figures
        # the report's own words: as the question writes them, or quoted in an English question (网上民声)
        # …or an English compound the report writes (work information: 工作信息)
        # …or a name it writes in pinyin ("Jiankang Taining" Meipian: 健康泰宁 美篇)
        named = P.shared_phrases(q.text, P.normalized(scope[0].text).text, focus_names(p, q)) if lang == "zh" else \
            re.findall(r"[\u4e00-\u9fff]{2,}", q.text) + romanized.names_in(
                q.text, P.normalized(scope[0].text).text, tuple(focus_names(p, q)) + _own(scope[0])) + [
                t for t in P.focus_terms(q.text, lang, focus_names(p, q), general=False)
                if len(t) >= 4 and t not in terms and t in P.normalized(scope[0].text).text]
        # an English question's own words reach the text as a dictionary's senses (财政 for financial)
        told = counted_figure(p, q) or \
            named_figure(p, q, [*narrow, *named, *sorted((t for t in terms if len(t) >= (3 if lang == "zh" else 2)),
                                                         key=len, reverse=True)], narrow)
        if told is not None and _no_money(q, " ".join(str(f.get("from", "")) for f in told.facts)):
            told = None  # 收了多少费用: a count of applications is no sum of money
        if told is not None:
            return told
    best = P.best_sentences(p, q, terms, q.reports, k=5)
    if not best or max(s.coverage for s in best) < 0.5:
        return refusal(q.text, lang, W.say("refuse.no_sentence", lang, read=reports_read(scope, lang)))
    # (a figure's sentence ranked first by its figure may name fewer of the words: the best covered
    # leads, the figure's stays in reach below)
    top = next(s for s in best if s.coverage >= 0.5)
    if asks_ordinal(q.text):  # 第几年: the kept sentence that states one (…开展的第七年)
        top = next((s for s in best if s.coverage >= 0.5 and asked_value(q.text, s.text, terms)), top)
    keep = [s for s in best if s.coverage >= 0.5 and s.score >= top.score - 0.35][:3]
    near = [s for s in best if s is not top and s.coverage >= 0.4 and s.score >= top.score - 0.35]
    who = _who(top.report, lang)
    if (q.shape in ("how_many", "total") or (q.shape == "difference" or _ASKS_PERCENT.search(q.text)) and len(scope) == 1) \
            and not ASKS_DOC_NO.search(q.text):  # 文号是多少: a document's number, no count
        # (one report's change, 比上年降了多少: the figure the text states for it)
        unit = N.asked_unit(q.text, lang)
        rate = bool(_ASKS_RATE.search(q.text))
        value, clause = P.number_in(top.text, terms, total=q.shape == "total", weight=P.term_weight(p), narrow=narrow,
                                    unit=unit, things=_counted(q), percent=rate)
        if value is None:
            # the best sentence counts other things (政府开放日2条 for how many people), or none (加强“义务
            # 教育”专栏管理): the next kept one that gives a figure of the asked kind, in a clause naming
            # a word of the question
            for s in near:
                got = P.number_in(s.text, terms, weight=P.term_weight(p), narrow=narrow, unit=unit, things=_counted(q),
                                  percent=rate)
                if got[0] is not None and (unit or any(P.covers(t, got[1]) for t in terms) or P.figures_in(s.text) == 1):
                    top, (value, clause) = s, got
                    who = _who(top.report, lang)
                    keep = [top] + [x for x in keep if x is not top]  # the figure's sentence quoted first
                    break
        # the part named and no figure in its clause or after it ("…，政务新媒体公" cut), not "发布730余条
        # 图文信息" nor "维护“义务教育”专栏，主动公开…信息30条"
        unstated = [t for t in narrow if t in top.text and not re.search(r"\d", top.text[top.text.find(t):])
                    and not any(re.search(r"\d", c) for c in P.clauses(top.text) if t in c)]
        if unstated and len(scope) == 1:  # the part asked for is named, its figure is not: never the whole's
            text = W.say("refuse.no_figure", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”"
            return Answer(q.text, text, [_sentence_citation(top)], [{"unstated": unstated[0], "report_id": top.report.id}],
                          refused=True, language=lang)
        if value is not None and _no_money(q, clause):
            value = None  # 收了多少费用: a count of applications is no sum of money
        digits = P.clause_with(top.text, terms) if value is None and not ASKS_MONEY.search(q.text) else None
        if digits:  # a phone number, a postcode, a date: the clause itself is the answer
            return Answer(q.text, f"{who}：{digits}\n“{top.text}”", [_sentence_citation(top)], language=lang)
        if value is None:  # the text talks about it but gives no figure: say so, show where
            text = W.say("refuse.no_figure", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”"
            return Answer(q.text, text, [_sentence_citation(top)], refused=True, language=lang)
        lead = (f"{who}：{clause}（{F.fmt(value)}）。" if lang == "zh" else f"{who}: {F.fmt(value)} — “{clause}”.")
        return Answer(q.text, lead + "\n" + "\n".join(f"“{s.text}”" for s in keep), [_sentence_citation(s) for s in keep],
                      [{"value": value, "from": clause, "report_id": top.report.id}], language=lang)
    if _ASKS_YEAR.search(q.text) and (dated := _year_clause(top.text, terms)):
        # 哪一年成立: the year the clause naming the asked thing gives, first, as the answer
        year = _A_YEAR.search(dated).group(0).rstrip("年 ")
        lead = f"{who}：{year}（{dated}）" if lang == "zh" else f"{who}: {year} — “{dated}”"
        return Answer(q.text, lead + f"\n“{top.text}”", [_sentence_citation(top)], language=lang)
    # A description: the 一是/二是 items the best sentence introduces, or its whole sentence.
    items = P.enumeration_after(top.report, top.start, top.end)
    if items:
        rep = top.report
        cites = [_sentence_citation(top)] + [
            span_cite(rep, x.body_span, " > ".join(x.path)) for x in items]
        lead = f"{who}：" + "；".join(x.heading for x in items) + ("。" if lang == "zh" else ".")
        body = [f"“{top.text}”"] + [f"{x.heading}：“{rep.quote(x.body_span).strip()[:160]}”" for x in items]
        return Answer(q.text, lead + "\n" + "\n".join(body), cites, language=lang)
    if q.shape != "yes_no" and (value := asked_value(q.text, top.text, terms)) is not None:
        # 叫什么, 网址, 由谁任组长: the name, address or person first, the sentence after it
        return Answer(q.text, f"{who}：{value}\n“{top.text}”" if lang == "zh" else f"{who}: {value}\n“{top.text}”",
                      [_sentence_citation(top)], language=lang)
    cites, quotes = [], []
    for s in keep[:2]:
        lo, hi, text = P.passage_from(p, s)
        cites.append(_sentence_citation(P.Sentence(s.report, lo, hi, text, s.score, s.coverage, s.passage_id)))
        quotes.append(text)
    lead = (_yes_no(top.text, terms, who, lang) if q.shape == "yes_no" else None) or W.say("prose.says", lang, who=who)
    return Answer(q.text, lead + "\n" + "\n".join(f"“{t}”" for t in dict.fromkeys(quotes)), cites, language=lang)


_ASKS_YEAR = re.compile(r"哪一?年|哪个年份|什么年份|何年|what year|which year|since when|in what year", re.I)
_A_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")


def _year_clause(sentence: str, terms: list[str]) -> str | None:
    """The clause of ``sentence`` that names a term of the question and a year ("成立于1986年")."""
    for c in P.clauses(sentence):
        if _A_YEAR.search(c) and any(P.covers(t, c) for t in terms):
            return c.strip()
    return None


# a negation standing just before the thing asked about, in its clause: 未收取信息处理费, 没有发生
_NEGATED = re.compile(r"(?:未|没有|无|不|尚未|暂无|均未)[\u4e00-\u9fff]{0,4}$")


_SUBJECT_WORDS = {"公开", "政府", "信息", "政务", "政府信息", "信息公开", "政务公开", "工作"}


def _yes_no(sentence: str, terms: list[str], who: str, lang: str) -> str | None:
    """Yes or no, when the clause that names the thing asked about says which: negated (未收取信息
    处理费) is no; stated with a figure above zero is yes; anything else is left to the quote."""
    # the thing asked about, not the report's subject (公开政府信息 收不收费: the fee), in any of its words
    terms = [t for t in terms if t not in _SUBJECT_WORDS] or terms
    named = [(c, v) for c in P.clauses(sentence) for t in sorted(terms, key=len, reverse=True)
             for v in concepts.same_as(t) if len(v) >= 2 and v in c]
    if not named:
        return None
    clause, term = max(named, key=lambda x: (P.names_itself(*x), len(x[1])))
    if _NEGATED.search(clause[: clause.index(term)]):
        return W.say("yes_no.no", lang, who=who, clause=clause.strip())
    if any(float(n) > 0 for n in re.findall(r"\d+(?:\.\d+)?", clause)):
        return W.say("yes_no.yes", lang, who=who, clause=clause.strip())
    return None


# what became of an application besides the template's outcomes (1项当事人撤销信息公开申请)
_HANDLED = T.OUTCOME_WORDS + ("撤回", "撤销", "其他处理", "答复", "告知")


def handling_answer(p: CorpusView, q: Query, scope: list[Report]) -> Answer | None:
    """"申请最后是怎么处理的": the sentence of one report that says what became of its applications,
    with a figure and an outcome (…1项当事人撤销信息公开申请,1项依规予以公开)."""
    if len(scope) != 1:
        return None
    looked = dataclasses.replace(q, text="申请 " + " ".join(_HANDLED))
    for s in P.best_sentences(p, looked, ["申请", *_HANDLED], q.reports, k=8):
        if re.search(r"\d", s.text) and sum(w in s.text for w in _HANDLED) >= 1 and ("申请" in s.text or "件" in s.text):
            who = _who(s.report, q.language)
            lead = f"{who}的报告写道：" if q.language == "zh" else f"{who} says:"
            return Answer(q.text, f"{lead}\n“{s.text}”", [_sentence_citation(s)], language=q.language)
    return None


def _who(rep: Report, lang: str) -> str:
    agency = rep.agency.name if rep.agency else place_name(rep)
    return f"{agency}（{rep.year}年）" if lang == "zh" else f"{en_place(rep)}, {rep.year}"


def _sentence_citation(s: P.Sentence) -> Citation:
    rep = s.report
    sec = next((x for x in reversed(rep.sections) if x.span[0] <= s.start < x.span[1]), None)
    return Citation(rep.id, rep.agency.name if rep.agency else "", rep.year,
                    " > ".join(sec.path) if sec else "", rep.quote((s.start, s.end)), (s.start, s.end), s.passage_id)


PROSE_READ = 60  # reports a "which reports say …" question reads whole, at most


def best_reports(p: CorpusView, q: Query, scope: list[Report]) -> list[Report]:
    """The reports a question over the text reads: all of them when they are few; else those whose
    passages best match the question (each read whole costs milliseconds: ten thousand cannot be)."""
    if len(scope) <= PROSE_READ:
        return scope
    by_id = {r.id: r for r in scope}
    best = dict.fromkeys(h.passage.report for h in p.search(q, k=4 * PROSE_READ) if h.passage.report in by_id)
    return [by_id[rid] for rid in list(best)[:PROSE_READ]]


def _which_mention(p: CorpusView, q: Query, terms: list[str], scope: list[Report]) -> Answer | None:
    """"Which reports mention X": X is the most specific focus term any report contains."""
    terms = list(dict.fromkeys(P.quoted_terms(q.text) + terms))
    df = {t: sum(1 for r in scope if t in P.normalized(r.text).text) for t in terms}
    candidates = [t for t in terms if df[t] > 0]
    if not candidates:
        return None
    # Numbers (12345) and quoted words name the thing itself; then the template's and reports'
    # own terms; only then the rarest other word.
    quoted = P.quoted_terms(q.text)
    ranked = sorted(candidates, key=lambda t: (not t.isdigit(), t not in quoted, t not in DOMAIN_TERMS,
                                               df[t], -len(t)))
    term = ranked[0]
    found = P.mentions(p, term, scope)
    lang = q.language
    ids = [r.id for r, _, _ in found]
    names, hidden = W.names([place_name(r) if lang == "zh" else en_place(r) for r, _, _ in found], lang, ids)
    text = W.say("mention.head", lang, term=term, names=names)
    detail, more = W.lines([f"{place_name(r)}：“{s}”" for r, _, s in found], lang, ids)
    text += "\n" + "\n".join(detail)
    cites = [span_cite(r, span) for r, span, _ in found]
    rest = [r for r in scope if r.id not in set(ids)]
    if rest and len(rest) <= W.NAMES:  # a few reports read: the ones that do not mention it, named too
        text += "\n" + W.say("mention.not", lang, n=len(rest), term=term,
                             items=W.sep(lang).join(place_name(r) if lang == "zh" else en_place(r) for r in rest))
        cites += [title_cite(r) for r in rest]
        facts_rest = [count_fact([r.id for r in rest])]
    else:
        facts_rest = []
    facts = [{"report_id": r.id, "place": place_name(r), "year": r.year, "mentions": term} for r, _, _ in found]
    return Answer(q.text, text, cites, facts + [count_fact(x) for x in (hidden, more) if x] + facts_rest, language=lang)


def _rank_prose(p: CorpusView, q: Query, terms: list[str], scope: list[Report]) -> Answer | None:
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
