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

import re

from index import template as T
from index.factkinds import BY_KEY
from index.model import Answer, Report
from rag import prose as P
from rag import wording as W
from rag.askkinds import RUNNING, asked_kinds, broad
from rag.check import verify
from rag.counts import asked_unit
from rag.accounts import account_answer, other_line
from rag.apart import each_apart
from rag.corpus import corpus_answer
from rag.followup import resolve
from rag.problems import asks_problems, problems_answer
from rag.summary import asks_summary, summary_answer
from rag.figures import content_answer, focus_names, handling_answer, named_figure, row_in_prose
from rag.proseanswer import best_reports, prose_answer
from rag.named import asks_name, asks_set_in
from rag.query import Query, language_of
from rag.refuse import no_place, no_report, reports_read, refusal
from rag.textanswer import fact_answer, narrower, other_kind, speaks_of
from rag.tableanswer import no_cell, no_figure, table_answer
from rag.view import CorpusView

MAX_QUESTION = 2000
_WORDS = re.compile(r"[A-Za-z\u4e00-\u9fff0-9]")
# what a body newly set up or did in an area the template counts (在依申请公开这块，门户网站上新加了啥): the text's
# (…or asked in English: "What digital application did the office push forward …", a thing named, no count)
_DONE_IN = re.compile(r"(?:新加|新增|增设|增加|上线|开设|开通|推出|建立|完善)了?(?:啥|什么|哪些)|"
                      r"(?:这块|方面|工作中|工作上)[^？?。]{0,20}?(?:做了|采取了|开展了)(?:啥|什么|哪些)|"
                      r"^\s*what (?!number|share|proportion|percentage|total)(?:[\w-]+ ){1,3}did\b", re.I)
_ASKS_CONTENT = re.compile(r"内容|是什么|申请了什么|谁申请|what (?:was|were|did)|about what|who (?:applied|asked)", re.I)
# "申请最后是怎么处理的", "how were they handled": what became of the applications, as the text tells it
_ASKS_HANDLING = re.compile(r"(?:怎么|如何|怎样)(?:处理|办理|答复|回复|处置)|处理结果|办理结果|结果(?:如何|怎样|是什么)|"
                            r"how (?:were|was|did) (?:they|it|the \w+(?: \w+)?) (?:handled|dealt with|answered|resolved)|"
                            r"what happened to", re.I)


def answer(p: CorpusView, question: str, history: list[dict[str, str]], place: str | None = None,
           year: int | None = None) -> Answer:
    question = (question or "").strip()[:MAX_QUESTION]
    lang = language_of(question) if question else "zh"
    if not _WORDS.search(question):
        return refusal(question, lang, W.say("refuse.empty", lang))
    if len(parts := asked_parts(question)) > 1:
        return _each_part(p, parts, history, place, year)
    q = resolve(p, question, history)
    lang = q.language
    if place or year:
        chosen = p.places.resolve(place) if place else None
        if place and chosen is None:
            return no_place(p, q, question, place, year)
        of_place = set(chosen.reports) if chosen else None
        allowed = {r.id for r in p.reports if (of_place is None or r.id in of_place) and (not year or r.year == year)}
        q.reports = sorted(allowed if q.reports is None else allowed & set(q.reports))
        place = chosen.name if chosen else None  # as the corpus names it
    lacking = (q.unknown_places and not q.places) or q.reports == []
    # (…or a township the question names that only an unplaced report is, its province named: "Haibin
    # Subdistrict in Tianjin's Binhai New Area" while the corpus's other Tianjin report is 宝坻区's)
    # (…or no place read at all: "Dawuli Town (大五里镇), Qian'an", the town's report naming no county)
    unplaced = _unplaced_named(p, q)
    if unplaced and not lacking and any(_same_township(p.by_id[i], unplaced[0]) for i in (
            q.reports if q.reports is not None else p.by_id) if p.by_id[i].place is not None):
        unplaced = []  # a placed report is that township's
    if unplaced:  # 平桥区平西街道 asked, a report of 平西街道办事处 that never names its county
        q.reports, q.unknown_places = [r.id for r in unplaced], []
    elif lacking:
        return no_report(p, q, question, place, year)
    handling = bool(q.targets) and q.targets[0].table == T.APPLICATIONS and q.shape == "open" \
        and _ASKS_HANDLING.search(q.text) is not None
    if handling or q.shape == "open" and _DONE_IN.search(q.text):
        q.targets = []  # 申请最后是怎么处理的: how they were handled, told in the text — no count of them
    if q.targets and q.targets[0].table != T.ACTIVE and q.shape == "open" and _ASKS_CONTENT.search(q.text):
        # what was asked: where the one report says so (申请内容涉及…), else no report states it
        scope = [p.by_id[i] for i in q.reports or ()]
        told = content_answer(p, q, scope) if q.targets[0].table == T.APPLICATIONS else None
        return told or refusal(question, lang, W.say("refuse.content", lang))
    scope = [p.by_id[i] for i in (q.reports if q.reports is not None else sorted(p.by_id))]
    a = handling_answer(p, q, scope) if handling else corpus_answer(q, scope, p.by_id)
    of_corpus = a is not None and not handling  # the reports themselves counted or listed: no figure of each to read apart
    a = a or (account_answer(q, scope[0]) if len(scope) == 1 else None)
    narrow: tuple[str, ...] = ()  # words asking for a part of a fact kind's figure
    kinds_asked: list[str] = []
    kinds: list[str] = []
    if a is None and q.targets:
        a = table_answer(p, q, scope)
        listed = _listed_as_written(q, scope) if len(scope) == 1 and q.shape == "how_many" else None
        if listed is not None and (told := named_figure(p, q, [listed])) is not None:
            a = told  # 文体活动、行政许可、行政处罚这类信息: the text's figure for the list, never one row's
        elif len(scope) == 1 and q.shape in ("how_many", "total", "open") and no_figure(a):
            a = row_in_prose(p, q, scope) or no_cell(q, scope, a)  # a row the table lacks, stated in the text
        elif len(scope) == 1 and q.shape in ("how_many", "total"):  # (一共, of one report: how many)
            # the asker quotes the report's own word for the thing (网上民声): its figure, not the row's
            # (a place or body glossed in brackets, "Huangping County (黄平县)", names whose report)
            quoted = [t for t in P.quoted_terms(q.text) if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", t)
                      and t not in q.targets[0].row and not any(x in t or t in x for x in q.places)]
            # …or asks how the applications were handed in (online, by letter), or what became of some beside
            # the template's outcomes (申请人撤回): the text's part, 在线申请35件, 申请人主动撤回4件
            # …or a running total over the years (历年累计一共收到过几件): the text's, never the year's row
            quoted += ["历年累计", "累计"] if RUNNING.search(q.text) else []
            ways = _submission(q) if q.targets[0].table == T.APPLICATIONS else []
            told = named_figure(p, q, quoted + ways) if quoted + ways else None
            if told is None and ways and not a.refused:
                # a way of handing in (by e-mail) the text never counts: the report read says nothing of it, never its total
                shown = [c for c in a.citations[:2] if c.quote]  # (the sentence counting the other ways, as read)
                a = refusal(question, lang, W.say("refuse.no_figure", lang, read=reports_read(scope, lang)))
                a.text += "".join(f"\n“{c.quote}”" for c in shown)
                a.citations = shown
            a = told or a
    if a is None and not q.targets:
        kinds = asked_kinds(q.text)
        if broad(kinds) and (q.shape == "open" or q.shape in ("which", "list") and len(scope) == 1) \
                or len(scope) == 1 and asks_name(q.text) and not any(k.startswith("contact.") for k in kinds):
            kinds = []  # "怎样的审核流程", 还靠哪些平台发布, 哪个微信公众平台: a description or a name, no count
        elif q.shape in ("which", "list") and len(scope) == 1 and not asked_unit(q.text, lang) \
                and not re.search(r"多少|\bhow (?:many|much)\b|\bnumber of\b", q.text, re.I):
            # 公众号策划过哪些专题推文系列: what one report names, never a count of its posts (哪个电话: its number)
            kinds = [k for k in kinds if k.startswith("contact.")]
        if q.shape in ("how_many", "total") and (asked_unit(q.text, lang) or re.search(r"\bhow many\b", q.text, re.I)):
            # "how many telephone inquiries", 多少个咨询电话: a count is asked, never the contact line's
            # number (电话是多少 asks for the number)
            kinds = [k for k in kinds if not k.startswith("contact.")]
        if q.shape in ("how_many", "total") and (unit := asked_unit(q.text, lang)) and kinds and unit not in "人名位户":
            # 多少家单位, "how many units'": a kind counted in other counters (items: 条) is not asked
            # (people are: 多少人申请 counts the applications)
            kinds = [k for k in kinds if k not in BY_KEY or not BY_KEY[k].units or unit in BY_KEY[k].units]
        a = fact_answer(q, scope, kinds, getattr(p, "store", None)) if kinds else None
        if kinds == ["contact.address"] and asks_set_in(q.text) and len(scope) == 1:
            told = prose_answer(p, q, scope)  # 办公室设在良庆区政务办: the body it sits in, as the text says
            a = told if not told.refused and any("设在" in c.quote for c in told.citations[:1]) else a
        if a is not None:
            a = other_line(q, scope, kinds, a) or a  # 监督电话 asked, the contact line's 电话 stored
        kinds_asked = [k for k in kinds if not broad([k])]
        narrow = tuple(narrower(q, scope, kinds, focus_names(p, q))) if kinds else ()
        if a is not None and narrow:
            told = prose_answer(p, q, scope, narrow)  # the sentence answers a narrower question; the kind if it cannot
            # …unless it names the part asked for and gives it no figure (a page cut after 政务新媒体公…)
            a = told if not told.refused or any("unstated" in f for f in told.facts) else a
    if q.places and len(scope) > 1 and not of_corpus and \
            (a is None or len({f.get("report_id") for f in a.facts if "value" in f}) < len(scope)):
        # named reports compared or summed that no one source serves: each read apart
        a = each_apart(p, q, scope, lambda sub, r: _one_report(p, sub, r)) or a
    if a is None and asks_summary(q):
        a = summary_answer(q, scope)
    # (one report's too, asked openly: 承认的第一个问题是什么 — the section lists them, no one sentence says it)
    if a is None and asks_problems(q, focus_names(p, q)):
        a = problems_answer(q, scope, best_reports(p, q, scope))
    if a is None:
        a = prose_answer(p, q, scope, narrow)
        if kinds_asked and not narrow and not speaks_of(a, kinds_asked) or other_kind(a, p.by_id, kinds):
            # 微博粉丝 is never the posts' 195; 依申请公开件15件 is no count of items disclosed
            a = refusal(q.text, lang, W.say("refuse.no_sentence", lang, read=reports_read(scope, lang)))
    a.question, a.language = question, lang
    a = verify(a)
    if unplaced and not a.refused:  # (after the number check: a report's id, 11, is no figure stated)
        a.text += "\n" + W.say("unplaced.read", lang, body=unplaced[0].agency.name, id=unplaced[0].id)
    return a


def _same_township(r: Report, other: Report) -> bool:
    from index.townships import TOWNSHIP_KINDS, township_name

    return bool(r.agency and r.agency.kind in TOWNSHIP_KINDS and other.agency
                and township_name(r.agency.name, r.place.county if r.place else "") == township_name(other.agency.name))


def _unplaced_named(p: CorpusView, q: Query) -> list:
    """The reports of a township the question names (平西街道, its county named or not) that never name
    their own county, of the years asked: the one asked about, as far as the text tells."""
    from index.townships import TOWNSHIP_KINDS, township_name

    from rag.askedbodies import TOWN_NAMED_EN, town_key

    # …or in English (the Yingbin Road Subdistrict: 迎宾路街道), its words read back as pinyin
    spelled = {re.sub(r"[^a-z]", "", m.group(1).lower().replace("road", "lu").replace("street", "jie"))
               for m in TOWN_NAMED_EN.finditer(q.text)} if q.language == "en" else set()
    out = []
    for r in p.reports:
        if r.place is None and r.agency is not None and r.agency.kind in TOWNSHIP_KINDS and (not q.years or r.year in q.years):
            town = township_name(r.agency.name)
            stem = re.sub(r"(?:街道|镇|乡)$", "", town)
            if len(town) >= 3 and (town in q.text or stem + "街道" in q.text or (town.endswith("街道") and stem + "街" in q.text)
                                   or town_key(stem) in spelled):
                out.append(r)
    return out


# ---- tables ---------------------------------------------------------------------------------

_LISTED = re.compile(r"[\u4e00-\u9fff]{2,12}(?:[、和及与][\u4e00-\u9fff]{2,8}){2,}")


def _listed_as_written(q: Query, scope: list[Report]) -> str | None:
    """A list of things the question copies from the report (文体活动、行政许可、行政处罚), as the report
    writes it: the question asks the figure the text gives for the list."""
    text = P.normalized(scope[0].text).text
    for m in _LISTED.finditer(q.text):
        s = m.group(0)
        first = re.search(r"[、和及与]", s).start()
        last = max(s.rfind(x) for x in "、和及与")
        # 全年公示的文体活动…行政处罚这类信息: the list's own start and end, as the report writes it
        found = next((s[i:j] for i in range(first - 1) for j in range(len(s), last + 2, -1) if s[i:j] in text), None)
        if found is not None and "、" in found:
            return found + "等" if found + "等" in text else found  # (…行政处罚等信息434余条: the list's own figure)
    return None


def _submission(q: Query) -> list[str]:
    """The words for the way of handing an application in, or for what became of it, that the question
    names (concept table)."""
    from index import concepts

    named = concepts.english_names(q.text) if q.language == "en" else [
        c.name for c in concepts.concepts() if any(t in q.text for t in c.terms)]
    return [t for c in concepts.concepts() if c.name in named and {"submission", "outcome"} & c.kinds for t in c.terms]


# A part of a message that asks (a question word, or English opening on its verb): others are
# context or an instruction ("列出它们所在的县区", "I have a question about their report")
_ASKS = re.compile(r"什么|哪|多少|几|吗|呢|是否|有没有|有无|如何|怎么|怎样|为何|为什么|"
                   r"\b(?:how|what|what's|which|who|whom|whose|when|where|why)\b|"
                   r"^\s*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b", re.I)


def asked_parts(question: str) -> list[str]:
    """"由哪个单位编制？对报告有疑问打什么电话？": the questions one message asks, in order (two or
    three, each of some words), a part that asks nothing kept with the question before it (or after
    it, leading); else the message as one question."""
    parts = [s.strip() for s in re.split(r"(?<=[？?])", question) if len(_WORDS.findall(s)) >= 4]
    asks: list[str] = []
    pending = ""
    for s in parts:
        if _ASKS.search(s):
            asks.append(f"{pending} {s}".strip())
            pending = ""
        elif asks:
            asks[-1] += " " + s
        else:
            pending = f"{pending} {s}".strip()
    if len(asks) == 2 and _YES_NO.search(asks[0]) and _COUNT_ONLY.fullmatch(asks[1].strip()):
        return [question]  # "有没有人申请？收了几件？": one count answers both (none is 0)
    return asks if 2 <= len(asks) <= 3 else [question]


_YES_NO = re.compile(r"有没有|是否|有无|(?:did|does|do|was|were|has|have)", re.I)
# a count asked of nothing named anew: "收了几件？", "How many?"
_COUNT_ONLY = re.compile(r"[\u4e00-\u9fff]{0,4}(?:多少|几)[\u4e00-\u9fff]{0,2}[？?]|(?:and )?how many(?: were there| of them)?\s*[？?]", re.I)


def _each_part(p: CorpusView, parts: list[str], history: list[dict[str, str]], place: str | None, year: int | None) -> Answer:
    """Each question of a message answered in turn, a later one read as a follow-up of those before."""
    got, earlier = [], list(history)
    for part in parts:
        got.append(answer(p, part, earlier, place, year))
        earlier = earlier + [{"role": "user", "content": part}]
    return Answer(" ".join(parts), "\n\n".join(a.text for a in got), [c for a in got for c in a.citations],
                  [f for a in got for f in a.facts], refused=all(a.refused for a in got), language=got[0].language)


def _one_report(p: CorpusView, q: Query, r) -> Answer | None:
    """One report's figure for a part of a question (rag.apart): its table's cell, its text fact,
    else its text."""
    if q.targets:
        a = table_answer(p, q, [r])
        if a is not None and not no_figure(a):
            return a
        a = row_in_prose(p, q, [r])
        if a is not None:
            return a
    kinds = asked_kinds(q.text)
    a = fact_answer(q, [r], kinds, getattr(p, "store", None)) if kinds else None
    narrow = tuple(narrower(q, [r], kinds, focus_names(p, q))) if kinds else ()
    if a is None or narrow:
        told = prose_answer(p, q, [r], narrow)
        a = told if a is None or not told.refused else a
    return a
