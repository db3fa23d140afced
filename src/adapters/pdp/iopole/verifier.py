"""The IOPOLE webhook verifier: HMAC over timestamp, method, path with query and the sha256 of the signed payload."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.pdp.iopole import signing as iopole_signing
from adapters.pdp.verifier import KeyedVerifier
from adapters.webhook.signature import SignedRequest, Verdict


@dataclass(frozen=True, slots=True)
class IopoleVerifier(KeyedVerifier):
    tolerance_ms: int = iopole_signing.DEFAULT_TOLERANCE_MS

    def check(self, key: str, request: SignedRequest, now_ms: int) -> Verdict:
        return iopole_signing.verify(
            key,
            timestamp=request.headers.get(iopole_signing.TIMESTAMP_HEADER),
            signature=request.headers.get(iopole_signing.SIGNATURE_HEADER),
            method=request.method,
            path_with_query=request.path_with_query,
            payload=request.payload,
            now_ms=now_ms,
            payload_checksum=request.headers.get(iopole_signing.CHECKSUM_HEADER),
            tolerance_ms=self.tolerance_ms,
            payload_sha256=request.payload_sha256,
        )
