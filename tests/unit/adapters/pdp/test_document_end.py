"""cut_short: whether a document downloaded without a length reaches its end, by what it holds."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from adapters.pdp.document_end import cut_short

FIXTURES = Path(__file__).parents[3] / "fixtures"
CII = (FIXTURES / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()
ROOT = CII[CII.index(b"<rsm:") : CII.index(b" ", CII.index(b"<rsm:"))]  # <rsm:CrossIndustryInvoice
PDF = (FIXTURES / "documents-made-elsewhere" / "fnfe-mpe" / "Facture_FR_EN16931.pdf").read_bytes()


def pdf(*objects: bytes) -> bytes:
    """A PDF of `objects` (each `N 0 obj ... endobj`), its cross-reference table and trailer at their offsets."""
    body = b"%PDF-1.7\n"
    offsets = []
    for o in objects:
        offsets.append(len(body))
        body += o + b"\n"
    xref = len(body)
    table = b"".join(b"%010d 00000 n \n" % at for at in offsets)
    return (
        body
        + b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        + table
        + b"trailer\n<</Size %d>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )


SMALL_PDF = pdf(b"1 0 obj\n<</Type/Catalog>>\nendobj")
_LAST_STARTXREF = PDF.rindex(b"startxref") + len(b"startxref\n")
WRONG_STARTXREF = PDF[:_LAST_STARTXREF] + b"12345" + PDF[PDF.index(b"\n", _LAST_STARTXREF) :]
# A PDF holding another one whole in an uncompressed stream (an attachment): its %%EOF and startxref are inside.
ATTACHING = b"1 0 obj\n<</Type/EmbeddedFile/Length %d>>\nstream\n" % len(PDF)
HOLDING_A_PDF = pdf(ATTACHING + PDF + b"\nendstream\nendobj", b"2 0 obj\n<</Type/Catalog>>\nendobj")


@pytest.mark.parametrize(
    "whole",
    [
        pytest.param(CII, id="cii"),
        pytest.param(CII.rstrip(), id="no-final-newline"),
        pytest.param(CII + b"\n<!-- signed -->\n<?done yes?>\n\n", id="comment-and-pi-after-the-root"),
        pytest.param(codecs.BOM_UTF8 + CII, id="utf8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + CII.decode().encode("utf-16-le"), id="utf16"),
        pytest.param(b"<?xml version='1.0'?>\n<Invoice/>", id="empty-root"),
        pytest.param(
            b"<!DOCTYPE r [<!ELEMENT r ANY> <!-- a > in it -->]><r>x</r >", id="doctype-with-subset"
        ),
        pytest.param(b"<a><a>nested</a></a>", id="root-name-nested"),
        pytest.param(b"<?xml version='1.0' encoding='ISO-8859-1'?><a>\xe9t\xe9</a>", id="latin-1"),
        # whole but malformed as sent: no cut (taken, and found unreadable by the document worker)
        pytest.param(b"<r>x</r> and some garbage", id="garbage-after-the-root"),
        pytest.param(b"<r>x</ r>", id="malformed-before-the-end"),
        pytest.param(PDF, id="pdf"),
        pytest.param(SMALL_PDF, id="pdf-made-here"),
        pytest.param(SMALL_PDF + b"\0" * 100, id="pdf-bytes-after-eof"),
        pytest.param(HOLDING_A_PDF, id="pdf-holding-a-pdf"),
        # whole, its startxref wrong as its writer made it (taken: the document worker finds it damaged, rather than
        # it being asked again as cut until given up)
        pytest.param(SMALL_PDF.replace(b"startxref\n", b"startxref\n9"), id="pdf-startxref-past-the-end"),
        pytest.param(SMALL_PDF.replace(b"startxref\n", b"startxref\n1"), id="pdf-startxref-at-no-xref"),
        pytest.param(WRONG_STARTXREF, id="pdf-made-elsewhere-startxref-wrong"),
        pytest.param(
            HOLDING_A_PDF.replace(b"startxref\n", b"startxref\n1"), id="pdf-holding-one-startxref-wrong"
        ),
        pytest.param(b"PK\x03\x04 a zip", id="no-kind-that-can-tell"),
        pytest.param(b"plain text", id="text"),
    ],
)
def test_a_whole_document_reaches_its_end(whole: bytes) -> None:
    assert cut_short(whole) == ""


@pytest.mark.parametrize("kept", [0.05, 0.3, 0.5, 0.9, 0.999])
def test_an_xml_document_cut_anywhere_stops_short(kept: float) -> None:
    assert cut_short(CII[: int(len(CII) * kept)]) != ""


@pytest.mark.parametrize(
    ("cut", "why"),
    [
        pytest.param(CII.rstrip()[:-1], "stops inside itself", id="last-byte"),
        pytest.param(CII[: CII.index(ROOT) + 3], "stops inside itself", id="in-the-root-start-tag"),
        pytest.param(b"<?xml version='1.0'?>\n<!-- a comm", "stops inside itself", id="in-the-prolog"),
        pytest.param(b"<r>x</r><!-- trailing", "stops inside itself", id="in-a-comment-after-the-root"),
        # cut right after an inner element of the root's name: its closing tag looked for at the end, it passed
        pytest.param(
            b"<a><b/><a>nested</a>", "Premature end of data in tag a", id="after-a-nested-root-name"
        ),
        pytest.param(
            b"<a><b>x</b> upstream timed out <html>", "stops inside itself", id="cut-then-an-error-page"
        ),
        pytest.param("<a>\u00e9".encode()[:-1], "stops inside itself", id="in-a-character"),
        pytest.param(b"%PDF-1.7\n1 0 obj", "PDF without %%EOF", id="pdf"),
        pytest.param(b"%PDF-1.7\n%%EOF\n" + b"x" * 2000, "PDF without %%EOF", id="pdf-update-cut"),
        pytest.param(b"%PDF-1.7\n1 0 obj\n%%EOF\n", "follows no startxref", id="pdf-eof-alone"),
        # a cut right after the attached PDF's %%EOF: its startxref counts from its own start
        pytest.param(
            HOLDING_A_PDF[: HOLDING_A_PDF.index(PDF) + len(PDF)],
            f"stops at the end of a PDF it holds from byte {HOLDING_A_PDF.index(PDF)}",
            id="pdf-in-a-pdf",
        ),
    ],
)
def test_what_a_document_cut_short_lacks_is_named(cut: bytes, why: str) -> None:
    assert why in cut_short(cut)
