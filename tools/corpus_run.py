"""Run a whole corpus of documents made elsewhere through what the gateway does with other people's documents, and
print a tally (docs/documents-made-elsewhere.md; never a network call: the corpus is a folder already fetched).

    python -m tools.corpus_run DIR [DIR ...] [--json OUT] [--time-s 60] [--show N]

Each *.xml / *.pdf under DIR goes, in a document worker under the server's limits (service.workers.worker_pool),
through:
- reception: `read_received` (the parse and the official layers a received document gets);
- the stored view: the invoice read, through the repository's JSON (`invoice_to_dict`) and GetReceivedInvoice's
  proto (`invoice_to_proto`), each read back equal;
- the amounts: BT-106, BT-109, BT-110, BT-112 and BT-115 as the model holds them, against the values written in
  the XML, found here by XPath independently of the readers;
- the readable view GetReceivedInvoiceReadable draws: the PDF itself, else the gateway's page of the invoice;
- emission, for an invoice the official layers pass: ValidateInvoice's domain findings (a fatal EN 16931 one on a
  document CEN passes is a disagreement; BR-FR and the gateway's own rules are the French emission's, reported
  apart), and the invoice rendered in CII, UBL and Factur-X, each judged on EN 16931 and read back equal;
- the document submitted as it is, as its issuer's ERP would (SubmitInvoice with `document`: the use case
  `submit_document` itself, its unit of work a dry one that keeps what would be written): accepted or refused with
  the rules named; an accepted one must be one reception calls valid, its stored invoice must read back equal through
  the JSON and the proto, its totals must be the document's, and what it keeps to send must be the bytes given.

What the corpus says of a document comes from its path: a folder or name saying correct/valid/good against
fail/invalid/bad/malformed/not_validating; else it is unknown. The tally prints, per corpus folder, how many were
read, valid and refused, how many agree with what the corpus says, and every problem, one line each: a crash or
limit, an INTERNAL-like exception, a lost field, a wrong amount, a valid document the gateway cannot read.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import re
import sys
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lxml import etree

from adapters.documents.api import parse, render
from adapters.documents.checking import DOCUMENT_TOOLS, check_document
from adapters.documents.facturx_reader import extract_xml
from adapters.documents.pdf_page import render_invoice_page
from adapters.documents.profile_room import left_out
from adapters.reception.document_reader import read_received
from domain.bounds import RULE_TEXT_LENGTH
from domain.document_formats import DocumentError, DocumentFormat, NotCarried, Profile
from domain.document_ports import InvoiceDocument
from domain.emission import OutboundInvoice
from domain.errors import InvoiceRejected
from domain.invoice import Invoice
from domain.rules import STRICTER_THAN_OFFICIAL, validate_invoice
from domain.serialization import invoice_from_dict, invoice_to_dict
from domain.totals import compute_totals
from service.grpc.mapping import invoice_from_proto, invoice_to_proto
from service.usecases.emission.documents import submit_document
from service.usecases.emission.invoices import validate_invoice_only
from service.workers.worker_pool import WorkerLimits, WorkerPool

_VALID_WORDS = re.compile(r"(^|[/_.\-])(correct|valid|good)([/_.\-]|$)", re.I)
_INVALID_WORDS = re.compile(
    r"(^|[/_.\-])(fail|failing|invalid|bad|malformed|not_validating|broken)s?([/_.\-]|$)", re.I
)

_CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
}
_UBL = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
_SUM = "//ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:"
_CII_TOTALS = {
    "BT-106": _SUM + "LineTotalAmount",
    "BT-109": _SUM + "TaxBasisTotalAmount",
    "BT-112": _SUM + "GrandTotalAmount",
    "BT-115": _SUM + "DuePayableAmount",
}
_UBL_TOTALS = {
    "BT-106": "/*/cac:LegalMonetaryTotal/cbc:LineExtensionAmount",
    "BT-109": "/*/cac:LegalMonetaryTotal/cbc:TaxExclusiveAmount",
    "BT-112": "/*/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount",
    "BT-115": "/*/cac:LegalMonetaryTotal/cbc:PayableAmount",
}
_MODEL = {
    "BT-106": "line_total",
    "BT-109": "tax_exclusive",
    "BT-110": "tax_total",
    "BT-112": "tax_inclusive",
    "BT-115": "amount_due",
}


def expected_of(path: str) -> str:
    """What the corpus says of the document, from its path: "valid", "invalid" or "" (it does not say)."""
    if _INVALID_WORDS.search(path):
        return "invalid"
    if _VALID_WORDS.search(path):
        return "valid"
    return ""


def _decimal(texts: list[str]) -> Decimal | None:
    try:
        return Decimal(texts[0].strip()) if texts else None
    except InvalidOperation:
        return None


def written_totals(xml: bytes) -> dict[str, Decimal]:
    """The document's totals as written, by XPath (BT-110 in the document's currency)."""
    try:
        root = etree.fromstring(
            xml, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        )
    except etree.XMLSyntaxError:
        return {}
    found: dict[str, Decimal | None] = {}
    if root.tag.endswith("CrossIndustryInvoice"):
        for bt, path in _CII_TOTALS.items():
            found[bt] = _decimal(root.xpath(path + "/text()", namespaces=_CII))
        currency = root.xpath(
            "//ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode/text()", namespaces=_CII
        )
        taxes = root.xpath(_SUM + "TaxTotalAmount", namespaces=_CII)
        chosen = [t for t in taxes if not currency or t.get("currencyID") in (None, currency[0].strip())]
        found["BT-110"] = _decimal([chosen[0].text or ""]) if chosen else None
    else:
        for bt, path in _UBL_TOTALS.items():
            found[bt] = _decimal(root.xpath(path + "/text()", namespaces=_UBL))
        currency = root.xpath("/*/cbc:DocumentCurrencyCode/text()", namespaces=_UBL)
        taxes = root.xpath("/*/cac:TaxTotal/cbc:TaxAmount", namespaces=_UBL)
        chosen = [t for t in taxes if not currency or t.get("currencyID") == currency[0].strip()]
        found["BT-110"] = _decimal([chosen[0].text or ""]) if chosen else None
    return {bt: value for bt, value in found.items() if value is not None}


@dataclass
class Outcome:
    """What the gateway made of one document."""

    path: str
    expected: str
    read: bool = False
    valid: bool = False
    syntax: str = ""
    profile: str = ""
    fatal: list[str] = field(default_factory=list)
    unread: str = ""  # the rule and message when no invoice was read
    submitted: str = ""  # SubmitInvoice with the document: "accepted", or "refused" and the fatal rules
    problems: list[str] = field(default_factory=list)  # defects: each one line
    notes: list[str] = field(default_factory=list)  # explained, not defects


def differences(a: Any, b: Any, path: str = "") -> list[str]:
    """Where two invoices (or parts) differ, one `path: a != b` each."""
    if is_dataclass(a) and is_dataclass(b) and type(a) is type(b):
        return [
            d
            for f in fields(a)
            for d in differences(getattr(a, f.name), getattr(b, f.name), f"{path}.{f.name}")
        ]
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        return [
            d for i, (x, y) in enumerate(zip(a, b, strict=True)) for d in differences(x, y, f"{path}[{i}]")
        ]
    return [] if a == b else [f"{path}: {str(a)[:60]!r} != {str(b)[:60]!r}"]


def _fatal_ids(report: Any) -> list[str]:
    return sorted({f"{f.layer}/{f.rule_id}" for f in report.findings if f.is_fatal})


def _as_request(invoice: Invoice) -> Invoice | None:
    """The invoice as GetReceivedInvoice shows it, read back as a request reads an invoice; None when one of its
    texts is longer than a request may send (a document's are bounded by the document alone: docs/input-bounds.md)."""
    try:
        return invoice_from_proto(invoice_to_proto(invoice))
    except InvoiceRejected as exc:
        if all(f.rule_id == RULE_TEXT_LENGTH for f in exc.findings):
            return None
        raise


def _stored_view(invoice: Invoice, out: Outcome) -> None:
    stored = invoice_from_dict(json.loads(json.dumps(invoice_to_dict(invoice))))
    if stored != invoice:
        out.problems.append(
            f"stored view: the repository's JSON reads back otherwise: {differences(invoice, stored)[:3]}"
        )
    shown = _as_request(invoice)
    if shown is None:
        out.notes.append("API view: a text longer than a request may send, not read back as one")
        return
    if not invoice.specification:
        # no BT-24: the API shows it empty, which a request reads as EN 16931 (invoice.proto), not a term lost
        shown = shown.evolve(specification="")
    if shown != invoice:
        out.problems.append(
            f"API view: GetReceivedInvoice's proto reads back otherwise: {differences(invoice, shown)[:3]}"
        )


def _amounts(content: bytes, invoice: Invoice, out: Outcome) -> None:
    xml = content
    if content.lstrip()[:5] == b"%PDF-":
        embedded = extract_xml(content)
        if embedded is None:
            return
        xml = embedded.xml
    written = written_totals(xml)
    if invoice.totals is None:
        if written:
            out.problems.append(f"amounts: totals written ({sorted(written)}) but none read")
        return
    for bt, value in written.items():
        held = getattr(invoice.totals, _MODEL[bt])
        if held != value:
            out.problems.append(f"amounts: {bt} written {value}, read {held}")


def _readable(content: bytes, invoice: Invoice, out: Outcome) -> None:
    if content.lstrip()[:5] == b"%PDF-":
        return  # the document is its own readable view
    shown = (
        invoice
        if invoice.totals is not None and invoice.vat_breakdown is not None
        else compute_totals(invoice)
    )
    page = render_invoice_page(shown)
    if not page.startswith(b"%PDF-"):
        out.problems.append("readable view: the page is not a PDF")


_FRENCH_OR_OURS = ("BR-FR-", "PDP-", "PDPG-", "ER-", "PAY-", "BR-B2G", "B2G-")
# EN 16931 rules the domain applies more strictly than CEN's artefact, by design (domain/rules/en16931.py and
# vat.py): exact to the cent (BR-CO-17, BR-x-08, BR-x-09), BR-CO-25 and BR-49 as the norm and the French profile
# state them,
# the VATEX list as the Factur-X profile's code list holds it (case included); BR-53 refuses a VAT accounting currency
# equal to the invoice currency, which UBL allows and CEN's CII rules do not


# What a syntax holds once and a reader gives back in one place (README "Known limits", documents made elsewhere):
# CII one remittance information (BT-83), read back on the first means of payment; UBL one payment means text
# (BT-82); CII a line's gross price whenever its price discount is given (BT-148 = BT-146 + BT-147)
_CII_PLACED = re.compile(
    r"^\.payment_instructions\[[1-9]\d*\]\.remittance_information: |^\.lines\[\d+\]\.gross_price: 'None' != "
)
_PLACED_OTHERWISE = {
    DocumentFormat.CII: _CII_PLACED,
    DocumentFormat.FACTURX: _CII_PLACED,
    DocumentFormat.UBL: re.compile(r"^\.payment_instructions\[[1-9]\d*\]\.means_text: "),
}


def _emission(invoice: Invoice, out: Outcome) -> None:
    """ValidateInvoice's domain findings, then our own documents of the invoice, judged and read back."""
    shown = _as_request(invoice)
    if shown is None:
        out.notes.append("emission: not sent field by field (a text longer than a request may send)")
        return
    fatal = [f for f in validate_invoice_only(shown) if f.is_fatal]
    en16931 = sorted({f.rule_id for f in fatal if not f.rule_id.startswith(_FRENCH_OR_OURS)})
    stricter = [rule for rule in en16931 if rule in STRICTER_THAN_OFFICIAL]
    en16931 = [rule for rule in en16931 if rule not in STRICTER_THAN_OFFICIAL]
    if stricter:
        out.notes.append(f"emission: refused by the domain's stricter EN 16931 rules: {stricter}")
    french = sorted({f.rule_id for f in fatal if f.rule_id.startswith(_FRENCH_OR_OURS)})
    if en16931:
        out.problems.append(f"emission: ValidateInvoice refuses by EN 16931 rules CEN passed: {en16931}")
    if french:
        out.notes.append(f"emission: French rules refuse it: {french[:8]}")
    if en16931 or stricter:
        return  # SubmitInvoice refuses it: nothing is written
    for fmt in (DocumentFormat.CII, DocumentFormat.UBL, DocumentFormat.FACTURX):
        try:
            document = render(shown, fmt, Profile.EN16931)
        except (DocumentError, NotCarried) as exc:
            out.notes.append(f"emission {fmt.value}: refused {exc.rule_id}: {str(exc)[:160]}")
            continue
        checked = check_document(document.content, french=False)
        if not checked.report.valid:
            out.problems.append(
                f"emission {fmt.value}: our document fails EN 16931: {_fatal_ids(checked.report)}"
            )
        # what the profile has no room for is said, not lost (RenderDocument's PDP-NOT-IN-PROFILE warnings): a
        # reader gets back the invoice as the profile holds it
        held, said = (shown, ()) if fmt is DocumentFormat.UBL else left_out(shown, Profile.EN16931)
        if said:
            out.notes.append(f"emission {fmt.value}: the profile leaves out {[f.path for f in said]}")
        again = parse(document.content).invoice
        lost = differences(held.evolve(specification=again.specification), again)
        placed = [d for d in lost if _PLACED_OTHERWISE[fmt].match(d)]
        if placed:
            out.notes.append(f"emission {fmt.value}: placed otherwise, not lost: {placed[:3]}")
        lost = [d for d in lost if d not in placed]
        if lost:
            out.problems.append(f"emission {fmt.value}: our document reads back otherwise: {lost[:3]}")


class _DryUnitOfWork:
    """SubmitInvoice's unit of work, writing nothing: it keeps the invoice and the document it would store."""

    def __init__(self) -> None:
        self.invoices = self
        self.documents = self
        self.stored: OutboundInvoice | None = None
        self.kept: InvoiceDocument | None = None

    async def __aenter__(self) -> _DryUnitOfWork:
        return self

    async def __aexit__(self, *exc: object) -> None:
        return None

    async def commit(self) -> None:
        return None

    async def get_by_request(self, company: str, request_id: str) -> None:
        return None  # never submitted before

    async def add(self, outbound: OutboundInvoice) -> None:
        self.stored = outbound

    async def add_submitted(self, invoice_id: str, document: InvoiceDocument) -> None:
        self.kept = document


class _Now:
    def now(self) -> datetime:
        return datetime.now(UTC)


async def _same_thread(fn: Any, *args: Any) -> Any:
    return fn(*args)


def _submission(content: bytes, invoice: Invoice, received_valid: bool, out: Outcome) -> None:
    """The document given to SubmitInvoice by its issuer (the seller, or the buyer of a self-billed invoice)."""
    issuer = invoice.buyer if invoice.type_code.kind.self_billed else invoice.seller
    uow = _DryUnitOfWork()
    try:
        asyncio.run(
            submit_document(
                issuer.siren,
                "corpus-run",
                content,
                None,
                run=_same_thread,
                tools=DOCUMENT_TOOLS,
                uow=uow,  # type: ignore[arg-type]  # the dry one: only what submit_document calls
                clock=_Now(),
                validate=validate_invoice,
            )
        )
    except InvoiceRejected as exc:
        rules = sorted({f.rule_id for f in exc.findings if f.is_fatal})
        out.submitted = "refused " + ", ".join(rules)
        return
    out.submitted = "accepted"
    if not received_valid:
        out.problems.append("submit: accepted a document the official layers refuse")
    if uow.stored is None or uow.kept is None:
        out.problems.append("submit: accepted but nothing stored")
        return
    if uow.kept.content != content or uow.kept.sha256 != hashlib.sha256(content).hexdigest():
        out.problems.append("submit: the document kept to send is not the bytes given")
    stored = uow.stored.invoice
    _stored_view(stored, out)
    _amounts(content, stored, out)


def examine(path: str, content: bytes, expected: str) -> Outcome:
    """Everything the gateway does with a document made elsewhere (a module-level function: it runs in a worker)."""
    out = Outcome(path, expected)
    stage = "reception"
    try:
        received = read_received(content)
        out.syntax, out.profile = received.syntax, received.profile
        out.valid = received.report.valid
        out.fatal = _fatal_ids(received.report)
        if received.parsed is None:
            unread = [f for f in received.report.findings if f.is_fatal and f.layer == "document"]
            out.unread = f"{unread[0].rule_id}: {unread[0].message[:200]}" if unread else "?"
            if out.valid:
                out.problems.append("valid but not read")
            return out
        out.read = True
        invoice = received.parsed.invoice
        stage = "stored view"
        _stored_view(invoice, out)
        stage = "amounts"
        _amounts(content, invoice, out)
        stage = "readable view"
        _readable(content, invoice, out)
        if out.valid:
            stage = "emission"
            _emission(invoice, out)
        stage = "submit"
        _submission(content, invoice, out.valid, out)
    except Exception as exc:  # noqa: BLE001 - a crash is the finding
        last = traceback.extract_tb(exc.__traceback__)[-1]
        out.problems.append(
            f"{stage}: {type(exc).__name__}: {str(exc)[:200]} at {last.filename}:{last.lineno}"
        )
    return out


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in (".xml", ".pdf"))


async def _run(roots: list[Path], time_s: float, says: str) -> list[Outcome]:
    pool = WorkerPool(1, name="corpus", limits=WorkerLimits(time_s=time_s))
    outcomes = []
    try:
        for root in roots:
            for file in _files(root):
                name = f"{root.name}/{file.relative_to(root)}"
                expected = "valid" if says == "valid" else expected_of(name)
                try:
                    outcome = await pool.run(examine, name, file.read_bytes(), expected)
                except Exception as exc:  # noqa: BLE001 - a worker limit or death is the finding
                    outcome = Outcome(name, expected, problems=[f"worker: {type(exc).__name__}: {exc}"])
                outcomes.append(outcome)
                print(_line(outcome), file=sys.stderr, flush=True)
    finally:
        pool.close()
    return outcomes


def _verdict(o: Outcome) -> str:
    return "valid" if o.valid else ("unread" if not o.read else "invalid")


def _line(o: Outcome) -> str:
    said = f" (corpus: {o.expected})" if o.expected else ""
    head = f"{_verdict(o):7} {o.path}{said} {o.syntax} {o.profile}"
    details = [
        *o.problems,
        *([o.unread] if o.unread else []),
        *([", ".join(o.fatal[:6])] if o.fatal else []),
        *([f"submit: {o.submitted[:300]}"] if o.submitted else []),
    ]
    return head + ("\n    " + "\n    ".join(details) if details else "")


def tally(outcomes: list[Outcome]) -> str:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.path.split("/", 1)[0]].append(o)
    rows = []
    for name, items in groups.items():
        count = Counter(_verdict(o) for o in items)
        said = [o for o in items if o.expected]
        agree = sum(1 for o in said if (o.expected == "valid") == o.valid)
        defects = sum(1 for o in items if o.problems)
        rows.append(
            f"{name}: {len(items)} documents, {sum(o.read for o in items)} read, {count['valid']} valid,"
            f" {count['invalid']} invalid, {count['unread']} not read; the corpus says {len(said)}"
            f" ({sum(o.expected == 'valid' for o in said)} valid), we agree on {agree}; {defects} with problems;"
            f" submitted as a ready document: {sum(o.submitted == 'accepted' for o in items)} accepted"
        )
    problems = [f"  {o.path}: {p}" for o in outcomes for p in o.problems]
    disagree = [
        f"  {o.path}: corpus {o.expected}, gateway {_verdict(o)} {o.unread or ', '.join(o.fatal[:6])}"
        for o in outcomes
        if o.expected and (o.expected == "valid") != o.valid
    ]
    refusals = Counter(
        rule for o in outcomes if o.submitted.startswith("refused") for rule in o.submitted[8:].split(", ")
    )
    refused = [f"  {rule}: {count}" for rule, count in refusals.most_common(25)]
    return "\n".join(
        [*rows, "problems:", *problems, "disagreements:", *disagree, "submit refused by:", *refused]
    )


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("roots", nargs="+", type=Path)
    args.add_argument("--json", type=Path, help="write every outcome here")
    args.add_argument("--time-s", type=float, default=60.0, help="a worker's time limit per document")
    args.add_argument(
        "--says",
        choices=("valid", "path"),
        default="path",
        help="what the corpus says of each document: all valid (a set of examples), or from its path (default)",
    )
    parsed = args.parse_args(argv)
    outcomes = asyncio.run(_run(parsed.roots, parsed.time_s, parsed.says))
    if parsed.json:
        parsed.json.write_text(json.dumps([o.__dict__ for o in outcomes], indent=1, ensure_ascii=False))
    print(tally(outcomes))
    return 1 if any(o.problems for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
