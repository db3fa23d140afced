"""What both readers share (`adapters/documents/reading.py`), on documents made elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from adapters.documents.api import parse
from domain.document_formats import DocumentError
from domain.findings import Severity

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


@pytest.mark.parametrize("zone", ["+01:00", "Z", "-14:00"])
def test_a_ubl_date_with_its_time_zone_is_read_as_its_day_and_the_zone_reported_not_carried(
    zone: str,
) -> None:
    # xsd:date allows a time zone and the official layers accept it: KoSIT's 2016-2018 test invoices give one
    # (`2016-04-04+01:00`); the gateway refused them as "not a date"
    ubl = (CEN_UBL / "ubl-tc434-example5.xml").read_bytes()
    issued = re.search(rb"<cbc:IssueDate>([^<]+)</cbc:IssueDate>", ubl)
    assert issued is not None
    zoned = ubl.replace(
        issued.group(0), b"<cbc:IssueDate>%s%s</cbc:IssueDate>" % (issued.group(1), zone.encode())
    )

    parsed = parse(zoned)

    assert parsed.invoice == parse(ubl).invoice
    (lost,) = [f for f in parsed.unmapped if f.location.endswith("cbc:IssueDate")]
    assert lost.rule_id == "PDP-UNMAPPED" and lost.severity is Severity.WARNING
    assert (
        lost.message
        == f"BT-2: the time zone {zone!r} of '{issued.group(1).decode()}{zone}' is not carried, the date is"
    )


@pytest.mark.parametrize(
    "text", ["2016-04-04+15:00", "2016-04-04+1:00", "2016-04-04 +01:00", "2016-04-04T10:00"]
)
def test_a_ubl_date_with_anything_else_after_the_day_is_still_refused(text: str) -> None:
    ubl = (CEN_UBL / "ubl-tc434-example5.xml").read_bytes()
    bad = re.sub(
        rb"<cbc:IssueDate>[^<]+</cbc:IssueDate>", b"<cbc:IssueDate>%s</cbc:IssueDate>" % text.encode(), ubl
    )

    with pytest.raises(DocumentError, match=r"^BT-2: .* is not a date$"):
        parse(bad)
