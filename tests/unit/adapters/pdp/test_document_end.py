"""cut_short: whether a document downloaded without a length reaches its end, by what it holds."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from adapters.pdp.document_end import cut_short

CII = (Path(__file__).parents[3] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml").read_bytes()
ROOT = CII[CII.index(b"<rsm:") : CII.index(b" ", CII.index(b"<rsm:"))]  # <rsm:CrossIndustryInvoice


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
        pytest.param(b"%PDF-1.7\n...\n%%EOF\n", id="pdf"),
        pytest.param(b"%PDF-1.7\n...\n%%EOF\n" + b"\0" * 100, id="pdf-bytes-after-eof"),
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
        pytest.param(CII.rstrip()[:-1], f"root element {ROOT.decode()}> is not closed", id="last-byte"),
        pytest.param(CII[: CII.index(ROOT) + 3], "cut before its root element", id="in-the-root-start-tag"),
        pytest.param(
            b"<?xml version='1.0'?>\n<!-- a comm", "cut before its root element", id="in-the-prolog"
        ),
        pytest.param(b"<r>x</r><!-- trailing", "<r> is not closed", id="in-a-comment-after-the-root"),
        pytest.param(b"%PDF-1.7\n1 0 obj", "PDF without %%EOF", id="pdf"),
        pytest.param(b"%PDF-1.7\n%%EOF\n" + b"x" * 2000, "PDF without %%EOF", id="pdf-update-cut"),
    ],
)
def test_what_a_document_cut_short_lacks_is_named(cut: bytes, why: str) -> None:
    assert why in cut_short(cut)
