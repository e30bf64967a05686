"""The one pipeline every session and API call shares, behind a small guard.

The guard does three things the UI and the API both need: it checks each request with one
function (:func:`check_ask`: types, lengths, number of history turns, text that cannot be
encoded — the JSON API, the Gradio ``/ask`` endpoint and the chat alike), it caps how many
answers are computed at once (one :class:`Slots` for UI and API together, so the HTTP API
cannot bypass the Gradio queue's limit, and plain questions go before long histories), and it
turns any failure into a short message with a reference while the traceback goes to the server
log.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from index.config import Settings
from index.model import Answer, Report

log = logging.getLogger("web")

# Answering is CPU-bound Python (GIL) plus a query embedding that runs one at a time: more than
# one answer per core only adds contention. 2 was fastest on the 2-core test machine
# (evals/load_bench.py --sweep 1,2,4,8; figures in README "Performance").
DEFAULT_CONCURRENCY = 2
ROLES = ("user", "assistant")
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_PLACE_CHARS = 100  # far above any county's name


@dataclass(frozen=True)
class Limits:
    """Bounds on one request's work (the ``RAG_MAX_*`` settings; described in ``index/config.py``)."""

    question_chars: int = Settings.model_fields["max_question_chars"].default
    turn_chars: int = Settings.model_fields["max_turn_chars"].default
    history_turns: int = Settings.model_fields["max_history_turns"].default
    turns_used: int = Settings.model_fields["history_turns_used"].default
    request_bytes: int = Settings.model_fields["max_request_bytes"].default

    @classmethod
    def from_settings(cls, s: Settings | None = None) -> Limits:
        if s is None:
            from index.config import get_settings

            s = get_settings()
        return cls(s.max_question_chars, s.max_turn_chars, s.max_history_turns, s.history_turns_used,
                   s.max_request_bytes)


MAX_QUESTION_CHARS = Limits.question_chars


class QuestionError(ValueError):
    """The request cannot be answered as given; ``str(e)`` says why (in both languages) and
    ``field`` names the argument at fault (question, history, place, year)."""

    def __init__(self, message: str, field: str = "question"):
        super().__init__(message)
        self.field = field


class ServiceError(RuntimeError):
    """Answering failed; ``str(e)`` is safe to show, the traceback is in the log under ``ref``."""

    def __init__(self, ref: str):
        self.ref = ref
        super().__init__(f"出错了，请稍后再试。/ Something went wrong; please try again. (ref {ref})")


@dataclass(frozen=True)
class AskInput:
    """A checked request: what the pipeline is given."""

    question: str
    history: list[dict[str, str]] = field(default_factory=list)  # only the turns that are used
    place: str | None = None
    year: int | None = None


_NAMES = {"question": "问题", "history": "历史", "place": "地点"}


def _encodable(text: str, field_: str) -> str:
    # A lone surrogate ("\\ud800") is a Python str but not Unicode text: it fails later, in the log
    # or the response, as a bare 500. Refused here instead, without quoting it back.
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        raise QuestionError(f"{_NAMES[field_]}含有无法编码的字符（位置 {e.start}）。/ The {field_} holds a "
                            f"character that is not valid Unicode text (a lone surrogate at position {e.start}).",
                            field_) from None
    return text


def check_question(question: Any, limit: int = MAX_QUESTION_CHARS, field_: str = "question") -> str:
    if question is None or (isinstance(question, str) and not question.strip()):
        raise QuestionError("请输入问题。/ The question must not be empty (it is required).", field_)
    if not isinstance(question, str):
        raise QuestionError(f"问题必须是文本。/ The question must be a string, not {type(question).__name__}.", field_)
    q = _encodable(question.strip(), field_)
    if len(q) > limit:
        raise QuestionError(f"问题太长（最多 {limit} 字）。/ The question is too long "
                            f"(at most {limit} characters, got {len(q)}).", field_)
    return q


def check_history(history: Any, limits: Limits) -> list[dict[str, str]]:
    """Every turn checked (role, text, length), then only the last ``limits.turns_used`` kept:
    a follow-up is resolved against the last few turns, and each one kept costs a re-reading."""
    if history is None:
        return []
    if not isinstance(history, (list, tuple)):
        raise QuestionError("历史必须是列表。/ The history must be a list of {role, content} turns.", "history")
    if len(history) > limits.history_turns:
        raise QuestionError(f"历史太长（最多 {limits.history_turns} 轮）。/ The history is too long: at most "
                            f"{limits.history_turns} turns (got {len(history)}); send only the last ones — the "
                            f"last {limits.turns_used} are all that is used.", "history")
    out = []
    for i, m in enumerate(history):
        role = m.get("role") if isinstance(m, dict) else None
        content = m.get("content") if isinstance(m, dict) else None
        if role not in ROLES:
            raise QuestionError(f"历史第 {i + 1} 轮的 role 须为 user 或 assistant。/ History turn {i + 1}: role "
                                "must be 'user' or 'assistant'.", "history")
        if not isinstance(content, str):
            raise QuestionError(f"历史第 {i + 1} 轮的 content 须为文本。/ History turn {i + 1}: content must be "
                                "a string.", "history")
        limit = limits.question_chars if role == "user" else limits.turn_chars
        if len(content) > limit:
            raise QuestionError(f"历史第 {i + 1} 轮太长（最多 {limit} 字）。/ History turn {i + 1} is too long "
                                f"(a {role} turn holds at most {limit} characters, got {len(content)}).", "history")
        _encodable(content, "history")
        if content.strip():
            out.append({"role": role, "content": content})
    return out[-limits.turns_used:] if limits.turns_used else []


def check_place(place: Any) -> str | None:
    if place is None or place == "":
        return None
    if not isinstance(place, str) or len(place) > MAX_PLACE_CHARS:
        raise QuestionError(f"地点须为县名。/ The place must be a county's name (a string of at most "
                            f"{MAX_PLACE_CHARS} characters).", "place")
    return _encodable(place.strip(), "place") or None


def check_year(year: Any) -> int | None:
    """A year as an integer (or a string of digits, as dropdowns send it); None/"" = any year.
    Anything else is refused, never dropped: a dropped filter would answer about every year."""
    if year is None or year == "":
        return None
    value = None
    if isinstance(year, int) and not isinstance(year, bool):
        value = year
    elif isinstance(year, float) and year.is_integer():
        value = int(year)
    elif isinstance(year, str) and year.strip().isascii() and year.strip().isdigit():
        value = int(year.strip())
    if value is None or not MIN_YEAR <= value <= MAX_YEAR:
        shown = repr(year) if isinstance(year, (int, float, str)) else type(year).__name__
        shown = shown if len(shown) <= 20 and shown.isprintable() else type(year).__name__  # not echoed whole
        raise QuestionError(f"年份须为 {MIN_YEAR}–{MAX_YEAR} 之间的整数。/ The year must be an integer year "
                            f"between {MIN_YEAR} and {MAX_YEAR}, e.g. 2024 (got {shown}).", "year")
    return value


def check_ask(question: Any, history: Any = None, place: Any = None, year: Any = None,
              limits: Limits = Limits()) -> AskInput:  # noqa: B008 - frozen, so one shared default is safe
    """The one check of a request, for the JSON API, the Gradio ``/ask`` endpoint and the chat:
    types, lengths, number of turns, encodable text. Raises :class:`QuestionError`."""
    return AskInput(check_question(question, limits.question_chars), check_history(history, limits),
                    check_place(place), check_year(year))


def answer_payload(a: Answer) -> dict[str, Any]:
    """An Answer as JSON: structured citations, never only markers in the text."""
    return {
        "question": a.question, "answer": a.text, "refused": a.refused, "language": a.language,
        "citations": [{"report_id": c.report_id, "agency": c.agency, "year": c.year, "section": c.section,
                       "quote": c.quote, "span": list(c.span), "passage_id": c.passage_id,
                       "cell": list(c.cell) if c.cell else None} for c in a.citations],
        "facts": [_jsonable(f) for f in a.facts], "warnings": [w.as_json() for w in a.warnings],
        "timing_ms": dict(a.timing_ms), "retrieval": _jsonable(a.retrieval), "filters": dict(a.filters),
    }


def _jsonable(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _jsonable(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set)):
        return [_jsonable(x) for x in v]
    if hasattr(v, "__dataclass_fields__"):
        return _jsonable(asdict(v))
    return v if v is None or isinstance(v, (str, int, float, bool)) else str(v)


class Slots:
    """At most ``n`` answers at once. When one ends, the waiting request that is cheapest to read
    goes next (then the earliest): a plain question never waits behind queued requests that carry
    long histories, so a few such clients cannot slow everyone else down."""

    def __init__(self, n: int):
        self.free = n
        self._cond = threading.Condition()
        self._waiting: list[tuple[int, int]] = []  # a heap of (cost, arrival)
        self._arrivals = itertools.count()

    @contextmanager
    def hold(self, cost: int = 0) -> Iterator[None]:
        ticket = (cost, next(self._arrivals))
        with self._cond:
            heapq.heappush(self._waiting, ticket)
            self._cond.wait_for(lambda: self.free > 0 and self._waiting[0] == ticket)
            heapq.heappop(self._waiting)
            self.free -= 1
            self._cond.notify_all()  # a slot may still be free for the next in line
        try:
            yield
        finally:
            with self._cond:
                self.free += 1
                self._cond.notify_all()


def cost(a: AskInput, limits: Limits) -> int:
    """0 for a request no bigger than one full-length question, 1 for more: the text the pipeline
    reads again per request is the question and the earlier questions kept."""
    chars = len(a.question) + sum(len(t["content"]) for t in a.history if t["role"] == "user")
    return int(chars > limits.question_chars)


def recent_turns(turns: list[dict[str, str]], limits: Limits) -> list[dict[str, str]]:
    """The app's own conversation cut to what a request may carry: the last turns that are used,
    each within its length limit (an answer longer than the limit is clipped; it is context only)."""
    kept = turns[-limits.turns_used:] if limits.turns_used else []
    return [{"role": t["role"], "content": t["content"][:limits.question_chars if t["role"] == "user"
                                                         else limits.turn_chars]} for t in kept]


class Service:
    """The shared pipeline behind the request check, the concurrency limit and the error guard."""

    def __init__(self, pipeline: Any, concurrency: int = DEFAULT_CONCURRENCY, limits: Limits | None = None):
        self.pipeline = pipeline
        self.concurrency = concurrency
        self.limits = limits or Limits.from_settings()
        self.reports: list[Report] = list(pipeline.reports)
        self.by_id = {r.id: r for r in self.reports}
        self.slots = Slots(concurrency)

    def places(self) -> list[str]:
        return sorted({r.place.county for r in self.reports if r.place and r.place.county})

    def years(self) -> list[int]:
        return sorted({r.year for r in self.reports if r.year is not None}, reverse=True)

    def check(self, question: Any, history: Any = None, place: Any = None, year: Any = None) -> AskInput:
        """:func:`check_ask` with this service's limits."""
        return check_ask(question, history, place, year, self.limits)

    def _failed(self, what: str, question: str) -> ServiceError:
        ref = uuid.uuid4().hex[:8]
        log.exception("%s failed (ref %s) for question %r", what, ref, question[:200])
        return ServiceError(ref)

    def ask(self, question: Any, history: Any = None, place: Any = None, year: Any = None) -> Answer:
        """Raises QuestionError (the request is at fault) or ServiceError (answering failed)."""
        a = self.check(question, history, place, year)
        with self.slots.hold(cost(a, self.limits)):
            try:
                return self.pipeline.ask(a.question, a.history or None, place=a.place, year=a.year)
            except Exception:
                raise self._failed("ask", a.question) from None

    def stream(self, question: Any, history: Any = None, place: Any = None,
               year: Any = None) -> Iterator[str | Answer]:
        """Text chunks then the Answer; a failure mid-stream raises ServiceError."""
        a = self.check(question, history, place, year)
        with self.slots.hold(cost(a, self.limits)):
            try:
                yield from self.pipeline.stream(a.question, a.history or None, place=a.place, year=a.year)
            except GeneratorExit:  # the client went away: stop quietly
                raise
            except Exception:
                raise self._failed("stream", a.question) from None
