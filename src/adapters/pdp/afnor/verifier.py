"""The AFNOR XP Z12-013 webhook verifier (Afnor-Signature): the digest reading is chosen by AFNOR_SIGNATURE_DIGEST,
and a callback signed in the other reading is refused."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.verifier import KeyedVerifier
from adapters.webhook.signature import SignedRequest, Verdict


@dataclass(frozen=True, slots=True)
class AfnorVerifier(KeyedVerifier):
    tolerance_s: int = afnor_signing.DEFAULT_TOLERANCE_S
    form: DigestForm = DigestForm.RAW

    def check(self, key: str, request: SignedRequest, now_ms: int) -> Verdict:
        return afnor_signing.verify(
            key,
            timestamp=request.headers.get(afnor_signing.TIMESTAMP_HEADER),
            signature=request.headers.get(afnor_signing.SIGNATURE_HEADER),
            payload=request.payload,
            now_s=now_ms // 1000,
            tolerance_s=self.tolerance_s,
            form=self.form,
            payload_sha256=request.payload_sha256,
        )
