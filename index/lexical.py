"""BM25 over Chinese-tokenised passages: a reference implementation in plain Python
(:class:`BM25`) and the one search uses, :class:`DiskBM25`, whose scored postings are numpy
arrays in a folder (``vocab.json``, ``indptr.npy``, ``docs.npy``, ``weights.npy``), opened
memory-mapped: it loads in well under a second at ten thousand reports and never holds the
corpus's tokens in memory.

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


_PENDING: list[str] = []


def teach_later(words: Iterable[str]) -> None:
    """Words jieba must learn before it next splits anything: loading its dictionary takes over a
    second, which start-up leaves to the first question (or the warm-up)."""
    with _LOCK:
        _PENDING.extend(words)


def _jieba():
    import jieba

    # the domain's words, whatever else was taught first (a build adds the corpus's names before it
    # tokenizes anything; checking for "any word loaded" then left these out)
    if DOMAIN_TERMS[0] not in _LOADED_WORDS:
        jieba.setLogLevel(60)  # its "Building prefix dict" chatter is not ours to print
        add_words(DOMAIN_TERMS)
    if _PENDING:
        with _LOCK:
            words = _PENDING[:]
            _PENDING.clear()
        add_words(words)
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



# ---- on disk ------------------------------------------------------------------------------

def save_postings(folder: Path, docs: Iterable[list[str]], words: list[str], k1: float = 1.5,
                  b: float = 0.75) -> int:
    """Write the BM25 index of tokenised ``docs`` (in passage order) to ``folder``, each file
    atomically; the number of documents. Each posting carries its whole BM25 term weight
    (idf · tf·(k1+1) / (tf + k1·(1−b+b·dl/avgdl))), computed once here as the reference does, so a
    query only adds slices. Memory: one Counter per document, then arrays (16 bytes a posting)."""
    import numpy as np

    vocab: dict[str, int] = {}
    rows: list[np.ndarray] = []  # per document: term ids, then term counts
    lengths: list[int] = []
    for d in docs:
        c = Counter(d)
        ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in c), dtype=np.int32, count=len(c))
        rows.append(ids)
        rows.append(np.fromiter(c.values(), dtype=np.float64, count=len(c)))
        lengths.append(len(d))
    n = len(lengths)
    term = np.concatenate(rows[0::2]) if rows else np.zeros(0, np.int32)
    tf = np.concatenate(rows[1::2]) if rows else np.zeros(0)
    doc = np.repeat(np.arange(n, dtype=np.int32), [len(r) for r in rows[0::2]])
    dl = np.asarray(lengths, dtype=np.float64)
    norm = k1 * (1 - b + b * dl / (dl.mean() if n else 1.0))
    df = np.bincount(term, minlength=len(vocab))
    idf = np.log(1 + (n - df + 0.5) / (df + 0.5))
    weight = idf[term] * tf * (k1 + 1) / (tf + norm[doc])
    order = np.lexsort((doc, term))  # by term, each term's documents ascending
    indptr = np.concatenate([[0], np.cumsum(df)]).astype(np.int64)
    folder.mkdir(parents=True, exist_ok=True)
    for name, arr in (("indptr", indptr), ("docs", doc[order]), ("weights", weight[order].astype(np.float32))):
        with open(folder / f"{name}.tmp", "wb") as f:
            np.save(f, arr)
        os.replace(folder / f"{name}.tmp", folder / f"{name}.npy")
    terms = sorted(vocab, key=vocab.get)
    write_json(folder / "vocab.json", {"terms": terms, "words": words, "documents": n, "k1": k1, "b": b})
    return n


def write_json(path: Path, data: object) -> None:
    """``data`` as JSON at ``path``, written aside and renamed: never half a file."""
    tmp = path.with_suffix(f".{os.getpid()}-{threading.get_ident()}.tmp")  # two writers never share one
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


class DiskBM25:
    """The BM25 index :func:`save_postings` wrote, memory-mapped. Scores agree with :class:`BM25`
    to float32 precision (tests/test_lexical_disk.py)."""

    def __init__(self, folder: Path):
        import numpy as np

        meta = json.loads((folder / "vocab.json").read_text(encoding="utf-8"))
        self.terms: list[str] = meta["terms"]
        self.vocab = {t: i for i, t in enumerate(self.terms)}
        self.words: list[str] = meta.get("words", [])
        self.n: int = meta["documents"]
        teach_later(self.words)  # queries must be split the way the documents were
        self.indptr = np.load(folder / "indptr.npy", mmap_mode="r")
        self.docs = np.load(folder / "docs.npy", mmap_mode="r")
        self.weights = np.load(folder / "weights.npy", mmap_mode="r")

    def df(self, term: str) -> int:
        """In how many documents ``term`` occurs."""
        i = self.vocab.get(term)
        return 0 if i is None else int(self.indptr[i + 1] - self.indptr[i])

    def top(self, query: str, n: int, ranges: list[tuple[int, int]] | None = None) -> list[int]:
        """The ``n`` best documents (highest score, then lowest index) sharing a term with the
        query, within the document ranges ``ranges`` ([start, end) each) when given."""
        import numpy as np

        tids = sorted({self.vocab[t] for t in tokenize(query) if t in self.vocab})
        if not tids or ranges == []:
            return []
        spans = [(int(self.indptr[t]), int(self.indptr[t + 1])) for t in tids]
        if ranges is not None and sum(b - a for a, b in ranges) * 8 < sum(e - s for s, e in spans):
            # a few reports against long posting lists: cut each list to the ranges (its documents
            # are sorted), instead of adding every posting and masking
            found: dict[int, float] = {}
            for s, e in spans:
                d = self.docs[s:e]
                for lo, hi in ranges:
                    # bounds in the list's own dtype: Python ints would have numpy copy the whole
                    # list to int64 first (0.3 ms for a word in every report of 10,000)
                    a, z = np.searchsorted(d, np.array((lo, hi), dtype=d.dtype))
                    for i, w in zip(d[a:z].tolist(), self.weights[s + a : s + z].tolist()):
                        found[i] = found.get(i, 0.0) + w
            return sorted(found, key=lambda i: (-found[i], i))[:n]
        postings = sum(e - s for s, e in spans)
        if postings * 4 < self.n:
            # few postings: add them up by document among themselves — an array the size of the
            # corpus would make every rare-word question grow with the corpus
            docs = np.concatenate([self.docs[s:e] for s, e in spans])
            weights = np.concatenate([self.weights[s:e] for s, e in spans])
            if ranges is not None:
                lo = np.array([a for a, _ in sorted(ranges)], dtype=docs.dtype)
                hi = np.array([b for _, b in sorted(ranges)], dtype=docs.dtype)
                at = np.searchsorted(lo, docs, side="right") - 1
                inside = (at >= 0) & (docs < hi[np.maximum(at, 0)])
                docs, weights = docs[inside], weights[inside]
            hit, where = np.unique(docs, return_inverse=True)
            score = np.bincount(where, weights=weights, minlength=len(hit))  # in posting order, as below
        else:
            acc = np.zeros(self.n)
            for s, e in spans:
                acc[self.docs[s:e]] += self.weights[s:e]
            if ranges is not None:
                keep = np.zeros(self.n, dtype=bool)
                for lo_, hi_ in ranges:
                    keep[lo_:hi_] = True
                acc[~keep] = 0
            hit = np.flatnonzero(acc)
            score = acc[hit]
        keep_ = score != 0  # a document whose words all weigh nothing is no hit
        hit, score = hit[keep_], score[keep_]
        if len(hit) > n:  # the n best, and every document tied with the last of them
            tied = score >= -np.partition(-score, n - 1)[n - 1]
            hit, score = hit[tied], score[tied]
        return [int(i) for i in hit[np.lexsort((hit, -score))][:n]]
