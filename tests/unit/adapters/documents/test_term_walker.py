"""One walker reads and writes every group of business terms through a syntax's table (`term_walker`): what it
writes it reads back, in the schema's order; a required amount is refused when missing, an absent total is zero,
alternatives and constants behave as the tables say; a table that misnames or forgets a term does not load."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from lxml import etree

from adapters.documents import cii_paths, ubl_paths
from adapters.documents.semantic_model import GROUPS
from adapters.documents.term_walker import Table
from adapters.documents.xml_reader import Tracker
from domain.document_formats import DocumentError
from domain.invoice import Contact, Identifier
from domain.money import ZERO
from domain.totals import compute_totals
from tests.document_examples import annex_b_full

SYNTAXES = {"CII": cii_paths, "UBL": ubl_paths}
HOLDER = "{urn:test}Holder"

# Every term the writers take from a table, each with a value (Annex B's full example, completed), so a term
# written and not read (or the reverse) shows as a difference.
_ANNEX = compute_totals(annex_b_full())
assert _ANNEX.totals is not None and _ANNEX.vat_breakdown and _ANNEX.seller.contact
FULL = {
    "address": replace(_ANNEX.buyer.address, subdivision="Alpes-Maritimes"),
    "contact": _ANNEX.seller.contact,
    "totals": replace(_ANNEX.totals, paid=Decimal("18.70"), rounding=Decimal("0.01")),
    "allowance-charge": _ANNEX.allowances_charges[0],
    "vat-breakdown": _ANNEX.vat_breakdown[0],
    "item": replace(
        _ANNEX.lines[1].item, classifications=(Identifier("SKU2578", "SK"), Identifier("A-9", "ZZZ"))
    ),
}


def _written(syntax: str, group: str, value: object) -> etree._Element:
    holder = etree.Element(HOLDER)
    SYNTAXES[syntax].TABLES[group].write(holder, value, currency="EUR")
    return etree.fromstring(etree.tostring(holder))


@pytest.mark.parametrize("group", sorted(FULL))
@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_every_term_a_table_writes_is_read_back(syntax: str, group: str) -> None:
    value = FULL[group]
    table = SYNTAXES[syntax].TABLES[group]
    holder = _written(syntax, group, value)

    tracker = Tracker(holder, dict(table.syntax.namespaces), syntax.lower())
    read = table.read(tracker, holder)

    expected = {f: getattr(value, f) for f in read}
    assert read == expected
    left_to_the_caller = set(GROUPS[group].terms) - set(read)
    assert left_to_the_caller <= {name for name, path in table.paths.items() if not path}
    assert tracker.unmapped() == ()  # nothing written that the reader leaves unread


def test_the_terms_are_written_in_the_order_of_the_syntax_table() -> None:
    holder = _written("UBL", "address", FULL["address"])

    assert [etree.QName(e).localname for e in holder] == [
        "StreetName",
        "AdditionalStreetName",
        "CityName",
        "PostalZone",
        "CountrySubentity",
        "AddressLine",
        "Country",
    ]


def test_ubl_puts_the_currency_on_every_amount_and_cii_on_none() -> None:
    ubl = _written("UBL", "totals", FULL["totals"])
    cii = _written("CII", "totals", FULL["totals"])

    assert {e.get("currencyID") for e in ubl} == {"EUR"}
    assert {e.get("currencyID") for e in cii} == {None}


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_a_zero_paid_amount_is_not_written_and_any_zero_total_reads_back_as_the_models_zero(
    syntax: str,
) -> None:
    totals = replace(FULL["totals"], allowance_total=ZERO, paid=ZERO, rounding=ZERO)
    table = SYNTAXES[syntax].TABLES["totals"]
    holder = _written(syntax, "totals", totals)

    read = table.read(Tracker(holder, dict(table.syntax.namespaces), "t"), holder)

    assert len(holder) == 6  # BT-107 written as 0.00, BT-113 and BT-114 left out
    assert [str(read[f]) for f in ("allowance_total", "paid", "rounding")] == ["0", "0", "0"]


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_a_missing_required_amount_is_refused_naming_its_place_and_term(syntax: str) -> None:
    table = SYNTAXES[syntax].TABLES["allowance-charge"]
    holder = _written(syntax, "allowance-charge", FULL["allowance-charge"])
    amount = holder.find(".//{*}ActualAmount") if syntax == "CII" else holder.find("{*}Amount")
    assert amount is not None
    holder.remove(amount)

    with pytest.raises(DocumentError, match=r"^BG-20/21/amount is missing$"):
        table.read(Tracker(holder, dict(table.syntax.namespaces), "t"), holder, "BG-20/21")


def test_cii_reads_a_department_where_no_person_is_named_and_writes_the_person() -> None:
    table = cii_paths.TABLES["contact"]
    ram = cii_paths.RAM_NS
    holder = etree.Element(HOLDER)
    etree.SubElement(holder, f"{{{ram}}}DepartmentName").text = "Comptabilité"

    read = table.read(Tracker(holder, cii_paths.NSMAP, "cii"), holder)
    written = _written("CII", "contact", Contact(**read))

    assert read["name"] == "Comptabilité"
    assert written[0].tag == f"{{{ram}}}PersonName"


def test_a_constant_of_the_table_is_written_and_read_as_seen() -> None:
    holder = _written("CII", "vat-breakdown", FULL["vat-breakdown"])
    tracker = Tracker(holder, cii_paths.NSMAP, "cii")

    cii_paths.TABLES["vat-breakdown"].read(tracker, holder, "BG-23")

    type_code = holder.find(f"{{{cii_paths.RAM_NS}}}TypeCode")
    assert type_code is not None and type_code.text == "VAT"
    assert tracker.unmapped() == ()


def test_a_table_naming_a_term_its_group_does_not_hold_does_not_load() -> None:
    paths = {**cii_paths.TABLES["address"].paths, "street": "ram:Street"}

    with pytest.raises(ValueError, match="'street' is no term of BG-5"):
        Table(cii_paths.TABLES["address"].syntax, GROUPS["address"], paths)


def test_a_table_forgetting_a_term_of_its_group_does_not_load() -> None:
    paths = {k: v for k, v in cii_paths.TABLES["address"].paths.items() if k != "city"}

    with pytest.raises(ValueError, match=r"no path for \['city'\]"):
        Table(cii_paths.TABLES["address"].syntax, GROUPS["address"], paths)


def test_both_syntaxes_place_every_group_of_the_semantic_model() -> None:
    assert set(cii_paths.TABLES) == set(ubl_paths.TABLES) == set(GROUPS)
