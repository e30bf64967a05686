"""Loading the pipeline and running the server: used by ``app.py``, the tests and the load
benchmark, so they all serve the app the same way."""

from __future__ import annotations

import importlib
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

DEFAULT_PIPELINE = "rag.pipeline:load"


def factory(spec: str) -> Callable[..., Any]:
    """``module:function`` → the function (like ``python -m evals run --system``)."""
    module, sep, name = spec.partition(":")
    if not sep:
        raise ValueError(f"--pipeline wants module:function, got {spec!r}")
    return getattr(importlib.import_module(module), name)


def console_progress(message: str) -> None:
    print(f"  {message}", flush=True)


def load_pipeline(spec: str = DEFAULT_PIPELINE, settings: Any = None, progress: Callable[[str], None] | None = None):
    """The pipeline, built first if its index is missing (the loader does that), timed on the console."""
    t0 = time.perf_counter()
    print(f"loading the answering system ({spec}); the index is built first if missing…", flush=True)
    pipeline = factory(spec)(settings, progress=progress or console_progress)
    print(f"ready: {len(pipeline.reports)} reports in {time.perf_counter() - t0:.1f} s", flush=True)
    return pipeline


@contextmanager
def serving(app: Any, host: str = "127.0.0.1", port: int = 0, timeout: float = 60) -> Iterator[str]:
    """Serve ``app`` with uvicorn in a background thread; yields its base URL.

    The socket is bound here (port 0 = a free one) and handed to uvicorn, so there is no race
    between picking a port and listening on it.
    """
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    # Short grace: open event streams (a client heartbeat) would otherwise hold shutdown for long.
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True, name="uvicorn")
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.05)
    try:
        yield f"http://{host}:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout)
        sock.close()
