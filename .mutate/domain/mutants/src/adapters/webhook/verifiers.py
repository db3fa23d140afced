"""Webhook signature verifiers, one per platform (pdp-apis.md §2.3): they see the raw bytes, never parsed JSON.

An empty secret refuses everything: a receiver without a configured key must not accept unsigned deliveries.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from adapters.pdp import iopole_signing
from adapters.pdp.iopole_signing import Verdict
from adapters.pdp.secret import Secret
from adapters.webhook import afnor_signing
from adapters.webhook.afnor_signing import DigestForm

NowMs = Callable[[], int]


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass(frozen=True, slots=True)
class SignedRequest:
    method: str
    path_with_query: str  # as called: IOPOLE signs the path with its query string
    headers: Mapping[str, str]  # case-insensitive lookups (routes.RequestHeaders)
    payload: bytes = field(
        repr=False
    )  # what the platform signed: the file part (IOPOLE multipart) or the body


@dataclass(frozen=True, slots=True)
class IopoleVerifier:
    secret: Secret
    tolerance_ms: int = iopole_signing.DEFAULT_TOLERANCE_MS
    now_ms: NowMs = wall_clock_ms

    def verify(self, request: SignedRequest) -> Verdict:
        if not self.secret:
            return Verdict.BAD_SIGNATURE
        return iopole_signing.verify(
            self.secret.reveal(),
            timestamp=request.headers.get(iopole_signing.TIMESTAMP_HEADER),
            signature=request.headers.get(iopole_signing.SIGNATURE_HEADER),
            method=request.method,
            path_with_query=request.path_with_query,
            payload=request.payload,
            now_ms=self.now_ms(),
            payload_checksum=request.headers.get(iopole_signing.CHECKSUM_HEADER),
            tolerance_ms=self.tolerance_ms,
        )


@dataclass(frozen=True, slots=True)
class AfnorVerifier:
    signing_key: Secret
    tolerance_s: int = afnor_signing.DEFAULT_TOLERANCE_S
    form: DigestForm = DigestForm.RAW
    now_ms: NowMs = wall_clock_ms

    def verify(self, request: SignedRequest) -> Verdict:
        if not self.signing_key:
            return Verdict.BAD_SIGNATURE
        return afnor_signing.verify(
            self.signing_key.reveal(),
            timestamp=request.headers.get(afnor_signing.TIMESTAMP_HEADER),
            signature=request.headers.get(afnor_signing.SIGNATURE_HEADER),
            payload=request.payload,
            now_s=self.now_ms() // 1000,
            tolerance_s=self.tolerance_s,
            form=self.form,
        )
