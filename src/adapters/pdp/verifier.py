"""The frame of every platform's webhook verifier (adapters.pdp.<platform>.verifier): an empty key refuses every
request, as adapters.webhook.signature.Verifier promises, and a set key is revealed only to the platform's own
signature scheme."""

from __future__ import annotations

from dataclasses import KW_ONLY, dataclass

from adapters.pdp.secret import Secret
from adapters.webhook.signature import NowMs, SignedRequest, Verdict, wall_clock_ms


@dataclass(frozen=True, slots=True)
class KeyedVerifier:
    key: Secret  # the platform's webhook secret or signing key, from the profile's settings
    _: KW_ONLY
    now_ms: NowMs = wall_clock_ms  # the clock a signature's timestamp is held against (a test fixes it)

    def verify(self, request: SignedRequest) -> Verdict:
        if not self.key:
            return Verdict.BAD_SIGNATURE
        return self.check(self.key.reveal(), request, self.now_ms())

    def check(self, key: str, request: SignedRequest, now_ms: int) -> Verdict:
        """The platform's scheme: is `request` signed with `key` (never empty here), and recently, at `now_ms`?"""
        raise NotImplementedError
