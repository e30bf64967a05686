"""Web app: ``./dev.sh app`` (or ``python app.py``) serves it on http://127.0.0.1:7860.

On first run, when the store in ``RAG_DATA_DIR`` holds no reports, the index is built from
``RAG_CORPUS_DIR``. Heavy imports (gradio, the index) happen inside functions so that importing
this module stays cheap.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from index.config import Settings, get_settings

if TYPE_CHECKING:
    import gradio as gr

    from index.model import Report

TITLE = "政府信息公开年报问答 / Government information disclosure reports"
REPORT_HEADERS = ["id", "agency", "place", "year", "template"]
VALUE_HEADERS = ["table", "row", "column", "value", "unit", "status"]


def load_reports(settings: Settings) -> list[Report]:
    """The stored reports; builds the store from the corpus first if it has none."""
    from index.store import Store, StoreError

    try:
        reports = Store(settings.data_dir).reports()
    except StoreError as e:  # built by another parser version: rebuild rather than serve stale values
        print(f"rebuilding: {e}", flush=True)
        reports = []
    if reports:
        return reports
    from index.build import build

    s = build(settings.corpus_dir, settings.data_dir, settings.max_file_mb)
    print(
        f"built index in {settings.data_dir} from {settings.corpus_dir}: {s.reports} reports, "
        f"{s.sections} sections, {s.table_values} table values, "
        f"{len(s.warnings)} warnings, {len(s.failed)} failed",
        flush=True,
    )
    return Store(settings.data_dir).reports()


def report_row(r: Report) -> list[Any]:
    return [
        r.id,
        r.agency.name if r.agency else "",
        r.place.county if r.place and r.place.county else "",
        r.year if r.year is not None else "",
        r.template or "",
    ]


def value_rows(r: Report | None) -> list[list[Any]]:
    if r is None:
        return []
    return [
        [t.table, t.row, t.column, "" if t.value is None else t.value, t.unit, t.status]
        for t in r.tables
    ]


def findings_md(r: Report | None) -> str:
    if r is None:
        return ""
    if not r.findings:
        return "No findings. / 无数据质量提示。"
    return "\n".join(f"- **{f.kind}**: {f.message}" for f in r.findings)


def build_ui(reports: list[Report]) -> gr.Blocks:
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    import gradio as gr

    by_id = {r.id: r for r in reports}
    first = reports[0] if reports else None
    choices = [(f"{r.id} · {r.agency.name if r.agency else '?'}", r.id) for r in reports]

    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.Markdown(f"# {TITLE}")
        with gr.Tab("Reports / 年报"):
            gr.Dataframe(
                value=[report_row(r) for r in reports] or None,
                headers=REPORT_HEADERS,
                label=f"{len(reports)} reports / 份年报",
                interactive=False,
            )
            pick = gr.Dropdown(
                choices=choices,
                value=first.id if first else None,
                label="Report / 年报",
            )
            values = gr.Dataframe(
                value=value_rows(first) or None,
                headers=VALUE_HEADERS,
                label="Table values / 表格数据",
                interactive=False,
            )
            findings = gr.Markdown(findings_md(first))

            def show(report_id: str | None) -> tuple[list[list[Any]], str]:
                r = by_id.get(report_id) if report_id else None
                return value_rows(r), findings_md(r)

            pick.change(show, inputs=pick, outputs=[values, findings])
    return demo


def main() -> None:
    settings = get_settings()
    demo = build_ui(load_reports(settings))
    demo.launch(server_name=settings.host, server_port=settings.port)


if __name__ == "__main__":
    main()
