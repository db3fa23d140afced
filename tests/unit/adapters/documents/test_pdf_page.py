"""The readable page: every string inside the page box, totals kept together, "Page N / M", codes shown by name."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from google.protobuf import json_format
from reportlab.pdfbase import pdfmetrics

from adapters.documents.api import parse
from adapters.documents.page_labels import exemption_mention
from adapters.documents.pdf_page import (
    FONT,
    FONT_BOLD,
    HEIGHT,
    MARGIN,
    WIDTH,
    Placed,
    layout_invoice_page,
    wrap,
)
from domain.document_formats import DocumentError
from domain.document_types import DocumentType
from domain.errors import InvoiceRejected
from domain.invoice import (
    Address,
    Identifier,
    Invoice,
    InvoiceLine,
    Item,
    Payee,
    PaymentInstructions,
    VatBreakdown,
    VatCategory,
)
from domain.totals import compute_totals
from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.mapping import invoice_from_proto
from tests.builders import a_buyer, a_line, a_seller, an_invoice
from tests.document_examples import ALL_SHAPES
from tests.document_types_examples import invoice_of_type

EXAMPLES = Path(__file__).resolve().parents[4] / "examples"
FIXTURES = Path(__file__).resolve().parents[3] / "fixtures"
# documents made elsewhere, drawn as the readable view of a received invoice (German texts, Peppol, FNFE, KoSIT)
RECEIVED = sorted(
    p
    for folder in ("documents-made-elsewhere", "kosit-xrechnung-testsuite")
    for p in (FIXTURES / folder).rglob("*")
    if p.suffix in (".xml", ".pdf")
)


def _example(path: Path) -> Invoice | None:
    try:
        message = json_format.Parse(path.read_text(encoding="utf-8"), pb.Invoice())
        return compute_totals(invoice_from_proto(message))
    except InvoiceRejected:
        return None  # a malformed example has no page


def _long_invoice() -> Invoice:
    """Everything as long as the model allows it to be drawn: many lines, long words, a long exemption text."""
    word = "Désignation-sans-espace-aucune-qui-dépasse-toute-la-largeur-de-la-colonne-et-même-de-la-page"
    lines = tuple(
        replace(
            a_line(str(i + 1), quantity="123456.789", price="98765.4321"),
            unit_code="HUR" if i % 2 else "XZZ",
            item=Item(name=f"{word} {i}", description="Une description " * 20),
        )
        for i in range(90)
    )
    exempt = InvoiceLine(
        id="91",
        quantity=Decimal("1"),
        unit_code="C62",
        net_price=Decimal("1000"),
        item=Item(name="Livraison intracommunautaire"),
        vat_category=VatCategory.INTRA_EU,
        vat_rate=Decimal("0"),
    )
    seller = replace(
        a_seller(),
        name="Société " + "Anonyme " * 30,
        address=Address(line1="x" * 120, city="Paris", country="FR"),
    )
    buyer = replace(
        a_buyer(), address=Address(line1="Hauptstraße 1", city="Berlin", postcode="10115", country="DE")
    )
    return compute_totals(
        replace(
            an_invoice(),
            lines=lines + (exempt,),
            seller=seller,
            buyer=buyer,
            payment_terms="Paiement à réception " * 30,
            vat_breakdown=(
                VatBreakdown(
                    VatCategory.INTRA_EU,
                    Decimal("0"),
                    Decimal("0"),
                    Decimal("0"),
                    exemption_reason_code="VATEX-EU-IC",
                ),
            ),
            payment_instructions=(
                PaymentInstructions(means_code="58", iban="FR7630006000011234567890189" * 3, bic="AGRIFRPP"),
            ),
        )
    )


def _received(path: Path) -> Invoice | None:
    try:
        return parse(path.read_bytes()).invoice
    except DocumentError:
        return None  # refused when read (ZUGFeRD 1.0, MINIMUM): no page


def _every_page() -> dict[str, Invoice]:
    pages = {
        f"example:{p.name}": _example(p) for p in sorted(EXAMPLES.glob("*.json")) if p.name != "expected.json"
    }
    pages |= {f"shape:{name}": make() for name, make in ALL_SHAPES.items()}
    pages |= {f"type:{t.value}": invoice_of_type(t) for t in DocumentType}
    pages |= {f"received:{p.parent.name}/{p.name}": _received(p) for p in RECEIVED}
    pages["long"] = _long_invoice()
    return {name: invoice for name, invoice in pages.items() if invoice is not None}


PAGES = _every_page()


def _outside(placed: list[Placed]) -> list[Placed]:
    eps = 0.01
    return [
        p
        for p in placed
        if p.x < MARGIN - eps or p.x + p.width > WIDTH - MARGIN + eps or p.y < 20 or p.y > HEIGHT - MARGIN
    ]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_string_stays_inside_the_page_box(name: str) -> None:
    placed = layout_invoice_page(PAGES[name])

    assert placed and _outside(placed) == []


def test_every_character_drawn_has_a_glyph_in_the_embedded_fonts() -> None:
    # a character the font lacks prints as an empty box: tabs in the notes and descriptions of received documents
    drawn = {
        (name, c) for name, invoice in PAGES.items() for p in layout_invoice_page(invoice) for c in p.text
    }
    # both registered by the layout
    regular, bold = pdfmetrics.getFont(FONT).face, pdfmetrics.getFont(FONT_BOLD).face

    missing = {
        (name, c) for name, c in drawn if ord(c) not in regular.charToGlyph or ord(c) not in bold.charToGlyph
    }

    assert missing == set()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_page_says_page_n_of_m(name: str) -> None:
    placed = layout_invoice_page(PAGES[name])
    pages = max(p.page for p in placed)

    footers = sorted((p.page, p.text) for p in placed if p.text.startswith("Page "))
    assert footers == [(n, f"Page {n} / {pages}") for n in range(1, pages + 1)]


def test_a_long_invoice_runs_over_pages_with_its_totals_kept_together() -> None:
    placed = layout_invoice_page(PAGES["long"])

    assert max(p.page for p in placed) >= 3
    first, due = (
        next(p for p in placed if p.text == text) for text in ("Total HT des lignes", "NET À PAYER")
    )
    assert first.page == due.page
    assert any(p.text.startswith("IBAN FR76") or "FR7630006" in p.text for p in placed)


def test_codes_are_shown_by_their_names() -> None:
    placed = layout_invoice_page(PAGES["long"])
    texts = {p.text for p in placed}

    assert "heure" in texts  # unit HUR (UN/ECE rec 20)
    assert "XZZ" in texts  # an unknown unit keeps its code
    assert any("Moyen de paiement : Virement SEPA" in t for t in texts)  # UNTDID 4461 code 58
    assert "Allemagne" in texts and "France" in texts  # ISO 3166 countries
    assert "article 262 ter I du CGI" in " ".join(p.text for p in placed)  # VATEX-EU-IC, maybe wrapped


def test_a_foreign_invoice_is_not_labelled_with_french_categories_or_a_siren_it_does_not_have() -> None:
    # CEN's example 5: BT-23 "1" is no French billing frame, the Danish payee's id no SIREN
    texts = {p.text for p in layout_invoice_page(PAGES["received:cen-examples/ubl-tc434-example5.xml"])}

    assert "Processus de facturation (BT-23) : 1" in texts
    assert not [t for t in texts if "Catégorie d'opération" in t or "SIREN DK" in t]
    assert "Bénéficiaire du paiement : Dagobert Duck (identifiant légal DK16356608)" in texts
    french = {p.text for p in layout_invoice_page(PAGES["example:b2b-goods-B1.json"])}
    assert "Catégorie d'opération : Livraison de biens (cadre de facturation B1)" in french


def test_the_supporting_documents_are_listed_and_a_piece_of_packaging_is_a_piece() -> None:
    from tests.unit.adapters.documents.test_attachments import DELIVERY, EXTERNAL, READABLE

    line = replace(a_line("1"), unit_code="XPP")  # UN/ECE rec 21 "piece", as German invoices write it
    invoice = compute_totals(replace(an_invoice(attachments=(READABLE, DELIVERY, EXTERNAL)), lines=(line,)))
    placed = layout_invoice_page(invoice)
    text = " ".join(p.text for p in placed)

    assert "pièce" in {p.text for p in placed}
    assert (
        "Pièces jointes : F-1-LISIBLE (LISIBLE, facture.pdf) ; BL-77 (BON_LIVRAISON, bl-77.csv) ; "
        "RIB-1 (RIB, https://example.com/rib.pdf)"
    ) in text


def test_a_remittance_reference_given_without_payment_means_is_printed_alone() -> None:
    alone = PaymentInstructions(means_code="", remittance_information="AV-2017-0005")
    placed = layout_invoice_page(compute_totals(replace(an_invoice(), payment_instructions=(alone,))))

    assert "Référence à rappeler : AV-2017-0005" in {p.text for p in placed}


@pytest.mark.parametrize(
    ("code", "mention"),
    [
        ("VATEX-FR-FRANCHISE", "TVA non applicable, art. 293 B du CGI"),
        ("VATEX-FR-CGI261-4", "Exonération de TVA, article 261-4 du CGI"),
        ("VATEX-FR-CGI261D-1BIS", "Exonération de TVA, article 261 D-1 bis du CGI"),
        ("VATEX-EU-132-1A", "Exonération de TVA, article 132, 1A de la directive 2006/112/CE"),
        ("NOT-A-VATEX", "NOT-A-VATEX"),
    ],
)
def test_exemption_codes_read_as_their_legal_mention(code: str, mention: str) -> None:
    assert exemption_mention(code) == mention


@pytest.mark.parametrize(
    ("registration", "shown"),
    [
        (Identifier("732829320", "0002"), "SIREN 732829320"),
        (Identifier("73282932000074", "0009"), "SIRET 73282932000074"),  # was "identifiant légal"
        (
            Identifier("732829321", ""),
            "identifiant légal 732829321",
        ),  # 9 digits, no scheme, a wrong key: was SIREN
        (Identifier("DK16356608", "0184"), "identifiant légal DK16356608"),
    ],
)
def test_the_payee_s_legal_id_is_named_for_what_it_is(registration: Identifier, shown: str) -> None:
    invoice = compute_totals(
        an_invoice().evolve(payee=Payee("Affactureur SA", legal_registration=registration))
    )
    texts = {p.text for p in layout_invoice_page(invoice)}
    assert f"Bénéficiaire du paiement : Affactureur SA ({shown})" in texts


def _a_line_named(name: str) -> Invoice:
    invoice = an_invoice()
    return compute_totals(replace(invoice, lines=(replace(invoice.lines[0], item=Item(name=name)),)))


@pytest.mark.parametrize(
    "name",
    [
        pytest.param("zqwk " * 4_000, id="words taller than a page"),
        pytest.param("x" * 20_000, id="one word of 20,000 characters"),
    ],
)
def test_an_item_name_taller_than_a_page_runs_on_over_pages_whole(name: str) -> None:
    # A received document's texts are bounded by the document alone (docs/input-bounds.md): its readable view must
    # draw a name of any length, every character of it inside a page; a row taller than a page was drawn past the
    # page's bottom edge, its end lost.
    placed = layout_invoice_page(_a_line_named(name))

    assert _outside(placed) == []
    label = f"1. {name}"  # the line's id, then its name
    column = [p.text for p in placed if p.x == MARGIN and p.text]  # the designations' column
    drawn = "".join(t for t in column if label.startswith(t) or set(t) <= set(name))
    assert drawn.replace(" ", "") == label.replace(" ", "")


def test_a_word_longer_than_a_line_is_cut_measuring_each_character_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the cut measured every prefix of the word again for each line it made: a 4,000-character word (a URL, an
    # encoded blob in a note of a received document) took 10 s to draw, one of 16,000 several minutes
    measured: list[str] = []
    width_of = pdfmetrics.stringWidth

    def counting(text: str, font: str, size: float) -> float:
        measured.append(text)
        return width_of(text, font, size)

    monkeypatch.setattr(pdfmetrics, "stringWidth", counting)
    word = "ab" * 2_000

    lines = wrap(word, "Helvetica", 8, 100)

    assert "".join(lines) == word
    assert all(width_of(line, "Helvetica", 8) <= 100 for line in lines)
    assert sum(map(len, measured)) <= 3 * len(word)
