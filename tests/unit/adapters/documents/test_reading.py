"""What both readers share (`adapters/documents/reading.py`), on documents made elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.documents.api import parse
from domain.document_formats import DocumentError

CEN_UBL = Path(__file__).resolve().parents[3] / "fixtures" / "documents-made-elsewhere" / "cen-examples"


def test_a_vat_category_the_gateway_does_not_carry_is_refused_naming_the_ones_it_does() -> None:
    # CEN's Italian example "FT G2G_TD01 con Allegato, Bonifico e Split Payment" is valid on EN 16931 with B, a
    # UNCL5305 code BR-CL-18 accepts: the refusal must not say it is none
    ubl = (
        (CEN_UBL / "ubl-tc434-example5.xml")
        .read_bytes()
        .replace(b"<cbc:ID>S</cbc:ID>", b"<cbc:ID>B</cbc:ID>")
    )

    with pytest.raises(DocumentError) as refused:
        parse(ubl)

    message = str(refused.value)
    assert "UNTDID 5305 code" not in message
    assert "VAT category 'B' is not one the gateway carries (S, Z, E, AE, K, G, O, L, M" in message
    assert "BR-B-01" in message
