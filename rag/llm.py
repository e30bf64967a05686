"""The optional LLM: an OpenAI-compatible chat model (vLLM, Ollama, DeepSeek, Qwen …) through
langchain writes the answer's prose — from the retrieved passages and the computed table results
only, citing them with [n] markers.

It may make an answer read better; it must never make it less honest. So the extractive answer
is computed first and stays the fallback: a refusal stays a refusal, and an LLM answer that cites
no source, cites a source it was not given, or states a number none of its sources holds is
replaced by the extractive one (with a warning saying so).
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator

from index.model import Answer, Finding
from rag import check as C
from rag import wording as W

log = logging.getLogger(__name__)
_MARKER = re.compile(r"\[(\d{1,2})\]")

SYSTEM = (
    "You answer questions about Chinese government information-disclosure annual reports "
    "(政府信息公开工作年度报告). Use ONLY the numbered sources and computed facts given to you. "
    "After every statement put the marker of the source it comes from, like [1] or [2]. "
    "Give every number exactly as the sources state it; never compute, round or estimate a number "
    "that is not in the sources or facts. If the sources and the text disagree, say so. If the "
    "sources do not answer the question, say that the reports do not say. Keep names of places, "
    "bodies and quotes in Chinese. Answer in {language}, briefly: the direct answer first."
)


class ChatLLM:
    def __init__(self, settings):
        from langchain_openai import ChatOpenAI

        self.model = ChatOpenAI(
            base_url=settings.llm_base_url, model=settings.llm_model, api_key=settings.llm_api_key or "not-needed",
            timeout=settings.llm_timeout, max_retries=0, temperature=0,
        )

    def messages(self, question: str, extractive: Answer) -> list[tuple[str, str]]:
        sources = []
        for i, c in enumerate(extractive.citations, 1):
            where = " | ".join(c.cell) if c.cell else c.section
            sources.append(f"[{i}] {c.agency} {c.year}年 {where}：{c.quote.strip()}")
        facts = json.dumps(extractive.facts, ensure_ascii=False) if extractive.facts else "none"
        language = "Chinese" if extractive.language == "zh" else "English"
        user = (f"Question: {question}\n\nSources:\n" + "\n".join(sources) + f"\n\nComputed facts: {facts}\n\n"
                f"Draft answer from the sources (you may rephrase it, keep its numbers):\n{extractive.text}")
        return [("system", SYSTEM.format(language=language)), ("human", user)]

    def stream(self, question: str, extractive: Answer) -> Iterator[str]:
        for chunk in self.model.stream(self.messages(question, extractive)):
            text = chunk.content if isinstance(chunk.content, str) else ""
            if text:
                yield text


def check(text: str, extractive: Answer) -> str | None:
    """Why an LLM answer may not be shown (None when it passes)."""
    markers = {int(m) for m in _MARKER.findall(text)}
    if not markers:
        return "it cites no source"
    if any(m < 1 or m > len(extractive.citations) for m in markers):
        return "it cites a source it was not given"
    # The same check as the extractive answer's, against the same sources it was given.
    unbacked = list(dict.fromkeys(raw for _, raw in C.unbacked(_MARKER.sub("", text), extractive.citations,
                                                                extractive.facts)))
    if unbacked:
        return f"it states numbers no source holds: {', '.join(unbacked[:5])}"
    return None


def _fallback(extractive: Answer, why: str) -> Answer:
    extractive.warnings.append(Finding("", "answer", W.both("warn.llm_fallback", why=why)))
    return extractive


def stream_answer(pipeline, question: str, history, place=None, year=None) -> Iterator[str | Answer]:
    """Stream the LLM's words, then the final Answer: the LLM's if it passes the checks, else the
    extractive one (the UI replaces the streamed text with the final answer's)."""
    from rag.answer import answer

    extractive = answer(pipeline, question, history, place=place, year=year)
    if extractive.refused or not extractive.citations:
        yield from _lines(extractive)
        return
    parts: list[str] = []
    try:
        for piece in pipeline.llm.stream(question, extractive):
            parts.append(piece)
            yield piece
    except Exception as e:  # the server is down, slow or speaks something else: say so, answer anyway
        log.warning("LLM failed: %s", e)
        yield _fallback(extractive, f"the chat API failed: {type(e).__name__}")
        return
    text = "".join(parts).strip()
    why = check(text, extractive)
    if why:
        yield _fallback(extractive, why)
        return
    yield Answer(extractive.question, text, extractive.citations, extractive.facts, extractive.warnings,
                 False, extractive.language, extractive.timing_ms)


def _lines(a: Answer) -> Iterator[str | Answer]:
    for line in a.text.splitlines(keepends=True):
        yield line
    yield a


def ask_with_llm(pipeline, question: str, history, place=None, year=None) -> Answer:
    final = None
    for item in stream_answer(pipeline, question, history, place=place, year=year):
        if isinstance(item, Answer):
            final = item
    return final
