"""What every request must pass before the app reads it: a bounded body, and for Gradio's routes
file paths only inside Gradio's upload folder and as many inputs as the endpoint takes.

Bodies: a request whose ``Content-Length`` is over the limit is refused (413) unread; one without
(chunked) is read up to the limit and refused when it goes over. So a 100 MB body costs nothing
but its refusal. File uploads (``/gradio_api/upload``) are exempt here: Gradio streams them to disk under
its own ``max_file_size``.

Paths: Gradio checks that an input file was uploaded only when the app was started with ``launch()``;
mounted on FastAPI (as we serve it) that check is off, and a client could name any file on the
server as a "FileData" input (the Evaluate tab would read it). This middleware checks every
JSON request to Gradio's routes before Gradio sees it, so the rule holds for every component and
route that takes a path, present or future; the Evaluate handler checks again (``is_uploaded``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from fastapi.responses import JSONResponse

REFUSAL = ("只接受上传到本服务器的文件。/ Only files uploaded to this server (POST /gradio_api/upload) "
           "are accepted as file inputs.")


def upload_folder() -> Path:
    """Gradio's upload folder (GRADIO_TEMP_DIR, else <tmp>/gradio), resolved."""
    from gradio.utils import get_upload_folder

    return Path(get_upload_folder()).resolve()


def is_uploaded(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` lies inside the upload folder (after resolving links and ``..``)."""
    try:
        return Path(path).resolve().is_relative_to(upload_folder())
    except (OSError, ValueError, RuntimeError):
        return False


def client_paths(data: Any) -> list[str]:
    """Every local file path a Gradio payload names (FileData objects, at any depth); URLs are
    not paths and are left to Gradio's own rules."""
    found: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            path = item.get("path")
            meta = item.get("meta")
            if isinstance(path, str) and (isinstance(meta, dict) and meta.get("_type") == "gradio.FileData"
                                          or "orig_name" in item or "url" in item):
                if not path.startswith(("http://", "https://")):
                    found.append(path)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def too_large(limit: int) -> str:
    return (f"请求太大（最多 {limit} 字节）。/ Request body too large: at most {limit} bytes "
            "(RAG_MAX_REQUEST_BYTES).")


def missing_inputs(blocks: Any, path: str, body: Any, prefix: str) -> str | None:
    """A message when a call to a Gradio endpoint brings fewer input values than it takes (Gradio
    would fail inside its queue with a bare ``{"error": null}`` and a traceback in the log)."""
    if blocks is None or not isinstance(body, dict):
        return None
    route = path[len(prefix):].strip("/").split("/")
    fns = list(getattr(blocks, "fns", {}).values())
    if len(route) == 2 and route[0] in ("call", "run", "api"):
        fn = next((f for f in fns if f.api_name == route[1]), None)
    elif route == ["queue", "join"]:
        fn = next((f for f in fns if f._id == body.get("fn_index")), None)
    else:
        return None
    data = body.get("data")
    if fn is None or not isinstance(data, list):
        return None  # Gradio answers an unknown endpoint or a missing "data" with its own 4xx
    needed = len([b for b in fn.inputs if not getattr(b, "skip_api", False)])
    if len(data) >= needed:
        return None
    name = fn.api_name or f"fn_index {fn._id}"
    return (f"参数不足。/ The endpoint /{name} takes {needed} input values, got {len(data)} (see ?view=api "
            "for its parameters).")


class RequestGuard:
    """413 for a body over ``max_bytes``; for a POST to ``/gradio_api/…``, 403 when its JSON names
    a file outside the upload folder and 422 when it brings too few inputs (with ``blocks``)."""

    def __init__(self, app: Any, max_bytes: int, blocks: Any = None, prefix: str = "/gradio_api/"):
        self.app = app
        self.max_bytes = max_bytes
        self.blocks = blocks
        self.prefix = prefix

    async def _refuse(self, scope: dict[str, Any], receive: Any, send: Any, status: int, detail: str) -> None:
        await JSONResponse({"detail": detail}, status_code=status)(scope, receive, send)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path.rstrip("/") == self.prefix + "upload":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers", ())).get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            await self._refuse(scope, receive, send, 413, too_large(self.max_bytes))
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS") and length is None:
            await self.app(scope, receive, send)  # no body; event streams keep their own receive
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send, 413, too_large(self.max_bytes))
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if scope.get("method") == "POST" and path.startswith(self.prefix) and body:
            try:
                data = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                data = None  # not JSON: Gradio answers it as it would anyway
            if any(not is_uploaded(p) for p in client_paths(data)):
                await self._refuse(scope, receive, send, 403, REFUSAL)
                return
            missing = missing_inputs(self.blocks, path, data, self.prefix)
            if missing:
                await self._refuse(scope, receive, send, 422, missing)
                return

        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
