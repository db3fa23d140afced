"""Whether a downloaded document reaches its end, for an answer whose framing cannot say: one ended by its connection's
close, without a length (adapters.pdp.exchange.close_delimited), is whole or cut short alike, and neither IOPOLE nor
an XP Z12-013 platform gives a size or a hash of the documents it hands out (XP Z12-013's Flow has no sha256; only
a deposit's answer may). What the document holds says it. A document of another kind cannot tell, and is taken as
it came.

- XML: parsed (libxml2's push parser, building nothing, no entity or DTD loaded). The bytes given are either a
  document, or they break the syntax before their end (a document the platform sent malformed, `</root>garbage`
  too: taken as it came, the document worker finds it unreadable and parks it), or they stop inside the document (a
  root element not closed, a tag, a comment, a character cut): cut short. Looking for the root's closing tag at the
  end (what this was) passed a document cut right after an inner element of the root's name.
- PDF: ends with `%%EOF` within its last 1024 bytes, after a `startxref`. A cut landing after a `%%EOF` that an
  uncompressed stream holds (an attached PDF's own) ends with that PDF's startxref, counted from its own `%PDF-`
  header: it points at a cross-reference section (a table `xref` or a stream `N G obj`) from a header inside the
  bytes, not from their start: cut. A startxref that points at no cross-reference section from either is the
  document's own, wrong as its writer made it: whole (taken; the document worker finds it damaged, PDP-PDF-DAMAGED,
  rather than it being asked again as cut until given up). What cannot be told: a cut right after the `%%EOF` of an
  earlier revision of an incrementally updated PDF (a signed one), which is a whole PDF itself.
"""

from __future__ import annotations

import codecs
import itertools
import re

from lxml import etree

# ISO 32000-1 §7.5.5: a reader looks for %%EOF within the last 1024 bytes (a few writers add bytes after it).
_PDF_TAIL = 1024
_STARTXREF = re.compile(rb"startxref\s+(\d{1,15})\s+%%EOF")
_XREF_SECTION = re.compile(rb"\s*(?:xref|\d{1,10}\s+\d{1,5}\s+obj)")
_PDF_HEADER = re.compile(rb"%PDF-")
_HELD_PDFS = 1000  # headers of PDFs held inside looked at, at most: a bound on what hostile bytes can cost


def cut_short(content: bytes) -> str:
    """Why `content` stops before its end; "" when it reaches it, or is of no kind that can tell."""
    if content.startswith(b"%PDF-"):
        return _pdf_cut_short(content)
    if _looks_xml(content):
        return _xml_cut_short(content)
    return ""


def _looks_xml(content: bytes) -> bool:
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    return content.removeprefix(codecs.BOM_UTF8).lstrip().startswith(b"<")


class _NothingBuilt:
    """A parser target keeping nothing: the parse says whether the bytes are well-formed, at no tree's cost."""

    def close(self) -> None:
        return None


def _xml_cut_short(content: bytes) -> str:
    # huge_tree: a document's text nodes (an attachment's base64) may pass libxml2's 10 MB default
    parser = etree.XMLParser(
        target=_NothingBuilt(), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    try:
        parser.feed(content)
    except etree.XMLSyntaxError:
        return ""  # broken before its end: malformed as the platform sent it, no cut
    try:
        parser.close()
    except etree.XMLSyntaxError as exc:
        return f"an XML document that stops inside itself ({exc.msg})"
    return ""


def _pdf_cut_short(content: bytes) -> str:
    tail_start = max(0, len(content) - _PDF_TAIL - 64)  # the startxref line just before the %%EOF too
    ends = list(_STARTXREF.finditer(content, tail_start))
    if not ends or ends[-1].end() < len(content) - _PDF_TAIL:
        if b"%%EOF" not in content[-_PDF_TAIL:]:
            return "a PDF without %%EOF at its end"
        return "a PDF whose %%EOF at its end follows no startxref"
    offset, end = int(ends[-1].group(1)), ends[-1].start()
    if offset < end and _XREF_SECTION.match(content, offset):
        return ""
    for header in itertools.islice(_PDF_HEADER.finditer(content, 1, end), _HELD_PDFS):
        held = header.start()
        if held + offset < end and _XREF_SECTION.match(content, held + offset):
            return (
                f"a PDF that stops at the end of a PDF it holds from byte {held} (the startxref {offset} at its "
                "end counts from there)"
            )
    return ""  # its own startxref, wrong as its writer made it: whole, and damaged
