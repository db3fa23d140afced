"""E-reporting through an AFNOR XP Z12-013 platform: FRR flows (flowSyntax FRR, POST /v1/flows).

NOT IMPLEMENTED: the FRR document (the e-reporting flux 10 XML) is not written yet, and the standard's mapping of
our declarations (B2C aggregates, international B2B, payments) to FRR flow types is UNVERIFIED (see the README).
Every call is refused as a configuration matter, so declarations stay queued and visible, never lost or faked.
"""

from __future__ import annotations

from domain.platform import PlatformConfigError
from domain.reporting.payloads import ReportingRequest


class AfnorReportingGateway:
    async def send(self, company_siren: str, request: ReportingRequest) -> str:
        raise PlatformConfigError(
            "e-reporting through an AFNOR platform (FRR flows) is not implemented yet: declarations stay queued"
        )
