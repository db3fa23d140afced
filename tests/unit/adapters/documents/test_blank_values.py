"""The readers strip what normalize-space() strips (XML whitespace), nothing more: a no-break space is content."""

from __future__ import annotations

from pathlib import Path

from adapters.documents.api import parse

CII = (Path(__file__).parents[3] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()


def _with_seller_name(name: str) -> bytes:
    return CII.replace(b"<ram:Name>ATELIERS DU RHONE SAS</ram:Name>", f"<ram:Name>{name}</ram:Name>".encode())


def test_a_seller_name_of_one_no_break_space_is_read_as_it_is():
    assert parse(_with_seller_name("\u00a0")).invoice.seller.name == "\u00a0"


def test_xml_whitespace_around_a_value_is_stripped():
    assert parse(_with_seller_name(" \t\nACME\r\n ")).invoice.seller.name == "ACME"
