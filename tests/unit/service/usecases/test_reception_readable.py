"""A received invoice's readable view, exactly: the platform's own copy when it gives a PDF within the bound, else
the document when it is a PDF, else our page drawn from the invoice as read; each fallback says why, and with
`platform_only` the platform's copy or a refusal naming why not."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from decimal import Decimal
from typing import Any, cast

import pytest

from domain.document_file import DocumentFile
from domain.document_formats import unreadable
from domain.errors import ReadableViewUnavailable
from domain.findings import Finding, Severity
from domain.invoice import Invoice
from domain.platform import PlatformRejected, PlatformUnavailable
from domain.platform_profile import PlatformServices, PlatformSet
from domain.reception import ReceivedInvoice
from domain.totals import compute_totals
from service.usecases.reception import MAX_READABLE_BYTES, ReadableCopy, ReceptionUseCases
from tests.builders import BUYER_SIREN
from tests.fakes import FakeUnitOfWork
from tests.unit.service.usecases.test_reception import stack

COPY = b"%PDF-1.7 the platform's copy"
NOT_OFFERED = "the platform 'iopole' offers no readable copy"


class Views:
    """A platform's readable copies: `answer` is returned or raised; None with `hang` never answers."""

    def __init__(self, answer: bytes | Exception | None = COPY, *, hang: bool = False) -> None:
        self.answer, self.hang = answer, hang
        self.asked: list[str] = []

    async def readable_view(self, platform_invoice_id: str) -> bytes | None:
        self.asked.append(platform_invoice_id)
        if self.hang:
            await asyncio.Event().wait()
        if isinstance(self.answer, Exception):
            raise self.answer
        return self.answer


def _platforms(views: Views | None, *, name: str = "main") -> PlatformSet:
    # the readable view never touches the other ports: placeholders stand for them
    return PlatformSet(
        PlatformServices(name, "iopole", gateway=cast(Any, None), reporting=cast(Any, None), readable=views)
    )


def _api(
    views: Views | None, *, name: str = "main", platform: str = "main"
) -> tuple[ReceptionUseCases, ReceivedInvoice, list[Invoice]]:
    """The use cases with one platform profile `name` (provider iopole) and a received invoice that came through
    `platform` (a profile's name, or a provider's); the pages drawn are the invoices they were drawn from."""
    db, api, received = stack()
    received = replace(received, platform=platform)
    db.received[received.id] = received
    drawn: list[Invoice] = []

    def page(invoice: Invoice) -> bytes:
        drawn.append(invoice)
        return b"%PDF-our page"

    api = replace(api, platforms=_platforms(views, name=name), render_page=page, readable_timeout_s=0.01)
    return api, received, drawn


@pytest.mark.parametrize("platform", ["main", "iopole"])  # by the profile's name, or its provider's
async def test_the_platform_s_own_pdf_is_the_readable_view(platform: str) -> None:
    views = Views()
    api, received, drawn = _api(views, platform=platform)
    assert await api.readable(BUYER_SIREN, received.id) == ReadableCopy(COPY, "platform", "")
    assert await api.readable(BUYER_SIREN, received.id, platform_only=True) == ReadableCopy(
        COPY, "platform", ""
    )
    assert views.asked == ["p-1", "p-1"] and drawn == []


async def test_a_copy_of_exactly_the_bound_is_returned_and_one_byte_more_is_not() -> None:
    largest = b"%PDF-" + b"x" * (MAX_READABLE_BYTES - 5)
    api, received, _ = _api(Views(largest))
    assert (await api.readable(BUYER_SIREN, received.id)).content is largest
    api, received, _ = _api(Views(largest + b"x"))
    assert await api.readable(BUYER_SIREN, received.id) == ReadableCopy(
        b"%PDF-our page", "gateway", f"the platform's readable copy is larger than {MAX_READABLE_BYTES} bytes"
    )


@pytest.mark.parametrize(
    ("views", "why"),
    [
        (None, "the platform 'main' offers no readable copy"),
        (Views(None), "the platform has no readable copy of this invoice"),
        (Views(b"<html>login</html>"), "the platform's readable copy is not a PDF"),
        (Views(b"%pdf-1.7"), "the platform's readable copy is not a PDF"),
        (
            Views(PlatformUnavailable("503 from the platform")),
            "the platform's readable copy is unavailable: 503 from the platform",
        ),
        (Views(hang=True), "the platform's readable copy is unavailable: no answer within 0.01 s"),
        (
            Views(PlatformRejected("404 no such copy")),
            "the platform refused its readable copy: PlatformRejected: 404 no such copy",
        ),
    ],
)
async def test_without_the_platform_s_copy_our_page_is_drawn_and_says_why(
    views: Views | None, why: str
) -> None:
    api, received, drawn = _api(views)
    assert await api.readable(BUYER_SIREN, received.id) == ReadableCopy(b"%PDF-our page", "gateway", why)
    assert drawn == [received.invoice]  # read with its totals: drawn as read


async def test_no_platform_profile_or_another_s_name_offers_no_copy() -> None:
    db, api, received = stack()
    assert (await api.readable(BUYER_SIREN, received.id)).platform_view == NOT_OFFERED  # no platforms at all
    api, received, _ = _api(Views(), name="main", platform="afnor")
    assert (
        await api.readable(BUYER_SIREN, received.id)
    ).platform_view == "the platform 'afnor' offers no readable copy"


async def test_a_pdf_document_is_its_own_readable_view() -> None:
    api, received, drawn = _api(Views(None))
    _holding(api, replace(received, document=DocumentFile("application/pdf", "", "d" * 64, b"%PDF-factur-x")))
    assert await api.readable(BUYER_SIREN, received.id) == ReadableCopy(
        b"%PDF-factur-x", "document", "the platform has no readable copy of this invoice"
    )
    assert drawn == []


def _holding(api: ReceptionUseCases, received: ReceivedInvoice) -> None:
    """`received` stored in place of the received invoice of that id (the use cases' in-memory database)."""
    cast(FakeUnitOfWork, api.uow()).db.received[received.id] = received


async def test_an_invoice_read_without_its_totals_is_drawn_with_them_computed_and_its_stated_ones_as_stated() -> (
    None
):
    api, received, drawn = _api(None)
    assert received.invoice is not None
    bare = received.invoice.evolve(totals=None, vat_breakdown=None)
    half = received.invoice.evolve(vat_breakdown=None)
    assert received.invoice.totals is not None
    stated = received.invoice.evolve(totals=replace(received.invoice.totals, amount_due=Decimal("999.99")))
    for invoice in (bare, half, stated):
        _holding(api, replace(received, invoice=invoice))
        await api.readable(BUYER_SIREN, received.id)
    assert drawn == [compute_totals(bare), compute_totals(half), stated]


async def test_an_invoice_that_could_not_be_read_has_no_view_and_says_why() -> None:
    api, received, _ = _api(Views(None))
    _holding(api, replace(received, invoice=None))
    with pytest.raises(ReadableViewUnavailable) as refused:
        await api.readable(BUYER_SIREN, received.id)
    assert str(refused.value) == (
        f"PDP-NO-READABLE-VIEW: received invoice {received.id} could not be read: no readable view can be drawn from it"
        " (the platform has no readable copy of this invoice)"
    )
    assert [(f.rule_id, f.path) for f in refused.value.findings] == [("PDP-NO-READABLE-VIEW", "invoice_id")]


async def test_an_invoice_that_could_not_be_read_says_what_kept_it_from_being_read() -> None:
    # a ZUGFeRD 1.0 received (FeRD's 1.0 examples): the refusal named only the platform's missing copy, not why the
    # gateway could not draw its own page; GetReceivedInvoice's findings said it, the refusal now does too
    api, received, _ = _api(Views(None))
    why = unreadable(
        "root element {urn:ferd:CrossIndustryDocument:invoice:1p0}CrossIndustryDocument is not a CII"
    )
    # what the official layers found before it is not what kept it from being read
    judged = Finding("BR-FR-01", Severity.FATAL, "judged by the official layer", "BT-1", layer="br-fr")
    _holding(api, replace(received, invoice=None, findings=(judged, why)))
    with pytest.raises(ReadableViewUnavailable) as refused:
        await api.readable(BUYER_SIREN, received.id)
    assert str(refused.value) == (
        f"PDP-NO-READABLE-VIEW: received invoice {received.id} could not be read: no readable view can be drawn from it"
        " (PDP-UNREADABLE: the invoice could not be read: root element"
        " {urn:ferd:CrossIndustryDocument:invoice:1p0}CrossIndustryDocument is not a CII;"
        " the platform has no readable copy of this invoice)"
    )


async def test_only_the_platform_s_copy_will_do_an_outage_is_unavailable_and_no_copy_is_refused() -> None:
    down = PlatformUnavailable("503 from the platform")
    api, received, drawn = _api(Views(down))
    with pytest.raises(PlatformUnavailable) as raised:
        await api.readable(BUYER_SIREN, received.id, platform_only=True)
    assert raised.value is down  # the platform's own words and retry hint
    api, received, _ = _api(Views(hang=True))
    with pytest.raises(PlatformUnavailable) as slow:
        await api.readable(BUYER_SIREN, received.id, platform_only=True)
    assert str(slow.value) == "no answer within 0.01 s"
    api, received, _ = _api(Views(None))
    with pytest.raises(ReadableViewUnavailable) as none:
        await api.readable(BUYER_SIREN, received.id, platform_only=True)
    assert (
        str(none.value)
        == f"PDP-NO-READABLE-VIEW: received invoice {received.id}: the platform has no readable copy of this invoice"
    )
    assert [(f.rule_id, f.path) for f in none.value.findings] == [("PDP-NO-READABLE-VIEW", "invoice_id")]
    assert drawn == []
