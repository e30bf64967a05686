"""The answering system as one object: the store, the retriever and the answerer, loaded once
and shared (by the app's sessions, the CLI and the eval runner).

``load()`` builds whatever is missing first (structured store, vectors, BM25), so a fresh
checkout answers on first use.
"""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Iterator

from index.config import Settings, get_settings
from index.model import Answer, Hit, Report
from index.normalize import simplified
from rag.corpusplaces import Places, corpus_places
from rag.query import Query, understand
from rag.retrieve import MODES


class Pipeline:
    search_modes = MODES
    skipped: tuple[dict[str, str], ...] = ()  # corpus files the build left out, {"source", "reason"} (set by load)

    def __init__(self, settings: Settings, reports: list[Report], retriever, llm=None, store=None):
        self.settings = settings
        self.reports = reports
        self.store = store  # the structured store, where questions over many reports read their rows
        self.places: Places = corpus_places(reports)
        self.by_id = self.places.by_id  # one map of the reports, the places' own
        self.retriever = retriever
        self.llm = llm

    def understand(self, question: str) -> Query:
        # The index holds reports in simplified script: a question in traditional asks it alike.
        return understand(simplified(question), self.reports, self.places)

    def search(self, query: str | Query, k: int = 10, mode: str = "hybrid") -> list[Hit]:
        q = query if isinstance(query, Query) else self.understand(query or "")
        return self.retriever.search(q, k=k, mode=mode)

    def ask(self, question: str, history: list[dict[str, str]] | None = None,
            place: str | None = None, year: int | None = None) -> Answer:
        """Answer one question (``history``: earlier turns as {"role", "content"} dicts)."""
        from rag.answer import answer

        question = simplified(question or "")
        t0 = time.perf_counter()
        if self.llm is not None:
            from rag.llm import ask_with_llm

            a = ask_with_llm(self, question, history or [], place=place, year=year)
        else:
            a = answer(self, question, history or [], place=place, year=year)
        a.timing_ms["total"] = round((time.perf_counter() - t0) * 1000, 1)
        if place or year:
            chosen = self.places.resolve(place) if place else None
            a.filters = {k: v for k, v in (("place", chosen.name if chosen else place), ("year", year)) if v}
        unseen = getattr(self.retriever, "bm25_only", None)
        if unseen is not None:
            cited = list(dict.fromkeys(c.report_id for c in a.citations))
            a.retrieval = {"bm25_only": unseen(cited)}
        return a

    def warm_up(self) -> float:
        """Pay now what the first question of a kind would pay: the English dictionary (2–3 s), the
        division data and place index (0.5 s at 10,000 reports) and the vector index's ledger (a
        Chroma index reads its HNSW graph: about 2 s and 800 MiB at 400k vectors). The app runs it in
        the background right after start-up. Seconds taken."""
        t0 = time.perf_counter()
        from rag.english import chinese_terms

        chinese_terms("applications received")
        # the division data, the place index and the patterns a question is read with
        for q in ("2024年哪些县收到了政府信息公开申请？", "How many applications did Haiyuan County receive in 2024?"):
            self.understand(q)
        warm = getattr(self.retriever, "warm_up", None)
        if warm is not None:
            warm()
        return time.perf_counter() - t0

    def stream(self, question: str, history: list[dict[str, str]] | None = None,
               place: str | None = None, year: int | None = None) -> Iterator[str | Answer]:
        """Text chunks as they are ready, then the final Answer (with citations) last."""
        question = simplified(question or "")
        if self.llm is not None:
            from rag.llm import stream_answer

            yield from stream_answer(self, question, history or [], place=place, year=year)
            return
        a = self.ask(question, history, place=place, year=year)
        for line in a.text.splitlines(keepends=True):
            yield line
        yield a


_LOCK = threading.Lock()
_LOADED: dict[str, Pipeline] = {}


def load(settings: Settings | None = None, progress=None) -> Pipeline:
    """The shared pipeline for these settings, building the indexes on first use."""
    settings = settings or get_settings()
    key = repr(settings.model_dump())
    with _LOCK:
        if key in _LOADED:
            return _LOADED[key]
        pipeline = _build(settings, progress)
        _LOADED[key] = pipeline
        # what was just loaded lives as long as the process: out of the collector's sight, a full
        # collection no longer walks ten thousand reports' headers and places in the middle of a question
        gc.collect()
        gc.freeze()
        return pipeline


def _embed_in_background(settings: Settings, embedder, reports: list[Report], retriever, say) -> threading.Thread:
    """Embed the reports whose vectors are not in while the system answers: dense search sees each
    batch of reports as soon as its vectors are all in."""
    from index.indexer import embed_vectors
    from index.vectors import open_vectors

    def run() -> None:
        try:
            vi = open_vectors(embedder, settings.data_dir, settings.chroma_url, create=True)
            retriever.vectors = retriever.vectors or vi
            s = embed_vectors(settings.data_dir, embedder, settings.chroma_url, say, reports, vi=vi,
                              finished=retriever.embedded.update)
            say(f"background embedding finished: {s.embedded} passages in {s.seconds:.0f} s")
        except Exception as e:  # the answers go on from BM25; the next start tries again
            say(f"background embedding stopped ({type(e).__name__}: {e}); search goes on with BM25 for the rest")

    t = threading.Thread(target=run, name="embed", daemon=True)
    t.start()
    return t


def _build(settings: Settings, progress=None) -> Pipeline:
    from index.build import build
    from index.indexer import build_indexes, index_problems, read_only
    from index.store import Store, StoreError
    from rag.embed import get_embedder
    from rag.retrieve import CrossEncoderReranker, Retriever

    say = progress or (lambda _m: None)
    store = Store(settings.data_dir)
    embedder = get_embedder(settings)
    ro = read_only(settings.data_dir)
    if ro:  # served as built: nothing is written, so it must be complete
        say(f"data dir {settings.data_dir} is read-only: serving its index as built, writing nothing")
        problems = store.problems() or index_problems(settings.data_dir, embedder, store.reports(),
                                                      settings.chroma_url)
        if problems:
            raise StoreError(f"the read-only data dir {settings.data_dir} cannot be served: {'; '.join(problems)}. "
                             f"It needs `python -m index build` run where it can be written (or set RAG_DATA_DIR "
                             f"to a writable folder)")
    elif store.problems():  # missing, another parser version, a file unreadable or disagreeing with its text
        build(settings.corpus_dir, settings.data_dir, settings.max_file_mb, progress=progress)  # says what it redoes
        store = Store(settings.data_dir)
    for f in store.skipped():
        say(f"skipped corpus file {f['source']}: {f['reason']}")
    reports = store.reports()
    if not ro and (n := store.complete_heads(reports)):  # once, for a store written before headers had counts
        say(f"wrote the counts of {n} reports into their stored headers (listing the corpus then reads no report)")
        reports = store.reports()
    reranker = CrossEncoderReranker(settings.rerank_model, settings.embed_device or None) \
        if settings.rerank_model else None
    done = None  # the reports whose vectors are in, when the build below has read them
    if not ro:
        # Incremental and quick when nothing changed; repairs what a crash left incomplete, saying so.
        # BM25 first, always; the vectors now, later in the background, or by `python -m index embed`.
        done = build_indexes(settings.data_dir, embedder, settings.chroma_url, progress=progress, reports=reports,
                             embed=settings.embed_at_start == "wait").done
    retriever = Retriever(settings.data_dir, embedder, settings.chroma_url, reranker, embedded=done)
    unseen = retriever.bm25_only([r.id for r in reports])
    if unseen:
        later = ("they are being embedded in the background" if not ro and settings.embed_at_start == "background"
                 else "`python -m index embed` adds them")
        say(f"{len(unseen)} of {len(reports)} reports have no vectors yet ({', '.join(unseen[:5])}"
            f"{', …' if len(unseen) > 5 else ''}): search uses BM25 alone for them; {later}")
        if not ro and settings.embed_at_start == "background":
            _embed_in_background(settings, embedder, reports, retriever, say)
    llm = None
    if settings.llm_base_url and settings.llm_model:
        from rag.llm import ChatLLM

        llm = ChatLLM(settings)
    pipeline = Pipeline(settings, reports, retriever, llm, store)
    pipeline.skipped = tuple(store.skipped())
    return pipeline

