"""Helpers for end-to-end tests: an InvoiceService client that authenticates, and rich-error assertions."""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass, field, replace
from typing import Any

import grpc
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from domain.identifiers import french_vat_number
from domain.invoice import Identifier, Invoice
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from service.grpc.mapping import invoice_to_proto
from tests.builders import a_seller, an_invoice
from tests.random_refs import random_request_id


@dataclass(frozen=True)
class Company:
    siren: str
    api_key: str


@dataclass
class RichError:
    code: grpc.StatusCode
    message: str
    violations: list[tuple[str, str]] = field(default_factory=list)  # (field, description)
    reasons: list[str] = field(default_factory=list)
    preconditions: list[str] = field(default_factory=list)  # PreconditionFailure violation types

    @property
    def rule_ids(self) -> list[str]:
        return sorted({description.split(":", 1)[0] for _, description in self.violations})


async def expect_error(call: Awaitable[Any], code: grpc.StatusCode) -> RichError:
    """Await a call that must fail with `code`; return its message and google.rpc details."""
    try:
        await call
    except grpc.aio.AioRpcError as err:
        assert err.code() == code, f"expected {code.name}, got {err.code().name}: {err.details()}"
        found = RichError(err.code(), err.details() or "")
        status = await rpc_status.aio.from_call(call) if hasattr(call, "trailing_metadata") else None
        for detail in status.details if status else ():
            if detail.Is(error_details_pb2.BadRequest.DESCRIPTOR):
                bad = error_details_pb2.BadRequest()
                detail.Unpack(bad)
                found.violations += [(v.field, v.description) for v in bad.field_violations]
            elif detail.Is(error_details_pb2.PreconditionFailure.DESCRIPTOR):
                failure = error_details_pb2.PreconditionFailure()
                detail.Unpack(failure)
                found.preconditions += [v.type for v in failure.violations]
            elif detail.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                info = error_details_pb2.ErrorInfo()
                detail.Unpack(info)
                found.reasons.append(info.reason)
        return found
    raise AssertionError(f"the call succeeded; expected {code.name}")


def invoice_of(company: Company | str, lines: int = 2, **overrides: object) -> Invoice:
    """A valid invoice issued by `company` (seller SIREN, electronic address and VAT number follow it)."""
    siren = company.siren if isinstance(company, Company) else company
    seller = replace(
        a_seller(siren), vat_id=french_vat_number(siren), electronic_address=Identifier(siren, "0225")
    )
    return an_invoice(lines=lines, seller=seller, **overrides)


def state_invoice_of(
    company: Company | str, *, engagement: str = "EJ-2026-000123", **overrides: object
) -> Invoice:
    """`company`'s invoice to the state buyer of the test directories (Chorus Pro, 9999; engagement required):
    B2G, its SIRET in BT-49, a service code in BT-10 and `engagement` in BT-13 ("" for none)."""
    from domain.invoice import ProcessingRule
    from tests.builders import a_state_buyer

    changes: dict[str, object] = {
        "buyer": a_state_buyer(),
        "processing_rule": ProcessingRule.B2G,
        "buyer_reference": "SERV-ACHATS",
        "purchase_order_reference": engagement,
        **overrides,
    }
    return invoice_of(company, **changes)


class GatewayClient:
    def __init__(self, channel: grpc.aio.Channel, api_key: str = "") -> None:
        self.channel = channel
        self.stub = svc_grpc.InvoiceServiceStub(channel)
        self.api_key = api_key

    def as_(self, company: Company | str) -> GatewayClient:
        return GatewayClient(self.channel, company.api_key if isinstance(company, Company) else company)

    @property
    def metadata(self) -> tuple[tuple[str, str], ...]:
        return (("authorization", f"Bearer {self.api_key}"),) if self.api_key else ()

    def submit(self, invoice: Invoice | pb.Invoice, request_id: str = "", view: int = 0) -> Any:
        message = invoice if isinstance(invoice, pb.Invoice) else invoice_to_proto(invoice)
        request = svc.SubmitInvoiceRequest(
            request_id=request_id or random_request_id(), invoice=message, view=view
        )
        return self.stub.SubmitInvoice(request, metadata=self.metadata)

    def validate(self, invoice: Invoice) -> Any:
        request = svc.ValidateInvoiceRequest(invoice=invoice_to_proto(invoice))
        return self.stub.ValidateInvoice(request, metadata=self.metadata)

    def get(self, invoice_id: str) -> Any:
        return self.stub.GetInvoice(svc.GetInvoiceRequest(invoice_id=invoice_id), metadata=self.metadata)

    def history(self, invoice_id: str) -> Any:
        request = svc.GetInvoiceHistoryRequest(invoice_id=invoice_id)
        return self.stub.GetInvoiceHistory(request, metadata=self.metadata)

    def list(self, **fields: Any) -> Any:
        return self.stub.ListInvoices(svc.ListInvoicesRequest(**fields), metadata=self.metadata)

    def cancel(self, invoice_id: str, reason: str, request_id: str = "") -> Any:
        request = svc.CancelInvoiceRequest(
            invoice_id=invoice_id, reason=reason, request_id=request_id or random_request_id()
        )
        return self.stub.CancelInvoice(request, metadata=self.metadata)

    def watch(self, after_event_id: int = 0) -> Any:
        request = svc.WatchInvoiceEventsRequest(after_event_id=after_event_id)
        return self.stub.WatchInvoiceEvents(request, metadata=self.metadata)
