"""AFNOR XP Z12-013 deliveries (Flow metadata JSON, by webhook or by the catch-up search) → domain values.

A flow's metadata says what it is; the document is fetched with `GET /v1/flows/{flowId}?docType=Original`:
- In SupplierInvoice: an invoice for one of our companies → InboundInvoice (parsed, validated and routed by
  reception exactly like IOPOLE's);
- In CustomerInvoiceLC / SupplierInvoiceLC: a CDAR message → one InboundStatus per referenced invoice. A status on
  one of OUR invoices is tied to our deposit through its trackingId (= the invoice number we deposited with);
- Out CustomerInvoice: the acknowledgement of our deposit → 200 Déposée or 213 Rejetée (payloads.ack_status);
- Out FRR (our e-reporting flux 10): its acknowledgement (Ok or Error) → a ReportAcknowledgement of the declaration
  named by its trackingId (`<declaration id>-<part>`, adapters.pdp.afnor.flux10);
- anything else (our own CDAR flows' acknowledgements, other flow types) → a notice, recorded.

A flow of a shape the API never gives (adapters.pdp.answers' judgements: TypeError, KeyError, ValueError) is an
UnreadableDelivery, parked for an operator; anything else raised while reading it is a bug of the gateway's, left to
the inbox relay (logged with its traceback, retried, then given up), never parked as the platform's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, Protocol

from adapters.declared_charset import declared_codec, json_in
from adapters.pdp.afnor import payloads
from adapters.pdp.afnor.cdar import UnreadableCdar, read_statuses
from adapters.pdp.afnor.flux10 import declaration_of
from adapters.pdp.answers import SHAPE_ERRORS, parse_datetime
from domain.bounds import shorten, text_findings
from domain.platform import MAX_TRACKING_ID, SubmissionQuery, SubmissionRecord
from domain.platform_inbound import (
    Decoded,
    InboundInvoice,
    InboundStatus,
    PlatformNotice,
    ReportAcknowledgement,
    UnreadableDelivery,
)
from domain.reception import StoredDelivery


class FlowReader(Protocol):
    async def download(self, flow_id: str, *, doc_type: str = "Original") -> bytes: ...

    async def find_submissions(self, query: SubmissionQuery) -> list[SubmissionRecord]: ...


def flow_of(delivery: StoredDelivery) -> dict[str, Any]:
    """The delivery's flow, read in the charset it came declared in (as the webhook route named it)."""
    try:
        flow = json_in(delivery.body, declared_codec(delivery.content_type))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise UnreadableDelivery(f"AFNOR flow: not JSON ({type(exc).__name__})") from None
    if not isinstance(flow, dict) or not flow.get("flowId"):
        raise UnreadableDelivery("AFNOR flow: no flowId")
    try:
        payloads.flow_id(flow["flowId"])
    except (
        TypeError,
        ValueError,
    ) as exc:  # the client would refuse to download it: no flow of the standard's
        raise UnreadableDelivery(f"AFNOR flow: {exc}") from None
    return flow


def _may_be_our_tracking_id(number: str) -> bool:
    """A CDAR's invoice number can be the trackingId of a deposit of ours: 1 to 64 characters that can be stored."""
    return 0 < len(number) <= MAX_TRACKING_ID and not text_findings(number, "trackingId")


class AfnorDeliveryDecoder:
    def __init__(self, flows: FlowReader) -> None:
        self._flows = flows

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        flow = flow_of(delivery)
        flow_id, flow_type = flow["flowId"], str(flow.get("flowType") or "")
        direction = str(flow.get("flowDirection") or "")
        if direction == "Out":
            try:
                return [self._our_flow(flow)]
            except SHAPE_ERRORS as exc:
                raise UnreadableDelivery(
                    f"AFNOR flow {flow_id}: {type(exc).__name__}: {shorten(str(exc), 120)}"
                ) from None
        if flow_type == payloads.INVOICE_IN:
            content = await self._flows.download(flow_id)
            return [InboundInvoice(flow_id, content, filename=str(flow.get("name") or ""))]
        if flow_type in payloads.LIFECYCLE_TYPES:
            return await self._lifecycle(flow, flow_type, delivery.received_at)
        return [PlatformNotice(f"AFNOR flow {flow_id} of type {flow_type or 'unknown'} recorded")]

    @staticmethod
    def _our_flow(flow: Mapping[str, Any]) -> Decoded:
        status = payloads.ack_status(flow)
        syntax = str(flow.get("flowSyntax") or "")
        ack = str(payloads.acknowledgement(flow).get("status") or "")
        if flow.get("flowType") == payloads.INVOICE_OUT and status is not None:
            return InboundStatus(status, platform_id=str(flow["flowId"]))
        named = declaration_of(str(flow.get("trackingId") or "")) if syntax == "FRR" else None
        if named is not None and ack in ("Ok", "Error"):
            return ReportAcknowledgement(
                named[0], named[1], str(flow["flowId"]), ack == "Ok", payloads.ack_findings(flow)
            )
        reasons = ", ".join(f.rule_id for f in payloads.ack_findings(flow))
        return PlatformNotice(
            f"acknowledgement {ack or 'none'} of our {syntax} flow {flow.get('trackingId', '')}"
            + (f": {reasons}" if reasons else "")
        )

    async def _lifecycle(
        self, flow: Mapping[str, Any], flow_type: str, received_at: datetime
    ) -> Sequence[Decoded]:
        flow_id = str(flow["flowId"])
        content = await self._flows.download(flow_id)
        at = parse_datetime(flow.get("updatedAt")) or received_at or datetime.now(UTC)
        try:
            items = read_statuses(content, default_at=at)
        except UnreadableCdar as exc:
            raise UnreadableDelivery(f"AFNOR lifecycle flow {flow_id}: {exc}") from None
        out: list[Decoded] = []
        for index, item in enumerate(items):
            # The flow id makes the status id unique on this platform whatever the CDAR message id is.
            status = replace(item.status, status_id=f"afnor:{flow_id}:{index}")
            platform_id = ""
            number = item.subject.invoice_number
            # About an invoice we deposited: its trackingId is the number. A number no deposit of ours can have is
            # not searched (the platform would refuse it; the status is judged by what can be stored).
            if flow_type == "CustomerInvoiceLC" and _may_be_our_tracking_id(number):
                ours = await self._flows.find_submissions(SubmissionQuery(tracking_id=number))
                # Only a deposit of this number: a platform answering other rows (a filter it ignores) must not
                # have the status applied to another invoice of ours.
                platform_id = next((r.platform_id for r in ours if r.invoice_number == number), "")
            out.append(
                InboundStatus(
                    status,
                    platform_id=platform_id,
                    invoice_number=item.subject.invoice_number,
                    seller_siren=item.subject.seller_siren,
                )
            )
        return out
