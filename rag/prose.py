"""Answers from the reports' prose: the sentences that answer, quoted exactly; a number as its
sentence states it; and which reports mention something at all.

Sentences are scored by the question's *focus terms* — its content words without the place,
year and question words — weighted by how rare they are in the corpus. English questions reach
the Chinese text through a glossary of report vocabulary (no translation model). A question
whose focus the best sentence does not cover is not answered from prose: better to say the
reports do not say than to quote something near it.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass

from index.lexical import DOMAIN_TERMS, tokenize
from index.model import Report
from index.normalize import Normalized, normalize
from rag.glossary import chinese_terms

_QUESTION_WORDS = set("多少 几 哪些 哪个 哪 什么 怎样 怎么 如何 是否 有没有 吗 呢 请问 报告 年报 年度 情况 一共 总共 共 "
                      "是 有 的 了 在 和 与 及 通过 发布 进行 工作 相关 方面 主要 其中".split())
_NUM = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(万)?\s*(?:余|多)?\s*(万)?\s*(篇|条|件|人|次|名|项|个|所|家|份|期|场)")
_CLAUSE = re.compile(r"[，,；;。！？]")


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
def _norm(text: str) -> Normalized:
    return normalize(text)


def focus_terms(question: str, language: str, names: list[str]) -> list[str]:
    """Content words of the question, in Chinese (English mapped through the glossary)."""
    text = question
    for n in sorted(names, key=len, reverse=True):
        text = text.replace(n, " ")
    terms: list[str] = []
    if language == "en":
        terms += chinese_terms(text)
        terms += re.findall(r"[\u4e00-\u9fff]{2,}|\d{3,}", text)  # Chinese or numbers quoted in English
        return list(dict.fromkeys(terms))
    quoted = re.findall(r"[“\"「]([^”\"」]{2,20})[”\"」]", text)
    for t in quoted + [d for d in DOMAIN_TERMS if d in text]:
        if t not in terms:
            terms.append(t)
    for tok in tokenize(text):
        if tok in _QUESTION_WORDS or re.fullmatch(r"(?:19|20)\d\d", tok) or len(tok) < 2 and not tok.isdigit():
            continue
        if not any(tok in t for t in terms):
            terms.append(tok)
    return terms


def _weight(term: str, df: dict[str, int], n: int) -> float:
    return math.log(1 + n / (1 + df.get(term, 0)))


def sentences_of(report: Report, start: int, end: int) -> list[tuple[int, int, str]]:
    """Sentences (original start, end, clean text) of an original span of a report."""
    norm = _norm(report.text)
    a = bisect.bisect_left(norm.offsets, start)
    b = bisect.bisect_left(norm.offsets, end)
    out = []
    s = a
    for i in range(a, b + 1):
        if i == b or norm.text[i] in "。！？；\n":
            e = i + 1 if i < b and norm.text[i] != "\n" else i
            chunk = norm.text[s:e].strip()
            if len(chunk) >= 4:
                lo, hi = norm.to_original(s, e)
                out.append((lo, hi, chunk))
            s = i + 1
    return out


def best_sentences(pipeline, q, terms: list[str], reports: list[str] | None, k: int = 3) -> list[Sentence]:
    """The sentences that best cover the focus terms, from the top retrieved passages."""
    if not terms:
        return []
    hits = pipeline.search(q, k=12)
    df = pipeline_df(pipeline)
    n = len(pipeline.retriever.passages)
    total = sum(_weight(t, df, n) for t in terms)
    found: dict[tuple[str, int], Sentence] = {}
    for rank, h in enumerate(hits):
        if h.passage.kind != "prose":
            continue
        rep = pipeline.by_id[h.passage.report]
        for s, e, text in sentences_of(rep, *h.passage.span):
            covered = [t for t in terms if t in text]
            if not covered:
                continue
            cov = sum(_weight(t, df, n) for t in covered) / total
            score = cov + 0.02 * (12 - rank) + (0.15 if q.shape in ("how_many", "total") and _NUM.search(text) else 0)
            key = (rep.id, s)
            if key not in found or found[key].score < score:
                found[key] = Sentence(rep, s, e, text, score, cov, h.passage.id)
    return sorted(found.values(), key=lambda x: -x.score)[:k]


def pipeline_df(pipeline) -> dict[str, int]:
    """Document frequency of every BM25 token, cached on the pipeline."""
    cached = getattr(pipeline, "_df", None)
    if cached is None:
        cached = {t: len(p) for t, p in pipeline.retriever.bm25.postings.items()}
        pipeline._df = cached
    return cached


def number_in(text: str, terms: list[str], total: bool = False) -> tuple[float | None, str]:
    """The figure a sentence gives for the focus: from the clause that names the focus (the
    first such clause), or the sum of those clauses for "in total" questions."""
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    scored = []
    for c in clauses:
        hits = [t for t in terms if t in c]
        m = _NUM.search(c)
        if hits and m:
            scored.append((len("".join(hits)), c, m))
    if not scored:
        m = _NUM.search(text)
        return (_value(m), m.group(0)) if m else (None, "")
    if total and len(scored) > 1:
        return sum(_value(m) for _, _, m in scored), "＋".join(m.group(0) for _, _, m in scored)
    best = max(scored, key=lambda x: x[0])
    return _value(best[2]), best[1].strip()


def _value(m: re.Match) -> float:
    v = float(m.group(1).replace(",", ""))
    if m.group(2) == "万" or m.group(3) == "万":
        v *= 10_000
    return int(v) if v.is_integer() else v


def mentions(pipeline, term: str, reports: list[Report]) -> list[tuple[Report, tuple[int, int], str]]:
    """Reports whose text contains ``term``, with the first sentence that does."""
    out = []
    for r in reports:
        norm = _norm(r.text)
        i = norm.text.find(term)
        if i < 0:
            continue
        a = max(norm.text.rfind(c, 0, i) for c in "。\n；") + 1
        ends = [j for j in (norm.text.find(c, i) for c in "。\n；") if j >= 0]
        b = min(ends) + 1 if ends else len(norm.text)
        if norm.text[b - 1] == "\n":
            b -= 1
        out.append((r, norm.to_original(a, b), norm.text[a:b]))
    return out
