"""Whom the directory is asked about: the buyer, or the seller of a self-billed document, by its type code."""

from __future__ import annotations

from domain.invoice import DocumentType
from service.workers.pipeline.directory import recipient
from tests.builders import a_buyer, a_seller, an_invoice


def test_an_invoice_goes_to_its_buyer() -> None:
    invoice = an_invoice()
    found = recipient(invoice)
    assert found.party == invoice.buyer
    assert found.address_term == "the buyer's electronic address (BT-49)"


def test_a_self_billed_invoice_goes_to_its_seller() -> None:
    invoice = an_invoice(type_code=DocumentType.SELF_BILLED_INVOICE, seller=a_seller(), buyer=a_buyer())
    found = recipient(invoice)
    assert found.party == invoice.seller
    assert found.siren_term == "the seller's legal registration (BT-30)"


def test_a_self_billed_invoice_whose_parties_are_one_object_is_still_sent_to_its_seller() -> None:
    # chosen by object identity, a document built with one Party for both was named by its buyer's terms
    party = a_seller()
    invoice = an_invoice(type_code=DocumentType.SELF_BILLED_INVOICE, seller=party, buyer=party)
    assert (
        recipient(invoice).address_term
        == "the seller's electronic address (BT-34) of this self-billed document"
    )
