"""The sandbox platform's e-reporting side: accepts every call in process and keeps it, for demos and tests."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from domain.platform import PlatformRejected, rejection_finding
from domain.reporting.payloads import ReportingRequest, declaration_requests
from domain.reporting.port import DeclarationToSend

# refuse(company, request) -> a reason to reject the call, or "" to accept it
Refusal = Callable[[str, ReportingRequest], str]


def _accept(company: str, request: ReportingRequest) -> str:
    return ""


@dataclass
class SandboxReportingGateway:
    refuse: Refusal = _accept
    max_kept: int = 10_000  # received calls kept for inspection (oldest dropped first)
    received: list[tuple[str, ReportingRequest]] = field(default_factory=list)
    _count: int = 0

    def transmissions(self, declaration: DeclarationToSend) -> list[ReportingRequest]:
        """The IOPOLE-shaped calls (domain.reporting.payloads): the sandbox keeps them for inspection."""
        return declaration_requests(declaration.declaration)

    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        reason = self.refuse(company_siren, request)
        if reason:
            raise PlatformRejected(
                f"POST {request.path}: the sandbox refused the report",
                findings=(rejection_finding("SANDBOX-REFUSED", reason, path=request.path),),
            )
        self._count += 1
        self.received.append((company_siren, request))
        del self.received[: max(0, len(self.received) - self.max_kept)]
        return f"sandbox-report-{self._count}"
