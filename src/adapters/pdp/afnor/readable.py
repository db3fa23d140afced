"""An XP Z12-013 platform's readable copy of a received invoice: `GET /v1/flows/{flowId}?docType=ReadableView`."""

from __future__ import annotations

from adapters.pdp.afnor.client import AfnorPdpGateway
from domain.platform import SubmissionNotFound


class AfnorReadableViews:
    def __init__(self, gateway: AfnorPdpGateway) -> None:
        self._gateway = gateway

    async def readable_view(self, platform_invoice_id: str) -> bytes | None:
        try:
            return await self._gateway.download(platform_invoice_id, doc_type="ReadableView")
        except SubmissionNotFound:  # 404: the platform keeps no readable view of this flow
            return None
