"""The one pipeline every session and API call shares, behind a small guard.

The guard does three things the UI and the API both need: it checks the question (empty, too
long), it caps how many answers are computed at once (one semaphore for UI and API together, so
the HTTP API cannot bypass the Gradio queue's limit), and it turns any failure into a short
message with a reference while the traceback goes to the server log.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from index.model import Answer, Report

log = logging.getLogger("web")

MAX_QUESTION_CHARS = 2000  # far above any real question; keeps a pasted document out of the retriever
# Answering is CPU-bound Python (GIL) plus a query embedding that runs one at a time: more than
# one answer per core only adds contention. 2 was fastest on the 2-core test machine
# (evals/load_bench.py --sweep 1,2,4,8; figures in README "Performance").
DEFAULT_CONCURRENCY = 2


class QuestionError(ValueError):
    """The question cannot be asked as given (the message says why, in both languages)."""


class ServiceError(RuntimeError):
    """Answering failed; ``str(e)`` is safe to show, the traceback is in the log under ``ref``."""

    def __init__(self, ref: str):
        self.ref = ref
        super().__init__(f"出错了，请稍后再试。/ Something went wrong; please try again. (ref {ref})")


def check_question(question: Any) -> str:
    q = question.strip() if isinstance(question, str) else ""
    if not q:
        raise QuestionError("请输入问题。/ The question must not be empty.")
    if len(q) > MAX_QUESTION_CHARS:
        raise QuestionError(f"问题太长（最多 {MAX_QUESTION_CHARS} 字）。/ The question is too long "
                            f"(at most {MAX_QUESTION_CHARS} characters, got {len(q)}).")
    return q


def clean_history(history: Any) -> list[dict[str, str]]:
    """Earlier turns as the pipeline wants them: role user/assistant, plain-text content."""
    out = []
    for m in history or ():
        role = m.get("role") if isinstance(m, dict) else getattr(m, "role", None)
        content = m.get("content") if isinstance(m, dict) else getattr(m, "content", None)
        if role in ("user", "assistant") and isinstance(content, str) and content.strip():
            out.append({"role": role, "content": content[:MAX_QUESTION_CHARS * 4]})
    return out[-20:]  # the last ten exchanges are plenty of context for follow-ups


def answer_payload(a: Answer) -> dict[str, Any]:
    """An Answer as JSON: structured citations, never only markers in the text."""
    return {
        "question": a.question, "answer": a.text, "refused": a.refused, "language": a.language,
        "citations": [{"report_id": c.report_id, "agency": c.agency, "year": c.year, "section": c.section,
                       "quote": c.quote, "span": list(c.span), "passage_id": c.passage_id,
                       "cell": list(c.cell) if c.cell else None} for c in a.citations],
        "facts": [_jsonable(f) for f in a.facts], "warnings": [str(w) for w in a.warnings],
        "timing_ms": dict(a.timing_ms),
    }


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [_jsonable(x) for x in v]
    if hasattr(v, "__dataclass_fields__"):
        return _jsonable(asdict(v))
    return v if v is None or isinstance(v, (str, int, float, bool)) else str(v)


class Service:
    def __init__(self, pipeline: Any, concurrency: int = DEFAULT_CONCURRENCY):
        self.pipeline = pipeline
        self.concurrency = concurrency
        self.reports: list[Report] = list(pipeline.reports)
        self.by_id = {r.id: r for r in self.reports}
        self._slots = threading.BoundedSemaphore(concurrency)

    def places(self) -> list[str]:
        return sorted({r.place.county for r in self.reports if r.place and r.place.county})

    def years(self) -> list[int]:
        return sorted({r.year for r in self.reports if r.year is not None}, reverse=True)

    def _failed(self, what: str, question: str) -> ServiceError:
        ref = uuid.uuid4().hex[:8]
        log.exception("%s failed (ref %s) for question %r", what, ref, question[:200])
        return ServiceError(ref)

    def ask(self, question: str, history: Any = None, place: str | None = None,
            year: int | None = None) -> Answer:
        q = check_question(question)
        with self._slots:
            try:
                return self.pipeline.ask(q, clean_history(history) or None, place=place or None, year=year)
            except Exception:
                raise self._failed("ask", q) from None

    def stream(self, question: str, history: Any = None, place: str | None = None,
               year: int | None = None) -> Iterator[str | Answer]:
        """Text chunks then the Answer; a failure mid-stream raises ServiceError."""
        q = check_question(question)
        with self._slots:
            try:
                yield from self.pipeline.stream(q, clean_history(history) or None, place=place or None, year=year)
            except GeneratorExit:  # the client went away: stop quietly
                raise
            except Exception:
                raise self._failed("stream", q) from None
