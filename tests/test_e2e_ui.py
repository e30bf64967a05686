"""The real page in headless Chromium (Debian's /usr/bin/chromium driven by playwright; no
downloaded browsers): chat with streaming answers and sources, filters, the Reports and Evaluate
tabs, escaping in the browser, errors and basic auth. A real uvicorn server on a free port
serves the fake pipeline (real corpus quotes); the last test starts ``python app.py`` with the
real pipeline. Screenshots go to evals/out/e2e/ (not committed)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from index.config import Settings
from index.model import Answer
from conftest import REPO
from test_app_render import EVIL, evil_answer, evil_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = REPO / "evals" / "out" / "e2e"
WAIT_MS = 60_000  # generous: a busy 2-core CI machine
QUESTION = "Which county received applications in 2024?"
EVIL_QUESTION = "Show me the odd passage"
LINK_QUESTION = "Where is [the site](http://evil.example/q) ![q](http://evil.example/q.png) http://evil.example/bare"
LONG_QUESTION = "Everything at once, please"
LONG_ANSWER = "长答案的第一行 / the first line\n" + "\n".join(f"第 {i} 行 / line {i}" for i in range(2, 80))
LINK_ANSWER = ("See http://evil.example/a and www.evil.example now\n[here](http://evil.example/b) "
               "![x](http://evil.example/c.png) <a href='http://evil.example/d'>d</a> $$x$$")

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (.ci/run installs it)")


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=WAIT_MS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def fake(tmp_path_factory):
    from web.fake import FakePipeline, load

    p = load(Settings(data_dir=tmp_path_factory.mktemp("e2e-data")))
    # one extra report holding markup, and a canned answer citing it
    return FakePipeline([*p.reports, evil_report()], delay_s=0.01, store=p.store,
                        canned={EVIL_QUESTION: evil_answer(), LINK_QUESTION: Answer(LINK_QUESTION, LINK_ANSWER),
                                LONG_QUESTION: Answer(LONG_QUESTION, LONG_ANSWER)})


def serve(pipeline, **kw):
    from app import make_app
    from web.serve import serving

    return serving(make_app(pipeline, **kw))


@pytest.fixture(scope="module")
def url(fake):
    with serve(fake) as base:
        yield base


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 1000}, accept_downloads=True)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT_MS)
    pg.dialogs = []  # any alert() would be an injected script running
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    ctx.close()


def open_app(page, url: str):
    page.goto(url, timeout=WAIT_MS)
    page.wait_for_selector("#question textarea")


def ask(page, question: str, expect: str | None = None):
    """Ask and wait for the end of the answer: its sources block, or ``expect`` in the chat."""
    before = page.locator("#chatbot .rag-sources").count()
    asked = page.locator("#chatbot [data-testid=user]").count()
    page.fill("#question textarea", question)
    # Gradio drops a click while the previous answer's event is still closing (its trigger mode is
    # "once"), and on a busy machine that can outlast the answer's last line: click until it is taken
    for _ in range(WAIT_MS // 2000):
        page.click("#ask")
        try:
            page.wait_for_function(f"() => document.querySelectorAll('#chatbot [data-testid=user]').length > {asked}",
                                   timeout=2000)
            break
        except PlaywrightTimeout:
            pass
    if expect is None:
        page.wait_for_function(f"() => document.querySelectorAll('#chatbot .rag-sources').length > {before}")
    else:
        page.wait_for_function("t => document.querySelector('#chatbot').innerText.includes(t)", arg=expect)


def shot(page, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def pick(page, dropdown: str, option: str):
    page.click(f"{dropdown} input")
    page.get_by_role("option", name=option, exact=True).click()


def test_chat_answers_with_sources(page, url):
    open_app(page, url)
    ask(page, QUESTION)
    answer = page.locator("#chatbot [data-testid=bot]").first.inner_text()
    assert "海原县" in answer.splitlines()[0] and "渠县" in answer.splitlines()[0]
    sources = page.locator("#chatbot .rag-source")
    assert sources.count() == 2
    assert "海原县教育体育局" in sources.first.inner_text() and "渠县教育局" in sources.nth(1).inner_text()
    assert "依申请公开" in sources.first.inner_text()  # the section path
    assert page.locator("#chatbot .rag-warn").count() == 1  # the data-quality note in plain words…
    assert "渠县教育局 2024" in page.locator("#chatbot .rag-warn").inner_text()  # …under the report it concerns
    context = sources.first.locator(".rag-context")
    assert not context.is_visible()
    sources.first.locator("summary").click()  # expand: the quote marked inside its context
    assert context.is_visible() and "收到政府信息公开申请 1 件" in context.locator("mark").inner_text()
    assert "主动公开信息 89 条" in context.inner_text()
    assert shot(page, "chat").stat().st_size > 10_000
    # a follow-up goes into the same conversation
    ask(page, "海原县微信公众号发布多少篇?")
    assert page.locator("#chatbot [data-testid=bot]").nth(2).inner_text().startswith("547")


def test_examples_and_filters(page, url):
    open_app(page, url)
    page.get_by_text("盐池县2020年行政许可处理决定数量是多少？").first.click()
    page.wait_for_function("t => document.querySelector('#question textarea').value === t",
                           arg="盐池县2020年行政许可处理决定数量是多少？")
    pick(page, "#place", "渠县")
    ask(page, QUESTION)
    sources = page.locator("#chatbot .rag-source")
    assert sources.count() == 1 and "渠县教育局" in sources.first.inner_text()
    chips = page.locator("#chatbot .rag-filters").last  # the filter the answer was given shows with it
    assert chips.inner_text().replace("\n", " ").endswith("地点 / Place: 渠县")
    pick(page, "#place", "全部 / All")
    pick(page, "#year", "2020")
    ask(page, QUESTION, expect="The reports do not say.")  # no 2020 report says so
    page.wait_for_function("() => document.querySelectorAll('#chatbot .rag-filters').length === 2")
    assert "年份 / Year: 2020" in page.locator("#chatbot .rag-filters").last.inner_text()


def test_script_in_a_passage_shows_as_text(page, url):
    open_app(page, url)
    ask(page, EVIL_QUESTION)
    chat = page.locator("#chatbot")
    page.locator("#chatbot .rag-source summary").first.click()
    assert EVIL in chat.inner_text()
    assert "<img src=x onerror=alert(2)>" in chat.inner_text()
    assert chat.locator("script").count() == 0 and chat.locator("img[src=x]").count() == 0
    # the staff views of the same report: corpus table, picker, heading tree, warnings
    page.get_by_role("tab", name="年报 / Reports").click()
    assert EVIL in page.inner_text("#corpus")
    pick(page, "#pick", f"恶意局{EVIL} · 恶县<b> · 2024 (evil-2024)")
    page.wait_for_function("t => document.querySelector('#sections').innerText.includes(t)", arg=f"一、总体情况{EVIL}")
    assert f"正文与表格不一致{EVIL}" in page.inner_text("#findings")
    for where in ("#sections", "#findings", "#corpus", "#values", "#pick"):
        assert page.locator(f"{where} script").count() == 0 and page.locator(f"{where} b:text('恶县')").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []
    shot(page, "escaped")


def test_links_and_images_in_answers_and_questions_stay_text(page, url):
    """Report text (here an answer quoting it) and the question can hold URLs, Markdown links and
    images, HTML anchors: all show as the characters they are, none becomes a link or an image."""
    open_app(page, url)
    # wait for the answer's last characters: it streams in pieces, and reading it earlier races them
    ask(page, LINK_QUESTION, expect="d</a> $$x$$")
    chat = page.locator("#chatbot")
    # the only links are the app's own (an answer's link to itself: this page with ?q=…)
    assert chat.locator("a:not(.rag-link)").count() == 0 and chat.locator("img").count() == 0
    assert all(a.get_attribute("href").startswith("?q=") for a in chat.locator("a.rag-link").all())
    text = chat.inner_text()
    for shown in (LINK_QUESTION, "See http://evil.example/a and www.evil.example now",
                  "[here](http://evil.example/b) ![x](http://evil.example/c.png) <a href='http://evil.example/d'>d</a> $$x$$"):
        assert shown in text
    assert chat.locator(".katex").count() == 0  # nor is $$…$$ typeset
    assert "www.evil.example now\n[here]" in text  # line breaks kept


def test_reports_tab_browse_and_download(page, url):
    open_app(page, url)
    page.get_by_role("tab", name="年报 / Reports").click()
    page.wait_for_selector("#corpus")
    assert "海原县教育体育局" in page.inner_text("#corpus")
    pick(page, "#pick", "盐池县教育体育局 · 盐池县 · 2020 (yanchi-2020)")
    page.wait_for_function("() => document.querySelector('#sections').innerText.includes('yanchi-2020#s1')")
    page.wait_for_function("() => document.querySelector('#values').innerText.includes('228')")
    with page.expect_download() as d:
        page.click("#csv")
    path = d.value.path()
    text = Path(path).read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "report,table,row,column,value,unit,status,raw"
    assert "yanchi-2020,主动公开政府信息情况,行政许可,处理决定数量,228,件,ok,228" in text
    shot(page, "reports")


def test_evaluate_tab(page, url, tmp_path):
    lines = (REPO / "evals" / "sets" / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    wanted = {"ans-025", "ans-080", "ans-081"}
    chosen = [ln for ln in lines if ln.strip() and json.loads(ln)["id"] in wanted]
    qset = tmp_path / "mini.jsonl"
    qset.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    open_app(page, url)
    page.get_by_role("tab", name="评测 / Evaluate").click()
    page.set_input_files("#set input[type=file]", str(qset))
    page.wait_for_selector("#set td[aria-label='mini.jsonl']")
    page.click("#run-eval")
    page.wait_for_selector("#eval-summary table")
    summary = page.inner_text("#eval-summary")
    assert "3/3" in summary and "en" in summary and "aggregate" in summary
    files = page.inner_text("#eval-files")
    assert "report.html" in files and "results.json" in files
    shot(page, "evaluate")
    href = page.locator("#eval-files tr:has(td[aria-label='report.html']) a").first.get_attribute("href")
    report = page.context.request.get(href if href.startswith("http") else url + href)
    assert report.status == 200 and "Evaluation report" in report.text()
    # a broken set: a short message naming the line, no results
    bad = tmp_path / "broken.jsonl"
    bad.write_text('{"id": "x", "question": "q"}\n{not json\n', encoding="utf-8")
    page.locator("#set button[aria-label='Clear']").first.click()
    page.set_input_files("#set input[type=file]", str(bad))
    page.wait_for_selector("#set td[aria-label='broken.jsonl']")
    page.click("#run-eval")
    page.wait_for_function("() => document.querySelector('#eval-summary').innerText.includes('broken.jsonl:2')")


def test_errors_show_a_short_message(browser, fake):
    class Broken:
        reports = fake.reports

        def stream(self, question, history=None, place=None, year=None):
            yield "half an answer "
            raise RuntimeError("Traceback: secret internals")

        ask = None

    with serve(Broken()) as base:
        page = browser.new_page()
        page.set_default_timeout(WAIT_MS)
        open_app(page, base)
        page.fill("#question textarea", "海原县？")
        page.click("#ask")
        page.wait_for_function("() => document.querySelector('#chatbot').innerText.includes('went wrong')")
        text = page.inner_text("#chatbot")
        assert "secret internals" not in text and "Traceback" not in text
        page.close()


def test_basic_auth_in_the_browser(browser, fake):
    with serve(fake, auth="staff:pw") as base:
        anon = browser.new_context()
        r = anon.request.get(base)
        assert r.status == 401 and r.headers["www-authenticate"].startswith("Basic")
        with pytest.raises(Exception, match="AUTH"):  # headless: no login prompt, the page fails
            anon.new_page().goto(base)
        anon.close()
        ctx = browser.new_context(http_credentials={"username": "staff", "password": "pw"})
        page = ctx.new_page()
        page.set_default_timeout(WAIT_MS)
        open_app(page, base)
        ask(page, QUESTION)  # the page's own API calls pass too
        assert page.locator("#chatbot .rag-source").count() == 2
        ctx.close()


# ---- the real answering system ------------------------------------------------------------

REAL_READY = importlib.util.find_spec("rag.answer") is not None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module", autouse=True)
def real_app(request, tmp_path_factory):
    """``python app.py`` with the real pipeline and a fresh RAG_DATA_DIR, started when this module
    starts: building its index (about a minute on 2 cores) overlaps the fake-pipeline tests."""
    wanted = any(i.name == "test_real_pipeline_in_the_browser" for i in request.session.items)
    if not (REAL_READY and CHROMIUM.exists() and wanted):
        yield None
        return
    tmp = tmp_path_factory.mktemp("e2e-real")
    port = free_port()
    env = {**os.environ, "RAG_DATA_DIR": str(tmp / "data"), "RAG_PORT": str(port), "RAG_HOST": "127.0.0.1",
           "RAG_AUTH": "", "GRADIO_ANALYTICS_ENABLED": "False"}
    log_path = tmp / "app.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "app.py"], cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            yield proc, f"http://127.0.0.1:{port}", log_path
        finally:
            proc.terminate()
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()


@pytest.mark.skipif(not REAL_READY, reason="rag/answer.py (the real answerer) is not written yet")
def test_real_pipeline_in_the_browser(browser, page, real_app):
    from evals.grade import lead, names_in
    from evals.runner import vocabulary

    proc, base, log_path = real_app
    deadline = time.monotonic() + 600  # the first start builds the index
    while True:
        assert proc.poll() is None, log_path.read_text()[-3000:]
        try:
            if httpx.get(f"{base}/api/reports", timeout=5).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, "app.py did not start: " + log_path.read_text()[-3000:]
        time.sleep(1)
    reports = httpx.get(f"{base}/api/reports", timeout=30).json()
    open_app(page, base)
    page.evaluate("() => document.querySelectorAll('#corpus-summary, #corpus-summary details')"
                  ".forEach(d => d.open = true)")
    assert "5 份年报" in page.inner_text("#corpus-summary")
    page.wait_for_selector("#place input", state="visible")  # past the loading run the link check starts
    page.wait_for_timeout(1500)
    shot(page, "landing-real")  # the README's screenshots are these three
    ask(page, QUESTION)
    answer = page.locator("#chatbot [data-testid=bot]").first.inner_text()
    shot(page, "chat-real")
    got = names_in(lead(answer), vocabulary(_Reports(reports)))
    assert got & {r["place"] for r in reports} == {"海原县", "渠县"}, answer
    assert page.locator("#chatbot .rag-source").count() >= 1
    # a cross-report answer: the winner first, every report's figure as worded, drawn as bars
    ask(page, "哪个县微信公众号发布最多？")
    assert page.locator("#chatbot [data-testid=bot]").filter(has_text="盐池县最多：588").count() == 1
    chart = page.locator("#chatbot .rag-chart").last
    assert chart.locator("li").count() == 3 and "400 余条" in chart.inner_text()
    shot(page, "cross-report")
    phone = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
    try:
        pg = phone.new_page()
        pg.set_default_timeout(WAIT_MS)
        open_app(pg, base)
        ask(pg, "海原县微信公众号发布多少篇？")
        assert pg.locator("#question textarea").is_visible()
        pg.screenshot(path=str(SHOTS / "phone-real.png"))  # what the phone shows, not the whole page
    finally:
        phone.close()
    # right after start-up, in the background, the app loaded what the first questions would wait for
    while "warmed up in" not in log_path.read_text() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert re.search(r"warmed up in \d+\.\d s \(the English dictionary, the vector index\)", log_path.read_text())


class _Reports(list):
    """/api/reports rows shaped enough like Reports for evals.runner.vocabulary."""

    def __init__(self, rows):
        from types import SimpleNamespace as NS

        super().__init__(NS(id=r["id"], place=NS(county=r["place"], city=r["city"], province=r["province"]),
                            agency=NS(name=r["agency"], aliases=())) for r in rows)


def test_a_question_typed_while_an_answer_streams_is_kept(page, url):
    # the box is cleared when a question is taken, never again by that answer's later updates
    open_app(page, url)
    page.fill("#question textarea", LONG_QUESTION)
    page.click("#ask")
    page.wait_for_function("() => document.querySelector('#chatbot').innerText.includes('长答案的第一行')")
    page.fill("#question textarea", "下一个问题 / the next question")
    page.wait_for_function("() => document.querySelector('#chatbot').innerText.includes('line 79')")
    page.wait_for_timeout(1000)  # past the event's completion message, which repeats its last update
    assert page.input_value("#question textarea") == "下一个问题 / the next question"


def test_a_new_answer_is_shown_from_its_first_line(browser, url):
    # the chat followed the stream to its bottom: a long answer's sources in view, its first line
    # scrolled away above them
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    page = ctx.new_page()
    page.set_default_timeout(WAIT_MS)
    try:
        open_app(page, url)
        ask(page, QUESTION)
        ask(page, LONG_QUESTION, expect="line 79")
        page.wait_for_timeout(300)
        where = page.evaluate("""() => {
            const bots = [...document.querySelectorAll('#chatbot [data-testid=bot]')];
            const last = bots.filter(b => b.innerText.includes('长答案的第一行')).pop();
            let box = last.parentElement;
            while (box && !(box.scrollHeight > box.clientHeight + 2 && getComputedStyle(box).overflowY !== 'visible'))
                box = box.parentElement;
            const a = last.getBoundingClientRect(), b = box.getBoundingClientRect();
            return {top: a.top - b.top, height: b.height, scrolled: box.scrollTop, full: box.scrollHeight};
        }""")
        assert where["full"] > where["height"]  # the chat is longer than its box: there is something to scroll
        assert 0 <= where["top"] < 160, where  # the newest answer's first line shows, under its question at the top
        assert where["top"] + 40 < where["height"]
    finally:
        ctx.close()
