"""Answers from the reports' sentences: the best sentence and the figure it gives for the question's
words, a description quoted with the items it introduces, "which reports say …" and "who states the
most …" over the text — each quoting the sentences it rests on. The figure or name a sentence
attaches to one asked thing (named_figure, counted_figure, row_in_prose) is ``rag.figures``'s.
"""

from __future__ import annotations

import re

from index.lexical import DOMAIN_TERMS
from index import concepts
from index.model import Answer, Report
from index.textchannels import names_account
from rag import facts as F
from rag import counts as N
from rag import romanized
from rag import prose as P
from rag import wording as W
from rag.askkinds import ASKS_MONEY, NTH
from rag.check import count_fact
from rag.corpus import en_place, place_name, span_cite, title_cite
from rag.named import ASKS_DOC_NO, POSTS, asked_value, asks_stated, gives_address
from rag.query import Query
from rag.refuse import refusal, reports_read
from rag.figures import (counted_figure, counted_things, focus_names, named_figure, no_money, own_names, sentence_citation,
                         who_of)
from rag.view import CorpusView


# A change or a share asked (比上年降了多少, what percentage): a percentage answers it
_ASKS_RATE = re.compile(r"[降减增涨升]|提高|比例|比率|百分|占比|率|percent|%|\brate\b|\bdrop|\bfall|\bfell\b|\brise\b|\brose\b|"
                        r"increase|decrease|decline|\bshare\b", re.I)


_JOINED = re.compile(r"[\u4e00-\u9fff][和及与、][\u4e00-\u9fff]|\w \band\b \w")  # two things asked together
_ASKS_PERCENT = re.compile(r"百分之几|百分比|多少个百分点|(?:what|which) percent|by how much|how much (?:did|was|were|has|have)|"
                           r"\bwhat (?:[\w-]+ ){0,4}(?:rate|ratio|percentage|proportion)\b", re.I)  # what … satisfaction rate


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
                q.text, P.normalized(scope[0].text).text, tuple(focus_names(p, q)) + own_names(scope[0])) + [
                t for t in P.focus_terms(q.text, lang, focus_names(p, q), general=False)
                if len(t) >= 4 and t not in terms and t in P.normalized(scope[0].text).text]
        # (an account's name before its channel's word names whose posts, not the thing counted: “甘谷政务”
        # 公众号收到多少条留言 counts 留言)
        named = [t for t in named if not names_account(q.text, t)]
        # an English question's own words reach the text as a dictionary's senses (财政 for financial)
        told = counted_figure(p, q) or \
            named_figure(p, q, [*narrow, *named, *sorted((t for t in terms if len(t) >= (3 if lang == "zh" else 2)),
                                                         key=len, reverse=True)], narrow)
        if told is not None and no_money(q, " ".join(str(f.get("from", "")) for f in told.facts)):
            told = None  # 收了多少费用: a count of applications is no sum of money
        if told is not None:
            return told
    best = P.best_sentences(p, q, terms, q.reports, k=5)
    # (a web address asked of one report, "where online can … be viewed": the sentence writing one, though an
    # English question's dictionary guesses, 观察 for viewed, leave it fewer of the words)
    address = next((s for s in best if s.coverage > 0 and gives_address(q.text, s.text)), None) \
        if len(scope) == 1 and max((s.coverage for s in best), default=0) < 0.5 else None
    if address is None and (not best or max(s.coverage for s in best) < 0.5):
        return refusal(q.text, lang, W.say("refuse.no_sentence", lang, read=reports_read(scope, lang)))
    # (a figure's sentence ranked first by its figure may name fewer of the words: the best covered
    # leads, the figure's stays in reach below)
    top = address or next(s for s in best if s.coverage >= 0.5)
    if asks_stated(q.text):  # 第几年, 哪个社区: the kept sentence that states one (…开展的第七年)
        top = next((s for s in best if s.coverage >= 0.5 and asked_value(q.text, s.text, terms)), top)
    keep = [s for s in best if s.coverage >= 0.5 and s.score >= top.score - 0.35][:3]
    near = [s for s in best if s is not top and s.coverage >= 0.4 and s.score >= top.score - 0.35]
    who = who_of(top.report, lang)
    if (q.shape in ("how_many", "total") or (q.shape == "difference" or _ASKS_PERCENT.search(q.text)) and len(scope) == 1) \
            and not ASKS_DOC_NO.search(q.text):  # 文号是多少: a document's number, no count
        # (one report's change, 比上年降了多少: the figure the text states for it)
        unit = N.asked_unit(q.text, lang)
        rate = bool(_ASKS_RATE.search(q.text))
        value, clause = P.number_in(top.text, terms, total=q.shape == "total", weight=P.term_weight(p), narrow=narrow,
                                    unit=unit, things=counted_things(q), percent=rate)
        if not rate and _JOINED.search(q.text) and (both := P.joint_count(top.text, terms)) is not None:
            value, clause = both  # 多少个部门和乡镇: "26个县直部门和10个乡镇", both counted
        if value is None:
            # the best sentence counts other things (政府开放日2条 for how many people), or none (加强“义务
            # 教育”专栏管理): the next kept one that gives a figure of the asked kind, in a clause naming
            # a word of the question
            for s in near:
                got = P.number_in(s.text, terms, weight=P.term_weight(p), narrow=narrow, unit=unit, things=counted_things(q),
                                  percent=rate)
                if got[0] is not None and (unit or any(P.covers(t, got[1]) for t in terms) or P.figures_in(s.text) == 1):
                    top, (value, clause) = s, got
                    who = who_of(top.report, lang)
                    keep = [top] + [x for x in keep if x is not top]  # the figure's sentence quoted first
                    break
        # the part named and no figure in its clause or after it ("…，政务新媒体公" cut), not "发布730余条
        # 图文信息" nor "维护“义务教育”专栏，主动公开…信息30条"
        unstated = [t for t in narrow if t in top.text and not re.search(r"\d", top.text[top.text.find(t):])
                    and not any(re.search(r"\d", c) for c in P.clauses(top.text) if t in c)]
        if unstated and len(scope) == 1:  # the part asked for is named, its figure is not: never the whole's
            text = W.say("refuse.no_figure", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”"
            return Answer(q.text, text, [sentence_citation(top)], [{"unstated": unstated[0], "report_id": top.report.id}],
                          refused=True, language=lang)
        if value is not None and no_money(q, clause):
            value = None  # 收了多少费用: a count of applications is no sum of money
        if value is None and ASKS_MONEY.search(q.text):
            value, clause = P.money_in(top.text)  # how much was spent: 投入3万余元, a sum of no counted things
        # (a count in a counter asked, 几次, "how many meetings": no clause of digits answers it)
        digits = P.clause_with(top.text, terms) if value is None and not ASKS_MONEY.search(q.text) \
            and not N.asked_unit(q.text, lang) else None
        if digits:  # a phone number, a postcode, a date: the clause itself is the answer
            return Answer(q.text, f"{who}{'：' if lang == 'zh' else ': '}{digits}\n“{top.text}”", [sentence_citation(top)], language=lang)
        if value is None:  # the text talks about it but gives no figure: say so, show where
            text = W.say("refuse.no_figure", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”"
            return Answer(q.text, text, [sentence_citation(top)], refused=True, language=lang)
        lead = (f"{who}：{clause}（{F.fmt(value)}）。" if lang == "zh" else f"{who}: {F.fmt(value)} — “{clause}”.")
        return Answer(q.text, lead + "\n" + "\n".join(f"“{s.text}”" for s in keep), [sentence_citation(s) for s in keep],
                      [{"value": value, "from": clause, "report_id": top.report.id}], language=lang)
    if _ASKS_YEAR.search(q.text) and (dated := _year_clause(top.text, terms)):
        # 哪一年成立: the year the clause naming the asked thing gives, first, as the answer
        year = _A_YEAR.search(dated).group(0).rstrip("年 ")
        lead = f"{who}：{year}（{dated}）" if lang == "zh" else f"{who}: {year} — “{dated}”"
        return Answer(q.text, lead + f"\n“{top.text}”", [sentence_citation(top)], language=lang)
    if _ASKS_DATE.search(q.text) and (dated := _year_clause(top.text, terms, _A_DATE)):
        # 哪天参加, "when did … take part": the date the clause naming the asked thing gives, first
        date = _A_DATE.search(dated).group(0)
        lead = f"{who}：{date}（{dated}）" if lang == "zh" else f"{who}: {date} — “{dated}”"
        return Answer(q.text, lead + f"\n“{top.text}”", [sentence_citation(top)], language=lang)
    # A description: the 一是/二是 items the best sentence introduces, or its whole sentence.
    items = P.enumeration_after(top.report, top.start, top.end)
    if items and (nth := NTH.search(q.text)) is not None:
        # 第四个方面是什么: that item — and where the report lists fewer, that it does not say (a page
        # may run its items into one paragraph: 一是…；二是…；三是…)
        from index.sections import cn_number

        n = int(nth.group(1)) if nth.group(1).isdigit() else cn_number(nth.group(1))
        listed = [part for x in items for part in _INLINE_ITEM.split(x.heading) if part.strip()]
        if n and n > len(listed):
            text = W.say("refuse.fewer_items", lang, read=reports_read([top.report], lang), n=len(listed)) + f"\n“{top.text}”"
            return Answer(q.text, text, [sentence_citation(top)], refused=True, language=lang)
        if n and len(listed) == len(items):
            items = items[n - 1:n]
        elif n:  # the items run into one paragraph: the one asked, from it
            x = next(x for x in items if listed[n - 1] in x.heading)
            cites = [sentence_citation(top), span_cite(top.report, x.body_span, " > ".join(x.path))]
            return Answer(q.text, f"{who}：{listed[n - 1].strip().rstrip('。;；')}\n“{top.text}”", cites, language=lang)
    value = asked_value(q.text, top.text, terms) if q.shape != "yes_no" else None
    if items and value is None:  # (a name asked, 抖音号叫什么, is the sentence's, not the items after it)
        rep = top.report
        cites = [sentence_citation(top)] + [
            span_cite(rep, x.body_span, " > ".join(x.path)) for x in items]
        lead = f"{who}：" + "；".join(x.heading for x in items) + ("。" if lang == "zh" else ".")
        body = [f"“{top.text}”"] + [f"{x.heading}：“{rep.quote(x.body_span).strip()[:160]}”" for x in items]
        return Answer(q.text, lead + "\n" + "\n".join(body), cites, language=lang)
    if _PERSON_ASKED.search(q.text) is not None and (value is None or not _names_someone(value)):
        # 县长是谁, who was the director, 常务副旗长叫什么名字: a person asked by a post the report names
        # no one in (or names only as the post itself)
        return Answer(q.text, W.say("refuse.no_person", lang, read=reports_read([top.report], lang)) + f"\n“{top.text}”",
                      [sentence_citation(top)], refused=True, language=lang)
    if value is not None:
        # 叫什么, 网址, 由谁任组长: the name, address or person first, the sentence after it
        return Answer(q.text, f"{who}：{value}\n“{top.text}”" if lang == "zh" else f"{who}: {value}\n“{top.text}”",
                      [sentence_citation(top)], language=lang)
    cites, quotes = [], []
    for s in keep[:2]:
        lo, hi, text = P.passage_from(p, s)
        cites.append(sentence_citation(P.Sentence(s.report, lo, hi, text, s.score, s.coverage, s.passage_id)))
        quotes.append(text)
    lead = (_yes_no(top.text, terms, who, lang) if q.shape == "yes_no" else None) or W.say("prose.says", lang, who=who)
    return Answer(q.text, lead + "\n" + "\n".join(f"“{t}”" for t in dict.fromkeys(quotes)), cites, language=lang)


# a person asked by the post they hold: 县长是谁, 组长的常务副旗长叫什么名字, who was the director
_POSTS = rf"(?:{POSTS})"
_PERSON_ASKED = re.compile(rf"{_POSTS}(?:是谁|叫什么(?:名字)?|姓什么|的?姓名)|"
                           r"\bwho (?:was|is|were) (?:the )?(?:deputy )?(?:director|head|chief|mayor|magistrate|secretary|party secretary)\b",
                           re.I)


def _names_someone(value: str) -> bool:
    """A person's name in the value (黎晖局长, 王立新), not only a post (旗委常委、政府常务副旗长, 办事处主任)."""
    rest = re.sub(rf"(?:常务)?副?{_POSTS}|同志", "", value).strip("、，, ")
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", rest)) and not re.search(r"[委府局办部室处]", rest)


_INLINE_ITEM = re.compile(r"[;；]\s*(?=[一二三四五六七八九十]是)")
_ASKS_YEAR = re.compile(r"哪一?年|哪个年份|什么年份|何年|what year|which year|since when|in what year", re.I)
_A_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")
# a day or a month asked (哪天, 什么时候, "when did …"), and one written (2025年10月22日, 6月11日)
_ASKS_DATE = re.compile(r"哪天|哪一天|何时|什么时候|几月几[日号]|几号|哪个月|\bwhen\b|what date|which day|on what day", re.I)
_A_DATE = re.compile(r"(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?")


def _year_clause(sentence: str, terms: list[str], when: re.Pattern[str] = _A_YEAR) -> str | None:
    """The clause of ``sentence`` that names a term of the question and a year ("成立于1986年"), or
    the date ``when`` matches."""
    for c in P.clauses(sentence):
        if when.search(c) and any(P.covers(t, c) for t in terms):
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
    detail, more = W.lines([f"{place_name(r)}（{r.year}年）：{F.fmt(v)}" if lang == "zh" else f"{en_place(r)}, {r.year}: {F.fmt(v)}"
                            for v, r, _, _ in rows], lang,
                           [r.id for _, r, _, _ in rows])
    text += "\n" + "\n".join(detail)
    facts = [{"value": v, "from": c, "report_id": r.id} for v, r, _, c in rows]
    cites = [sentence_citation(x[2]) for x in rows]
    silent = [r for r in scope if r.id not in {x[1].id for x in rows}]
    if silent and len(scope) <= W.NAMES:  # the few reports read that state no such figure: named and cited, as read
        text += "\n" + W.say("total.unstated", lang, items=W.sep(lang).join(
            place_name(r) if lang == "zh" else en_place(r) for r in silent))
        cites += [title_cite(r) for r in silent]
    return Answer(q.text, text, cites, facts + ([count_fact(more)] if more else []), language=lang)
