"""The IOPOLE webhook verifier: HMAC over timestamp, method, path with query and the sha256 of the signed payload."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.secret import Secret
from adapters.webhook.signature import NowMs, SignedRequest, Verdict, wall_clock_ms


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
