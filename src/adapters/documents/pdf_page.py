"""The readable invoice of a Factur-X: an A4 page (or more) in French, drawn with ReportLab.

It shows every mention French law requires on an invoice (CGI art. 242 nonies A, décret 2022-1299): parties
with SIREN and VAT numbers and addresses, number and dates, lines, VAT breakdown, totals, due date and payment
terms, the PMT/PMD/AAB notes, the category of operation (BT-23), the debits option when BT-8 says so, and the
delivery address when it differs from the buyer's.

PDF/A-3b needs every font embedded: the page uses Bitstream Vera (shipped inside the `reportlab` package, Bitstream
Vera licence) as an embedded TrueType subset, never a base-14 font, including the canvas' initial font.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from adapters.documents import terms
from adapters.documents.page_labels import country_name, exemption_mention, payment_means_name, unit_name
from adapters.documents.semantic_model import GROUPS
from domain.document_types import DocumentKind
from domain.identifiers import SIRET_SCHEME, siren_of
from domain.invoice import Address, Identifier, Invoice, Party
from domain.money import EUR

FONT = "PdpVera"
FONT_BOLD = "PdpVera-Bold"
_FONT_DIR = os.path.join(os.path.dirname(reportlab.__file__), "fonts")
_FONTS_READY = False

WIDTH, HEIGHT = A4
MARGIN = 40.0
BOTTOM = 60.0
# what a page holds below its continuation title ("… (suite)", 10 pt)
_PAGE_ROOM = HEIGHT - MARGIN - BOTTOM - 13

_OPERATION_CATEGORIES = {
    "B": "Livraison de biens",
    "S": "Prestation de services",
    "M": "Opération mixte (biens et services)",
}
_NOTE_LABELS = {
    "PMT": "Indemnité de recouvrement",
    "PMD": "Pénalités de retard",
    "AAB": "Escompte",
}
_VAT_CATEGORY_LABELS = {
    "S": "Taux normal",
    "Z": "Taux zéro",
    "E": "Exonération",
    "AE": "Autoliquidation",
    "K": "Livraison intracommunautaire",
    "G": "Exportation hors UE",
    "O": "Hors champ de la TVA",
}
_DEBITS_OPTION = "Option pour le paiement de la taxe d'après les débits"
# CGI ann. II art. 242 nonies A, 13°: a self-billed invoice says so.
_SELF_BILLED = "Autofacturation : facture établie par l'acheteur au nom et pour le compte du vendeur"
_FACTORED = "Créance cédée (affacturage) : le paiement est à adresser au bénéficiaire indiqué"


def _amount_due_label(kind: DocumentKind) -> str:
    """What BT-115 means for this type: what the seller gives back on a credit note, a down payment otherwise."""
    if kind.credit_note:
        return "MONTANT À REMBOURSER"
    if kind.prepayment:
        return "ACOMPTE À PAYER"
    return "NET À PAYER"


def _register_fonts() -> None:
    global _FONTS_READY
    if not _FONTS_READY:
        pdfmetrics.registerFont(TTFont(FONT, os.path.join(_FONT_DIR, "Vera.ttf")))
        pdfmetrics.registerFont(TTFont(FONT_BOLD, os.path.join(_FONT_DIR, "VeraBd.ttf")))
        _FONTS_READY = True


def euros(value: Decimal | None, currency: str = EUR) -> str:
    """French amount format: `1 234,56 €` (narrow spacing as a plain space, which Vera has)."""
    if value is None:
        return ""
    text = terms.amount(value)
    sign = "-" if text.startswith("-") else ""
    whole, _, cents = text.lstrip("-").partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    symbol = "€" if currency == EUR else currency
    return f"{sign}{' '.join(groups) or '0'},{cents} {symbol}"


def french_number(value: Decimal) -> str:
    return terms.number(value).replace(".", ",")


def french_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value is not None else ""


def _address_lines(address: Address) -> list[str]:
    city = " ".join(p for p in (address.postcode, address.city) if p)
    country = country_name(address.country) if address.country else ""
    return [
        line
        for line in (address.line1, address.line2, address.line3, city, address.subdivision, country)
        if line
    ]


def _exemption_text(reason: str, code: str) -> str:
    """The legal mention of an exemption (BT-120 as written, else the one its VATEX code BT-121 calls for)."""
    mention = exemption_mention(code) if code else ""
    if reason and mention and reason != mention:
        return f"{reason} ({mention})" if mention != code else f"{reason} ({code})"
    return reason or mention


@dataclass(frozen=True, slots=True)
class Placed:
    """One string drawn on the page: its page number, left x, baseline y and width in points (what the tests
    check against the page box)."""

    page: int
    text: str
    x: float
    y: float
    width: float
    size: float


Cell = tuple[str, float, str, float]  # text, x, "left" (starts at x) or "right" (ends at x), width


class _NumberedCanvas(Canvas):
    """Keeps every finished page until the end, so that each footer can say "Page N / M" (the ReportLab recipe:
    a page's state is its content stream so far, replayed at save time with its footer added)."""

    def __init__(self, *args: object, footer: Callable[[int, int], None], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, object]] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self._footer(number, total)
            super().showPage()
        super().save()


class _Page:
    """A cursor on a ReportLab canvas that wraps text, keeps it inside the margins and starts new pages when the
    current one is full."""

    def __init__(self, title: str) -> None:
        self.c: Canvas
        self.title = title
        self.y = HEIGHT - MARGIN
        self.page = 1
        self.placed: list[Placed] = []

    def draw(
        self, x: float, y: float, text: str, font: str, size: float, *, right: bool = False, page: int = 0
    ) -> None:
        """Every string goes through here: left-aligned at x, or right-aligned ending at x."""
        width = pdfmetrics.stringWidth(text, font, size)
        left = x - width if right else x
        self.c.setFont(font, size)
        self.c.drawString(left, y, text)
        self.placed.append(Placed(page or self.page, text, left, y, width, size))

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.c.showPage()
            self.page += 1
            self.y = HEIGHT - MARGIN
            self.text(f"{self.title} (suite)", bold=True, size=10)

    def footer(self, number: int, total: int) -> None:
        self.draw(WIDTH - MARGIN, 30, f"Page {number} / {total}", FONT, 7, right=True, page=number)

    def text(
        self,
        value: str,
        *,
        x: float = MARGIN,
        size: float = 8.5,
        bold: bool = False,
        width: float | None = None,
        leading: float | None = None,
    ) -> None:
        font = FONT_BOLD if bold else FONT
        leading = leading or size * 1.3
        for line in wrap(value, font, size, width or (WIDTH - MARGIN - x)):
            self.need(leading)
            self.draw(x, self.y - size, line, font, size)
            self.y -= leading

    def gap(self, height: float = 6) -> None:
        self.y -= height

    def rule(self) -> None:
        self.need(4)
        self.c.setLineWidth(0.5)
        self.c.line(MARGIN, self.y, WIDTH - MARGIN, self.y)
        self.y -= 4

    @staticmethod
    def row_height(cells: Iterable[Cell], *, size: float = 8, bold: bool = False) -> float:
        font = FONT_BOLD if bold else FONT
        return size * 1.3 * max(len(wrap(text, font, size, width)) for text, _, _, width in cells)

    def row(self, cells: Iterable[Cell], *, size: float = 8, bold: bool = False) -> None:
        """One table row; each cell wraps inside its own column, the row is as tall as its tallest cell."""
        font = FONT_BOLD if bold else FONT
        leading = size * 1.3
        wrapped = [(wrap(text, font, size, width), x, align) for text, x, align, width in cells]
        tallest = max(len(lines) for lines, _, _ in wrapped)
        # A row taller than a page (a received document's texts are bounded by the document alone) starts where it
        # is and runs on over the next pages; any other moves whole to the next page when it does not fit.
        self.need(leading * (tallest if leading * tallest <= _PAGE_ROOM else 1))
        done = 0
        while done < tallest:
            if done:
                self.need(self.y - BOTTOM + leading)  # the page is full: the next one
            part = min(tallest - done, max(1, int((self.y - BOTTOM) // leading)))
            for lines, x, align in wrapped:
                for i, line in enumerate(lines[done : done + part]):
                    self.draw(x, self.y - size - i * leading, line, font, size, right=align == "right")
            self.y -= leading * part
            done += part


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most `width` points: words move to the next line, and a word longer than a whole line (an IBAN,
    a URL) is cut."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        # a tab (indented notes of received documents) has no glyph: it would print as an empty box
        for word in paragraph.replace("\t", " ").split(" "):
            candidate = f"{current} {word}" if current else word
            if pdfmetrics.stringWidth(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = word
            if len(current) > 1 and pdfmetrics.stringWidth(current, font, size) > width:
                cut, current = _cut(current, font, size, width)
                lines.extend(cut)
        lines.append(current)
    return lines


def _cut(word: str, font: str, size: float, width: float) -> tuple[list[str], str]:
    """`word` cut into lines of at most `width` points (at least one character each), and what is left, measuring
    each distinct character once: measuring every prefix again for each line took minutes for a word of 16,000
    characters."""
    widths: dict[str, float] = {}
    lines: list[str] = []
    start, used = 0, 0.0
    for i, char in enumerate(word):
        w = widths.get(char)
        if w is None:
            w = widths[char] = pdfmetrics.stringWidth(char, font, size)
        if used + w > width and i > start:
            lines.append(word[start:i])
            start, used = i, 0.0
        used += w
    return lines, word[start:]


def _legal_id(registration: Identifier) -> str:
    """BT-61 named for what it is: a SIREN or a SIRET when `siren_of` reads one in it (as `Party.siren` reads
    BT-30), else the plain identifier, which may be a foreign one."""
    value, siren = registration.value, siren_of(registration.value, registration.scheme)
    if not siren:
        return f"identifiant légal {value}"
    return f"SIREN {value}" if siren == value else f"SIRET {value}"


def _party_block(page: _Page, heading: str, party: Party, x: float, width: float) -> float:
    top = page.y
    page.text(heading, x=x, bold=True, size=8, width=width)
    page.text(party.name, x=x, bold=True, size=9.5, width=width)
    if party.trading_name:
        page.text(party.trading_name, x=x, width=width)
    for line in _address_lines(party.address):
        page.text(line, x=x, width=width)
    if party.siren:
        page.text(f"SIREN : {party.siren}", x=x, width=width)
    for identifier in party.identifiers:
        if identifier.scheme == SIRET_SCHEME:
            page.text(f"SIRET : {identifier.value}", x=x, width=width)
    if party.vat_id:
        page.text(f"N° TVA intracommunautaire : {party.vat_id}", x=x, width=width)
    if party.legal_form:
        page.text(party.legal_form, x=x, width=width)
    if party.electronic_address is not None:
        page.text(f"Adresse électronique : {party.electronic_address.value}", x=x, width=width)
    if party.contact is not None:
        contact = " – ".join(p for p in (party.contact.name, party.contact.phone, party.contact.email) if p)
        if contact:
            page.text(f"Contact : {contact}", x=x, width=width)
    bottom = page.y
    page.y = top
    return bottom


def render_invoice_page(invoice: Invoice) -> bytes:
    """The readable PDF (not yet PDF/A: `facturx_writer` adds the output intent, XMP and the XML)."""
    return _render(invoice)[0]


def layout_invoice_page(invoice: Invoice) -> list[Placed]:
    """Every string the page draws, where (for tests and checks of the layout)."""
    return _render(invoice)[1]


def _render(invoice: Invoice) -> tuple[bytes, list[Placed]]:
    if invoice.totals is None or invoice.vat_breakdown is None:
        raise ValueError("BG-22/BG-23: compute the totals (domain.totals.compute_totals) before rendering")
    _register_fonts()
    buffer = BytesIO()
    title = invoice.type_code.kind.title
    page = _Page(f"{title} {invoice.number}")
    canvas = _NumberedCanvas(
        buffer,
        footer=page.footer,
        pagesize=A4,
        initialFontName=FONT,
        initialFontSize=9,
        invariant=True,
        lang="fr-FR",
        pageCompression=1,
    )
    canvas.setTitle(f"{title} {invoice.number}")
    canvas.setAuthor(invoice.seller.name)
    canvas.setSubject(f"{title} {invoice.number} du {french_date(invoice.issue_date)}")
    page.c = canvas
    _draw(page, invoice, title)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue(), page.placed


def _draw(page: _Page, inv: Invoice, title: str) -> None:  # noqa: C901 - one mention after the other
    assert inv.totals is not None and inv.vat_breakdown is not None
    currency = inv.currency
    heading = f"{title} N° {inv.number}"
    # the longest titles (AUTOFACTURE RECTIFICATIVE AFFACTURÉE) with a 35-character number: smaller, one line
    size = 15.0
    while size > 10 and pdfmetrics.stringWidth(heading, FONT_BOLD, size) > WIDTH - 2 * MARGIN:
        size -= 0.5
    page.text(heading, bold=True, size=size)
    dates = f"Date d'émission : {french_date(inv.issue_date)}"
    if inv.due_date is not None:
        dates += f"      Date d'échéance : {french_date(inv.due_date)}"
    page.text(dates, size=9)
    doc_kind = inv.type_code.kind
    if doc_kind.self_billed:
        page.text(_SELF_BILLED, bold=True, size=9)
    if doc_kind.factored:
        page.text(_FACTORED, size=9)
    process = inv.business_process
    category = _OPERATION_CATEGORIES.get(process[:1]) if len(process) == 2 and process[1].isdigit() else None
    if category is not None:  # a French billing frame (BR-FR-08: B1, S1, M1, …)
        page.text(f"Catégorie d'opération : {category} (cadre de facturation {process})", size=9)
    elif process:  # a foreign document's business process (a Peppol URN, a number): shown as it is
        page.text(f"Processus de facturation (BT-23) : {process}", size=9)
    if terms.is_debits_option(inv):
        page.text(_DEBITS_OPTION, bold=True, size=9)
    if inv.vat_point_date is not None:
        page.text(f"Date d'exigibilité de la TVA : {french_date(inv.vat_point_date)}", size=9)
    if inv.period is not None:
        page.text(
            f"Période de facturation : du {french_date(inv.period.start)} au {french_date(inv.period.end)}",
            size=9,
        )
    page.gap(8)

    column = (WIDTH - 2 * MARGIN) / 2
    left = _party_block(page, "VENDEUR", inv.seller, MARGIN, column - 10)
    right = _party_block(page, "ACHETEUR", inv.buyer, MARGIN + column, column - 10)
    page.y = min(left, right)
    page.gap(6)

    if inv.tax_representative is not None:
        rep = inv.tax_representative
        page.text(
            f"Représentant fiscal : {rep.name}, N° TVA {rep.vat_id}, "
            + ", ".join(_address_lines(rep.address))
        )
    if inv.payee is not None:
        payee = inv.payee
        registration = f" ({_legal_id(payee.legal_registration)})" if payee.legal_registration else ""
        page.text(f"Bénéficiaire du paiement : {payee.name}{registration}")
    delivery = inv.delivery
    if delivery is not None:
        if delivery.address is not None and delivery.address != inv.buyer.address:
            name = f"{delivery.party_name}, " if delivery.party_name else ""
            page.text("Adresse de livraison : " + name + ", ".join(_address_lines(delivery.address)))
        if delivery.date is not None:
            page.text(f"Date de livraison : {french_date(delivery.date)}")
    shown = [f"{label} : {value}" for label, value in GROUPS["references"].readable(inv)]
    if inv.invoiced_object is not None:
        shown.append(f"Objet facturé : {inv.invoiced_object.value}")
    if shown:
        page.text(" – ".join(shown))
    # BG-24: what the accountant must find with the invoice (BT-122, BT-123, BT-125 or BT-124)
    listed = []
    for a in inv.attachments:
        about = ", ".join(x for x in (a.description, a.filename or a.uri) if x)
        listed.append(f"{a.reference} ({about})" if about else a.reference)
    if listed:
        page.text("Pièces jointes : " + " ; ".join(listed))
    for preceding in inv.preceding_invoices:
        page.text(
            f"Facture d'origine : N° {preceding.number} du {french_date(preceding.issue_date)}", bold=True
        )
    page.gap(6)

    right = WIDTH - MARGIN
    if inv.lines:
        # columns: designation [40, 268], qty ends at 318, unit [324, 380], price ends at 445, rate at 488, amount
        # at the right margin; every cell wraps inside its column
        x_qty, x_unit, x_price, x_rate = 318.0, 324.0, 445.0, 488.0
        page.rule()
        header: list[Cell] = [
            ("Désignation", MARGIN, "left", 228),
            ("Qté", x_qty, "right", 46),
            ("Unité", x_unit, "left", 56),
            ("PU HT", x_price, "right", 60),
            ("TVA", x_rate, "right", 38),
            ("Montant HT", right, "right", 64),
        ]
        page.row(header, bold=True)
        page.rule()
        for line in inv.lines:
            rate = (
                f"{french_number(line.vat_rate)} %" if line.vat_rate is not None else line.vat_category.value
            )
            label = f"{line.id}. {line.item.name}"
            if line.item.description:
                label += f" – {line.item.description}"
            page.row(
                [
                    (label, MARGIN, "left", 228),
                    (french_number(line.quantity), x_qty, "right", 46),
                    (unit_name(line.unit_code), x_unit, "left", 56),
                    (french_number(line.net_price), x_price, "right", 60),
                    (rate, x_rate, "right", 38),
                    (euros(line.net_amount, currency), right, "right", 64),
                ]
            )
            for ac in line.allowances_charges:
                kind = "Frais" if ac.is_charge else "Remise"
                amount = ac.amount if ac.is_charge else -ac.amount
                page.row(
                    [
                        (f"    {kind} : {ac.reason or ac.reason_code}", MARGIN, "left", 400),
                        (euros(amount, currency), right, "right", 80),
                    ],
                    size=7.5,
                )
            if line.note:
                page.text(f"    {line.note}", size=7.5)
        page.rule()

    for ac in inv.allowances_charges:
        kind = "Frais" if ac.is_charge else "Remise"
        rate = f" (TVA {french_number(ac.vat_rate)} %)" if ac.vat_rate is not None else ""
        amount = ac.amount if ac.is_charge else -ac.amount
        page.row(
            [
                (f"{kind} globale : {ac.reason or ac.reason_code}{rate}", MARGIN, "left", 400),
                (euros(amount, currency), right, "right", 80),
            ]
        )
    page.gap(6)

    # VAT breakdown: label [40, 208], base ends at 290, VAT at 365, the legal mention [375, right margin]
    x_base, x_vat, x_reason = 290.0, 365.0, 375.0
    vat_rows: list[list[Cell]] = [
        [
            ("Détail de la TVA", MARGIN, "left", 168),
            ("Base HT", x_base, "right", 78),
            ("TVA", x_vat, "right", 70),
            (
                "Mention"
                if any(v.exemption_reason or v.exemption_reason_code for v in inv.vat_breakdown)
                else "",
                x_reason,
                "left",
                right - x_reason,
            ),
        ]
    ]
    for vat in inv.vat_breakdown:
        label = (
            f"{_VAT_CATEGORY_LABELS.get(vat.category.value, vat.category.value)} {french_number(vat.rate)} %"
        )
        vat_rows.append(
            [
                (label, MARGIN, "left", 168),
                (euros(vat.taxable_amount, currency), x_base, "right", 78),
                (euros(vat.tax_amount, currency), x_vat, "right", 70),
                (
                    _exemption_text(vat.exemption_reason, vat.exemption_reason_code),
                    x_reason,
                    "left",
                    right - x_reason,
                ),
            ]
        )
    for i, cells in enumerate(vat_rows):
        page.row(cells, bold=i == 0)
    page.gap(6)

    # Totals: one block, never split across pages
    totals = inv.totals
    x_label = 300.0
    rows = [("Total HT des lignes", totals.line_total)]
    if totals.allowance_total:
        rows.append(("Remises globales", -totals.allowance_total))
    if totals.charge_total:
        rows.append(("Frais globaux", totals.charge_total))
    rows += [
        ("Total HT", totals.tax_exclusive),
        ("Total TVA", totals.tax_total),
        ("Total TTC", totals.tax_inclusive),
    ]
    if totals.paid:
        rows.append(("Déjà payé", -totals.paid))
    if totals.rounding:
        rows.append(("Arrondi", totals.rounding))
    block: list[tuple[list[Cell], float, bool]] = [
        ([(label, x_label, "left", 160), (euros(value, currency), right, "right", 90)], 8, False)
        for label, value in rows
    ]
    block.append(
        (
            [
                (_amount_due_label(doc_kind), x_label, "left", 160),
                (euros(totals.amount_due, currency), right, "right", 90),
            ],
            10,
            True,
        )
    )
    if inv.exchange_rate is not None:
        block.append(
            (
                [
                    ("Taux de change appliqué", x_label, "left", 110),
                    (
                        f"1 {inv.currency} = {format(inv.exchange_rate.normalize(), 'f').replace('.', ',')} EUR",
                        right,
                        "right",
                        140,
                    ),
                ],
                8,
                False,
            )
        )
    if inv.accounting_currency and totals.tax_total_accounting_currency is not None:
        in_accounting = euros(totals.tax_total_accounting_currency, inv.accounting_currency)
        block.append(
            (
                [
                    (f"Total TVA en {inv.accounting_currency}", x_label, "left", 160),
                    (in_accounting, right, "right", 90),
                ],
                8,
                False,
            )
        )
    page.need(sum(page.row_height(cells, size=size, bold=bold) for cells, size, bold in block))
    for cells, size, bold in block:
        page.row(cells, size=size, bold=bold)
    page.gap(8)

    page.text("Conditions de paiement", bold=True, size=9)
    if inv.payment_terms:
        page.text(inv.payment_terms)
    if inv.due_date is not None:
        page.text(f"Échéance : {french_date(inv.due_date)}")
    for pm in inv.payment_instructions:
        details = GROUPS["payment-instructions"].readable(pm)
        named = pm.means_text or payment_means_name(pm.means_code)  # none on a document giving BT-83 alone
        means = [f"Moyen de paiement : {named}"] if named else []
        page.text(" – ".join([*means, *(f"{label} {value}" for label, value in details)]))
    page.gap(6)
    for note in terms.document_notes(inv):
        if note.subject_code == terms.BAR:
            continue
        subject = _NOTE_LABELS.get(note.subject_code)
        labelled = subject is not None and not note.text.lower().startswith(
            subject.lower()
        )  # it often names itself
        page.text(f"{subject} : {note.text}" if labelled else note.text, size=7.5)
