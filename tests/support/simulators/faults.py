"""Faults a simulator injects on demand, one request at a time, optionally scoped to one endpoint."""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Literal

FaultKind = Literal[
    "rate_limited",
    "error",
    "slow",
    "trickle",
    "huge",
    "redirect",
    "reset",
    "conflict",
    "expire_token",
    "bad_request",
    "answer",
]


@dataclass(frozen=True, slots=True)
class Fault:
    """kind + parameters; endpoint None means any API endpoint (the token endpoint only takes faults scoped to it).

    after_processing: for slow/reset/error, whether the request is processed (e.g. the upload recorded) before the
    fault hits: the dangerous case where the client cannot know the outcome.
    """

    kind: FaultKind
    endpoint: str | None = None
    status: int = 0
    retry_after: str | None = None
    seconds: float = 0.0
    after_processing: bool = False
    errors: tuple[dict[str, Any], ...] = field(default=())
    body: bytes = b""
    content_type: str = "application/json"

    @classmethod
    def rate_limited(cls, retry_after: float | str | None = None, *, endpoint: str | None = None) -> Fault:
        value = (
            None
            if retry_after is None
            else (retry_after if isinstance(retry_after, str) else str(int(retry_after)))
        )
        return cls("rate_limited", endpoint, status=429, retry_after=value)

    @classmethod
    def error(
        cls, status: int = 500, *, endpoint: str | None = None, after_processing: bool = False
    ) -> Fault:
        return cls("error", endpoint, status=status, after_processing=after_processing)

    @classmethod
    def processed_then(cls, status: int = 503, *, endpoint: str | None = None) -> Fault:
        """The request IS processed (an upload recorded), then answered `status`: a platform failing after its
        commit, or a proxy answering 503 for a backend that did the work. The client cannot know the outcome."""
        return cls.error(status, endpoint=endpoint, after_processing=True)

    @classmethod
    def processed_then_reset(cls, *, endpoint: str | None = None) -> Fault:
        """The request IS processed, then the connection is dropped (RST) before any answer."""
        return cls.reset(endpoint=endpoint, after_processing=True)

    @classmethod
    def slow(cls, seconds: float, *, endpoint: str | None = None) -> Fault:
        """Answer late; the request IS processed first."""
        return cls("slow", endpoint, seconds=seconds, after_processing=True)

    @classmethod
    def trickle(cls, seconds: float, *, endpoint: str | None = None) -> Fault:
        """Process the request, then answer 200 with a body that never ends: a byte every `seconds` (shorter than
        a read timeout, so only a bound on the whole exchange ends it)."""
        return cls("trickle", endpoint, seconds=seconds, after_processing=True)

    @classmethod
    def huge(cls, megabytes: int, *, endpoint: str | None = None) -> Fault:
        """Process the request, then answer 200 with its usual JSON followed by `megabytes` MiB of blanks: valid
        JSON, too big to hold."""
        return cls("huge", endpoint, seconds=float(megabytes), after_processing=True)

    @classmethod
    def redirect(cls, status: int = 302, *, endpoint: str | None = None) -> Fault:
        """Answer `status` with a Location elsewhere before processing: a proxy or a moved API (a wrong URL)."""
        return cls("redirect", endpoint, status=status)

    @classmethod
    def reset(cls, *, endpoint: str | None = None, after_processing: bool = True) -> Fault:
        """Drop the TCP connection (RST) without an answer."""
        return cls("reset", endpoint, after_processing=after_processing)

    @classmethod
    def conflict(cls, *, endpoint: str | None = None) -> Fault:
        return cls("conflict", endpoint, status=409)

    @classmethod
    def expire_token(cls, *, endpoint: str | None = None) -> Fault:
        return cls("expire_token", endpoint)

    @classmethod
    def bad_request(cls, errors: list[dict[str, Any]], *, endpoint: str | None = None) -> Fault:
        return cls("bad_request", endpoint, status=400, errors=tuple(errors))

    @classmethod
    def answer(
        cls,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "application/json",
        endpoint: str | None = None,
    ) -> Fault:
        """Process the request, then answer `body` as given: a truncated or oddly shaped JSON, HTML from a proxy, a
        wrong content type."""
        return cls(
            "answer", endpoint, status=status, after_processing=True, body=body, content_type=content_type
        )


class FaultQueue:
    """Thread-safe: tests push from their thread, the server takes from its own."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: deque[Fault] = deque()

    def push(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(faults)

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, endpoint: str) -> Fault | None:
        """The oldest fault scoped to this endpoint (or unscoped, except for the token endpoint)."""
        with self._lock:
            for fault in self._faults:
                if fault.endpoint == endpoint or (fault.endpoint is None and endpoint != "token"):
                    self._faults.remove(fault)
                    return fault
        return None

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
