"""BG-24 attachments: a UBL with an embedded object and an external URI, a CII with a readable copy and a CSV,
round trip byte for byte; the French rules and the gateway's limits."""

from __future__ import annotations

import pytest

from adapters.documents.api import parse
from adapters.documents.cii_writer import render_cii
from adapters.documents.ubl_writer import render_ubl
from domain.document_formats import Profile
from domain.invoice import Attachment
from domain.rules import validate_invoice
from domain.rules.attachments import MAX_ATTACHMENT_BYTES
from domain.serialization import invoice_from_dict, invoice_to_dict
from domain.totals import compute_totals
from tests.builders import an_invoice

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
CSV = "ligne;quantité;prix\n1;2;3,50\n".encode()
READABLE = Attachment(
    "F-1-LISIBLE", "LISIBLE", content=PDF, mime_code="application/pdf", filename="facture.pdf"
)
DELIVERY = Attachment("BL-77", "BON_LIVRAISON", content=CSV, mime_code="text/csv", filename="bl-77.csv")
EXTERNAL = Attachment("RIB-1", "RIB", uri="https://example.com/rib.pdf")
# A document named, neither embedded nor linked: EN 16931 asks only for its reference (BR-52), as CEN's own
# ubl-tc434-example5 gives a timesheet; every official layer passes it
REFERENCED = Attachment("TS-2024-11", "DOCUMENT_ANNEXE")


def fatal(invoice) -> set[str]:  # type: ignore[no-untyped-def]
    return {f.rule_id for f in validate_invoice(invoice) if f.is_fatal}


@pytest.mark.parametrize("render", [render_cii, render_ubl])
@pytest.mark.parametrize("profile", [Profile.EN16931, Profile.EXTENDED_CTC_FR])
def test_attachments_round_trip_byte_for_byte(render, profile: Profile) -> None:  # type: ignore[no-untyped-def]
    invoice = compute_totals(an_invoice(attachments=(READABLE, DELIVERY, EXTERNAL, REFERENCED)))

    parsed = parse(render(invoice, profile))

    assert parsed.invoice.attachments == invoice.attachments
    assert parsed.invoice.attachments[0].content == PDF
    assert parsed.unmapped == ()
    assert fatal(invoice) == set()


def test_attachments_survive_the_stored_json() -> None:
    invoice = compute_totals(an_invoice(attachments=(READABLE, EXTERNAL)))

    assert invoice_from_dict(invoice_to_dict(invoice)) == invoice


@pytest.mark.parametrize(
    ("attachments", "rule"),
    [
        (
            (READABLE, READABLE.__class__("F-2", "LISIBLE", uri="https://example.com/2.pdf")),
            "BR-FR-18_BT-123",
        ),
        ((Attachment("X", "PHOTO", uri="https://example.com/x.png"),), "BR-FR-17_BT-123"),
        ((Attachment("", "RIB", uri="https://example.com/rib.pdf"),), "BR-52"),
        ((Attachment("X", "RIB", content=b"x", mime_code="application/zip", filename="x.zip"),), "BR-CL-24"),
        ((Attachment("X", "RIB", content=b"x", mime_code="application/pdf"),), "PDP-ATTACHMENT"),
        ((Attachment("X", "PJA", uri="https://example.com/x"),) * 21, "PDP-ATTACHMENT-LIMIT"),
        (
            (
                Attachment(
                    "X",
                    "PJA",
                    content=b"0" * (MAX_ATTACHMENT_BYTES + 1),
                    mime_code="text/csv",
                    filename="x.csv",
                ),
            ),
            "PDP-ATTACHMENT-LIMIT",
        ),
    ],
)
def test_attachment_rules(attachments: tuple[Attachment, ...], rule: str) -> None:
    assert rule in fatal(compute_totals(an_invoice(attachments=attachments)))
