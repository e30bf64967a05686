"""Figures and names the text attaches to what a question asks, in one report: the figure written
after the thing's name or a table row's words (named_figure, row_in_prose), before the thing counted
(counted_figure: 现有3名专职人员), what became of the applications (handling_answer) — and the small
helpers ``rag.proseanswer`` shares (the question's names, who a report is, a sentence's citation).
"""

from __future__ import annotations

import dataclasses
import re

from index import concepts
from index import template as T
from index.model import Answer, Citation, Report
from index.textchannels import channel, channels
from rag import counts as N
from rag import facts as F
from rag import english
from rag import prose as P
from rag import wording as W
from rag.askkinds import ASKS_MONEY
from rag.corpus import body_name, en_place
from rag.corpusplaces import abbreviations_in, body_names
from rag.query import Query
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
        elif keys:  # …and the line's own words in full (本机关不掌握相关政府信息10件)
            keys = (*keys, re.sub(r"^(?:\d+\.|[一二三四五六七八九十]+、)", "", row.split()[-1]))  # (四、结转下年度继续办理)
        return _counted_before(p, q, keys) if keys and q.targets[0].table == T.APPLICATIONS else None
    # two rows asked together, written together with one figure (行政许可及处罚40条): that figure
    pair = [t.row for t in q.targets[:2] if re.fullmatch(r"[\u4e00-\u9fff]{2,8}", t.row)]
    if len(pair) == 2 and (told := named_figure(p, q, _joined(*pair))) is not None:
        return told
    # the row as the other template names it too (行政规范性文件 is 规范性文件 in 2019 and in prose)
    return named_figure(p, q, [row, *T.OTHER_LABELS.get(row, ()), *T.PROSE_NAMES.get(row, ())])


def _joined(a: str, b: str) -> list[str]:
    """Two things as a text writes them together: 行政许可和行政处罚, 行政许可及处罚 (the shared start once)."""
    shared = next((i for i in range(min(len(a), len(b)), 0, -1) if a[:i] == b[:i]), 0)
    return [a + j + tail for tail in dict.fromkeys((b, b[shared:])) if tail for j in ("和", "及", "与", "、")]


_APPLIED_COUNTER = "[件宗个项份例起]"  # the counters applications are counted in


def _counted_before(p: CorpusView, q: Query, keys: tuple[str, ...]) -> Answer | None:
    """The one count of applications (件, 宗) in a clause that names the outcome's key after it, or the
    count written right after the key."""
    for s in P.best_sentences(p, q, list(keys), q.reports, k=3):
        for c in P.clauses(s.text):
            at = min((c.find(k) for k in keys if k in c), default=-1)
            figures = [m for m in re.finditer(r"(\d+)\s*" + _APPLIED_COUNTER, c)]
            if at > 0 and len(figures) == 1 and figures[0].end() <= at:
                return _figure_answer(q, s, int(figures[0].group(1)), c.strip())
            key = max((k for k in keys if k in c), key=len, default="")
            at = c.find(key) if key else at
            after = re.match(r"[)）]?[的了为共计]{0,2}\s*(\d+)\s*" + _APPLIED_COUNTER, c[at + len(key):]) if at >= 0 else None
            if after:  # …或 right after it (不予公开23宗, 无法提供(不掌握)的48件: the short clause whole)
                end = at + len(key) + after.end()
                return _figure_answer(q, s, int(after.group(1)), (c[:end] if end <= 30 else c[at:end]).strip())
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
    # the asked words in any of their concepts' forms: an item naming two of them (涉农补贴公告…387条, 补贴
    # and 通知公告 asked) names nothing else between the word and its figure
    said = list(dict.fromkeys(v for t in terms for v in (t, *concepts.same_as(t))))
    # (the one channel the question names; WeChat beside its Channels account names none of them alone)
    named = {channel(t) for t in q.topics} - {None, "multi", "other", "neutral"}
    asked = named.pop() if len(named) == 1 else None
    one = p.by_id.get(q.reports[0]) if q.reports and len(q.reports) == 1 else None
    money = ASKS_MONEY.search(q.text) is not None
    # the question's other words pick the clause where the thing is counted so (废止了多少件规范性文件:
    # 废止…51件 over 制发…8件 after the same row's name)
    context = [t for t in P.focus_terms(q.text, q.language, focus_names(p, q)) if t not in said]
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
            for s, c, word, got in ((s, c, *wg) for s in sents for c in P.clauses(s.text) for wg in _each_after(c, words, term)):
                clean = got is not None and not N.between(got[1], word, said + alike)
                if got is None and len(term) >= 3 and literal:  # 48件行政规范性文件: the figure before the word
                    got = N.figure_before(c, "", term)
                    got = got if got is not None and got[1].endswith(term) else None
                    clean = True
                if got is not None and money and "元" not in got[1]:
                    # a sum asked (收费总额是多少): the sum the sentence gives from the thing's clause on
                    # (行政事业性收费1项,公开费用总额为4.043万元), never the thing's count
                    got = P.money_in(s.text[s.text.find(c):])
                    got = got if got[0] is not None else None
                if got is not None and not N.counts_other_kind(unit, got[1]):
                    counted = bool(unit) and re.search(r"\d\s*(?:余|多)?\s*" + unit, got[1]) is not None
                    # (the asked words it names, weighed by how rare they are: 政府信息 names little)
                    # (a figure on another channel than the one asked about, 政务动态信息 of the site for WeChat's, last)
                    fits = asked is None or _channel_before(s.text, got[1]) in (None, asked)
                    found.append(((fits, term in narrow, clean, round(sum(weigh(t) for t in terms if t in got[1]), 3), counted,
                                   -near(term), round(sum(weigh(t) for t in context if t in c), 3), -order), got, s))
            if len(found) > before:
                break
    if not found:
        return None
    _, (value, clause), s = max(found, key=lambda x: x[0])
    return _figure_answer(q, s, value, clause)


def _each_after(clause: str, words: list[str], term: str) -> list[tuple[str, tuple[float, str] | None]]:
    """The figures after the first of ``words`` the clause gives any for (each, with that word), else
    one empty reading for ``term`` (its figure may stand before it)."""
    for w in words:
        got = list(P.figures_after(clause, w))
        if got:
            return [(w, g) for g in got]
    return [(term, None)]


def _channel_before(sentence: str, clause: str) -> str | None:
    """The counted channel last named in ``sentence`` up to the end of ``clause`` (在门户网站转载…,
    发布…动态信息4921条: the site's), or None."""
    end = sentence.find(clause)
    named = [c for c in channels(sentence[: end + len(clause)] if end >= 0 else clause) if c not in ("other", "neutral")]
    return named[-1] if named else None


def own_names(rep: Report) -> tuple[str, ...]:
    """The report's body and place names."""
    own = [rep.agency.name, *rep.agency.aliases] if rep.agency else []
    return tuple(own + ([x for x in (rep.place.county, rep.place.city) if x] if rep.place else []))


def _names(rep: Report, term: str) -> bool:
    """The term is the report's body or place (化隆县群科新区综合服务中心 quoted in an English question)."""
    return any(o and (o in term or term in o) for o in own_names(rep))


def _figure_answer(q: Query, s: P.Sentence, value: float, clause: str) -> Answer:
    """One figure read from one sentence: the clause stating it first, then the sentence, cited."""
    who = who_of(s.report, q.language)
    lead = f"{who}：{clause}（{F.fmt(value)}）。" if q.language == "zh" else f"{who}: {F.fmt(value)} — “{clause}”."
    return Answer(q.text, lead + f"\n“{s.text}”", [sentence_citation(s)],
                  [{"value": value, "from": clause, "report_id": s.report.id}], language=q.language)


def no_money(q: Query, clause: str) -> bool:
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
        terms = P.focus_terms(q.text, q.language, focus_names(p, q))
        if re.sub(r"[？?。，,！!\s]+$", "", thing) in _ITEMS and len(terms) > 2:
            return None  # 通过政务新媒体发了多少条政府信息: items in general; the other words say which

        # (a word the concept table holds as a topic only the text tells of, 留言, is a thing of its own)
        shortest = 2 if "topic" in concepts.kinds_of(thing) else 3

        def counted_in(text: str) -> tuple[float, str] | None:
            # …or right after it, in the same counter (多少条政策解读: "政策解读49条"), a thing of three
            # characters at least (几件申请 asks which applications: 按期答复1件, not 申请2件)
            return N.figure_before(text, counter, thing) or next(
                (a for k in range(len(thing), shortest - 1, -1) if thing[:k] in text and (a := P.figure_after(text, thing[:k])) is not None
                 and re.search(r"\d\s*(?:余|多)?\s*" + counter + "$", a[1])), None)

        # the question's other words (清理了多少项行政审批事项: 清理) pick the clause where the thing is
        # counted so (…412项行政审批事项的办事指南…，今年共清理行政审批事项14项: 14)
        doing = [t for t in terms if t not in thing]
        # (searched by the thing and those words: a long body's name in the question finds its page's
        # fields first, 索引号 and 关键词, never the sentence that counts the thing)
        looked = dataclasses.replace(q, text=" ".join([thing, *doing]))
        # (a sentence may qualify the thing, 43个政府组成部门 for 政府部门: its head noun names it too)
        for s in P.best_sentences(p, looked, list(dict.fromkeys([thing[:4], thing[:4][-2:]])), q.reports, k=5):
            # (of the clauses, the one writing the most of the thing: 2名兼职信息公开工作人员 over 1名兼职政务公开…)
            got = max((g for c in P.clauses(s.text) if any(P.covers(t, c) for t in doing)
                       and (g := counted_in(c)) is not None), key=lambda g: len(g[1]), default=None) if doing else None
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


def counted_things(q: Query) -> tuple[str, ...]:
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
    names += body_names(p.by_id, q.reports, contracted_too=True) + abbreviations_in(q.text, p.by_id, q.reports)
    if q.language == "en":  # "the Qingpu health and family planning commission": the body, no words to look for
        names += [e for i in (q.reports or [])[:20] if (r := p.by_id.get(i)) is not None and r.agency
                  for e in (r.agency.kind_en or "").split("|") if len(e) > 6]
    return names + [str(y) for y in q.years]


# what became of an application besides the template's outcomes (1项当事人撤销信息公开申请)
_HANDLED = T.OUTCOME_WORDS + ("撤回", "撤销", "其他处理", "答复", "告知")


def handling_answer(p: CorpusView, q: Query, scope: list[Report]) -> Answer | None:
    """"申请最后是怎么处理的": the sentence of one report that says what became of its applications,
    with a figure and an outcome (…1项当事人撤销信息公开申请,1项依规予以公开)."""
    return _one_saying(p, q, scope, ["申请", *_HANDLED], lambda t: bool(re.search(r"\d", t)) and any(w in t for w in _HANDLED)
                       and ("申请" in t or "件" in t))


# what an application asked for, where a report says it (申请内容涉及林木面积、品种等信息)
_APPLIED_FOR = re.compile(r"申请(?:公开)?(?:的)?(?:内容|事项)(?:主要)?(?:涉及|为|是|包括|关于)|(?:涉及|关于)[^。；;]{1,30}(?:信息|情况|问题|事项)")


def content_answer(p: CorpusView, q: Query, scope: list[Report]) -> Answer | None:
    """"申请问的是什么方面的信息": the sentence of one report that says what its applications were about."""
    # (never a table's line: 3.补正后申请内容仍不明确 0 0 0)
    return _one_saying(p, q, scope, ["申请", "内容", "涉及"], lambda t: "申请" in t and _APPLIED_FOR.search(t) is not None
                       and not re.search(r"\d\s+\d|\t", t))


def _one_saying(p: CorpusView, q: Query, scope: list[Report], words: list[str], says) -> Answer | None:
    """The first of one report's sentences found by ``words`` that ``says`` accepts, quoted as the answer."""
    if len(scope) != 1:
        return None
    for s in P.best_sentences(p, dataclasses.replace(q, text=" ".join(words)), words, q.reports, k=8):
        if says(s.text):
            lead = W.say("prose.says", q.language, who=who_of(s.report, q.language))
            return Answer(q.text, f"{lead}\n“{s.text}”", [sentence_citation(s)], language=q.language)
    return None


def who_of(rep: Report, lang: str) -> str:
    agency = body_name(rep)
    return f"{agency}（{rep.year}年）" if lang == "zh" else f"{en_place(rep)}, {rep.year}"


def sentence_citation(s: P.Sentence) -> Citation:
    rep = s.report
    sec = next((x for x in reversed(rep.sections) if x.span[0] <= s.start < x.span[1]), None)
    return Citation(rep.id, rep.agency.name if rep.agency else "", rep.year,
                    " > ".join(sec.path) if sec else "", rep.quote((s.start, s.end)), (s.start, s.end), s.passage_id)
