"""Issue 13 in a real browser (Debian's Chromium, as tests/test_e2e_ui.py): what a journalist meets
first — the API documentation offline and the way to it from the page."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

from test_e2e_ui import WAIT_MS, browser, fake, open_app, page, pytestmark, shot, url  # noqa: F401 - fixtures


def _offline(ctx) -> list[str]:
    """Block every request that does not go to this machine; the blocked addresses are returned."""
    outside: list[str] = []

    def route(r):
        if urlparse(r.request.url).hostname in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    ctx.route("**/*", route)
    return outside


def test_api_docs_render_with_the_network_disabled(browser, url):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    outside = _offline(ctx)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT_MS)
    pg.goto(f"{url}/docs")
    pg.wait_for_selector(".swagger-ui .information-container .title")
    assert "Government reports QA API" in pg.inner_text(".swagger-ui .information-container .title")
    pg.get_by_text("/api/ask", exact=True).first.wait_for()
    pg.get_by_text("/api/reports", exact=True).first.wait_for()
    assert outside == []  # nothing asked of a CDN: Swagger UI's files and favicon come from the app
    assert shot(pg, "api-docs-offline").stat().st_size > 10_000
    ctx.close()


def test_the_page_points_to_the_json_api(page, url):  # noqa: F811
    open_app(page, url)
    link = page.locator("#header a[href='/docs']")
    assert link.count() == 1 and "POST /api/ask" in page.inner_text("#header")
    with page.context.expect_page() as opened:  # Gradio opens Markdown links in a new tab
        link.click()
    opened.value.wait_for_selector(".swagger-ui .information-container .title")


SIZES = {"desktop": (1400, 1000), "phone": (390, 844)}
TABS = {"chat": "问答 / Chat", "reports": "年报 / Reports", "evaluate": "评测 / Evaluate"}
IN_TAB = {"chat": "#question textarea", "reports": "#pick", "evaluate": "#run-eval"}  # visible once it is open


def _axe() -> str:
    from pathlib import Path

    import axe_playwright_python  # axe-core's own build, bundled in a PyPI package (nothing downloaded)

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


def open_tab(page, tab: str) -> None:
    """Open a tab the way a person would: its button, or on a narrow screen Gradio's "…" menu first."""
    button = page.locator("[role=tablist] button", has_text=TABS[tab])
    if not button.count():
        page.get_by_role("button", name="More tabs").click()
        button = page.locator(".overflow-dropdown button", has_text=TABS[tab])
    button.first.click()
    page.locator(IN_TAB[tab]).first.wait_for(state="visible")


@pytest.mark.parametrize("size", SIZES)
def test_no_serious_accessibility_violations_on_any_tab(browser, url, size):  # noqa: F811
    w, h = SIZES[size]
    pg = browser.new_page(viewport={"width": w, "height": h})
    pg.set_default_timeout(WAIT_MS)
    open_app(pg, url)
    assert pg.evaluate("document.documentElement.lang") == "zh-CN"  # a Chinese page says so
    assert pg.get_by_label("问题 / Question").count() == 1  # the question box has a label, not only a placeholder
    axe = _axe()
    for tab in TABS:
        open_tab(pg, tab)
        pg.add_script_tag(content=axe)
        found = pg.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))""")
        assert found == [], (size, tab, found)
    pg.close()


def test_on_a_phone_the_question_box_is_in_view(browser, url):  # noqa: F811
    pg = browser.new_page(viewport={"width": 390, "height": 844})
    pg.set_default_timeout(WAIT_MS)
    open_app(pg, url)
    for sel in ("#question textarea", "#ask"):
        box = pg.locator(sel).bounding_box()
        assert box and box["y"] + box["height"] <= 844, (sel, box)  # without scrolling
    assert shot(pg, "phone").stat().st_size > 5_000
    pg.close()


def test_the_landing_page_says_what_the_corpus_holds(page, url, fake):  # noqa: F811
    open_app(page, url)
    summary = page.locator("#corpus-summary")
    years = sorted({r.year for r in fake.reports if r.year})
    head = summary.locator("summary").first.inner_text()  # the line shown before anything is opened
    assert f"{len(fake.reports)} 份年报 / reports" in head and f"{years[0]}–{years[-1]} 年" in head
    assert "extracted, not generated" in head
    summary.locator("summary").first.click()
    text = summary.inner_text()
    assert "2024 (" in text and "Answers are extracted from the reports" in text  # per year; how answers are made
    summary.get_by_text("每份年报 / Each report").click()  # each report with its data-quality notes
    assert "海原县教育体育局 · 海原县 · 2024 · " in summary.inner_text() and "条数据质量提示" in summary.inner_text()
    summary.get_by_text("可以这样问 / Questions that work").click()
    assert "How many applications did" in summary.inner_text()
    assert shot(page, "landing").stat().st_size > 10_000


def test_an_answer_can_be_copied_linked_and_exported(browser, url):  # noqa: F811
    from test_e2e_ui import ask

    question = "盐池县2020年行政许可处理决定数量是多少？"

    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    ctx.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    pg = ctx.new_page()
    pg.set_default_timeout(WAIT_MS)
    open_app(pg, url)
    pick_year = pg.locator("#year input")
    pick_year.click()
    pg.get_by_role("option", name="2020", exact=True).click()
    ask(pg, question)
    first = pg.locator("#chatbot [data-testid=bot]").first.inner_text().splitlines()[0]
    pg.locator("#chatbot .rag-copy").last.click()
    pg.wait_for_function("() => document.querySelector('#chatbot .rag-copy').innerText.includes('Copied')")
    copied = pg.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(first) and "来源 / Sources:" in copied and "\n1. " in copied and "2020" in copied
    # the link asks it again, with the same filter, in a fresh page
    href = pg.locator("#chatbot .rag-link").last.get_attribute("href")
    assert href.startswith("?q=") and "year=2020" in href
    again = ctx.new_page()
    again.set_default_timeout(WAIT_MS)
    again.goto(url + "/" + href)
    again.wait_for_function("() => document.querySelectorAll('#chatbot .rag-sources').length > 0")
    assert again.locator("#chatbot [data-testid=bot]").first.inner_text().splitlines()[0] == first
    assert "2020" in again.locator("#year input").input_value()
    # export: the answer with its sources as Markdown, its facts as CSV with body, place and year
    pg.click("#export")
    pg.locator("#exported a").first.wait_for()
    names = pg.locator("#exported").inner_text().replace("\n", "")
    assert "answer.md" in names and "facts.csv" in names
    with pg.expect_download() as got:
        pg.locator("#exported a").nth(1).click()  # the files in the order written: answer.md, facts.csv
    rows = got.value.path().read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("report_id,body,place,year") and any(",盐池县,2020," in x for x in rows[1:])
    ctx.close()


def test_a_dropdown_left_by_the_keyboard_closes(page, url):  # noqa: F811
    open_app(page, url)
    expanded = "() => [...document.querySelectorAll('input[role=combobox]')].map(e => e.getAttribute('aria-expanded'))"
    page.focus("#place input")
    page.wait_for_function(f"() => ({expanded})()[0] === 'true'")
    page.keyboard.press("Tab")  # to the year menu: the place menu closes, the year menu opens
    page.wait_for_function(f"() => ({expanded})().join() === 'false,true'")
    page.keyboard.press("Tab")  # on to the question box: both closed
    page.wait_for_function(f"() => ({expanded})().join() === 'false,false'")
    for box in ("#place input", "#year input"):  # and their option lists are gone from the page
        options = page.locator(box).get_attribute("aria-controls")
        page.locator(f"[id='{options}']").wait_for(state="hidden")
    assert page.evaluate("document.activeElement.getAttribute('placeholder')") == "输入问题 / Type a question"


def test_a_citation_opens_the_reports_tab_at_its_section(page, url, fake):  # noqa: F811
    from test_e2e_ui import QUESTION, ask

    open_app(page, url)
    ask(page, QUESTION)
    source = page.locator("#chatbot .rag-source").first
    rid = source.get_attribute("data-report")
    source.locator(".rag-open").click()
    target = page.locator("#sections .rag-target")
    target.wait_for(state="visible")
    assert rid in page.locator("#pick input").input_value()  # that report, in the Reports tab
    assert page.locator("[role=tab][aria-selected=true]").inner_text() == "年报 / Reports"
    c = fake.ask(QUESTION).citations[0]
    from web.render import section_at

    want = section_at(fake.by_id[rid], c.span[0])
    assert want.heading in target.locator("summary").first.inner_text()  # the section holding the quote, open
    box = target.bounding_box()
    assert box and 0 <= box["y"] < 1000  # scrolled into view


def test_every_figure_of_the_corpus_downloads_as_csv(page, url, fake):  # noqa: F811
    from test_e2e_journalist import open_tab

    open_app(page, url)
    open_tab(page, "reports")
    page.click("#figures")
    page.locator("#figures-file a").first.wait_for()
    with page.expect_download() as got:
        page.locator("#figures-file a").first.click()
    import csv
    import io

    rows = list(csv.reader(io.StringIO(got.value.path().read_text(encoding="utf-8-sig"))))
    assert rows[0] == "report_id,agency,province,city,county,year,source,table,what,value,unit,status,raw".split(",")
    seeds = {r.id for r in fake.reports if not r.id.startswith("evil")}
    assert {x[0] for x in rows[1:]} == seeds and len(rows) > 500
    assert {x[6] for x in rows[1:]} == {"table", "text"}  # table cells and figures stated in prose
