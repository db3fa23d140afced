"""What every platform's webhook verifier shares: the request as signed (raw bytes, never parsed JSON) and the
verdict. Each platform package has its own verifier (adapters.pdp.<platform>.verifier)."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from domain.bounds import ascii_int

NowMs = Callable[[], int]


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class Verdict(StrEnum):
    VALID = "valid"
    MALFORMED = "malformed"  # missing or unparseable headers
    STALE = "stale"  # timestamp outside the tolerance window, in the past or the future
    CHECKSUM_MISMATCH = "checksum_mismatch"  # X-Checksum present and different from the payload's hash
    BAD_SIGNATURE = "bad_signature"

    @property
    def ok(self) -> bool:
        return self is Verdict.VALID


def stamp_refusal(stamp: str, now: int, tolerance: int) -> Verdict | None:
    """What every scheme checks of a signature's timestamp before its MAC, in the scheme's unit (AFNOR seconds,
    IOPOLE milliseconds): ASCII digits, else MALFORMED; within `tolerance` of `now` either side, else STALE (a
    captured callback cannot be replayed later, and a future timestamp is as suspect as a stale one). None: go on."""
    sent = ascii_int(stamp)  # strictly ASCII digits: "²" passes isdigit() and breaks int()
    if sent is None:
        return Verdict.MALFORMED
    return Verdict.STALE if abs(now - sent) > tolerance else None


@dataclass(frozen=True, slots=True)
class SignedRequest:
    method: str
    path_with_query: str  # as called: IOPOLE signs the path with its query string
    headers: Mapping[str, str]  # case-insensitive lookups (routes.RequestHeaders)
    # What the platform signed: the file part (IOPOLE multipart) or the body. None: not split out yet, for a scheme
    # that signs a checksum it also sends (IOPOLE's X-Checksum), checked over that claim before the body is parsed.
    payload: bytes | None = field(repr=False)
    # The hex SHA-256 of what the platform signed, hashed while the body was read (a receiver's CallbackReading), for a
    # scheme that signs that hash: the signature checked whole before the body is split. None: not hashed so.
    payload_sha256: str | None = None


class Verifier(Protocol):
    """An empty key refuses everything: a receiver without a configured key must not accept unsigned deliveries."""

    def verify(self, request: SignedRequest) -> Verdict: ...
