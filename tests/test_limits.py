"""Bounded requests (issue 12, findings 3-6 and 11): a body over the limit is refused before it
is read, histories are bounded and only their last turns are used, text that is not Unicode is a
422, and the Gradio ``/ask`` endpoint refuses exactly what ``POST /api/ask`` refuses, with the
same message and no traceback in the log. Plus one CSV per report however often it is viewed.

A real uvicorn server on a free port serves the fake pipeline over the real corpus."""

from __future__ import annotations

import json

import httpx
import pytest

from index.config import Settings
from web.service import Limits, Service

TIMEOUT = httpx.Timeout(60.0)
QUESTION = "海原县微信公众号发布多少篇?"
LIMITS = Limits()  # the defaults of the RAG_MAX_* settings


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    from web.fake import load

    return load(Settings(data_dir=tmp_path_factory.mktemp("limits-data")))


@pytest.fixture(scope="module")
def url(fake):
    from app import make_app
    from web.serve import serving

    with serving(make_app(fake, concurrency=4)) as base:
        yield base


def raw_post(url: str, path: str, body: dict) -> httpx.Response:
    # json.dumps escapes "\ud800" as six ASCII characters, as a client that sends it would
    return httpx.post(url + path, content=json.dumps(body).encode("ascii"),
                      headers={"content-type": "application/json"}, timeout=TIMEOUT)


def gradio_ask(url: str, data: list) -> tuple[int, str]:
    """Gradio's call API for /ask: (status of the POST, the event stream's text or the refusal)."""
    r = raw_post(url, "/gradio_api/call/ask", {"data": data})
    if r.status_code != 200:
        return r.status_code, r.text
    s = httpx.get(f"{url}/gradio_api/call/ask/{r.json()['event_id']}", timeout=TIMEOUT)
    return s.status_code, s.text


def turns(n: int, user_chars: int = 10, answer_chars: int = 10) -> list[dict[str, str]]:
    return [{"role": "user", "content": "问" * user_chars} if i % 2 == 0 else
            {"role": "assistant", "content": "答" * answer_chars} for i in range(n)]


# ---- finding 4: request size -----------------------------------------------------------------


def test_a_body_over_the_limit_is_refused_with_413(url):
    padding = "x" * (LIMITS.request_bytes + 1)
    for path in ("/api/ask", "/gradio_api/call/ask"):
        r = httpx.post(url + path, json={"question": QUESTION, "data": [QUESTION], "padding": padding},
                       timeout=TIMEOUT)
        assert r.status_code == 413, (path, r.status_code)
        assert r.json()["detail"] == (f"请求太大（最多 {LIMITS.request_bytes} 字节）。/ Request body too large: at "
                                      f"most {LIMITS.request_bytes} bytes (RAG_MAX_REQUEST_BYTES).")
    assert httpx.post(f"{url}/api/ask", json={"question": QUESTION}, timeout=TIMEOUT).status_code == 200


def test_a_chunked_body_is_refused_at_the_limit(url):
    """No Content-Length: read up to the limit, then refused."""
    chunks = (b" " * 65536 for _ in range(64))  # 4 MiB offered
    r = httpx.post(f"{url}/api/ask", content=chunks, headers={"content-type": "application/json"}, timeout=TIMEOUT)
    assert r.status_code == 413 and "RAG_MAX_REQUEST_BYTES" in r.text


# ---- finding 5: histories ------------------------------------------------------------------------


class Recorder:
    """A pipeline that answers nothing and keeps what it was given."""

    def __init__(self, reports):
        self.reports = reports
        self.calls: list[tuple] = []

    def ask(self, question, history=None, place=None, year=None):
        from index.model import Answer

        self.calls.append((question, history, place, year))
        return Answer(question, "ok")


def test_only_the_last_turns_reach_the_pipeline(fake):
    rec = Recorder(fake.reports)
    history = [{"role": "user" if i % 2 == 0 else "assistant", "content": f"turn {i}"} for i in range(20)]
    Service(rec).ask(QUESTION, history, place="海原县", year="2024")
    assert rec.calls == [(QUESTION, history[-LIMITS.turns_used:], "海原县", 2024)]


@pytest.mark.parametrize("history, words", [
    (turns(LIMITS.history_turns + 1), f"at most {LIMITS.history_turns} turns (got {LIMITS.history_turns + 1})"),
    (turns(10_000), "at most 20 turns (got 10000)"),
    (turns(2, user_chars=LIMITS.question_chars + 1), f"History turn 1 is too long (a user turn holds at most "
                                                     f"{LIMITS.question_chars} characters"),
    (turns(2, answer_chars=LIMITS.turn_chars + 1), f"History turn 2 is too long (a assistant turn holds at most "
                                                   f"{LIMITS.turn_chars} characters"),
])
def test_long_histories_are_refused_alike_by_api_and_gradio(url, history, words):
    r = raw_post(url, "/api/ask", {"question": QUESTION, "history": history})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "history"], r.text
    msg = r.json()["detail"][0]["msg"]
    assert words in msg
    status, body = gradio_ask(url, [QUESTION, None, None, history])
    assert "event: error" in body and json.dumps(msg)[1:-1] in body, body[:300]


def test_the_longest_allowed_history_is_answered(url):
    history = turns(LIMITS.history_turns, LIMITS.question_chars, LIMITS.turn_chars)
    r = raw_post(url, "/api/ask", {"question": QUESTION, "history": history})
    assert r.status_code == 200 and r.json()["answer"].startswith("547")


# ---- finding 6 and 11: one check, the same refusals, no tracebacks ------------------------------

BAD = [  # (field, value as sent, what the message says)
    ("question", {"question": "\ud800"}, "not valid Unicode text (a lone surrogate at position 0)"),
    ("question", {"question": "海原县\ud800呢"}, "lone surrogate at position 3"),
    ("history", {"question": QUESTION, "history": [{"role": "user", "content": "a\udfff"}]}, "not valid Unicode"),
    ("place", {"question": QUESTION, "place": "\ud800"}, "not valid Unicode"),
    ("year", {"question": QUESTION, "year": "next year"}, "must be an integer year between 1900 and 2200, e.g. 2024 "
                                                           "(got 'next year')"),
    ("year", {"question": QUESTION, "year": 20.5}, "(got 20.5)"),
    ("year", {"question": QUESTION, "year": True}, "(got True)"),
    ("year", {"question": QUESTION, "year": 99999}, "(got 99999)"),
    ("question", {"question": ""}, "must not be empty"),
    ("question", {"question": 5}, "must be a string, not int"),
    ("history", {"question": QUESTION, "history": "not a list"}, "must be a list"),
    ("history", {"question": QUESTION, "history": [{"role": "system", "content": "x"}]}, "'user' or 'assistant'"),
    ("place", {"question": QUESTION, "place": ["海原县"]}, "county's name"),
]


@pytest.mark.parametrize("field, body, words", BAD, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(BAD)])
def test_api_and_gradio_refuse_the_same_input_with_the_same_message(url, field, body, words, capfd):
    r = raw_post(url, "/api/ask", body)
    assert r.status_code == 422, r.text
    (detail,) = r.json()["detail"]
    assert detail["loc"] == ["body", field] and words in detail["msg"]
    data = [body.get("question"), body.get("place"), body.get("year"), body.get("history")]
    status, stream = gradio_ask(url, data)
    assert status == 200 and stream.startswith("event: error"), stream[:300]
    assert json.loads(stream.split("data: ", 1)[1])["error"] == detail["msg"]
    err = capfd.readouterr().err
    assert "Traceback" not in err and "\ud800" not in err  # a refusal is not worth a traceback


def test_a_good_year_string_is_a_filter_not_dropped(url):
    """A year from a dropdown arrives as a string: it filters; it was silently dropped when bad."""
    status, stream = gradio_ask(url, ["Which county received applications in 2024?", None, "2020", None])
    assert "event: complete" in stream and "The reports do not say." in stream  # no 2020 report says so


def test_missing_gradio_inputs_are_a_422_with_a_message(url, capfd):
    for data in ([], [QUESTION]):
        r = raw_post(url, "/gradio_api/call/ask", {"data": data})
        assert r.status_code == 422
        assert r.json()["detail"] == (f"参数不足。/ The endpoint /ask takes 4 input values, got {len(data)} "
                                      "(see ?view=api for its parameters).")
    assert raw_post(url, "/gradio_api/call/ask", {}).status_code == 422  # no "data" at all: Gradio's own 422
    assert "Traceback" not in capfd.readouterr().err
    status, stream = gradio_ask(url, [QUESTION, None, None, None])
    assert "event: complete" in stream and "547" in stream


def test_gradio_client_still_works_with_defaults(url):
    from gradio_client import Client

    client = Client(url, verbose=False, download_files=False, analytics_enabled=False)
    assert client.predict(QUESTION, api_name="/ask")["answer"].startswith("547")
    with pytest.raises(Exception, match="integer year"):
        client.predict(QUESTION, year="next year", api_name="/ask")


# ---- finding 3: one CSV per report ---------------------------------------------------------------


def test_viewing_reports_writes_one_csv_each(fake, tmp_path, monkeypatch):
    import tempfile

    from web.ui import build_ui

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the UI's work folder goes
    demo = build_ui(Service(fake))
    show = next(f.fn for f in demo.fns.values() if f.name == "show_report")
    ids = [r.id for r in fake.reports]
    paths = set()
    for _ in range(10):  # ten page loads / views of every report
        for rid in ids:
            paths.add(show(rid)[2]["value"])
    csvs = sorted(p.name for p in tmp_path.rglob("*.csv"))
    assert csvs == sorted(f"{rid}-table-values.csv" for rid in ids)
    assert len(paths) == len(ids)
    assert show("no-such-report")[2]["value"] is None


# ---- finding 5: long histories do not hold up plain questions -------------------------------------


def test_plain_questions_go_before_queued_long_histories():
    """One slot, busy; a long-history request queues first, a plain question second: when the
    slot frees, the plain question runs first (it used to be first come, first served)."""
    import threading

    from web.service import Slots

    slots, order, started = Slots(1), [], threading.Event()
    release = threading.Event()

    def run(name: str, cost: int, wait_for: threading.Event | None = None) -> None:
        with slots.hold(cost):
            order.append(name)
            if wait_for:
                started.set()
                wait_for.wait(10)

    busy = threading.Thread(target=run, args=("busy", 0, release))
    busy.start()
    assert started.wait(10)
    heavy = threading.Thread(target=run, args=("long history", 1))
    heavy.start()
    while not slots._waiting:  # the long history is queued before the plain question arrives
        threading.Event().wait(0.01)
    plain = threading.Thread(target=run, args=("plain", 0))
    plain.start()
    while len(slots._waiting) < 2:
        threading.Event().wait(0.01)
    release.set()
    for t in (busy, heavy, plain):
        t.join(10)
    assert order == ["busy", "plain", "long history"] and slots.free == 1


def test_cost_counts_the_text_read_again():
    from web.service import check_ask, cost

    follow_up = check_ask(QUESTION, turns(LIMITS.history_turns, user_chars=30, answer_chars=LIMITS.turn_chars))
    longest_question = check_ask("问" * LIMITS.question_chars)
    long_history = check_ask(QUESTION, turns(LIMITS.history_turns, LIMITS.question_chars, 10))
    assert [cost(a, LIMITS) for a in (follow_up, longest_question, long_history)] == [0, 0, 1]
