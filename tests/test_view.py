"""The answering stages take a typed view of the corpus, not the pipeline: the pipeline fits it,
and so does a plain object holding only what the view names."""

from __future__ import annotations

from types import SimpleNamespace

from rag.view import CorpusView, Retrieval


def test_pipeline_is_a_corpus_view(pipeline):
    assert isinstance(pipeline, CorpusView)
    assert isinstance(pipeline.retriever, Retrieval)


def test_an_object_lacking_understand_is_no_view(pipeline):
    bare = SimpleNamespace(reports=pipeline.reports, by_id=pipeline.by_id,
                           places=pipeline.places, retriever=pipeline.retriever,
                           search=pipeline.search)
    assert not isinstance(bare, CorpusView)


def test_answering_needs_only_the_view(pipeline):
    from rag.answer import answer

    view = SimpleNamespace(reports=pipeline.reports, by_id=pipeline.by_id,
                           places=pipeline.places, retriever=pipeline.retriever,
                           search=pipeline.search, understand=pipeline.understand)
    assert isinstance(view, CorpusView)
    a = answer(view, "海原县2024年新收政府信息公开申请多少件？", [])
    b = pipeline.ask("海原县2024年新收政府信息公开申请多少件？")
    assert a.text == b.text and a.citations == b.citations
