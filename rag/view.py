"""What the answering stages may use of the corpus: small typed interfaces, not the pipeline.

``rag.answer`` and the stages it calls (``proseanswer``, ``apart``, ``followup``, ``refuse``, ``prose``)
read the reports, their places, the question understood against them, and the retriever's
passages and term statistics — nothing else. ``rag.pipeline.Pipeline`` satisfies ``CorpusView``;
a test may pass any object that does (``tests/test_view.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from index.model import Hit, Passage, Report
    from rag.corpusplaces import Places
    from rag.query import Query


class PassageStore(Protocol):
    """The indexed passages, by id."""

    def __len__(self) -> int: ...

    def by_id(self, pid: str) -> Passage | None: ...


class TermStats(Protocol):
    """The lexical index's document frequencies (how rare a word is says how much it tells)."""

    def df(self, term: str) -> int: ...


@runtime_checkable
class Retrieval(Protocol):
    """Passages found for a question, the passage that holds a table row, and term statistics."""

    passages: PassageStore
    bm25: TermStats

    def search(self, query: Query | str, k: int = 10, mode: str = "hybrid") -> list[Hit]: ...

    def row_passage(self, report: str, table: str, row: str) -> Passage | None: ...


@runtime_checkable
class CorpusView(Protocol):
    """The reports being answered from: the list, by id, their places, and a question understood
    against them."""

    reports: list[Report]
    by_id: dict[str, Report]
    places: Places
    retriever: Retrieval

    def understand(self, question: str) -> Query: ...

    def search(self, query: Query | str, k: int = 10, mode: str = "hybrid") -> list[Hit]: ...
