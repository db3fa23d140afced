"""Attachment limits with the readable copy the gateway is asked to add (readable_copy): it counts as one more
attachment and as one more readable copy, and the messages say so; the total size at its exact limit, an attachment
given by its location only counting 0 bytes."""

from __future__ import annotations

from domain.invoice import Attachment, Invoice
from domain.rules import validate_invoice
from domain.rules.attachments import MAX_ATTACHMENT_BYTES, MAX_TOTAL_BYTES
from tests.unit.domain.rules.helpers import valid

MIB = 1024 * 1024


def _pdf(reference: str, size: int = 10, description: str = "RIB") -> Attachment:
    return Attachment(
        reference, description, content=b"x" * size, mime_code="application/pdf", filename=f"{reference}.pdf"
    )


def _found(invoice: Invoice) -> list[tuple[str, str, str]]:
    limits = ("PDP-ATTACHMENT-LIMIT", "BR-FR-18_BT-123")
    return [(f.rule_id, f.path, f.message) for f in validate_invoice(invoice) if f.rule_id in limits]


def test_the_readable_copy_asked_for_counts_as_one_more_attachment() -> None:
    nineteen = tuple(_pdf(f"R{i}") for i in range(19))
    assert _found(valid(1).evolve(attachments=nineteen, readable_copy=True)) == []
    twenty = (*nineteen, _pdf("R19"))
    assert _found(valid(1).evolve(attachments=twenty, readable_copy=False)) == []
    assert _found(valid(1).evolve(attachments=twenty, readable_copy=True)) == [
        (
            "PDP-ATTACHMENT-LIMIT",
            "BG-24",
            "An invoice carries at most 20 attachments (BG-24); found 20 and the readable copy the gateway is asked to add.",
        )
    ]


def test_the_readable_copy_asked_for_counts_as_one_more_readable_copy() -> None:
    one = (_pdf("L1", description="LISIBLE"),)
    assert _found(valid(1).evolve(attachments=one, readable_copy=False)) == []
    assert _found(valid(1).evolve(attachments=one, readable_copy=True)) == [
        (
            "BR-FR-18_BT-123",
            "BG-24/BT-123",
            "At most one attachment is the readable copy (BT-123 = LISIBLE); found 1, and the gateway is asked to add "
            "its own (readable_copy).",
        )
    ]


def test_attachments_totalling_the_limit_exactly_pass_and_one_located_by_uri_weighs_nothing() -> None:
    assert 2 * MAX_ATTACHMENT_BYTES + 6 * MIB == MAX_TOTAL_BYTES
    exact = (_pdf("A", MAX_ATTACHMENT_BYTES), _pdf("B", MAX_ATTACHMENT_BYTES), _pdf("C", 6 * MIB))
    located = Attachment("D", "RIB", uri="https://example.invalid/d.pdf")
    assert _found(valid(1).evolve(attachments=(*exact, located))) == []
    assert _found(valid(1).evolve(attachments=(*exact, _pdf("E", 1)))) == [
        (
            "PDP-ATTACHMENT-LIMIT",
            "BG-24",
            f"The attachments of an invoice total at most 20 MiB; these total {MAX_TOTAL_BYTES + 1} bytes.",
        )
    ]
