"""The served application: a FastAPI app with a plain JSON API (``/api/ask``, ``/api/reports``,
OpenAPI docs at ``/docs``, served from local files) and the Gradio UI mounted at ``/``, behind
optional basic auth.

Auth is one ASGI middleware around everything (UI, Gradio's own routes, files and the JSON API)
rather than Gradio's login form, so scripts authenticate with a plain ``Authorization`` header
and no route can be forgotten.
"""

from __future__ import annotations

import base64
import binascii
import logging
import secrets
from typing import Annotated, Any, Literal

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse
from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema

from web.service import MAX_QUESTION_CHARS, MAX_YEAR, MIN_YEAR, QuestionError, Service, ServiceError, answer_payload

log = logging.getLogger("web")

API_DESCRIPTION = ("Questions over Chinese government information-disclosure annual reports "
                   "(政府信息公开工作年度报告). Every answer carries structured citations: the report, "
                   "section, exact quote and its character span in the report text, and the table cell "
                   "for table values.")


# ---- request/response models ------------------------------------------------------------


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class AskRequest(BaseModel):
    """The request as documented. Every field takes any JSON here and is checked by
    :func:`web.service.check_ask`, the one check the Gradio ``/ask`` endpoint uses too, so both
    refuse the same inputs with the same messages."""

    model_config = ConfigDict(json_schema_extra={"required": ["question"]})  # checked there, documented here

    question: Annotated[Any, WithJsonSchema({"type": "string", "minLength": 1})] = Field(
        default=None, description="The question, Chinese or English (1–RAG_MAX_QUESTION_CHARS characters, "
        f"{MAX_QUESTION_CHARS} by default). Required.", examples=["2024年哪个县收到了政府信息公开申请？"])
    history: Annotated[Any, WithJsonSchema({"type": "array", "items": Turn.model_json_schema()})] = Field(
        default=None, description="Earlier turns, oldest first, for follow-up questions: at most "
        "RAG_MAX_HISTORY_TURNS turns; only the last RAG_HISTORY_TURNS_USED are used.")
    place: Annotated[Any, WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "null"}]})] = Field(
        default=None, description="Only reports of this place: its name or any alias the question text would "
        "take (海原县, 海原, Haiyuan, the body's name), a county, city or province.")
    year: Annotated[Any, WithJsonSchema({"anyOf": [{"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR},
                                            {"type": "null"}]})] = Field(
        default=None, description="Only reports of this year, e.g. 2024.")


class CitationOut(BaseModel):
    report_id: str
    agency: str
    year: int | None
    section: str
    quote: str = Field(description="Exactly report.text[span[0]:span[1]].")
    span: list[int] = Field(description="[start, end) character offsets into the report's text.")
    passage_id: str
    cell: list[str] | None = Field(description="[table, row, column] for a table value, else null.")


class WarningOut(BaseModel):
    report_id: str | None = Field(description="The report the note is about; null for a note on the answer itself.")
    kind: str = Field(description="arithmetic, prose_table, unreadable, missing, load, metadata; answer for a "
                      "note on the answer.")
    message: str
    spans: list[list[int]] = Field(description="Where in the report's text it stands ([start, end) each).")


class AskResponse(BaseModel):
    question: str
    answer: str
    refused: bool
    language: str
    citations: list[CitationOut]
    facts: list[dict[str, Any]]
    warnings: list[WarningOut]
    timing_ms: dict[str, float]
    retrieval: dict[str, Any] = Field(default_factory=dict, description="How the passages were found: "
                                      "bm25_only lists the cited reports dense search could not see yet.")
    filters: dict[str, Any] = Field(default_factory=dict, description="The place and year filters as applied: "
                                    "the place as the corpus names it (海原 → 海原县), the year; {} when none.")


class ReportOut(BaseModel):
    id: str
    agency: str
    place: str | None
    city: str | None
    province: str | None
    year: int | None
    template: str | None
    sections: int
    table_values: int
    warnings: int


# ---- auth -------------------------------------------------------------------------------


class BasicAuth:
    """401 + ``WWW-Authenticate: Basic`` for every request without the right ``user:pass``."""

    def __init__(self, app: Any, credentials: str, realm: str = "gov-reports-qa"):
        self.app = app
        self.expected = credentials.encode("utf-8")
        self.realm = realm

    def _ok(self, scope: dict[str, Any]) -> bool:
        for name, value in scope.get("headers", ()):
            if name == b"authorization":
                scheme, _, token = value.partition(b" ")
                if scheme.lower() != b"basic":
                    return False
                try:
                    given = base64.b64decode(token.strip(), validate=True)
                except (binascii.Error, ValueError):
                    return False
                return secrets.compare_digest(given, self.expected)  # constant time
        return False

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] not in ("http", "websocket") or self._ok(scope):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":  # closing before accept is a 403 handshake refusal
            await send({"type": "websocket.close", "code": 1008})
            return
        response = PlainTextResponse("需要登录 / Authentication required", status_code=401,
                                     headers={"WWW-Authenticate": f'Basic realm="{self.realm}", charset="UTF-8"'})
        await response(scope, receive, send)


def parse_auth(value: str) -> str | None:
    """``user:pass`` → the credentials; empty → None (no auth). Anything else is a startup error."""
    value = (value or "").strip()
    if not value:
        return None
    user, sep, password = value.partition(":")
    if not sep or not user or not password:
        raise ValueError("RAG_AUTH must look like user:password")
    return value


# ---- the app ----------------------------------------------------------------------------


def api_app(service: Service) -> FastAPI:
    """The JSON API alone (the UI is mounted onto it by :func:`create_app`)."""
    from fastapi_offline import FastAPIOffline

    # Swagger UI from files in the package, not a CDN: /docs works on a machine with no internet
    app = FastAPIOffline(title="政府信息公开年报问答 API / Government reports QA API", description=API_DESCRIPTION,
                         version="1", docs_url="/docs", redoc_url=None, static_url="/docs-assets")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's default echoes the input back; a 10,000-character question need not return twice.
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.post("/api/ask", response_model=AskResponse, tags=["answers"],
              responses={413: {"description": "Request body over RAG_MAX_REQUEST_BYTES."},
                         422: {"description": "Missing, empty or too long question, bad history or filters, "
                                              "text that is not valid Unicode."},
                         500: {"description": "Answering failed; the message has a reference for the log."}})
    def ask(req: AskRequest) -> dict[str, Any]:
        """Answer one question with its citations (report, section, quote, span, table cell)."""
        try:  # a plain def: FastAPI runs it in its thread pool, so answering never blocks the loop
            a = service.ask(req.question, req.history, place=req.place, year=req.year)
        except QuestionError as e:  # same shape as FastAPI's own 422s
            raise RequestValidationError([{"loc": ("body", e.field), "msg": str(e), "type": "value_error"}]) from None
        except ServiceError as e:
            raise HTTPException(status_code=500, detail=str(e)) from None
        return answer_payload(a)

    @app.get("/api/reports", response_model=list[ReportOut], tags=["reports"])
    def reports() -> list[dict[str, Any]]:
        """The corpus: one row per report, with counts of sections, table values and warnings."""
        from web.reportview import report_summary

        return [report_summary(r) for r in service.reports]

    return app


def create_app(service: Service, auth: str = "") -> FastAPI:
    """API + Gradio UI on one app; the queue allows ``service.concurrency`` events at once."""
    import gradio as gr

    from web.style import CSS, HEAD
    from web.ui import build_ui

    credentials = parse_auth(auth)
    app = api_app(service)  # its routes first: the UI mounted at "/" would shadow anything added later
    demo = build_ui(service)
    demo.queue(default_concurrency_limit=service.concurrency, max_size=512)
    app = gr.mount_gradio_app(
        app, demo, path="/",
        allowed_paths=[],  # nothing from disk but what the app itself returns (downloads, uploads)
        footer_links=["api"], run_history=False, ssr_mode=False, mcp_server=False,
        show_error=False,  # only our short gr.Error messages reach the page; other errors say just "Error"
        max_file_size="20mb", css=CSS, head=HEAD,
    )
    from web.guard import RequestGuard

    app.add_middleware(RequestGuard, max_bytes=service.limits.request_bytes, blocks=demo)
    if credentials:  # added last, so it runs first: nothing is read before the client is known
        app.add_middleware(BasicAuth, credentials=credentials)
    return app
