"""Never a silent loss on writing: every field of the model has its carrying stated per syntax, and an invoice
holding what its syntax cannot carry is refused naming the term and the syntax (RenderDocument, SubmitInvoice),
while what the syntax can carry reads back as given."""

from __future__ import annotations

import asyncio
import dataclasses
import pickle
import typing
from dataclasses import replace
from decimal import Decimal

import pytest

from adapters.documents.api import parse, render
from adapters.documents.carrying import CARRIAGE, MODEL_FIELDS, emission_validator, uncarried
from adapters.documents.checking import DOCUMENT_TOOLS
from domain import invoice as model
from domain.document_formats import DocumentFormat, NotCarried, Profile
from domain.emission import ProcessingState
from domain.errors import InvoiceRejected
from domain.invoice import Identifier, Note, PaymentInstructions
from domain.totals import compute_totals
from service.usecases.emission.documents import render_document
from service.usecases.emission.invoices import SubmitInvoice, submit_invoice
from tests.builders import SELLER_SIREN, an_invoice
from tests.fakes import FakeUnitOfWork, FixedClock

CII, UBL, FACTURX = DocumentFormat.CII, DocumentFormat.UBL, DocumentFormat.FACTURX
TRANSFER = PaymentInstructions(means_code="58", iban="FR7630006000011234567890189", bic="AGRIFRPP")
DEBIT = PaymentInstructions(means_code="59", debited_account="FR7610107001011234567890129")


def _model_classes(cls: type, found: dict[str, type]) -> dict[str, type]:
    found[cls.__name__] = cls
    for hint in typing.get_type_hints(cls).values():
        for arg in (
            hint,
            *typing.get_args(hint),
            *(a for h in typing.get_args(hint) for a in typing.get_args(h)),
        ):
            if dataclasses.is_dataclass(arg) and isinstance(arg, type) and arg.__name__ not in found:
                _model_classes(arg, found)
    return found


def test_every_field_of_the_invoice_model_has_its_carrying_stated() -> None:
    classes = _model_classes(model.Invoice, {})
    stated = {name: [f.split("(")[0] for f in fields.split()] for name, fields in MODEL_FIELDS.items()}
    assert {name: [f.name for f in dataclasses.fields(cls)] for name, cls in classes.items()} == stated
    assert {(c, f) for c, f in CARRIAGE} <= {(c, f) for c, fields in stated.items() for f in fields}


def _read_back(invoice: model.Invoice, fmt: DocumentFormat) -> model.Invoice:
    return parse(render(invoice, fmt, Profile.EN16931).content).invoice


def _with_instructions(*instructions: PaymentInstructions) -> model.Invoice:
    return compute_totals(an_invoice(payment_instructions=instructions))


# (term, syntaxes holding it once per document)
ONCE = [
    ("remittance_information", "BT-83", (CII, FACTURX)),
    ("mandate_reference", "BT-89", (CII, FACTURX)),
    ("creditor_id", "BT-90", (CII, FACTURX, UBL)),
    ("means_text", "BT-82", (UBL,)),  # CII repeats ram:Information; UBL-SR-46: one @name
]


@pytest.mark.parametrize(("term", "bt", "once_in"), ONCE, ids=[t for t, _, _ in ONCE])
@pytest.mark.parametrize("fmt", [CII, UBL, FACTURX], ids=lambda f: f.value)
def test_two_different_values_of_a_term_held_once_are_refused_naming_it_and_carried_where_the_syntax_repeats_it(
    term: str, bt: str, once_in: tuple[DocumentFormat, ...], fmt: DocumentFormat
) -> None:
    invoice = _with_instructions(replace(TRANSFER, **{term: "REF-A"}), replace(DEBIT, **{term: "REF-B"}))
    if fmt in once_in:
        with pytest.raises(NotCarried) as refused:
            render(invoice, fmt, Profile.EN16931)
        syntax = "UBL" if fmt is UBL else "CII"
        assert str(refused.value).startswith(f"{syntax} carries one {bt} ")
        assert "'REF-A', 'REF-B'" in str(refused.value) and refused.value.path == f"BG-16/{bt}"
        return
    back = _read_back(invoice, fmt)
    assert [getattr(m, term) for m in back.payment_instructions] == ["REF-A", "REF-B"]


@pytest.mark.parametrize("fmt", [CII, UBL, FACTURX], ids=lambda f: f.value)
def test_one_value_given_on_every_instruction_is_carried(fmt: DocumentFormat) -> None:
    same = {"remittance_information": "REF-A", "creditor_id": "FR12ZZZ123456"}
    invoice = _with_instructions(replace(TRANSFER, **same), replace(DEBIT, **same))
    assert uncarried(invoice, fmt) == []
    back = _read_back(invoice, fmt)
    assert back.payment_instructions[0].remittance_information == "REF-A"
    assert back.payment_instructions[0].creditor_id == "FR12ZZZ123456"


@pytest.mark.parametrize("fmt", [CII, UBL], ids=lambda f: f.value)
def test_a_buyers_sepa_identifier_is_his_and_reads_back_as_given(fmt: DocumentFormat) -> None:
    invoice = compute_totals(an_invoice())
    buyer = replace(invoice.buyer, identifiers=(Identifier("FR98ZZZ999999", "SEPA"),))
    back = _read_back(invoice.evolve(buyer=buyer), fmt)
    assert back.buyer.identifiers == buyer.identifiers


def test_a_sellers_sepa_identifier_is_bt_90_in_ubl_refused_as_bt_29_there_and_carried_in_cii() -> None:
    invoice = compute_totals(an_invoice())
    seller = replace(invoice.seller, identifiers=(Identifier("FR12ZZZ123456", "SEPA"),))
    with pytest.raises(
        NotCarried, match=r"^UBL holds the SEPA creditor identifier BT-90 as a seller identifier"
    ):
        render(invoice.evolve(seller=seller), UBL, Profile.EN16931)
    assert _read_back(invoice.evolve(seller=seller), CII).seller.identifiers == seller.identifiers


def test_a_second_buyer_identifier_is_refused_in_ubl_which_holds_one_and_carried_in_cii() -> None:
    # FeRD's ZUGFeRD 2.x examples give their buyer a ram:ID and a ram:GlobalID (valid on EN 16931 in CII): written in
    # UBL as two PartyIdentification, the document broke CEN's UBL-SR-16 (buyer identifier at most once)
    invoice = compute_totals(an_invoice())
    buyer = replace(invoice.buyer, identifiers=(Identifier("GE2020211"), Identifier("4000001987658", "0088")))
    with pytest.raises(NotCarried, match=r"^UBL holds one buyer identifier BT-46; this invoice gives 2"):
        render(invoice.evolve(buyer=buyer), UBL, Profile.EN16931)
    assert _read_back(invoice.evolve(buyer=buyer), CII).buyer.identifiers == buyer.identifiers


def test_a_payees_sepa_identifier_is_refused_in_ubl_where_it_reads_back_as_bt_90() -> None:
    # UBL's binding holds BT-90 on the payee too (ubl_reader.payee_without_creditor_id): written as the payee's
    # BT-60 it would come back as the creditor identifier, the payee without its identifier
    invoice = compute_totals(an_invoice())
    payee = model.Payee("Factor SA", identifier=Identifier("FR12ZZZ123456", "SEPA"))
    with pytest.raises(
        NotCarried, match=r"^UBL reads a payee identifier of scheme SEPA as the SEPA creditor"
    ):
        render(invoice.evolve(payee=payee), UBL, Profile.EN16931)
    assert _read_back(invoice.evolve(payee=payee), CII).payee == payee


def test_a_ubl_creditor_identifier_without_any_means_of_payment_is_read_not_dropped() -> None:
    invoice = _with_instructions(PaymentInstructions(means_code="", creditor_id="FR12ZZZ123456"))
    document = render(invoice, UBL, Profile.EN16931).content
    no_means = document.replace(b"<cac:PaymentMeans><cbc:PaymentMeansCode/></cac:PaymentMeans>", b"")
    for content in {document, no_means}:
        (back,) = parse(content).invoice.payment_instructions
        assert back.creditor_id == "FR12ZZZ123456"


@pytest.mark.parametrize(
    ("note", "carried_in_ubl"),
    [
        (Note("payable at 30 days", "AAB"), True),
        (Note("#1 item, #2 item", ""), True),  # hashes, but not the #CODE# form
        (Note("#hash# as a text", ""), False),  # read back as code "hash"
        (Note("invoice note text", "#AAA#"), False),  # Mustang's not_validating_…EeISI_300
        (Note("x", "CODE-WITH-DASH"), False),
        (Note("#AAB#looks packed", ""), False),
    ],
    ids=["code", "hash-text", "hash-code-text", "code-with-hashes", "code-with-dash", "text-already-packed"],
)
def test_a_note_ubl_cannot_pack_as_code_and_text_is_refused_in_ubl_and_carried_in_cii(
    note: Note, carried_in_ubl: bool
) -> None:
    invoice = compute_totals(an_invoice(notes=(*an_invoice().notes, note)))
    assert _read_back(invoice, CII).notes == invoice.notes
    if carried_in_ubl:
        assert _read_back(invoice, UBL).notes == invoice.notes
        return
    with pytest.raises(NotCarried, match=r"^UBL writes a note's subject code BT-21 into its text"):
        render(invoice, UBL, Profile.EN16931)


def test_a_cii_payment_instruction_without_its_means_code_but_with_an_account_is_refused() -> None:
    invoice = _with_instructions(replace(TRANSFER, means_code=""))
    (finding,) = uncarried(invoice, CII)
    assert finding.rule_id == "PDP-NOT-CARRIED" and finding.path == "BG-16[1]/BT-81"
    assert "iban" in finding.message and finding.layer == "document"
    assert uncarried(invoice, UBL) == []


def test_render_document_refuses_it_naming_the_term_as_a_bad_request() -> None:
    invoice = _with_instructions(
        replace(TRANSFER, remittance_information="A"), replace(DEBIT, remittance_information="B")
    )

    async def run(fn, *args):  # type: ignore[no-untyped-def]
        return fn(*args)

    with pytest.raises(InvoiceRejected) as refused:
        asyncio.run(render_document(run, DOCUMENT_TOOLS, invoice, CII, Profile.EN16931))
    (finding,) = refused.value.findings
    assert (finding.rule_id, finding.path, finding.layer) == ("PDP-NOT-CARRIED", "BG-16/BT-83", "document")


@pytest.mark.parametrize(("document_format", "refused"), [("facturx", True), ("cii", True), ("ubl", False)])
def test_submit_invoice_refuses_what_the_pipelines_syntax_cannot_carry_before_storing_anything(
    document_format: str, refused: bool
) -> None:
    invoice = an_invoice(
        payment_instructions=(
            replace(TRANSFER, remittance_information="A"),
            replace(DEBIT, remittance_information="B"),
        )
    )
    uow = FakeUnitOfWork()
    cmd = SubmitInvoice(SELLER_SIREN, "req-1", invoice)
    submit = submit_invoice(cmd, uow=uow, clock=FixedClock(), validate=emission_validator(document_format))
    if not refused:
        assert asyncio.run(submit).state is ProcessingState.ACCEPTED
        return
    with pytest.raises(InvoiceRejected) as rejected:
        asyncio.run(submit)
    assert [(f.rule_id, f.path) for f in rejected.value.findings if f.rule_id.startswith("PDP-")] == [
        ("PDP-NOT-CARRIED", "BG-16/BT-83")
    ]
    assert not uow.committed


def test_the_refusal_crosses_back_from_a_document_worker_whole() -> None:
    refusal = pickle.loads(pickle.dumps(NotCarried("CII carries one BT-83 …", "BG-16/BT-83")))
    assert (str(refusal), refusal.path, refusal.rule_id) == (
        "CII carries one BT-83 …",
        "BG-16/BT-83",
        "PDP-NOT-CARRIED",
    )


@pytest.mark.parametrize("fmt", [CII, UBL, FACTURX], ids=lambda f: f.value)
def test_an_amount_two_decimals_would_change_is_refused_and_one_they_keep_is_carried(
    fmt: DocumentFormat,
) -> None:
    invoice = compute_totals(an_invoice(lines=2))
    first, second = invoice.lines
    rounded = invoice.evolve(lines=(replace(first, net_amount=first.net_amount + Decimal("0.0004")), second))
    kept = invoice.evolve(
        lines=(replace(first, net_amount=first.net_amount.quantize(Decimal("0.001"))), second)
    )

    with pytest.raises(
        NotCarried, match=r"writes amounts with two decimals \(BR-DEC-23\): Invoice line net"
    ) as no:
        render(rounded, fmt, Profile.EN16931)
    assert no.value.path == "BG-25[1]/BT-131"
    assert uncarried(kept, fmt) == []
    # at SubmitInvoice the domain's BR-DEC-23 names it: not twice
    at_submit = {
        f.rule_id for f in emission_validator(fmt.value.lower())(rounded) if f.path == "BG-25[1]/BT-131"
    }
    assert "BR-DEC-23" in at_submit and "PDP-NOT-CARRIED" not in at_submit


def _refusals(invoice: model.Invoice, fmt: DocumentFormat) -> list[tuple[str, str]]:
    return [(f.path, f.message) for f in uncarried(invoice, fmt)]


def test_each_refusal_names_its_term_and_syntax_exactly() -> None:
    four = _with_instructions(*(replace(TRANSFER, remittance_information=ref) for ref in "ABCD"))
    assert _refusals(four, CII) == [
        (
            "BG-16/BT-83",
            "CII carries one BT-83 (remittance information) per invoice, as EN 16931 does; this invoice gives 4"
            " different ones ('A', 'B', 'C'): give one",  # three quoted: a message, not a dump
        )
    ]
    no_means = _with_instructions(TRANSFER, replace(TRANSFER, means_code=""))
    assert _refusals(no_means, CII) == [
        (
            "BG-16[2]/BT-81",
            "CII writes a payment instruction only with its means code BT-81; instruction 2 has none but gives"
            " iban, bic",
        )
    ]
    invoice = compute_totals(an_invoice())
    seller = replace(invoice.seller, identifiers=(Identifier("FR12ZZZ123456", "SEPA"),))
    assert _refusals(invoice.evolve(seller=seller), UBL) == [
        (
            "BG-4/BT-29",
            "UBL holds the SEPA creditor identifier BT-90 as a seller identifier of scheme SEPA: give it as the"
            " payment instructions' creditor_id, not as a seller identifier (BT-29)",
        )
    ]
    ids = tuple(Identifier(f"GE202021{n}") for n in range(4))
    assert _refusals(invoice.evolve(buyer=replace(invoice.buyer, identifiers=ids)), UBL) == [
        (
            "BG-7/BT-46",
            "UBL holds one buyer identifier BT-46; this invoice gives 4 ('GE2020210', 'GE2020211', 'GE2020212'):"
            " give one (CEN's UBL-SR-16)",  # three quoted
        )
    ]
    payee = model.Payee("Factor SA", identifier=Identifier("FR12ZZZ123456", "SEPA"))
    assert _refusals(invoice.evolve(payee=payee), UBL) == [
        (
            "BG-10/BT-60",
            "UBL reads a payee identifier of scheme SEPA as the SEPA creditor identifier BT-90: give it as the"
            " payment instructions' creditor_id, not as the payee's identifier (BT-60)",
        )
    ]
    long_text = "a note long enough to be cut in the message, which quotes forty characters"
    notes = (Note("payable at 30 days", "AAB"), Note(long_text, "CODE-WITH-DASH"))
    assert _refusals(invoice.evolve(notes=notes), UBL) == [
        (
            "BG-1[2]/BT-21",
            "UBL writes a note's subject code BT-21 into its text as #CODE#text (CODE: 1 to 10 letters or digits);"
            " note 2 (subject code 'CODE-WITH-DASH', text 'a note long enough to be cut in the mess') would not"
            " read back as given",
        )
    ]


@pytest.mark.parametrize(
    ("fmt", "syntax"), [(CII, "CII"), (UBL, "UBL"), (FACTURX, "CII")], ids=["cii", "ubl", "facturx"]
)
def test_an_amount_refused_for_its_decimals_names_the_syntax_and_the_amount(
    fmt: DocumentFormat, syntax: str
) -> None:
    invoice = compute_totals(an_invoice(lines=2))
    first, second = invoice.lines
    rounded = invoice.evolve(lines=(replace(first, net_amount=first.net_amount + Decimal("0.0004")), second))
    assert _refusals(rounded, fmt) == [
        (
            "BG-25[1]/BT-131",
            f"{syntax} writes amounts with two decimals (BR-DEC-23): Invoice line net amount (BT-131) 10.5004"
            " would be written rounded",
        )
    ]


def test_what_the_cii_header_carries_needs_no_means_code() -> None:
    header_only = PaymentInstructions(
        means_code="",
        remittance_information="REF-A",
        mandate_reference="MANDATE-1",
        creditor_id="FR12ZZZ123456",
    )
    assert uncarried(_with_instructions(header_only), CII) == []


def test_a_note_ending_in_a_space_xml_does_not_strip_reads_back_as_given_in_ubl() -> None:
    invoice = compute_totals(an_invoice())
    for note in (Note("payable at 30 days\u00a0", "AAB"), Note("\u2003indented", "AAB")):
        assert uncarried(invoice.evolve(notes=(note,)), UBL) == []
