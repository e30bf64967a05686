"""Web app: ``./dev.sh app`` (or ``python app.py``) serves it on http://127.0.0.1:7860.

The answering system is loaded once, before the server starts (building the index on first run,
with progress on the console), and shared by every browser session and API call:

- ``/``           the Gradio UI (Chat, Reports, Evaluate)
- ``/api/ask``    POST a question, get the answer with structured citations (JSON)
- ``/api/reports`` the corpus;  ``/docs`` the API's OpenAPI documentation

``RAG_HOST``/``RAG_PORT`` pick the address, ``RAG_AUTH=user:pass`` turns on basic auth for all of
it. ``--pipeline web.fake:load`` serves a deterministic stand-in (no models), e.g. for UI work.
Heavy imports (gradio, the pipeline) happen inside functions so that importing this stays cheap.
"""

from __future__ import annotations

import argparse
import logging
import threading
import time
from typing import Any

from index.config import get_settings, unless_set


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    from web.service import DEFAULT_CONCURRENCY
    from web.serve import DEFAULT_PIPELINE

    p = argparse.ArgumentParser(description="Serve the reports QA web app and its HTTP API.")
    p.add_argument("--host", help="listen address (default: RAG_HOST)")
    p.add_argument("--port", type=int, help="listen port (default: RAG_PORT)")
    p.add_argument("--pipeline", default=DEFAULT_PIPELINE,
                   help=f"module:function that loads the answering system (default {DEFAULT_PIPELINE})")
    p.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY,
                   help=f"answers computed at once, UI and API together (default {DEFAULT_CONCURRENCY})")
    return p.parse_args(argv)


def make_app(pipeline: Any, auth: str = "", concurrency: int | None = None) -> Any:
    """The FastAPI app (JSON API + mounted UI) around one loaded pipeline."""
    from web.api import create_app
    from web.service import DEFAULT_CONCURRENCY, Service

    return create_app(Service(pipeline, concurrency or DEFAULT_CONCURRENCY), auth=auth)


def _warm_up(pipeline: Any) -> None:
    try:
        print(f"warmed up in {pipeline.warm_up():.1f} s (the English dictionary, the vector index)", flush=True)
    except Exception as e:  # the first question of a kind pays for it instead
        print(f"warm-up skipped ({type(e).__name__}: {e})", flush=True)


def main(argv: list[str] | None = None) -> None:
    import os

    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline: no phoning home
    handler = logging.StreamHandler()
    handler.setLevel(logging.INFO)  # on the handler too: libraries (jieba) send DEBUG records of their own
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    args = parse_args(argv)
    # a first start on a large corpus answers from BM25 at once instead of embedding for hours
    settings = unless_set(get_settings(), embed_at_start="background")
    host, port = args.host or settings.host, args.port or settings.port

    import uvicorn

    from web.api import parse_auth
    from web.serve import load_pipeline

    try:  # a malformed RAG_AUTH fails now, not after the index is built
        parse_auth(settings.auth)
    except ValueError as e:
        raise SystemExit(f"app.py: {e}") from None
    from index.store import StoreError
    from index.vectors import IndexMismatch

    # the UI's libraries import while the pipeline loads (much of which waits on the disk)
    ui_imports = threading.Thread(target=lambda: __import__("web.ui"), name="import-ui", daemon=True)
    ui_imports.start()
    try:  # a data dir that cannot be served says why and what it needs, not a traceback
        pipeline = load_pipeline(args.pipeline, settings)
    except (StoreError, IndexMismatch) as e:
        raise SystemExit(f"app.py: {e}") from None
    ui_imports.join()
    app = make_app(pipeline, settings.auth, args.concurrency)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", timeout_graceful_shutdown=5))

    def warm_up_once_serving() -> None:
        # once the server answers: beside the UI's build and the server's start-up the two shared one
        # interpreter lock (at 10,000 reports the server came up in 6.6 s, 4.x s without). The wait is
        # a daemon (a server that cannot bind exits); the warm-up is not: the process never exits
        # inside Chroma's native code
        while not server.started:
            if server.should_exit:
                return
            time.sleep(0.05)
        threading.Thread(target=_warm_up, args=(pipeline,), name="warm-up").start()

    if hasattr(pipeline, "warm_up"):
        threading.Thread(target=warm_up_once_serving, name="warm-up-wait", daemon=True).start()
    print(f"serving http://{host}:{port}  (API docs: http://{host}:{port}/docs"
          f"{', basic auth on' if settings.auth else ''})", flush=True)
    server.run()


if __name__ == "__main__":
    main()
