"""IOPOLE's readable copy of a received invoice: `GET /v1/invoice/{id}/download/readable` (a Factur-X PDF)."""

from __future__ import annotations

from adapters.pdp.iopole.client import IopolePdpGateway
from domain.platform import SubmissionNotFound


class IopoleReadableViews:
    def __init__(self, gateway: IopolePdpGateway) -> None:
        self._gateway = gateway

    async def readable_view(self, platform_invoice_id: str) -> bytes | None:
        try:
            return await self._gateway.download(platform_invoice_id, readable=True)
        except SubmissionNotFound:  # 404: no readable copy of this invoice
            return None
