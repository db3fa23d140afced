"""Whether a downloaded document reaches its end, for an answer whose framing cannot say: one ended by its connection's
close, without a length (adapters.pdp.exchange.close_delimited), is whole or cut short alike, and neither IOPOLE nor
an XP Z12-013 platform gives a size or a hash of the documents it hands out (XP Z12-013's Flow has no sha256; only
a deposit's answer may). What the document holds says it: an XML document closes its root element, a PDF ends with
`%%EOF`. A document of another kind cannot tell, and is taken as it came.

The root element's closing tag is looked for at the end, not matched by parsing: a document whose root element holds
one of the same name, cut right after the inner one's end, would pass for whole (no invoice or CDAR syntax nests
its root); the document's own reading (the document worker's) then finds it unreadable.
"""

from __future__ import annotations

import codecs
import re

# ISO 32000-1 §7.5.5: a reader looks for %%EOF within the last 1024 bytes (a few writers add bytes after it).
_PDF_TAIL = 1024
# What may follow the root element (comments, processing instructions, blanks) is looked for this far from the end.
_XML_TAIL = 64 * 1024
_NAME_END = re.compile(rb"[\s/>]")
_BLANKS = re.compile(rb"\s*")
_AFTER_ROOT = re.compile(rb"(?:\s|<!--.*?-->|<\?.*?\?>)*\Z", re.DOTALL)


def cut_short(content: bytes) -> str:
    """Why `content` stops before its end; "" when it reaches it, or is of no kind that can tell."""
    if content.startswith(b"%PDF-"):
        return "" if b"%%EOF" in content[-_PDF_TAIL:] else "a PDF without %%EOF at its end"
    xml = _utf8(content)
    start = _BLANKS.match(xml).end()  # type: ignore[union-attr]  # matches any text, if only emptily
    if not xml.startswith(b"<", start):
        return ""  # no XML: nothing to tell by
    root = _root_element(xml, start)
    if root is None:
        return "an XML document cut before its root element"
    name, start_tag_end = root
    if xml[start_tag_end - 2 : start_tag_end] == b"/>" and _AFTER_ROOT.match(xml, start_tag_end):
        return ""  # the root element is empty (<root/>)
    tail = xml[-_XML_TAIL:]
    for closing in re.finditer(rb"</" + re.escape(name) + rb"\s*>", tail):
        if _AFTER_ROOT.match(tail, closing.end()):
            return ""
    return f"an XML document whose root element <{name.decode('latin-1')}> is not closed"


def _utf8(content: bytes) -> bytes:
    """The document in an ASCII-compatible encoding (UTF-16 recoded, a UTF-8 byte order mark dropped)."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return content.decode("utf-16", "replace").encode("utf-8")
    return content.removeprefix(codecs.BOM_UTF8)


def _root_element(xml: bytes, at: int) -> tuple[bytes, int] | None:
    """The root element's name and where its start tag ends, past the prolog (declaration, comments, processing
    instructions, document type); None when the document stops before it."""
    while True:
        while at < len(xml) and xml[at : at + 1].isspace():
            at += 1
        if xml.startswith(b"<?", at):
            end = xml.find(b"?>", at + 2)
            step = 2
        elif xml.startswith(b"<!--", at):
            end = xml.find(b"-->", at + 4)
            step = 3
        elif xml.startswith(b"<!", at):  # the document type, perhaps with an internal subset in brackets
            bracket, end = xml.find(b"[", at), xml.find(b">", at)
            if bracket != -1 and bracket < end:
                end = xml.find(b">", xml.find(b"]", bracket))
            step = 1
        elif xml.startswith(b"<", at):
            name_end = _NAME_END.search(xml, at + 1)
            tag_end = xml.find(b">", at)
            if name_end is None or tag_end == -1:
                return None
            return xml[at + 1 : name_end.start()], tag_end + 1
        else:
            return None
        if end == -1:
            return None
        at = end + step
