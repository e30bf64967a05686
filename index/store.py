"""The structured store on disk: one inspectable JSON file per parsed report plus a manifest.

Layout under ``$RAG_DATA_DIR/store``::

    manifest.json        {"parser_version": ..., "files": {source: {"id", "file_sha256"}}}
    reports/<id>.json    a whole ``Report`` (original text, sections, table values, findings)

The manifest names the parser version that built the store; reading a store built by another
version fails with a message saying how to rebuild, instead of serving stale values.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from index.model import Report
from index.parse import PARSER_VERSION


class StoreError(RuntimeError):
    """The store is missing, unreadable or was built by another parser version."""


def _write_json(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)  # a crash mid-write never leaves half a file behind


class Store:
    def __init__(self, data_dir: Path | str):
        self.root = Path(data_dir) / "store"
        self._cache: dict[str, Report] = {}

    # ---- manifest -------------------------------------------------------------------------
    @property
    def manifest_path(self) -> Path:
        return self.root / "manifest.json"

    def manifest(self) -> dict[str, Any]:
        if not self.manifest_path.exists():
            return {"parser_version": PARSER_VERSION, "files": {}}
        try:
            return json.loads(self.manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise StoreError(f"cannot read {self.manifest_path}: {e}; delete it and run `python -m index build`") from e

    def save_manifest(self, files: dict[str, dict[str, str]]) -> None:
        _write_json(self.manifest_path, {"parser_version": PARSER_VERSION, "files": files})

    def exists(self) -> bool:
        return self.manifest_path.exists() and bool(self.manifest().get("files"))

    def check_version(self) -> None:
        built = self.manifest().get("parser_version")
        if built != PARSER_VERSION:
            raise StoreError(
                f"the store at {self.root} was built by parser version {built}, this code is version "
                f"{PARSER_VERSION}; run `python -m index build` to rebuild it"
            )

    # ---- reports --------------------------------------------------------------------------
    def _path(self, report_id: str) -> Path:
        return self.root / "reports" / f"{report_id}.json"

    def put(self, report: Report) -> None:
        _write_json(self._path(report.id), report.to_dict())
        self._cache[report.id] = report

    def delete(self, report_id: str) -> None:
        self._path(report_id).unlink(missing_ok=True)
        self._cache.pop(report_id, None)

    def get(self, report_id: str) -> Report:
        if report_id not in self._cache:
            path = self._path(report_id)
            if not path.exists():
                known = ", ".join(self.ids()) or "none"
                raise StoreError(f"no report {report_id!r} in the store (known: {known})")
            self._cache[report_id] = Report.from_dict(json.loads(path.read_text(encoding="utf-8")))
        return self._cache[report_id]

    def ids(self) -> list[str]:
        return sorted(entry["id"] for entry in self.manifest().get("files", {}).values())

    def reports(self) -> list[Report]:
        """Every stored report, ordered by id. Refuses a store built by another parser."""
        self.check_version()
        return [self.get(i) for i in self.ids()]

    def __iter__(self) -> Iterator[Report]:
        return iter(self.reports())
