"""What CII (and the Factur-X that holds it) and UBL carry of the invoice model, and the refusal of an invoice that
holds more than its syntax can: never a silent loss.

EN 16931 has one payment instructions group (BG-16) per invoice, with one remittance information (BT-83) and one
direct debit (BG-19: mandate BT-89, creditor BT-90). The model keeps a `PaymentInstructions` per means of payment,
as UBL repeats `cac:PaymentMeans`, each with its own `cbc:PaymentID` (BT-83) and `cac:PaymentMandate` (BT-89,
BT-91). CII holds BT-83 (`ram:PaymentReference`), BT-89 (`ram:DirectDebitMandateID`) and BT-90
(`ram:CreditorReferenceID`) once per document, and UBL holds BT-90 once, as an identifier of the seller of scheme
SEPA (CEN/TS 16931-3-2), so a seller identifier of that scheme is BT-90 in UBL. UBL has no element for a note's
subject code (BT-21): it is written `#CODE#text`, which a code outside `[A-Za-z0-9]{1,10}`, or a text alone already
in that form, cannot survive. UBL holds BT-82 (payment means text) once (UBL-SR-46), where CII repeats its
`ram:Information` with each means. UBL holds one buyer identifier (BT-46, UBL-SR-16); CII repeats it (FeRD's examples give
a `ram:ID` and a `ram:GlobalID`).

Both syntaxes write amounts with two decimals (BR-DEC-*): an amount whose value that would change (47.0504,
read from a document breaking BR-DEC-23) is not carried either; 10.500 is. Given once, or the same on every
instruction, a term is carried. Otherwise the invoice is refused with
`PDP-NOT-CARRIED`, naming the term and the syntax: by RenderDocument (`api.render` calls `refuse_uncarried`), and at
SubmitInvoice before anything is stored (the wiring's validator adds `uncarried` for the pipeline's syntax).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum

from adapters.documents.ubl_paths import SEPA_SCHEME
from adapters.documents.ubl_reader import split_note
from adapters.documents.ubl_writer import note_text
from domain import invoice as model
from domain.bounds import XML_SPACE
from domain.document_formats import DocumentFormat, NotCarried, document_finding
from domain.findings import Finding, Severity
from domain.rules import validate_invoice
from domain.rules.amounts import bad_amounts

_CENT = Decimal("0.01")
_SYNTAX = {DocumentFormat.CII: "CII", DocumentFormat.FACTURX: "CII", DocumentFormat.UBL: "UBL"}


class Carriage(Enum):
    ONCE = "once per document: two different values cannot both be carried"
    CHECKED = "as the model holds it, but for the values `uncarried` refuses"


# Every field of every class of the invoice model, carried by CII and UBL as the model holds it unless CARRIAGE
# says otherwise. A field of the model missing here fails tests/unit/adapters/documents/test_carrying.py until its
# carrying is stated. The fields marked "derived" are no business term: what they yield is (Invoice.territory is
# read from the VAT rates, exchange_rate yields BT-6 and BT-111, paid_amount and rounding_amount BT-113 and BT-114
# in the totals, readable_copy the LISIBLE attachment).
MODEL_FIELDS: dict[str, str] = {
    "Invoice": "number issue_date type_code currency seller buyer lines processing_rule business_process "
    "specification territory(derived) accounting_currency vat_point_date_code vat_point_date due_date "
    "buyer_reference project_reference contract_reference purchase_order_reference sales_order_reference "
    "receiving_advice_reference despatch_advice_reference tender_reference invoiced_object "
    "buyer_accounting_reference payment_terms notes preceding_invoices payee tax_representative delivery period "
    "payment_instructions allowances_charges vat_breakdown totals paid_amount(derived) rounding_amount(derived) "
    "exchange_rate(derived) attachments readable_copy(derived)",
    "Party": "name trading_name identifiers legal_registration vat_id tax_registration_id legal_form "
    "electronic_address address contact",
    "Identifier": "value scheme",
    "Address": "line1 line2 line3 city postcode subdivision country",
    "Contact": "name phone email",
    "InvoiceLine": "id quantity unit_code net_price item vat_category vat_rate base_quantity gross_price "
    "price_discount allowances_charges net_amount note object_id order_line_reference accounting_reference period "
    "preceding_invoice",
    "Item": "name description seller_id buyer_id standard_id classifications origin_country attributes",
    "AllowanceCharge": "is_charge amount base_amount percentage vat_category vat_rate reason reason_code",
    "Period": "start end",
    "Note": "text subject_code",
    "PrecedingInvoice": "number issue_date",
    "Payee": "name identifier legal_registration",
    "TaxRepresentative": "name vat_id address",
    "Delivery": "party_name location date address",
    "PaymentInstructions": "means_code means_text remittance_information iban account_name bic card_last_digits "
    "card_holder_name mandate_reference creditor_id debited_account",
    "VatBreakdown": "category rate taxable_amount tax_amount exemption_reason exemption_reason_code",
    "Totals": "line_total allowance_total charge_total tax_exclusive tax_total tax_inclusive amount_due paid "
    "rounding tax_total_accounting_currency",
    "Attachment": "reference description uri content mime_code filename",
}

# (class, field) -> syntax -> how that syntax carries it, where it is not as the model holds it
CARRIAGE: dict[tuple[str, str], dict[str, Carriage]] = {
    ("PaymentInstructions", "remittance_information"): {"CII": Carriage.ONCE},
    ("PaymentInstructions", "mandate_reference"): {"CII": Carriage.ONCE},
    ("PaymentInstructions", "creditor_id"): {"CII": Carriage.ONCE, "UBL": Carriage.ONCE},
    ("PaymentInstructions", "means_text"): {"UBL": Carriage.ONCE},
    ("PaymentInstructions", "means_code"): {"CII": Carriage.CHECKED},
    ("Party", "identifiers"): {"UBL": Carriage.CHECKED},
    ("Note", "subject_code"): {"UBL": Carriage.CHECKED},
    ("Note", "text"): {"UBL": Carriage.CHECKED},
}

_ONCE_TERMS = {
    "means_text": "BT-82 (payment means text)",
    "remittance_information": "BT-83 (remittance information)",
    "mandate_reference": "BT-89 (mandate reference)",
    "creditor_id": "BT-90 (SEPA creditor identifier)",
}
# what a CII payment instruction without its means code still carries: the header's BT-83, BT-89, BT-90
_HEADER_ONLY = frozenset(("means_code", "remittance_information", "mandate_reference", "creditor_id"))


def uncarried(invoice: model.Invoice, fmt: DocumentFormat, *, amounts: bool = True) -> list[Finding]:
    """One fatal PDP-NOT-CARRIED finding per term of `invoice` that a document in `fmt` cannot carry. `amounts`:
    also an amount whose value two decimals would change (off where the domain's BR-DEC rules run already)."""
    syntax = _SYNTAX[fmt]
    found = [*_more_than_once(invoice, syntax), *(_cii_only if syntax == "CII" else _ubl_only)(invoice)]
    if amounts:
        found += _rounded(invoice, syntax)
    return [document_finding(NotCarried.rule_id, Severity.FATAL, message, path) for path, message in found]


def refuse_uncarried(invoice: model.Invoice, fmt: DocumentFormat) -> None:
    """NotCarried naming the first term `fmt` cannot carry (the writers call it before writing anything)."""
    findings = uncarried(invoice, fmt)
    if findings:
        raise NotCarried(findings[0].message, findings[0].path)


def emission_validator(document_format: str) -> Callable[[model.Invoice], list[Finding]]:
    """The domain rules plus what the pipeline's syntax (`DOCUMENT_FORMAT`: facturx, cii, ubl) cannot carry:
    SubmitInvoice and ValidateInvoice refuse it before anything is stored, not the pipeline after."""
    fmt = DocumentFormat(document_format.upper())

    def validate(invoice: model.Invoice) -> list[Finding]:  # BR-DEC-* name the amounts past two decimals
        return [*validate_invoice(invoice), *uncarried(invoice, fmt, amounts=False)]

    return validate


def _more_than_once(invoice: model.Invoice, syntax: str) -> Iterator[tuple[str, str]]:
    if len(invoice.payment_instructions) < 2:  # most invoices, on every submit: nothing to compare
        return
    for name, term in _ONCE_TERMS.items():
        values = list(dict.fromkeys(v for m in invoice.payment_instructions if (v := getattr(m, name))))
        once = CARRIAGE[("PaymentInstructions", name)].get(syntax) is Carriage.ONCE
        if once and len(values) > 1:
            given = ", ".join(repr(v) for v in values[:3])
            yield (
                f"BG-16/{term.split(' ', 1)[0]}",
                (
                    f"{syntax} carries one {term} per invoice, as EN 16931 does; this invoice gives {len(values)} "
                    f"different ones ({given}): give one"
                ),
            )


def _rounded(invoice: model.Invoice, syntax: str) -> Iterator[tuple[str, str]]:
    """Both syntaxes write an amount with two decimals (EN 16931's BR-DEC rules): one the rounding would change is
    not carried (a line net amount of 47.0504 read from a document breaking BR-DEC-23 was written 47.05)."""
    for bad in bad_amounts(invoice):
        if bad.too_many_decimals and bad.value != bad.value.quantize(_CENT, ROUND_HALF_UP):
            yield (
                bad.path,
                (
                    f"{syntax} writes amounts with two decimals ({bad.en_rule}): {bad.term} {bad.value} would be "
                    "written rounded"
                ),
            )


def _cii_only(invoice: model.Invoice) -> Iterator[tuple[str, str]]:
    for index, instruction in enumerate(invoice.payment_instructions, 1):
        names = MODEL_FIELDS["PaymentInstructions"].split()
        lost = [name for name in names if name not in _HEADER_ONLY and getattr(instruction, name)]
        if not instruction.means_code and lost:
            yield (
                f"BG-16[{index}]/BT-81",
                (
                    f"CII writes a payment instruction only with its means code BT-81; instruction {index} has none "
                    f"but gives {', '.join(lost)}"
                ),
            )


def _ubl_only(invoice: model.Invoice) -> Iterator[tuple[str, str]]:
    if (
        len(invoice.buyer.identifiers) > 1
    ):  # CII repeats ram:ID and ram:GlobalID; UBL's binding holds BT-46 once
        given = ", ".join(repr(i.value) for i in invoice.buyer.identifiers[:3])
        yield (
            "BG-7/BT-46",
            (
                f"UBL holds one buyer identifier BT-46; this invoice gives {len(invoice.buyer.identifiers)} "
                f"({given}): give one (CEN's UBL-SR-16)"
            ),
        )
    if any(i.scheme == SEPA_SCHEME for i in invoice.seller.identifiers):
        yield (
            "BG-4/BT-29",
            (
                "UBL holds the SEPA creditor identifier BT-90 as a seller identifier of scheme SEPA: give it as the "
                "payment instructions' creditor_id, not as a seller identifier (BT-29)"
            ),
        )
    if (
        invoice.payee is not None
        and invoice.payee.identifier
        and invoice.payee.identifier.scheme == SEPA_SCHEME
    ):
        yield (
            "BG-10/BT-60",
            (
                "UBL reads a payee identifier of scheme SEPA as the SEPA creditor identifier BT-90: give it as the "
                "payment instructions' creditor_id, not as the payee's identifier (BT-60)"
            ),
        )
    for index, note in enumerate(invoice.notes, 1):
        back = split_note(note_text(note.subject_code, note.text))
        if (back.subject_code, back.text.strip(XML_SPACE)) != (note.subject_code, note.text.strip(XML_SPACE)):
            yield (
                f"BG-1[{index}]/BT-21",
                (
                    "UBL writes a note's subject code BT-21 into its text as #CODE#text (CODE: 1 to 10 letters or "
                    f"digits); note {index} (subject code {note.subject_code!r}, text {note.text[:40]!r}) would not "
                    "read back as given"
                ),
            )
