"""One walker reads and writes every group of business terms through a syntax's table (`term_walker`): what it
writes it reads back, in the schema's order; a required amount is refused when missing, an absent total is zero,
alternatives and constants behave as the tables say; a table that misnames or forgets a term does not load."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from lxml import etree

from adapters.documents import cii_paths, ubl_paths
from adapters.documents.semantic_model import GROUPS
from adapters.documents.term_walker import Table
from adapters.documents.xml_reader import Tracker
from domain.document_formats import DocumentError
from domain.invoice import (
    Address,
    Contact,
    Delivery,
    Identifier,
    Payee,
    PaymentInstructions,
    Period,
    PrecedingInvoice,
    TaxRepresentative,
)
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
    "line": replace(
        _ANNEX.lines[1],
        note="Livraison partielle",
        order_line_reference="3",
        accounting_reference="607",
        gross_price=Decimal("10.00"),
        price_discount=Decimal("1.00"),
        preceding_invoice=PrecedingInvoice("F-2026-0041", date(2026, 10, 1)),
    ),
    "tax-representative": TaxRepresentative(
        "Représentant fiscal SARL", "FR32123456789", _ANNEX.seller.address
    ),
    "preceding-invoice": PrecedingInvoice("F-2026-0042", date(2026, 10, 2)),
    "period": Period(date(2026, 11, 1), date(2026, 11, 30)),
    "payment-instructions": replace(
        _ANNEX.payment_instructions[0],
        card_last_digits="1234",
        card_holder_name="J. MARTIN",
        debited_account="FR7630006000011234567890189",
        mandate_reference="MANDAT-12",
        creditor_id="FR12ZZZ123456",
    ),
    "party": replace(_ANNEX.seller, tax_registration_id="FR-TR-77"),  # identifiers with and without a scheme
    "payee": Payee("Affacturage SA", Identifier("PAYEE-7"), Identifier("300000007", "0002")),
    "delivery": Delivery(
        "Entrepôt Sud", Identifier("5412345000013", "0088"), date(2026, 11, 3), _ANNEX.buyer.address
    ),
}


@pytest.mark.parametrize("group", sorted(FULL))
def test_the_round_trip_value_of_a_group_gives_each_of_its_terms_a_value(group: str) -> None:
    """So a term a table stops writing, or reading, fails the round trip below (a party's BT-32 as its BT-29)."""
    value = FULL[group]
    terms = GROUPS[group].terms.values()
    # a group term's nothing: its model with no value, or None where the model needs one (a line's invoice reference)
    empty = {term.field: _nothing(GROUPS[term.group].model) if term.group else None for term in terms}

    assert [name for name, nothing in empty.items() if getattr(value, name) in (nothing, "", ())] == []


def _nothing(model: type) -> object:
    try:
        return model()
    except TypeError:
        return None


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

    tracker = Tracker(holder, dict(table.syntax.namespaces))
    read = table.read(tracker, holder)

    expected = {f: getattr(value, f) for f in read}
    assert read == expected
    left_to_the_caller = set(GROUPS[group].terms) - set(read)
    assert left_to_the_caller <= {
        name for name, path in table.paths.items() if not path or path.endswith("/")
    }
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

    read = table.read(Tracker(holder, dict(table.syntax.namespaces)), holder)

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
        table.read(Tracker(holder, dict(table.syntax.namespaces)), holder, "BG-20/21")


def test_cii_reads_a_department_where_no_person_is_named_and_writes_the_person() -> None:
    table = cii_paths.TABLES["contact"]
    ram = cii_paths.RAM_NS
    holder = etree.Element(HOLDER)
    etree.SubElement(holder, f"{{{ram}}}DepartmentName").text = "Comptabilité"

    read = table.read(Tracker(holder, cii_paths.NSMAP), holder)
    written = _written("CII", "contact", Contact(**read))

    assert read["name"] == "Comptabilité"
    assert written[0].tag == f"{{{ram}}}PersonName"


def test_a_constant_of_the_table_is_written_and_read_as_seen() -> None:
    holder = _written("CII", "vat-breakdown", FULL["vat-breakdown"])
    tracker = Tracker(holder, cii_paths.NSMAP)

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


def _means(syntax: str, instruction: PaymentInstructions, profile: str = "") -> etree._Element:
    holder = etree.Element(HOLDER)
    SYNTAXES[syntax].TABLES["payment-instructions"].writer(profile)(holder, instruction)
    return etree.fromstring(etree.tostring(holder))


def _names(holder: etree._Element) -> list[str]:
    return [etree.QName(e).localname for e in holder.iter() if e is not holder]


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_terms_sharing_an_aggregate_are_written_into_one_element(syntax: str) -> None:
    holder = _means(syntax, FULL["payment-instructions"])

    account = "PayeePartyCreditorFinancialAccount" if syntax == "CII" else "PayeeFinancialAccount"
    card = "ApplicableTradeSettlementFinancialCard" if syntax == "CII" else "CardAccount"
    assert _names(holder).count(account) == 1
    assert _names(holder).count(card) == 1


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_a_card_holder_without_the_cards_number_writes_no_card(syntax: str) -> None:
    """`!`: the card's number decides its aggregate (the schema requires it there)."""
    holder = _means(syntax, replace(FULL["payment-instructions"], card_last_digits=""))

    assert not {
        "ApplicableTradeSettlementFinancialCard",
        "CardAccount",
        "CardholderName",
        "HolderName",
    } & set(_names(holder))


def test_ubl_writes_a_gross_price_without_discount_with_a_zero_discount_and_a_discount_without_gross() -> (
    None
):
    """`+`: cbc:Amount stands in every price allowance; BT-148 (cbc:BaseAmount) is optional there, so a discount
    (BT-147) made elsewhere without a gross price is written as it came."""
    line = FULL["line"]
    gross_only = _written("UBL", "line", replace(line, price_discount=None))
    discount_only = _written("UBL", "line", replace(line, gross_price=None))

    assert [e.text for e in gross_only.iterfind("{*}Price/{*}AllowanceCharge/*")] == ["false", "0", "10.00"]
    assert [e.text for e in discount_only.iterfind("{*}Price/{*}AllowanceCharge/*")] == ["false", "1.00"]


def test_ubl_writes_the_means_text_as_the_name_of_its_means_code() -> None:
    holder = _means("UBL", FULL["payment-instructions"])

    code = holder.find("{*}PaymentMeansCode")
    assert code is not None and (code.text, code.get("name")) == ("30", "Virement")


def test_basic_wl_leaves_out_what_its_schema_has_no_room_for() -> None:
    full = _names(_means("CII", FULL["payment-instructions"]))
    basic = _names(_means("CII", FULL["payment-instructions"], "BASICWL"))

    assert set(full) - set(basic) == {
        "Information",
        "ApplicableTradeSettlementFinancialCard",
        "ID",
        "CardholderName",
        "AccountName",
        "PayeeSpecifiedCreditorFinancialInstitution",
        "BICID",
    }
    assert basic == [
        "TypeCode",
        "PayerPartyDebtorFinancialAccount",
        "IBANID",
        "PayeePartyCreditorFinancialAccount",
        "IBANID",
    ]


def test_a_slot_inside_an_aggregate_is_written_there_and_only_when_given() -> None:
    table = cii_paths.TABLES["line"]
    given, left = etree.Element(HOLDER), etree.Element(HOLDER)
    quantity = f"{{{cii_paths.RAM_NS}}}BilledQuantity"

    table.write(given, FULL["line"], slots={"quantity": lambda e: etree.SubElement(e, quantity)})
    table.write(left, FULL["line"])

    assert len(given.findall("{*}SpecifiedLineTradeDelivery/{*}BilledQuantity")) == 1
    assert left.find("{*}SpecifiedLineTradeDelivery") is None


def test_a_table_whose_aggregate_is_split_by_another_entry_does_not_load() -> None:
    paths = cii_paths.TABLES["line"].paths
    names = [name for name in paths if name != "accounting_reference"]
    names.insert(1, "accounting_reference")  # between the two terms of the line's document

    with pytest.raises(ValueError, match="is not next to the entries sharing it"):
        Table(
            cii_paths.TABLES["line"].syntax,
            GROUPS["line"],
            {name: paths[name] for name in names},
            groups=cii_paths.TABLES["line"].groups,
        )


def test_a_profile_leaves_out_a_terms_element_not_the_aggregate_it_shares() -> None:
    """As the writers always did: BASIC WL has no account name (BT-85), but has the account it stands in."""
    basic = _means("CII", PaymentInstructions("30", account_name="Compte courant"), "BASICWL")

    assert _names(basic) == ["TypeCode", "PayeePartyCreditorFinancialAccount"]


def test_ubl_writes_na_for_the_order_id_of_a_sales_order_alone() -> None:
    """`+NA`: cbc:ID is required in cac:OrderReference; the reader takes NA beside a sales order as no BT-13."""
    holder = etree.Element(HOLDER)
    invoice = replace(_ANNEX, purchase_order_reference="", sales_order_reference="SO-1")

    ubl_paths.TABLES["references"].write(holder, invoice)

    order = holder.find(f"{{{ubl_paths.CAC_NS}}}OrderReference")
    assert order is not None and [e.text for e in order] == ["NA", "SO-1"]


def test_cii_writes_a_constant_attribute_on_the_element_of_the_term_before() -> None:
    holder = _written("CII", "tax-representative", FULL["tax-representative"])

    vat_id = holder.find("{*}SpecifiedTaxRegistration/{*}ID")
    assert vat_id is not None and (vat_id.text, vat_id.get("schemeID")) == ("FR32123456789", "VA")


def test_cii_writes_bt_26_as_the_qualified_date_its_element_takes() -> None:
    holder = _written("CII", "preceding-invoice", FULL["preceding-invoice"])

    written = holder.find("{*}FormattedIssueDateTime/*")
    assert written is not None and written.tag == f"{{{cii_paths.QDT_NS}}}DateTimeString"
    assert (written.text, written.get("format")) == ("20261002", "102")


def test_cii_writes_an_identifier_without_a_scheme_as_id_and_one_with_a_scheme_as_global_id() -> None:
    holder = _written("CII", "party", FULL["party"])

    written = [(etree.QName(e).localname, e.text, e.get("schemeID")) for e in holder[:3]]
    assert written == [
        ("ID", "PRIVATE_123", None),
        ("GlobalID", "587451236587", "0088"),
        ("GlobalID", "10000000900017", "0009"),
    ]


def test_cii_writes_every_id_before_every_global_id_whatever_the_model_s_order() -> None:
    # CEN's Invoice-Max_content.xml (UBL) gives its seller a GLN, then an identifier without a scheme: written in that
    # order, the CII had ram:GlobalID before ram:ID, which its schema refuses (XSD)
    party = FULL["party"]
    scheme_first = replace(party, identifiers=(*party.identifiers[1:], party.identifiers[0]))
    assert scheme_first.identifiers[0].scheme and not scheme_first.identifiers[-1].scheme
    holder = _written("CII", "party", scheme_first)

    written = [(etree.QName(e).localname, e.text) for e in holder[:3]]
    assert written == [("ID", "PRIVATE_123"), ("GlobalID", "587451236587"), ("GlobalID", "10000000900017")]


def test_cii_writes_a_single_identifier_by_its_scheme_too() -> None:
    with_scheme = _written("CII", "delivery", FULL["delivery"])
    without = _written("CII", "delivery", replace(FULL["delivery"], location=Identifier("QUAI-4")))

    def ship_to(holder: etree._Element) -> list[str]:
        return [etree.QName(e).localname for e in holder.iterfind("{*}ShipToTradeParty/*")]

    assert ship_to(with_scheme) == ["GlobalID", "Name", "PostalTradeAddress"]
    assert ship_to(without) == ["ID", "Name", "PostalTradeAddress"]


def _cii_holder(*children: tuple[str, str, str]) -> etree._Element:
    holder = etree.Element(HOLDER)
    for name, text, scheme in children:
        element = etree.SubElement(
            holder, f"{{{cii_paths.RAM_NS}}}{name}", {"schemeID": scheme} if scheme else {}
        )
        element.text = text
    return holder


def test_cii_reads_a_single_identifier_as_the_first_id_or_global_id_and_reports_a_second() -> None:
    """BT-60 (BT-71): whichever of ID and GlobalID comes first; the other is not dropped silently."""
    holder = _cii_holder(("GlobalID", "5412345000013", "0088"), ("ID", "PRIVATE", ""), ("Name", "Tiers", ""))
    tracker = Tracker(holder, cii_paths.NSMAP)

    read = cii_paths.TABLES["payee"].read(tracker, holder)

    assert read["identifier"] == Identifier("5412345000013", "0088")
    assert [finding.location for finding in tracker.unmapped()] == ["/Holder/ram:ID"]


def _registrations(*schemes: str) -> etree._Element:
    holder = etree.Element(HOLDER)
    for scheme in schemes:
        registration = etree.SubElement(holder, f"{{{cii_paths.RAM_NS}}}SpecifiedTaxRegistration")
        if not scheme:
            continue
        identifier = etree.SubElement(registration, f"{{{cii_paths.RAM_NS}}}ID", schemeID=scheme)
        identifier.text = f"N-{scheme}"
    return holder


def test_cii_tells_the_tax_registrations_apart_by_their_scheme_whatever_their_order() -> None:
    holder = _registrations("FC", "VA", "XX", "VA", "")
    tracker = Tracker(holder, cii_paths.NSMAP)

    read = cii_paths.TABLES["party"].read(tracker, holder)

    assert (read["vat_id"], read["tax_registration_id"]) == ("N-VA", "N-FC")
    assert [finding.location for finding in tracker.unmapped()] == [
        "/Holder/ram:SpecifiedTaxRegistration[3]/ram:ID",  # an unknown scheme
        "/Holder/ram:SpecifiedTaxRegistration[4]/ram:ID",  # a second VAT identifier
        "/Holder/ram:SpecifiedTaxRegistration[5]",  # none: nothing tells what it is
    ]


def _tax_schemes(*schemes: str) -> etree._Element:
    holder = etree.Element(HOLDER)
    for scheme in schemes:
        tax_scheme = etree.SubElement(holder, f"{{{ubl_paths.CAC_NS}}}PartyTaxScheme")
        etree.SubElement(tax_scheme, f"{{{ubl_paths.CBC_NS}}}CompanyID").text = f"N-{scheme}"
        kind = etree.SubElement(tax_scheme, f"{{{ubl_paths.CAC_NS}}}TaxScheme")
        etree.SubElement(kind, f"{{{ubl_paths.CBC_NS}}}ID").text = scheme
    return holder


def test_ubl_reads_the_vat_scheme_as_bt_31_and_any_other_as_bt_32_and_reports_a_third() -> None:
    holder = _tax_schemes("GST", "VAT", "VAT")
    tracker = Tracker(holder, dict(ubl_paths.TABLES["party"].syntax.namespaces))

    read = ubl_paths.TABLES["party"].read(tracker, holder)

    assert (read["vat_id"], read["tax_registration_id"]) == ("N-VAT", "N-GST")
    assert [finding.location for finding in tracker.unmapped()] == [
        "/Holder/cac:PartyTaxScheme[3]/cbc:CompanyID"
    ]


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_each_tax_registration_is_written_in_an_aggregate_of_its_own_holding_its_scheme(syntax: str) -> None:
    holder = _written(syntax, "party", FULL["party"])

    if syntax == "CII":
        found = [(e.text, e.get("schemeID")) for e in holder.iterfind("{*}SpecifiedTaxRegistration/{*}ID")]
        assert found == [("FR88100000009", "VA"), ("FR-TR-77", "FC")]
    else:
        found = [
            (e.findtext("{*}CompanyID"), e.findtext("{*}TaxScheme/{*}ID"))
            for e in holder.iterfind("{*}PartyTaxScheme")
        ]
        assert found == [("FR88100000009", "VAT"), ("FR-TR-77", "TAX")]


def test_a_table_telling_an_aggregate_apart_by_a_constant_it_does_not_hold_does_not_load() -> None:
    paths = dict(cii_paths.TABLES["party"].paths)
    del paths["=FC"]

    with pytest.raises(ValueError, match="no constant 'FC' in its aggregate tells it apart"):
        Table(cii_paths.TABLES["party"].syntax, GROUPS["party"], paths, groups=cii_paths.TABLES)


def test_a_choice_by_scheme_is_refused_for_a_term_that_is_no_identifier() -> None:
    paths = {**cii_paths.TABLES["payee"].paths, "name": "ram:Name|ram:GlobalName[@schemeID]"}

    with pytest.raises(ValueError, match="chooses between two elements of one aggregate"):
        Table(cii_paths.TABLES["payee"].syntax, GROUPS["payee"], paths)


def test_basic_wl_leaves_out_the_partys_legal_form_and_contact_and_keeps_its_legal_organization() -> None:
    holder = etree.Element(HOLDER)
    cii_paths.TABLES["party"].writer("BASICWL")(holder, FULL["party"])

    assert not {"Description", "DefinedTradeContact"} & set(_names(holder))
    assert holder.findtext("{*}SpecifiedLegalOrganization/{*}TradingBusinessName") == "VENDEUR NOM COMMERCIAL"


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_a_group_a_group_holds_is_written_by_its_own_table_and_read_back(syntax: str) -> None:
    """A party's address (BG-5) and contact (BG-6): terms of kind group, in elements of their own."""
    holder = _written(syntax, "party", FULL["party"])
    address, contact = (
        ("PostalTradeAddress", "DefinedTradeContact") if syntax == "CII" else ("PostalAddress", "Contact")
    )

    assert holder.findtext(f"{{*}}{address}/{{*}}CityName") == "PARIS"
    assert [etree.QName(e).localname for e in holder.iterfind(f"{{*}}{contact}/*")][0] in (
        "PersonName",
        "Name",
    )


@pytest.mark.parametrize("syntax", sorted(SYNTAXES))
def test_a_required_group_is_written_even_empty_and_read_empty_when_absent_an_optional_one_is_none(
    syntax: str,
) -> None:
    party = replace(FULL["party"], address=Address(), contact=None)
    table = SYNTAXES[syntax].TABLES["party"]
    written = _written(syntax, "party", party)
    address = "PostalTradeAddress" if syntax == "CII" else "PostalAddress"
    empty = etree.Element(HOLDER)

    read = table.read(Tracker(empty, dict(table.syntax.namespaces)), empty)

    assert [len(e) for e in written.iterfind(f"{{*}}{address}")] == [0]
    assert not {"DefinedTradeContact", "Contact"} & set(_names(written))
    assert (read["address"], read["contact"]) == (Address(), None)


def test_a_table_holding_a_group_whose_table_is_not_loaded_before_does_not_load() -> None:
    table = cii_paths.TABLES["delivery"]

    with pytest.raises(ValueError, match=r"the tables of \['address'\] come before BG-13's"):
        Table(table.syntax, GROUPS["delivery"], table.paths)


def test_a_table_holding_a_group_writes_it_as_the_profile_leaves_it_even_leaving_nothing_out_itself() -> None:
    """The references hold the parties: BASIC WL's writer of a references table with no leave-out of its own
    still writes them without BT-33 and BG-6, as the party table's leave-out says."""
    table = cii_paths.TABLES["references"]
    own = Table(table.syntax, GROUPS["references"], table.paths, {}, groups=cii_paths.TABLES)
    holder = etree.Element(HOLDER)

    own.writer("BASICWL")(holder, _ANNEX)

    seller = holder.find("{*}ApplicableHeaderTradeAgreement/{*}SellerTradeParty")
    assert seller is not None and seller.findtext("{*}Name") == "LE VENDEUR"
    assert not {"Description", "DefinedTradeContact"} & set(_names(seller))
