"""BM25 over Chinese-tokenised passages, persisted as one inspectable JSON file.

Tokenising: jieba in search mode, with the template's own terms and the corpus's place and body
names added to its dictionary so 依申请公开 or 海原县 are never split; Latin words lower-cased with
a plural "s" dropped; punctuation and a few function words left out. Character bigrams can be
added (``bigrams=True``) but are off: on evals/sets/retrieval.jsonl (BM25 alone, recall@5) they
moved Chinese 0.949 → 0.956 and English 0.891 → 0.870 — no clear gain for a larger index.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import threading
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from index import concepts
from index import template as T

_LOCK = threading.Lock()
_LOADED_WORDS: set[str] = set()
_STOP = set("的 了 和 与 及 在 是 为 对 等 年 有 中 将 并 或 也 其 之 以 于 由 从 向 把 被 这 那 其中 进行 工作 情况 哪 哪些 什么 多少 吗 呢".split())
_STOP_EN = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "did", "does", "do", "is", "are", "was",
            "were", "what", "which", "how", "many", "much", "its", "it", "by", "with", "any", "there", "that"}
_LATIN = re.compile(r"[a-z0-9][a-z0-9.\-]*")
_CJK = re.compile(r"[\u4e00-\u9fff]")

# Words that must stay whole: the template's (its row labels and the terms inside them) and the
# concept table's (what the reports talk about besides).
DOMAIN_TERMS = tuple(dict.fromkeys(
    T.WORDS + concepts.whole_words() + tuple(r.label for v in T.TEMPLATES.values() for t in v for r in t.rows
                                             if len(r.label) <= 10)))


def vocabulary_signature() -> str:
    """What the tokenizer keeps whole: a BM25 index built with other words tokenizes differently."""
    # "2": indexes written before the domain's words were always taught (see _jieba) are rebuilt
    return hashlib.sha256(("2\n" + "\n".join(DOMAIN_TERMS)).encode()).hexdigest()[:16]


def word_frequency(word: str) -> int:
    """How often jieba's own dictionary has seen the word (0: never)."""
    jieba = _jieba()
    jieba.initialize()
    return int(jieba.dt.FREQ.get(word, 0))


def add_words(words: Iterable[str]) -> None:
    """Teach jieba words it must not split (idempotent, thread-safe)."""
    import jieba

    with _LOCK:
        for w in words:
            if w and w not in _LOADED_WORDS and _CJK.search(w):
                jieba.add_word(w, freq=200_000)
                _LOADED_WORDS.add(w)


def _jieba():
    import jieba

    # the domain's words, whatever else was taught first (a build adds the corpus's names before it
    # tokenizes anything; checking for "any word loaded" then left these out)
    if DOMAIN_TERMS[0] not in _LOADED_WORDS:
        jieba.setLogLevel(60)  # its "Building prefix dict" chatter is not ours to print
        add_words(DOMAIN_TERMS)
    return jieba


def tokenize(text: str, bigrams: bool = False) -> list[str]:
    """Tokens for BM25: jieba words (search mode), Latin words, optionally CJK bigrams."""
    jieba = _jieba()
    text = text.lower()
    out: list[str] = []
    for tok in jieba.lcut_for_search(text):
        tok = tok.strip()
        if not tok or tok in _STOP:
            continue
        if _CJK.search(tok):
            out.append(tok)
        elif _LATIN.fullmatch(tok) and tok not in _STOP_EN:
            out.append(tok[:-1] if len(tok) > 3 and tok.endswith("s") and not tok.endswith("ss") else tok)
    if bigrams:
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", text):
            out += [run[i : i + 2] for i in range(len(run) - 1)]
    return out


class BM25:
    """Okapi BM25 (k1=1.5, b=0.75) over a fixed list of documents."""

    def __init__(self, ids: list[str], docs: list[list[str]], k1: float = 1.5, b: float = 0.75,
                 bigrams: bool = False):
        self.ids, self.docs, self.k1, self.b, self.bigrams = ids, docs, k1, b, bigrams
        self.words: list[str] = []  # extra dictionary words the documents were tokenised with
        self.lengths = [len(d) for d in docs]
        self.avgdl = (sum(self.lengths) / len(docs)) if docs else 0.0
        # each document's length normalisation, k1·(1 − b + b·dl/avgdl): computed once, not per posting
        self.norms = [self.k1 * (1 - self.b + self.b * dl / self.avgdl) for dl in self.lengths]
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for i, d in enumerate(docs):
            for term, tf in Counter(d).items():
                self.postings.setdefault(term, []).append((i, tf))
        n = len(docs)
        self.idf = {t: math.log(1 + (n - len(p) + 0.5) / (len(p) + 0.5)) for t, p in self.postings.items()}

    @classmethod
    def from_texts(cls, ids: list[str], texts: list[str], bigrams: bool = False) -> BM25:
        return cls(ids, [tokenize(t, bigrams) for t in texts], bigrams=bigrams)

    def scores(self, query: str, allowed: set[int] | None = None) -> dict[int, float]:
        """Document index → score for documents sharing a term with the query."""
        terms = {t for t in set(tokenize(query, self.bigrams)) if t in self.postings}
        if allowed is not None and len(allowed) * 4 < sum(len(self.postings[t]) for t in terms):
            return self._scores_within(terms, allowed)
        out: dict[int, float] = {}
        for term in terms:
            for i, tf in self.postings.get(term, ()):
                if allowed is not None and i not in allowed:
                    continue
                out[i] = out.get(i, 0.0) + self.idf[term] * tf * (self.k1 + 1) / (tf + self.norms[i])
        return out

    def _scores_within(self, terms: set[str], allowed: set[int]) -> dict[int, float]:
        # a few documents (one report's passages) against long posting lists (a word every report
        # uses): reading the documents is cheaper than walking the postings; the same scores
        out: dict[int, float] = {}
        for i in allowed:
            counts = Counter(t for t in self.docs[i] if t in terms)
            if not counts:
                continue
            # the terms in the same order as the postings path adds them: the same float sums
            out[i] = sum(self.idf[t] * counts[t] * (self.k1 + 1) / (counts[t] + self.norms[i])
                         for t in terms if t in counts)
        return out

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"ids": self.ids, "docs": self.docs, "bigrams": self.bigrams,
                                   "words": self.words}, ensure_ascii=False),
                       encoding="utf-8")
        os.replace(tmp, path)

    @classmethod
    def load(cls, path: Path) -> BM25:
        d = json.loads(path.read_text(encoding="utf-8"))
        add_words(d.get("words", ()))  # queries must be split the way the documents were
        bm = cls(d["ids"], d["docs"], bigrams=d.get("bigrams", False))
        bm.words = d.get("words", [])
        return bm
