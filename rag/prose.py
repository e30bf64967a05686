"""Answers from the reports' prose: the sentences that answer, quoted exactly; a number as its
sentence states it; and which reports mention something at all.

Sentences are scored by the question's *focus terms* — its content words without the place,
year and question words — weighted by how rare they are in the corpus. English questions reach
the Chinese text through the concept table and a dictionary (rag/english.py). A question
whose focus the best sentence does not cover is not answered from prose: better to say the
reports do not say than to quote something near it.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass

from index import concepts
from index.lexical import tokenize
from index.model import Report
from index.normalize import Normalized, normalize
from index.sections import bare_heading
from index.textchannels import channel_words
from index.validate import sentence_around
from rag.askkinds import BESIDES
from rag.clausefigures import (_NUM, clause_with, clauses, covers, figure_after, figures_after, joint_count,  # noqa: F401 (re-exported)
                               figures_in, money_in, names_itself, number_in)
from rag.focus import focus_terms, quoted_terms, shared_phrases  # noqa: F401 (the focus, re-exported for answering)
from rag.named import ASKS_SITES, SITE_NAMED
from rag.view import CorpusView



@dataclass
class Sentence:
    report: Report
    start: int  # original offsets
    end: int
    text: str  # normalised
    score: float
    coverage: float
    passage_id: str = ""


@functools.lru_cache(maxsize=64)
def normalized(text: str) -> Normalized:
    """normalize(), once per report text: answering reads the same reports again and again."""
    return normalize(text)


SYNONYM_SHARE = 0.5  # a word that means the same counts half, as the heading does: the word asked for wins


def _cover(term: str, text: str) -> float:
    if term.isdigit():
        return 1.0 if covers(term, text) else 0.0
    return 1.0 if term in text else SYNONYM_SHARE if covers(term, text) else 0.0


# 什么平台, 哪些渠道, which platforms: the word asked is the category, and a sentence answers it by
# naming channels (网站、美篇和…微信公众号); one writing the word itself (更新平台内容) names none
_ASKS_CHANNELS = re.compile(r"(?:什么|哪些|哪个|哪几个|哪几种|哪种|哪类)(?:其他|其它|别的)?(?:平台|渠道)|"
                            r"\b(?:which|what) (?:other )?(?:platforms|channels)\b|" + ASKS_SITES.pattern, re.I)
# (哪些网站: only the sites a sentence names answer, not its 宣传栏 or 微信公众号)
_SITE_CATEGORY = ("网站", "政府网站", "门户网站")


def _channel_cover(text: str, aside: dict[str, str], only: str = "") -> float:
    """Half for each channel the sentence names besides those set aside (除了网站以外: 门户网站 and
    校园网站 are sites too), in full from two; of the kind ``only`` alone where one is asked (哪些网站)."""
    kinds = {k for k in aside.values() if k not in ("other", "neutral")}
    if only == "website" and _SITE_BY_NAME.search(text):
        return 1.0  # a site by its quoted name or its address (“南岸区政府公众信息网”（www.cqna.gov.cn）)
    # (a platform named as such, 在临西县政府信息公开统一平台公布: a channel no channel word names)
    platforms = 0 if only else len({n for n in SITE_NAMED.findall(text) if n.endswith("平台") and not channel_words(n)})
    return min(1.0, 0.5 * (platforms + sum(1 for w, c in channel_words(text).items()
                                           if c not in kinds and (not only or c == only) and not any(a in w or w in a for a in aside))))


_SITE_BY_NAME = re.compile(r"“[^”]{2,24}?(?:网|网站)”|(?:https?://|www\.)[A-Za-z0-9-]+\.[A-Za-z]", re.I)


def _set_aside(q) -> dict[str, str]:
    """The channel words a question sets aside (除了网站以外, besides its website), with their channels."""
    aside = " ".join(m.group() for m in BESIDES.finditer(q.text))
    if getattr(q, "language", "zh") == "en":
        aside = " ".join(concepts.english_terms(aside))
    return channel_words(aside)


def _weight(term: str, df, n: int) -> float:
    return math.log(1 + n / (1 + df.get(term, 0)))


# a web page's own field, its value on the line after it (the page's field table flattened)
_FIELD_LABEL = re.compile(r"\s*[•·●▪]?\s*(?:索引号|文号|发文字号|发布机构|发文机关|发布日期|成文日期|生成日期|发布时间|主题分类|"
                          r"信息分类|公开方式|公开范围|公开时限|有效性|主题词|关键词|体裁分类|组配分类|所属机构)\s*[:：]?\s*")


def sentences_of(report: Report, start: int, end: int) -> list[tuple[int, int, str]]:
    """Sentences (original start, end, clean text) of an original span of a report."""
    norm = normalized(report.text)
    a = bisect.bisect_left(norm.offsets, start)
    b = bisect.bisect_left(norm.offsets, end)
    out = []
    s = a
    for i in range(a, b + 1):
        if i < b and norm.text[i] == "\n" and _FIELD_LABEL.fullmatch(norm.text[s:i]):
            continue  # "• 索引号" on a line, its value on the next: one sentence
        if i == b or norm.text[i] in "。！？；\n":
            e = i + 1 if i < b and norm.text[i] != "\n" else i
            chunk = norm.text[s:e].strip()
            if len(chunk) >= 4:
                lo, hi = norm.to_original(s, e)
                out.append((lo, hi, chunk))
            s = i + 1
    return out


_OWN_TITLE = re.compile(r"(?:19|20)\d{2}\s*年度?(?:政府)?信息公开(?:工作)?年度报告\s*$|信息公开(?:工作)?年度报告\s*$")
_PAGE_FIELD = re.compile(r"(?:发布|成文|更新|印发)(?:时间|日期)\s*[:：]|(?:^|\s)(?:信息|文章)?来源\s*[:：]|浏览次数\s*[:：]")


def _sense_groups(q, terms: list[str], df) -> tuple[list[tuple[str, ...]], set[str]]:
    """The terms, those that are senses of one English word of the question grouped together (a
    sense no passage of the corpus uses, charge: 控告, left out, as it can find nothing); and
    every dictionary sense of the question: the guesses."""
    if getattr(q, "language", "zh") != "en":
        return [(t,) for t in terms], set()
    from rag.english import dictionary_senses

    groups, grouped, senses = [], set(), dictionary_senses(q.text)
    for g in senses:
        members = tuple(t for t in g if t in terms and t not in grouped)
        grouped.update(members)
        if any(df.get(t, 0) for t in members):
            groups.append(tuple(t for t in members if df.get(t, 0)))
    return [*groups, *((t,) for t in terms if t not in grouped)] or [(t,) for t in terms], \
        {t for g in senses for t in g}


def best_sentences(pipeline: CorpusView, q, terms: list[str], reports: list[str] | None, k: int = 3) -> list[Sentence]:
    """The sentences that best cover the focus terms, from the top retrieved passages."""
    if not terms:
        return []
    hits = pipeline.search(q, k=12)
    df = pipeline_df(pipeline)
    n = len(pipeline.retriever.passages)
    # the senses of one English word are alternatives: they count once, as the best of them
    groups, guessed = _sense_groups(q, terms, df)
    # a dictionary's sense is a guess at the asker's word (charge: 攻击?), the concept table's a
    # reading: the guess counts for half
    guess = {g for g in groups if len(g) > 1 or g[0] in guessed}
    gw = lambda g, w: w * (0.5 if g in guess else 1.0)  # noqa: E731
    wt = {t: _weight(t, df, n) for t in terms}
    category = {t for t in terms if {"平台", "渠道", *_SITE_CATEGORY} & set(concepts.same_as(t))} \
        if _ASKS_CHANNELS.search(q.text) else set()
    only = "website" if category and all(t in _SITE_CATEGORY for t in category) else ""
    aside = _set_aside(q) if category else {}
    if category:  # the thing asked for (什么平台) weighs as much as the words around it (发布信息)
        rest = sum(gw(g, max(wt[t] for t in g)) for g in groups if not category & set(g))
        wt.update({t: max(wt[t], rest) for t in category})
    # the report's own words, quoted by the asker (“五个落实”包括哪些): the sentence writing them answers
    quoted = {t for t in quoted_terms(q.text) if t in wt} - category
    if quoted:
        rest = sum(gw(g, max(wt[t] for t in g)) for g in groups if not quoted & set(g))
        wt.update({t: max(wt[t], rest) for t in quoted})
    total = sum(gw(g, max(wt[t] for t in g)) for g in groups)
    found: dict[tuple[str, int], Sentence] = {}
    sources = [(pipeline.by_id[h.passage.report], " ".join(h.passage.heading_path), rank, h.passage.id, h.passage.span)
               for rank, h in enumerate(hits) if h.passage.kind == "prose"]
    if reports is not None and len(reports) == 1 and reports[0] in pipeline.by_id:
        # one report asked about: all of its text, not only the passages the search ranked (a page whose
        # table came flattened into one cell a line fills the top ranks with cells)
        one = pipeline.by_id[reports[0]]
        sources.append((one, "", 12, "", (0, len(one.text))))
    # (within one report the search's order says little: how much of the question a sentence names decides)
    per_rank = 0.01 if reports is not None and len(reports) == 1 else 0.03
    for rep, heading, rank, pid, span in sources:
        for s, e, text in sentences_of(rep, *span):
            if not pid and (rep.id, s) in found and found[(rep.id, s)].end >= e:
                continue  # (the whole report read after the ranked passages: a sentence scored already scores no higher)
            if _PAGE_FIELD.search(text) or (len(text) <= 60 and _OWN_TITLE.search(text)) or bare_heading(text):
                continue  # the page's own fields (发布时间：… 信息来源：…), its title and a bare heading
                # (一、总体情况): not what the report says
            share = {t: _channel_cover(text, aside, only) if t in category else _cover(t, text) for t in terms}
            covered = [t for t in terms if share[t]]
            if category and not category & set(covered):
                continue  # 什么平台: a sentence naming no channel answers nothing
            if not covered:
                continue
            # The section's own heading speaks for its sentences, at half weight.
            half = {t for t in terms if t not in covered and t not in category and covers(t, heading)}
            # a word that means the same ranks below the word asked for (share), but says as much of what is
            # asked: whether a sentence answers at all (its coverage) counts it in full
            ranked = {t: share[t] * wt[t] if share[t] else 0.5 * wt[t] * (t in half) for t in terms}
            answers = {t: wt[t] if share[t] else ranked[t] for t in terms}
            cov = sum(gw(g, max(answers[t] for t in g)) for g in groups) / total
            score = sum(gw(g, max(ranked[t] for t in g)) for g in groups) / total + per_rank * (12 - rank) \
                + (0.15 if q.shape in ("how_many", "total") and _NUM.search(text) else 0)
            key = (rep.id, s)
            if key in found and found[key].end < e:  # a passage ended inside it (a field's value on the next line)
                score = max(score, found[key].score)
            if key not in found or found[key].score < score or found[key].end < e:
                found[key] = Sentence(rep, s, e, text, score, cov, pid)
    return sorted(found.values(), key=lambda x: -x.score)[:k]


class _Frequencies:
    """Document frequency of BM25 tokens, read from the index's postings as asked."""

    def __init__(self, bm25):
        self.bm25 = bm25

    def get(self, term: str, default: int = 0) -> int:
        return self.bm25.df(term) or default


def pipeline_df(pipeline: CorpusView) -> _Frequencies:
    return _Frequencies(pipeline.retriever.bm25)


def mentions(pipeline: CorpusView, term: str, reports: list[Report]) -> list[tuple[Report, tuple[int, int], str]]:
    """Reports whose text contains ``term``, with the first sentence that does."""
    out = []
    for r in reports:
        norm = normalized(r.text)
        i = norm.text.find(term)
        if i < 0:
            continue
        a, b = sentence_around(norm.text, i, i)
        out.append((r, norm.to_original(a, b), norm.text[a:b]))
    return out


_ENUM = re.compile(r"^([一二三四五六七八九十])是")


def enumeration_after(report: Report, start: int, end: int) -> list:
    """The run of 一是/二是/三是 items that a sentence introduces or begins (as sections), if any."""
    from index.sections import cn_number

    items = [x for x in report.sections if _ENUM.match(x.heading) and x.span[0] >= start - 2]
    # Only a run the sentence introduces ("…不足：") or begins ("一是…") counts, not a later list.
    gap = re.sub(r"\s+", "", report.text[end:items[0].span[0]]) if items and items[0].span[0] >= end else ""
    if not items or not (start <= items[0].span[0] < end or (len(gap) <= 12 and "。" not in gap)):
        return []
    run = [items[0]]
    for x in items[1:]:
        if x.parent == run[0].parent and cn_number(_ENUM.match(x.heading).group(1)) == \
                cn_number(_ENUM.match(run[-1].heading).group(1)) + 1:
            run.append(x)
        elif cn_number(_ENUM.match(x.heading).group(1)) == 1:
            break
    return run if cn_number(_ENUM.match(run[0].heading).group(1)) == 1 else []


def whole_sentence(report: Report, start: int, end: int) -> tuple[int, int, str]:
    """A clause chain cut at 「；」 carried on to its full stop (same paragraph)."""
    norm = normalized(report.text)
    a = bisect.bisect_left(norm.offsets, start)
    b = bisect.bisect_left(norm.offsets, end)
    stops = [i for i in (norm.text.find("。", b - 1), norm.text.find("\n", b - 1)) if i >= 0]
    stop = min(stops) + 1 if stops else len(norm.text)
    if norm.text[stop - 1] == "\n":
        stop -= 1
    lo, hi = norm.to_original(a, stop)
    return lo, hi, norm.text[a:stop].strip()


def passage_from(pipeline: CorpusView, s: Sentence, limit: int = 300) -> tuple[int, int, str]:
    """From a sentence on to the end of its passage (at most ``limit`` characters), so a
    description comes with the sentences that carry it on."""
    passage = pipeline.retriever.passages.by_id(s.passage_id)
    end = passage.span[1] if passage else s.end
    parts = [(a, b, t) for a, b, t in sentences_of(s.report, s.start, end)]
    out, size = [], 0
    for a, b, t in parts:
        if out and size + len(t) > limit:
            break
        out.append((a, b, t))
        size += len(t)
    if not out:
        return whole_sentence(s.report, s.start, s.end)
    return out[0][0], out[-1][1], "".join(t for _, _, t in out)


def term_weight(pipeline: CorpusView):
    """idf of a focus term over the passages: rarer terms say more about which clause answers."""
    df = pipeline_df(pipeline)
    n = len(pipeline.retriever.passages)
    return lambda t: _weight(t, df, n)


def phrase_weight(pipeline: CorpusView):
    """As ``term_weight``, but a phrase the tokenizer never keeps whole (政府信息: 政府 + 信息) weighs
    as its rarest word, not as a word never seen."""
    df = pipeline_df(pipeline)
    n = len(pipeline.retriever.passages)

    def weigh(t: str) -> float:
        if df.get(t, 0) == 0 and len(toks := [x for x in tokenize(t) if len(x) >= 2]) > 1:
            return max(_weight(x, df, n) for x in toks)
        return _weight(t, df, n)
    return weigh
