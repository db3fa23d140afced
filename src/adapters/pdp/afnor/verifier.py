"""The AFNOR XP Z12-013 webhook verifier (Afnor-Signature): the digest reading is chosen by AFNOR_SIGNATURE_DIGEST,
and a callback signed in the other reading is refused."""

from __future__ import annotations

from dataclasses import dataclass

from adapters.pdp.afnor import signing as afnor_signing
from adapters.pdp.afnor.signing import DigestForm
from adapters.pdp.secret import Secret
from adapters.webhook.signature import NowMs, SignedRequest, Verdict, wall_clock_ms


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
