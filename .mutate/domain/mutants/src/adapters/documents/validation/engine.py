"""Per-process runtime for the official artifacts: one Saxon processor, each stylesheet and schema compiled once.

SaxonC allows one processor per process and its compiled executables are not thread-safe, so everything here is a
lazy module-level singleton guarded by a lock. Parallelism comes from a process pool (one engine per worker); a
process that inherits an engine through fork() builds its own instead of reusing the parent's.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from lxml import etree

# Documents come from outside: no DTD, no entity expansion, no network.
SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_SCHEMA_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class LayerFailed(Exception):
    """A layer could not run to completion (artifact did not compile, processor error...)."""


class _Engine:
    def __init__(self) -> None:
        # Imported here so that merely importing the adapter does not start SaxonC (a native runtime).
        from saxonche import PySaxonProcessor

        self.pid = os.getpid()
        self._processor = PySaxonProcessor(license=False)
        self._xslt = self._processor.new_xslt30_processor()
        self._stylesheets: dict[Path, Any] = {}
        self._schemas: dict[Path, etree.XMLSchema] = {}
        self._lock = threading.Lock()

    @property
    def saxon_version(self) -> str:
        return str(self._processor.version)

    def compile_stylesheet(self, path: Path) -> None:
        with self._lock:
            self._stylesheet(path)

    def _stylesheet(self, path: Path) -> Any:
        executable = self._stylesheets.get(path)
        if executable is None:
            try:
                executable = self._xslt.compile_stylesheet(stylesheet_file=str(path))
            except Exception as exc:  # PySaxonApiError, or anything the native layer raises
                raise LayerFailed(f"{path.name} does not compile: {exc}") from exc
            if executable is None:
                raise LayerFailed(f"{path.name} does not compile")
            self._stylesheets[path] = executable
        return executable

    def parse(self, document_text: str) -> Any:
        """The document as a Saxon tree, parsed once and given to every stylesheet layer (`transform`)."""
        with self._lock:
            try:
                return self._processor.parse_xml(xml_text=document_text, encoding="UTF-8")
            except Exception as exc:
                raise LayerFailed(f"the XSLT processor could not read this document: {exc}") from exc

    def transform(self, path: Path, node: Any) -> str:
        """Run the stylesheet on a tree from `parse` (of this engine) and return the SVRL text."""
        with self._lock:
            executable = self._stylesheet(path)
            try:
                result = executable.transform_to_string(xdm_node=node)
            except Exception as exc:
                raise LayerFailed(f"{path.name} failed on this document: {exc}") from exc
        if not result:
            raise LayerFailed(f"{path.name} produced no report")
        return result

    def load_schema(self, path: Path) -> None:
        with self._lock:
            self._schema(path)

    def _schema(self, path: Path) -> etree.XMLSchema:
        schema = self._schemas.get(path)
        if schema is None:
            try:
                schema = etree.XMLSchema(etree.parse(str(path), _SCHEMA_PARSER))
            except (OSError, etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
                raise LayerFailed(f"{path.name} does not load: {exc}") from exc
            self._schemas[path] = schema
        return schema

    def schema_errors(self, path: Path, document: etree._ElementTree) -> list[Any]:
        """The schema's error log entries for this document (empty when valid).

        Under the lock: an XMLSchema keeps its error log on the instance, so concurrent use would mix documents.
        """
        with self._lock:
            schema = self._schema(path)
            if schema.validate(document):
                return []
            return list(schema.error_log)


_engine: _Engine | None = None
_engine_lock = threading.Lock()


def engine() -> _Engine:
    global _engine
    with _engine_lock:
        if _engine is None or _engine.pid != os.getpid():
            _engine = _Engine()
        return _engine
