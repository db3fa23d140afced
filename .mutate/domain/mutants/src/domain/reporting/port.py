"""The platform's e-reporting endpoints as the use cases see them (IOPOLE, the sandbox, any later PA).

Failures are the platform port's (domain.platform): PlatformRejected is permanent, PlatformUnavailable means the
request was certainly not processed, PlatformOutcomeUnknown means it may have been (PAs do not deduplicate
e-reporting calls, so such a call is never sent again blindly).
"""

from __future__ import annotations

from typing import Protocol

from domain.reporting.payloads import ReportingRequest


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict


class ReportingGateway(Protocol):
    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        """Transmit one call; returns the platform's reference for it ("" when it gives none)."""
        ...
