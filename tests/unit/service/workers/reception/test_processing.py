"""Processing a delivery on the in-memory unit of work: its effects and its mark commit together or not at all,
whatever it brings (an invoice, statuses of ours or of a received invoice, a report's acknowledgement)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from domain.archive_ports import ArchiveKind
from domain.document_file import DocumentFile
from domain.document_formats import DocumentFormat, ParsedDocument
from domain.document_types import DocumentType
from domain.emission import OutboundInvoice, ProcessingState
from domain.findings import Conclusion, Finding, LayerVerdict, Severity, ValidationReport
from domain.invoice import Identifier
from domain.leased_queue import LeaseLost, RetryLater
from domain.pipeline_ports import SubmissionOutcome, SubmissionRecord
from domain.platform import PlatformStatus, PlatformUnavailable
from domain.platform_inbound import (
    Decoded,
    InboundInvoice,
    InboundStatus,
    ReportAcknowledgement,
    UnreadableDelivery,
)
from domain.reception import DeliveryKind, DeliveryOutcome, DeliveryState, ReceivedEventKind, StoredDelivery
from domain.records_ports import DeclarationRow
from service.observability.business_metrics import PAYMENT_REPORTS
from service.usecases.archiving import InTransactionArchiver
from service.workers.reception.processing import DeliveryProcessor, Retry
from tests.builders import BUYER_SIREN, OTHER_SIREN, SELLER_SIREN, a_buyer, an_invoice
from tests.fakes import DeliveryMark, FakeUnitOfWork, FixedClock, InMemoryDatabase

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
OWNER = "inbox-worker-1"
DOCUMENT = b"<Invoice>F-1</Invoice>"


@dataclass(frozen=True)
class Read:
    """What the document reader gives back (domain.reception_ports.ReadDocument)."""

    syntax: str = "UBL"
    profile: str = "EN16931"
    media_type: str = "application/xml"
    report: ValidationReport = ValidationReport()
    parsed: ParsedDocument | None = None


class Decoder:
    def __init__(self, *values: Decoded, error: Exception | None = None) -> None:
        self.values, self.error = values, error

    async def decode(self, delivery: StoredDelivery) -> Sequence[Decoded]:
        if self.error is not None:
            raise self.error
        return self.values


class Stack:
    def __init__(self) -> None:
        self.db = InMemoryDatabase(clock=FixedClock(NOW))
        self.db.companies.add(BUYER_SIREN)
        self.reads: list[bytes] = []
        self.read = Read(parsed=ParsedDocument(an_invoice(number="F-1"), DocumentFormat.UBL, None, "EN16931"))

    async def _read(self, content: bytes) -> Read:
        self.reads.append(content)
        return self.read

    def processor(self, decoder: Decoder | None) -> DeliveryProcessor:
        clock = self.db.clock
        return DeliveryProcessor(
            lambda: FakeUnitOfWork(self.db),
            self._read,
            clock,
            archive=InTransactionArchiver(clock),
            decoder_for=lambda platform: decoder if platform == "iopole" else None,
        )

    def delivery(self, *, attempts: int = 1, platform: str = "iopole") -> StoredDelivery:
        delivery_id = self.db.next_id()
        self.db.deliveries[delivery_id] = DeliveryMark(OWNER)
        return StoredDelivery(
            platform,
            "webhook",
            DeliveryKind.INVOICE,
            f"key-{delivery_id}",
            b'{"status": "body"}',
            "application/json",
            id=delivery_id,
            state=DeliveryState.PENDING,
            attempts=attempts,
            received_at=NOW,
        )

    async def process(self, decoder: Decoder | None, **kwargs: object) -> DeliveryOutcome:
        delivery = self.delivery(**kwargs)  # type: ignore[arg-type]
        outcome = await self.processor(decoder).process(delivery, OWNER)
        assert self.db.deliveries[delivery.id].outcome == outcome, "the mark is committed with the effects"
        return outcome

    def actions(self, company: str = BUYER_SIREN) -> list[str]:
        return [e.action for e in self.db.audit.entries.get(company, [])]


def an_invoice_delivery(target: str = f"0225:{BUYER_SIREN}") -> InboundInvoice:
    return InboundInvoice("p-1", DOCUMENT, "F-1.xml", "", target)


def a_status(code: str, status_id: str, at: datetime = NOW) -> PlatformStatus:
    return PlatformStatus(code, f"label {code}", code, at, status_id=status_id)


async def test_an_invoice_for_one_of_our_companies_is_stored_archived_and_recorded_with_its_mark() -> None:
    stack = Stack()
    outcome = await stack.process(Decoder(an_invoice_delivery()))
    (received,) = stack.db.received.values()
    assert outcome == DeliveryOutcome(DeliveryState.DONE, BUYER_SIREN, f"received invoice {received.id}")
    assert (received.company_siren, received.platform_invoice_id, received.document) == (
        BUYER_SIREN,
        "p-1",
        DocumentFile.of(
            DOCUMENT, "application/xml", "F-1.xml"
        ),  # the reader's media type, the platform's name
    )
    assert received.valid and received.number == "F-1" and received.lifecycle_code == ""
    (event,) = [e for rid, _c, e in stack.db.received_events if rid == received.id]
    assert (event.kind, event.state, event.detail) == (ReceivedEventKind.RECEIVED, "ACCEPTED", "UBL F-1")
    assert [item.kind for item in stack.db.archive.values()] == [ArchiveKind.RECEIVED_INVOICE]
    assert stack.actions() == ["archive.stored", "received_invoice.received"]


async def test_a_received_invoice_keeps_all_its_delivery_and_its_reading_said() -> None:
    stack = Stack()
    warning = Finding("BR-FR-CO-05", Severity.WARNING, "a warning", "BT-1", layer="br-fr")
    unmapped = Finding("DOC-UNMAPPED", Severity.INFO, "cac:Extra not read", "/Invoice/cac:Extra")
    report = ValidationReport(
        findings=(warning,),
        artifacts=(("EN16931-UBL", "1.3.14"),),
        complete=False,
        errors=("br-fr-cdv: not run",),
        layers=(LayerVerdict("en16931", "EN16931-UBL 1.3.14", warnings=1),),
        conclusions=(Conclusion("EN16931", True, "BT-24 says so", ("en16931",), passed=True),),
    )
    invoice = an_invoice(number="F-9")
    parsed = ParsedDocument(invoice, DocumentFormat.UBL, None, "EN16931", unmapped=(unmapped,))
    stack.read = Read(syntax="UBL", profile="EN16931", report=report, parsed=parsed)
    delivery = InboundInvoice("p-9", DOCUMENT, "F-9.xml", "ACCEPTED BY SENDER", f"0225:{BUYER_SIREN}")
    await stack.process(Decoder(delivery))
    (received,) = stack.db.received.values()
    assert str(uuid.UUID(received.id)) == received.id
    assert (
        received.platform,
        received.received_at,
        received.sender_accept_status,
        received.target_address,
        received.syntax,
        received.profile,
        received.valid,
        received.findings,
        received.report_complete,
        received.report_errors,
        received.artifacts,
        received.layers,
        received.conclusions,
        received.invoice,
        received.number,
        received.seller_siren,
        received.seller_name,
    ) == (
        "iopole",
        NOW,
        "ACCEPTED BY SENDER",
        f"0225:{BUYER_SIREN}",
        "UBL",
        "EN16931",
        False,  # a layer could not run: never valid
        (
            warning,
            unmapped,
        ),  # what the document holds that the model does not carry is said with the findings
        False,
        ("br-fr-cdv: not run",),
        (("EN16931-UBL", "1.3.14"),),
        report.layers,
        report.conclusions,
        invoice,
        "F-9",
        SELLER_SIREN,
        "Atelier Dupont SAS",
    )


async def test_a_document_that_could_not_be_read_is_stored_with_no_number_nor_seller() -> None:
    stack = Stack()
    stack.read = Read(syntax="", profile="", report=ValidationReport(complete=False, errors=("unreadable",)))
    await stack.process(Decoder(an_invoice_delivery()))
    (received,) = stack.db.received.values()
    assert (
        received.invoice,
        received.number,
        received.seller_siren,
        received.seller_name,
        received.findings,
    ) == (
        None,
        "",
        "",
        "",
        (),
    )


REFUSED = "NUL, control characters, noncharacters and bidirectional overrides are refused"


@pytest.mark.parametrize(
    ("value", "note"),
    [
        (
            InboundInvoice("p\x00", DOCUMENT, "F-1.xml"),
            f"unreadable invoice delivery: invoiceId character 1 is U+0000: {REFUSED}",
        ),
        (
            InboundInvoice("p-1", DOCUMENT, "F-1.xml", "OK\x01", f"0225:{BUYER_SIREN}\x02"),
            f"unreadable invoice delivery: senderAcceptStatus character 2 is U+0001: {REFUSED}; targetAddress"
            f" character 14 is U+0002: {REFUSED}",
        ),
        (
            InboundInvoice("p-1", DOCUMENT, "F\x00.xml"),
            f"unreadable invoice delivery: filename character 1 is U+0000: {REFUSED}",
        ),
        (
            InboundStatus(a_status("200", "s-1"), platform_id="p\x00", invoice_number="F\x01"),
            f"unreadable status: invoiceId character 1 is U+0000: {REFUSED}; invoiceNumber character 1 is"
            f" U+0001: {REFUSED}",
        ),
        (
            InboundStatus(replace(a_status("200", "s-1"), label="x\x00")),
            f"unreadable status: status.label character 1 is U+0000: {REFUSED}",
        ),
        (
            InboundStatus(
                a_status(
                    "200", "s-1", datetime(9999, 12, 31, 23, 59, 59, tzinfo=timezone(-timedelta(hours=14)))
                )
            ),
            "unreadable status: status.date 9999-12-31T23:59:59-14:00 is no instant of the years 1 to 9999 in UTC",
        ),
    ],
    ids=[
        "invoice id",
        "accept status and address",
        "filename",
        "status ids",
        "status label",
        "status instant",
    ],
)
async def test_a_delivery_holding_a_text_that_can_never_be_stored_is_unprocessable_naming_its_fields(
    value: Decoded, note: str
) -> None:
    stack = Stack()
    outcome = await stack.process(Decoder(value))
    assert outcome == DeliveryOutcome(DeliveryState.UNPROCESSABLE, "", "", note)
    assert stack.db.received == {}


async def test_an_invalid_invoice_is_stored_invalid_with_its_fatal_findings() -> None:
    stack = Stack()
    fatal = Finding("BR-FR-12", Severity.FATAL, "SIREN key", "BT-30", layer="br-fr")
    stack.read = replace(stack.read, report=ValidationReport(findings=(fatal,)))
    await stack.process(Decoder(an_invoice_delivery()))
    ((_rid, _c, event),) = stack.db.received_events
    assert (event.state, event.findings) == ("INVALID", (fatal,))


async def test_an_invoice_for_no_company_of_ours_is_parked_and_nothing_is_stored() -> None:
    stack = Stack()
    stack.read = replace(
        stack.read, parsed=replace(stack.read.parsed, invoice=an_invoice(buyer=a_buyer(OTHER_SIREN)))
    )
    outcome = await stack.process(Decoder(an_invoice_delivery(f"0225:{OTHER_SIREN}")))
    assert outcome == DeliveryOutcome(
        DeliveryState.PARKED, OTHER_SIREN, "", f"no known company for {OTHER_SIREN}"
    )
    assert stack.db.received == {} and stack.db.archive == {} and stack.db.audit.entries == {}


async def test_a_target_address_that_is_not_the_document_s_buyer_does_not_route_it() -> None:
    """IOPOLE does not sign its target address header: a genuine callback replayed with another company's address
    in it put the document in that company's inbox."""
    stack = Stack()
    stack.db.companies.add(OTHER_SIREN)
    outcome = await stack.process(Decoder(an_invoice_delivery(f"0225:{OTHER_SIREN}")))
    (received,) = stack.db.received.values()
    assert received.company_siren == BUYER_SIREN
    assert outcome == DeliveryOutcome(
        DeliveryState.DONE,
        BUYER_SIREN,
        f"received invoice {received.id} (for {BUYER_SIREN}, its buyer: the target address named {OTHER_SIREN})",
    )


@pytest.mark.parametrize("named_by", ["legal registration", "electronic address"])
async def test_a_target_address_that_the_document_names_routes_it(named_by: str) -> None:
    stack = Stack()
    stack.db.companies.add(OTHER_SIREN)
    buyer = a_buyer(BUYER_SIREN)
    if named_by == "electronic address":  # BT-49 addresses the company, BT-47 names another of the group
        buyer = replace(buyer, electronic_address=replace(buyer.electronic_address, value=OTHER_SIREN))
    else:
        buyer = replace(buyer, legal_registration=replace(buyer.legal_registration, value=OTHER_SIREN))
    stack.read = replace(stack.read, parsed=replace(stack.read.parsed, invoice=an_invoice(buyer=buyer)))
    await stack.process(Decoder(an_invoice_delivery(f"0225:{OTHER_SIREN}")))
    (received,) = stack.db.received.values()
    assert received.company_siren == OTHER_SIREN


async def test_a_document_naming_a_buyer_that_is_none_of_our_companies_is_routed_by_its_target_address() -> (
    None
):
    stack = Stack()
    stranger = a_buyer(OTHER_SIREN)  # not a company of the gateway
    stack.read = replace(stack.read, parsed=replace(stack.read.parsed, invoice=an_invoice(buyer=stranger)))
    outcome = await stack.process(Decoder(an_invoice_delivery()))
    (received,) = stack.db.received.values()
    assert received.company_siren == BUYER_SIREN
    assert outcome == DeliveryOutcome(DeliveryState.DONE, BUYER_SIREN, f"received invoice {received.id}")


async def test_an_unreadable_document_is_routed_by_its_target_address() -> None:
    stack = Stack()
    stack.read = replace(stack.read, parsed=None)
    await stack.process(Decoder(an_invoice_delivery()))
    (received,) = stack.db.received.values()
    assert received.company_siren == BUYER_SIREN


@pytest.mark.parametrize(
    ("vat_id", "company"),
    [
        ("FR96552100554", BUYER_SIREN),
        ("FR97552100554", ""),
        # as Factur-X's own examples write it (FR 05 987 654 321): it was parked for nobody
        ("FR 96 552 100 554", BUYER_SIREN),
        ("FR96\u00a0552\u00a0100\u00a0554", BUYER_SIREN),
    ],
)
async def test_a_document_naming_its_french_buyer_by_vat_number_alone_goes_to_it(
    vat_id: str, company: str
) -> None:
    """A foreign supplier may name a French buyer by its VAT number only (BT-48): by webhook, whose target address
    nobody signs and which routes nothing, it was parked for nobody. A VAT number whose key is wrong names nobody;
    one written in groups, as people write it, names its company."""
    stack = Stack()
    buyer = replace(a_buyer(BUYER_SIREN), legal_registration=None, electronic_address=None, vat_id=vat_id)
    stack.read = replace(stack.read, parsed=replace(stack.read.parsed, invoice=an_invoice(buyer=buyer)))
    outcome = await stack.process(Decoder(an_invoice_delivery("")))
    assert [r.company_siren for r in stack.db.received.values()] == ([company] if company else [])
    assert (outcome.state, outcome.company_siren) == (
        (DeliveryState.DONE, company) if company else (DeliveryState.PARKED, "")
    )


@pytest.mark.parametrize(
    ("registration", "address"),
    [
        # a SIRET under ICD 0002 in BT-47, as FNFE's Factur-X 1.0 examples write it
        (Identifier("55210055400013", "0002"), None),
        # a Peppol address naming the French VAT number (EAS 9957) in BT-49
        (None, Identifier("FR96552100554", "9957")),
    ],
    ids=["siret-under-0002", "vat-address-9957"],
)
async def test_a_document_naming_its_buyer_as_others_write_it_goes_to_it(
    registration: Identifier | None, address: Identifier | None
) -> None:
    """By webhook, whose target routes nothing, a document naming its French buyer only so was parked for nobody."""
    stack = Stack()
    buyer = replace(
        a_buyer(BUYER_SIREN), legal_registration=registration, electronic_address=address, vat_id=""
    )
    stack.read = replace(stack.read, parsed=replace(stack.read.parsed, invoice=an_invoice(buyer=buyer)))
    outcome = await stack.process(Decoder(an_invoice_delivery("")))
    assert (outcome.state, outcome.company_siren) == (DeliveryState.DONE, BUYER_SIREN)


async def test_without_a_target_a_document_goes_to_the_one_of_its_named_buyers_that_is_ours() -> None:
    """BT-47 naming another entity of the group, BT-49 our company: with no target (a webhook's is not read), the first
    named was taken and the invoice parked."""
    stack = Stack()
    buyer = replace(a_buyer(BUYER_SIREN), legal_registration=Identifier(OTHER_SIREN, "0002"), vat_id="")
    stack.read = replace(stack.read, parsed=replace(stack.read.parsed, invoice=an_invoice(buyer=buyer)))
    outcome = await stack.process(Decoder(an_invoice_delivery("")))
    assert (outcome.state, outcome.company_siren) == (DeliveryState.DONE, BUYER_SIREN)


@pytest.mark.parametrize("issuer_is_ours", [False, True])
async def test_a_self_billed_invoice_goes_to_its_seller_the_party_it_is_sent_to(issuer_is_ours: bool) -> None:
    """A self-billed invoice (389) is issued by its buyer in its seller's name and sent to the seller (BR-FR-22,
    BT-34): by webhook, whose target routes nothing, it was parked for the buyer that issued it, or received by that
    buyer when it is a company of ours too (its own document)."""
    stack = Stack()
    if issuer_is_ours:
        stack.db.companies.add(OTHER_SIREN)
    invoice = an_invoice(
        type_code=DocumentType.SELF_BILLED_INVOICE,
        seller=a_buyer(BUYER_SIREN),
        buyer=a_buyer(OTHER_SIREN, "40"),
    )
    stack.read = replace(stack.read, parsed=replace(stack.read.parsed, invoice=invoice))
    outcome = await stack.process(Decoder(an_invoice_delivery("")))
    assert (outcome.state, outcome.company_siren) == (DeliveryState.DONE, BUYER_SIREN)
    assert [r.company_siren for r in stack.db.received.values()] == [BUYER_SIREN]


async def test_a_second_delivery_of_one_invoice_is_done_without_reading_it_again() -> None:
    stack = Stack()
    await stack.process(Decoder(an_invoice_delivery()))
    (received,) = stack.db.received.values()
    outcome = await stack.process(Decoder(an_invoice_delivery()))
    assert outcome == DeliveryOutcome(
        DeliveryState.DONE, BUYER_SIREN, f"duplicate of received invoice {received.id}"
    )
    assert len(stack.reads) == 1 and len(stack.db.received) == 1


async def test_a_lost_lease_commits_nothing() -> None:
    stack = Stack()
    delivery = stack.delivery()
    stack.db.deliveries[delivery.id] = DeliveryMark("another-worker")
    with pytest.raises(LeaseLost):
        await stack.processor(Decoder(an_invoice_delivery())).process(delivery, OWNER)
    assert stack.db.received == {} and stack.db.archive == {} and stack.db.audit.entries == {}
    assert stack.db.deliveries[delivery.id].outcome is None


async def test_a_platform_with_no_decoder_parks_and_an_unreadable_delivery_is_unprocessable() -> None:
    stack = Stack()
    parked = await stack.process(Decoder(), platform="afnor-2")
    assert (parked.state, parked.error) == (
        DeliveryState.PARKED,
        "no platform 'afnor-2' configured to read it",
    )
    unreadable = await stack.process(Decoder(error=UnreadableDelivery("no invoiceId\x00")))
    # the note is made storable: a NUL never reaches the inbox row
    assert (unreadable.state, unreadable.error) == (DeliveryState.UNPROCESSABLE, "no invoiceId\ufffd")


async def test_a_fetch_that_finds_the_platform_away_asks_to_wait_out_its_outage_and_commits_nothing() -> None:
    stack = Stack()
    delivery = stack.delivery()
    away = PlatformUnavailable("GET /invoices/p-1: 503", retry_after=120)
    with pytest.raises(RetryLater) as raised:
        await stack.processor(Decoder(error=away)).process(delivery, OWNER)
    assert (raised.value.outage, raised.value.retry_after_s) == ("iopole", 120)  # the profile it came through
    assert str(raised.value) == "fetching from the platform: GET /invoices/p-1: 503"
    assert stack.db.deliveries[delivery.id].outcome is None and stack.db.received == {}


async def test_statuses_of_a_received_invoice_move_its_lifecycle_once_each() -> None:
    stack = Stack()
    await stack.process(Decoder(an_invoice_delivery()))
    (received,) = stack.db.received.values()
    refused = a_status("210", "s-2", NOW + timedelta(hours=1))
    outcome = await stack.process(
        Decoder(InboundStatus(a_status("204", "s-1"), "p-1"), InboundStatus(refused, "p-1"))
    )
    assert outcome.state is DeliveryState.DONE
    assert outcome.result == (
        f"status 204 on received invoice {received.id}; status 210 on received invoice {received.id}"
    )
    assert stack.db.received[received.id].lifecycle_code == "210"
    again = await stack.process(Decoder(InboundStatus(a_status("204", "s-1"), "p-1")))
    assert again == DeliveryOutcome(DeliveryState.DONE, BUYER_SIREN, "duplicate status s-1")
    kinds = [(e.kind, e.status_code) for _r, _c, e in stack.db.received_events]
    assert kinds == [
        (ReceivedEventKind.RECEIVED, ""),
        (ReceivedEventKind.STATUS, "204"),
        (ReceivedEventKind.STATUS, "210"),
    ]
    archived = sorted(item.kind for item in stack.db.archive.values())
    assert archived == [ArchiveKind.RECEIVED_INVOICE, ArchiveKind.STATUS_MESSAGE]  # one body: stored once


def one_of_ours_sent(stack: Stack) -> OutboundInvoice:
    """Our invoice F-9 (inv-1), SENT through IOPOLE as plat-9."""
    ours = OutboundInvoice(
        "inv-1", SELLER_SIREN, "req-1", "h" * 64, an_invoice(number="F-9"), NOW, state=ProcessingState.SENT
    )
    stack.db.invoices[ours.id] = ours
    stack.db.submissions[ours.id] = SubmissionRecord(
        ours.id, SELLER_SIREN, "iopole", "s" * 64, "F-9", NOW, SubmissionOutcome.ACCEPTED, "plat-9"
    )
    stack.db.companies.add(SELLER_SIREN)
    return ours


async def test_a_status_of_one_of_our_invoices_goes_through_the_pipeline_in_the_same_transaction() -> None:
    stack = Stack()
    ours = one_of_ours_sent(stack)
    outcome = await stack.process(Decoder(InboundStatus(a_status("205", "s-9"), "plat-9")))
    assert outcome == DeliveryOutcome(DeliveryState.DONE, SELLER_SIREN, "status 205 on invoice inv-1")
    assert stack.db.invoices[ours.id].lifecycle_code == "205"
    assert [r.status.code for r in stack.db.statuses[ours.id]] == ["205"]
    assert [e.event.kind for e in stack.db.events] == ["STATUS"]


async def test_a_status_naming_its_invoice_by_number_and_seller_finds_the_one_received_else_the_one_sent() -> (
    None
):
    # An XP Z12-013 lifecycle flow (CDAR) may name the invoice by its number (BT-1) and seller alone
    stack = Stack()
    await stack.process(Decoder(an_invoice_delivery()))  # F-1 from SELLER_SIREN, received as p-1
    (received,) = stack.db.received.values()
    ours = one_of_ours_sent(stack)  # F-9 from SELLER_SIREN, sent as plat-9
    by_number = await stack.process(
        Decoder(InboundStatus(a_status("204", "s-1"), invoice_number="F-1", seller_siren=SELLER_SIREN))
    )
    assert by_number == DeliveryOutcome(
        DeliveryState.DONE, BUYER_SIREN, f"status 204 on received invoice {received.id}"
    )
    sent = await stack.process(
        Decoder(InboundStatus(a_status("205", "s-9"), invoice_number="F-9", seller_siren=SELLER_SIREN))
    )
    assert sent == DeliveryOutcome(DeliveryState.DONE, SELLER_SIREN, f"status 205 on invoice {ours.id}")
    # a platform id given wins over the number
    by_id = await stack.process(
        Decoder(InboundStatus(a_status("210", "s-2"), "p-1", invoice_number="F-9", seller_siren=SELLER_SIREN))
    )
    assert by_id == DeliveryOutcome(
        DeliveryState.DONE, BUYER_SIREN, f"status 210 on received invoice {received.id}"
    )
    unknown = InboundStatus(a_status("200", "s-5"), invoice_number="F-404", seller_siren=SELLER_SIREN)
    parked = await stack.process(Decoder(unknown), attempts=5)
    assert (parked.state, parked.error) == (
        DeliveryState.PARKED,
        "no invoice with platform id number F-404 (status 200): parked until an upload gets that id",
    )


async def test_a_status_of_no_invoice_yet_is_retried_then_parked_for_its_upload() -> None:
    stack = Stack()
    status = InboundStatus(a_status("200", "s-5"), "plat-unknown")
    with pytest.raises(Retry):
        await stack.processor(Decoder(status)).process(stack.delivery(attempts=1), OWNER)
    parked = await stack.process(Decoder(status), attempts=5)
    assert (parked.state, parked.company_siren) == (DeliveryState.PARKED, "")  # a company of nobody's saying
    assert parked.error == (
        "no invoice with platform id plat-unknown (status 200): parked until an upload gets that id"
    )
    [kept] = stack.db.parked["plat-unknown"]
    assert kept.status.status_id == "s-5"
    assert kept.acting is not None and kept.acting.actor.kind == "platform"  # its audit entry's, once applied


def a_declaration(status: str) -> DeclarationRow:
    return DeclarationRow(
        "0b7c1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d",
        SELLER_SIREN,
        "REAL_MONTHLY",
        "TRANSACTIONS",
        date(2026, 10, 1),
        date(2026, 10, 31),
        date(2026, 11, 20),
        1,
        "IN",
        status,
        {},
        {},
        [],
        None,
        date(2026, 11, 3),
        NOW,
        "",
        "",
        "",
        NOW,
        NOW,
    )


REFUSAL = ReportAcknowledgement(
    "0b7c1c2e-3d4f-4a5b-8c6d-7e8f9a0b1c2d",
    "10.1",
    "flow-1",
    False,
    (Finding("REJ_SEMAN", Severity.FATAL, "totals", layer="platform"),),
)


@pytest.mark.parametrize("status", ["SUBMITTED", "ACCEPTED"])
async def test_a_refused_report_rejects_its_declaration_as_the_platform_said(status: str) -> None:
    stack = Stack()
    declaration = a_declaration(status)
    stack.db.declarations[declaration.id] = declaration
    outcome = await stack.process(Decoder(REFUSAL))
    reason = "10.1 refused by the platform (flow-1): REJ_SEMAN: totals"
    assert outcome == DeliveryOutcome(
        DeliveryState.DONE, SELLER_SIREN, f"declaration {declaration.id} rejected: {reason}"
    )
    stored = stack.db.declarations[declaration.id]
    assert (stored.status, stored.rejection_reason) == ("REJECTED", reason)
    assert stack.actions(SELLER_SIREN) == ["declaration.rejected"]


@pytest.mark.parametrize("status", ["DRAFT", "REJECTED"])
async def test_a_refusal_of_a_declaration_it_cannot_reject_is_only_recorded(status: str) -> None:
    stack = Stack()
    declaration = a_declaration(status)
    stack.db.declarations[declaration.id] = declaration
    outcome = await stack.process(Decoder(REFUSAL))
    assert outcome.result == f"declaration {declaration.id} is {status}: refusal of 10.1 recorded"
    assert stack.db.declarations[declaration.id] == declaration and stack.actions(SELLER_SIREN) == []


async def test_a_refusal_of_a_flow_its_declaration_did_not_send_is_not_applied() -> None:
    """An Error acknowledgement naming our declaration by its trackingId, of a flow its transmission never deposited
    (a platform mixing flows, an old one given again): it rejected the declaration the platform had accepted."""
    stack = Stack()
    declaration = replace(a_declaration("ACCEPTED"), platform_ref="flow-2,flow-3")
    stack.db.declarations[declaration.id] = declaration
    outcome = await stack.process(Decoder(REFUSAL))
    assert (
        outcome.result
        == f"acknowledgement of flow flow-1, which declaration {declaration.id} did not send: not applied"
    )
    assert stack.db.declarations[declaration.id] == declaration and stack.actions(SELLER_SIREN) == []
    # one of its own flows still rejects it
    await stack.process(Decoder(replace(REFUSAL, platform_id="flow-3")))
    assert stack.db.declarations[declaration.id].status == "REJECTED"


async def test_a_buyer_s_211_in_a_delivery_retried_whole_is_counted_once_when_it_commits() -> None:
    """A delivery's statuses land in one transaction: one of no invoice yet makes it retried whole (Retry, nothing
    committed), and our 211 beside it was counted at each attempt (review7, session 15). Counted at commit now."""
    stack = Stack()
    ours = one_of_ours_sent(stack)
    paid = replace(a_status("211", "s-211"), amount=Decimal("100.00"))
    decoder = Decoder(InboundStatus(paid, "plat-9"), InboundStatus(a_status("200", "s-5"), "plat-unknown"))
    before = PAYMENT_REPORTS.labels("unmatched")._value.get()
    for attempt in (1, 2):
        with pytest.raises(Retry):
            await stack.processor(decoder).process(stack.delivery(attempts=attempt), OWNER)
    assert PAYMENT_REPORTS.labels("unmatched")._value.get() == before  # nothing committed yet
    assert (await stack.process(decoder, attempts=5)).state is DeliveryState.PARKED
    assert stack.db.invoices[ours.id].lifecycle_code == "211"
    assert PAYMENT_REPORTS.labels("unmatched")._value.get() - before == 1
