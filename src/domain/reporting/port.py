"""The platform's e-reporting side as the use cases see them (IOPOLE, AFNOR, the sandbox, any later PA).

A platform turns a submitted declaration into its transmissions (`transmissions`: IOPOLE's JSON calls, AFNOR's FRR
flows, one per part), each sent once, in order, by the declaration relay (`send`). Transmissions must be the same
for the same declaration every time they are computed: the relay recomputes them on each attempt and resumes after
the last one sent.

Failures are the platform port's (domain.platform): PlatformRejected is permanent, PlatformUnavailable means the
request was certainly not processed, PlatformOutcomeUnknown means it may have been (IOPOLE does not deduplicate
e-reporting calls, so such a call is never sent again blindly; AFNOR finds its flows again by trackingId first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from domain.reporting.declaration import Declaration
from domain.reporting.payloads import ReportingRequest


@dataclass(frozen=True, slots=True)
class DeclarationToSend:
    """A submitted declaration as the relay hands it over: its id and when it was submitted (both stable)."""

    id: str
    declaration: Declaration
    submitted_at: datetime


class ReportingGateway(Protocol):
    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        """What transmits this declaration, in order (raises PlatformConfigError when the platform cannot)."""
        ...

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        """Transmit one of them; returns the platform's reference for it ("" when it gives none)."""
        ...
