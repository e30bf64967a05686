"""File paths from clients: accepted only inside Gradio's upload folder.

Gradio checks that an input file was uploaded only when the app was started with ``launch()``;
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

# A JSON body to Gradio's routes bigger than this is refused before it is read whole: questions,
# histories and file references are far smaller, and an unbounded body costs memory.
MAX_GRADIO_JSON_BYTES = 2 * 2**20
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


class UploadedFilesOnly:
    """403 for a POST to ``/gradio_api/…`` whose JSON names a file outside the upload folder;
    413 for such a body over :data:`MAX_GRADIO_JSON_BYTES`. Other requests pass untouched."""

    def __init__(self, app: Any, prefix: str = "/gradio_api/"):
        self.app = app
        self.prefix = prefix

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if (scope["type"] != "http" or scope.get("method") != "POST"
                or not scope.get("path", "").startswith(self.prefix) or scope["path"].endswith("/upload")):
            await self.app(scope, receive, send)
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
            if size > MAX_GRADIO_JSON_BYTES:
                await JSONResponse({"detail": f"request body over {MAX_GRADIO_JSON_BYTES} bytes"},
                                   status_code=413)(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        try:
            paths = client_paths(json.loads(body)) if body else []
        except (ValueError, UnicodeDecodeError):
            paths = []  # not JSON: Gradio answers it as it would anyway
        if any(not is_uploaded(p) for p in paths):
            await JSONResponse({"detail": REFUSAL}, status_code=403)(scope, receive, send)
            return

        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)
