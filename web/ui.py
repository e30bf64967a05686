"""The Gradio Blocks: Chat, Reports and Evaluate tabs, plus an ``/ask`` endpoint for scripts
(``gradio_client``). Built once per process around the shared :class:`web.service.Service`.

Messages are our own escaped markup (``web.render``): the chat renders them as HTML, not
Markdown, and sources are ``gr.HTML`` messages, so nothing from a report or a question is ever
interpreted as HTML or Markdown (no links, no images).
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
import threading
import uuid
from html import escape
from pathlib import Path
from typing import Any

from index.model import Answer
from web import render, reportview, takeaway
from web.landing import corpus_html
from web.guard import REFUSAL, is_uploaded
from web.service import QuestionError, Service, ServiceError, answer_payload, recent_turns

log = logging.getLogger("web")

TITLE = "政府信息公开年报问答 / Government information disclosure reports"
ALL = ""  # the "no filter" choice of the place and year dropdowns
EXAMPLES = [
    "Which county received applications in 2024?",
    "2024年哪个县收到了政府信息公开申请？",
    "海原县微信公众号发布多少篇?",
    "盐池县2020年行政许可处理决定数量是多少？",
    "How many posts did Yanchi County's education and sports bureau publish on WeChat in 2020?",
]
MAX_EVAL_QUESTIONS = 2000


def _workdir() -> Path:
    # Downloads are written here, then Gradio copies them into its own cache to serve them.
    base = Path(tempfile.mkdtemp(prefix="rag-web-"))
    atexit.register(shutil.rmtree, base, True)
    return base


class CsvCache:
    """One table-values CSV per report, written on first view and reused: reports do not change
    while the app runs, so disk use stays one file per report however often they are viewed.
    (Gradio's cache keys its copy by content, so it holds one copy per report as well.)"""

    def __init__(self, folder: Path):
        self.folder = folder
        self._lock = threading.Lock()
        self._paths: dict[str, Path] = {}

    def path(self, r: Any) -> Path:
        with self._lock:  # two sessions viewing the same report write it once
            if r.id not in self._paths:  # a folder each: two ids may share a file name once sanitised
                self._paths[r.id] = reportview.write_values_csv(r, Path(tempfile.mkdtemp(dir=self.folder)))
            return self._paths[r.id]


def chat_messages(log_: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The chat as Chatbot messages: escaped Markdown text, and each answer's sources as gr.HTML."""
    import gradio as gr

    out: list[dict[str, Any]] = []
    for m in log_:
        if m.get("text") is not None:
            out.append({"role": m["role"], "content": render.answer_html(m["text"])})
        if m.get("html"):
            out.append({"role": "assistant", "content": gr.HTML(m["html"], elem_classes=["rag-sources-msg"])})
    return out


def history_of(log_: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Earlier turns for the pipeline: questions and final answer texts, no markup, no errors."""
    return [{"role": m["role"], "content": m["text"]} for m in log_ if m.get("turn")]


def build_ui(service: Service) -> Any:
    import gradio as gr

    from evals.report import write
    from evals.runner import run, vocabulary
    from evals.sets import SetError, load_set
    from index.stored import Texts

    work = _workdir()
    csvs = CsvCache(work)
    reports = sorted(service.reports, key=lambda r: (r.agency.name if r.agency else "", r.id))
    first = reports[0] if reports else None

    def respond(question: str, log_: list[dict[str, Any]], place: str, year: str):
        """Stream one answer into the chat; the box is cleared once the question is taken."""
        log_ = list(log_ or [])
        try:  # the conversation is ours: cut to what a request may carry, never refused for its length
            checked = service.check(question, recent_turns(history_of(log_), service.limits), place, year)
        except QuestionError as e:
            if (question or "").strip():
                gr.Warning(str(e))
            yield gr.update(), chat_messages(log_), log_
            return
        q = checked.question
        log_ += [{"role": "user", "text": q, "turn": True}, {"role": "assistant", "text": "…"}]
        yield "", chat_messages(log_), log_
        # The box is cleared once, above: every later update (and Gradio's completion message, which
        # repeats the last one) leaves it alone, so a next question typed as the answer ends is kept.
        keep = gr.update()
        text, final = "", None
        try:
            for part in service.stream(q, checked.history, place=checked.place, year=checked.year):
                if isinstance(part, Answer):
                    final = part
                    break
                text += str(part)
                log_[-1] = {"role": "assistant", "text": text}
                yield keep, chat_messages(log_), log_
            if final is None:  # a stream that ended without its Answer: keep the text, say so
                log.error("stream ended without an Answer for %r", q[:200])
                final = Answer(q, text or "没有得到回答。/ No answer was produced.")
            log_[-1] = {"role": "assistant", "text": final.text, "turn": True, "answer": final,
                        "html": takeaway.share_html(final, service.by_id) + render.sources_html(final, service.by_id)}
        except ServiceError as e:
            log_[-1] = {"role": "assistant", "text": str(e)}
        except Exception:  # e.g. an answer the renderer cannot show: still a short message only
            ref = uuid.uuid4().hex[:8]
            log.exception("showing the answer failed (ref %s)", ref)
            log_[-1] = {"role": "assistant", "text": str(ServiceError(ref))}
        yield keep, chat_messages(log_), log_

    def from_link(log_: list[dict[str, Any]], request: gr.Request):
        """A page opened from an answer's link (?q=…&place=…&year=…) asks it again."""
        params = dict(request.query_params) if request is not None else {}
        q = (params.get("q") or "").strip()
        if not q:
            yield gr.update(), gr.update(), log_, gr.update(), gr.update()
            return
        place_, year_ = params.get("place", ALL), params.get("year", ALL)
        place_ = place_ if place_ in service.places() else ALL  # the dropdowns hold the corpus's names
        year_ = year_ if year_ in {str(y) for y in service.years()} else ALL
        for box_, chat_, log_out in respond(q, log_, place_, year_):
            yield box_, chat_, log_out, place_, year_

    # Gradio finds the request argument by its type; this module's annotations are strings it cannot
    # resolve (gradio is imported inside this function), so the type is given as an object
    from_link.__annotations__ = {"log_": list, "request": gr.Request}

    def export(log_: list[dict[str, Any]]):
        """The last answer as Markdown with its sources and its facts as CSV."""
        last = next((m["answer"] for m in reversed(log_ or []) if m.get("answer") is not None), None)
        if last is None:
            gr.Warning("还没有回答可导出。/ No answer to export yet.")
            return None
        folder = Path(tempfile.mkdtemp(dir=work))
        (folder / "answer.md").write_text(takeaway.answer_markdown(last, service.by_id), encoding="utf-8")
        (folder / "facts.csv").write_text(takeaway.facts_csv(last, service.by_id), encoding="utf-8-sig")
        return [str(folder / "answer.md"), str(folder / "facts.csv")]

    def ask(question: str, place: str | None = None, year: int | None = None,
            history: list[dict[str, str]] | None = None) -> dict:
        """One answer as JSON (the same shape as POST /api/ask), for gradio_client scripts.
        ``history``: earlier turns as {"role": "user"|"assistant", "content": ...}, oldest first.
        Inputs are checked as POST /api/ask checks them (the same function, the same messages)."""
        # print_exception=False: a refused request or a logged failure is not worth a traceback
        try:
            return answer_payload(service.ask(question, history, place=place, year=year))
        except (QuestionError, ServiceError) as e:
            raise gr.Error(str(e), print_exception=False) from None
        except Exception:
            ref = uuid.uuid4().hex[:8]
            log.exception("/ask failed (ref %s)", ref)
            raise gr.Error(str(ServiceError(ref)), print_exception=False) from None

    def show_report(report_id: str | None, opened: str = ""):
        """A report's sections, values, CSV and findings; ``opened`` ("report|offset|…", set by a
        citation's button): that report's section holding the offset is opened and scrolled to."""
        r = service.by_id.get(report_id or "")
        csv_path = str(csvs.path(r)) if r else None
        rid, _, rest = (opened or "").partition("|")
        at = rest.partition("|")[0]
        at_ = int(at) if r is not None and rid == r.id and at.isdigit() else None
        return (reportview.sections_html(r, at_), reportview.value_rows(r), gr.update(value=csv_path, interactive=bool(r)),
                reportview.findings_html(r))

    def all_figures():
        """Every table value and text fact of the corpus as one CSV (written when first asked for)."""
        store = getattr(service.pipeline, "store", None)
        if store is None:
            gr.Warning("这个系统没有可导出的数据库。/ This system has no store to export.")
            return None
        path = work / "all-figures.csv"
        if not path.exists():
            from index.export import write_facts_csv

            tmp = path.with_suffix(".tmp")
            with tmp.open("w", encoding="utf-8-sig", newline="") as f:
                write_facts_csv(store, f)
            tmp.replace(path)
        return str(path)

    def open_report(opened: str):
        """A citation's "Open in Reports": that tab, that report, its section."""
        rid = (opened or "").partition("|")[0]
        if rid not in service.by_id:
            return (gr.update(),) * 6
        return (gr.Tabs(selected="reports"), gr.update(value=rid), *show_report(rid, opened))

    def run_eval(path: str | None, progress=gr.Progress()):  # noqa: B008 - how Gradio injects a progress bar
        if not path:
            return render.error_html("请先上传问题集。/ Upload a question set first."), None
        if not is_uploaded(path):  # the middleware refuses these first; this holds if it is ever left out
            return render.error_html(REFUSAL), None
        try:
            questions = load_set(path)
        except SetError as e:
            return render.error_html(f"无法读取问题集 / Cannot read the question set: {e}"), None
        if not questions or len(questions) > MAX_EVAL_QUESTIONS:
            return render.error_html(f"问题集需有 1–{MAX_EVAL_QUESTIONS} 个问题。/ A set needs 1–"
                                     f"{MAX_EVAL_QUESTIONS} questions (got {len(questions)})."), None
        progress(0, desc="评测中 / Evaluating")
        try:
            results = run(questions, service, Texts(service.reports), vocabulary(service.reports),
                          modes=(), progress=lambda i, n, label: progress((i - 1, n), desc=label))
            paths = write(results, Path(tempfile.mkdtemp(dir=work)) / "eval")
        except Exception:
            ref = uuid.uuid4().hex[:8]
            log.exception("evaluation failed (ref %s)", ref)
            return render.error_html(f"评测失败。/ The evaluation failed. (ref {ref})"), None
        return render.eval_summary_html(results["summary"]), [str(paths[2]), str(paths[0])]

    # delete_cache: served downloads older than a day are removed hourly
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
        gr.Markdown(f"# {TITLE}\n\nJSON API: `POST /api/ask` — [文档 / API docs](/docs)", elem_id="header")
        gr.HTML(corpus_html(reports, llm=getattr(service.pipeline, "llm", None) is not None))
        # set by a citation's button in the page's script (web/style.py), never shown
        open_at = gr.Textbox(elem_id="open-at", elem_classes=["rag-hidden"], show_label=False, container=False)
        open_go = gr.Button("open", elem_id="open-go", elem_classes=["rag-hidden"])
        with gr.Tabs(elem_id="tabs") as tabs:
            with gr.Tab("问答 / Chat", id="chat"):
                with gr.Row():
                    place = gr.Dropdown([("全部 / All", ALL), *[(p, p) for p in service.places()]], value=ALL,
                                        label="地点 / Place", elem_id="place")
                    year = gr.Dropdown([("全部 / All", ALL), *[(str(y), str(y)) for y in service.years()]], value=ALL,
                                       label="年份 / Year", elem_id="year")
                # render_markdown off: messages are our escaped HTML, so a URL or [x](y) in a report or a
                # question stays text; no LaTeX either
                chatbot = gr.Chatbot(label="对话 / Conversation", height=560, elem_id="chatbot", buttons=["copy"],
                                     feedback_options=None, placeholder="请提问 / Ask a question about the reports",
                                     render_markdown=False, latex_delimiters=[], autoscroll=False)
                log_state = gr.State([])
                with gr.Row():
                    box = gr.Textbox(label="问题 / Question", placeholder="输入问题 / Type a question",
                                     show_label=False, scale=8,
                                     max_length=service.limits.question_chars, elem_id="question", submit_btn=False)
                    send = gr.Button("提问 / Ask", variant="primary", scale=1, elem_id="ask")
                    clear = gr.Button("清空 / Clear", scale=1, elem_id="clear")
                gr.Examples(EXAMPLES, inputs=box, label="示例问题 / Example questions")
                # One concurrency group for everything that answers, so the queue's limit counts them together.
                chat_io = dict(fn=respond, inputs=[box, log_state, place, year], outputs=[box, chatbot, log_state],
                               api_visibility="undocumented", concurrency_id="answer")
                box.submit(**chat_io, api_name="chat")
                send.click(**chat_io, api_name="chat_click")
                clear.click(lambda: ([], [], ""), outputs=[chatbot, log_state, box], api_visibility="private")
                with gr.Row():
                    export_btn = gr.Button("导出最近的回答 / Export the last answer (Markdown + CSV)",
                                           elem_id="export", size="sm")
                exported = gr.File(label="导出 / Export", file_count="multiple", interactive=False,
                                   elem_id="exported")
                export_btn.click(export, log_state, exported, api_visibility="private")
                demo.load(from_link, log_state, [box, chatbot, log_state, place, year], api_visibility="private",
                          concurrency_id="answer")

            with gr.Tab("年报 / Reports", id="reports"):
                gr.Dataframe(value=reportview.report_rows(reports) or None, headers=reportview.REPORT_HEADERS,
                             label=f"{len(reports)} 份年报 / reports", interactive=False, elem_id="corpus",
                             wrap=True)
                if skipped := getattr(service.pipeline, "skipped", ()):  # files the build left out, and why
                    gr.HTML("<p>未收录的文件 / Files not indexed:</p><ul>" + "".join(
                        f"<li>{escape(f['source'])}: {escape(f['reason'])}</li>" for f in skipped) + "</ul>",
                        elem_id="skipped")
                with gr.Row():
                    figures_btn = gr.Button("全部数字 / All figures of every report (CSV)", size="sm", elem_id="figures")
                    figures = gr.File(label="全部数字 / All figures", interactive=False, elem_id="figures-file")
                figures_btn.click(all_figures, None, figures, api_visibility="private", concurrency_limit=1)
                pick = gr.Dropdown([(f"{r.agency.name if r.agency else '?'} · {r.place.county if r.place else '?'} · "
                                     f"{r.year} ({r.id})", r.id) for r in reports],
                                   value=first.id if first else None, label="年报 / Report", elem_id="pick")
                with gr.Row():
                    with gr.Column(scale=2):
                        gr.Markdown("### 章节 / Sections")
                        sections = gr.HTML(reportview.sections_html(first), elem_id="sections")
                    with gr.Column(scale=3):
                        gr.Markdown("### 表格数据 / Table values")
                        values = gr.Dataframe(value=reportview.value_rows(first) or None, headers=reportview.VALUE_HEADERS,
                                              interactive=False, max_height=480, elem_id="values", wrap=True,
                                              column_widths=["24%", "28%", "22%", "9%", "7%", "10%"])
                        download = gr.DownloadButton("下载 CSV / Download CSV", elem_id="csv", interactive=False)
                        gr.Markdown("### 数据质量提示 / Data-quality warnings")
                        findings = gr.HTML(reportview.findings_html(first), elem_id="findings")
                report_out = [sections, values, download, findings]
                pick.change(show_report, [pick, open_at], report_out, api_visibility="private")
                demo.load(show_report, pick, report_out, api_visibility="private")
                open_go.click(open_report, open_at, [tabs, pick, *report_out], api_visibility="private")

            with gr.Tab("评测 / Evaluate", id="evaluate"):
                gr.Markdown("上传问题集（JSONL 或 CSV，格式见 `evals/README.md`），用当前系统回答并评分。\n\n"
                            "Upload a question set (JSONL or CSV, format in `evals/README.md`); every question is "
                            "answered by the running system and graded.")
                upload = gr.File(label="问题集 / Question set (.jsonl, .csv)", file_types=[".jsonl", ".csv"],
                                 type="filepath", elem_id="set")
                run_btn = gr.Button("运行评测 / Run evaluation", variant="primary", elem_id="run-eval")
                summary = gr.HTML(elem_id="eval-summary")
                reports_out = gr.File(label="结果 / Results (report.html, results.json)", file_count="multiple",
                                      interactive=False, elem_id="eval-files")
                # one evaluation at a time: each question still takes its turn with the chat's answers
                run_btn.click(run_eval, upload, [summary, reports_out], api_visibility="private", concurrency_limit=1)

        gr.api(ask, api_name="ask", concurrency_id="answer")
    return demo
