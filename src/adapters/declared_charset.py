"""JSON read in the charset its Content-Type declares: one way for a platform's answers (adapters.pdp.answers), its
webhook callbacks (adapters.webhook.receiver) and the deliveries stored from them (each platform's decoder).

JSON between systems is UTF-8 (RFC 8259), but a platform that declares `; charset=ISO-8859-1` writes its "é" as one
byte: read as UTF-8, every such body was "not JSON" (an answer: the platform's failure, round after round; a
callback: stored with that note, then unreadable). Without a charset, JSON is read as RFC 8259 says (UTF-8, or
UTF-16/32 by its first bytes). A charset no codec knows, or a codec that makes no text of bytes (base64...), is
UnknownCharset: a callback is refused (415, the body not read); an answer is read as RFC 8259 says.
"""

from __future__ import annotations

import codecs
import json
from typing import Any

from python_multipart.multipart import parse_options_header

from domain.bounds import printable, shorten


class UnknownCharset(ValueError):
    """A Content-Type declares a charset no codec knows, or one that makes no text of bytes."""


def declared_codec(content_type: str) -> str | None:
    """The codec (Python's name) of the charset `content_type` declares; None when it declares none."""
    _, options = parse_options_header(content_type)
    declared = options.get(b"charset", b"").decode("latin-1").strip()
    if not declared:
        return None
    try:
        info = codecs.lookup(declared)
    except LookupError:
        info = None
    # The registry also holds transforms (base64, zlib, rot13...): found, yet `bytes.decode` refuses them with a
    # LookupError (what tells them is the attribute it reads); "undefined" decodes nothing.
    if info is None or not info._is_text_encoding or info.name == "undefined":
        raise UnknownCharset(f"charset {shorten(printable(declared), 40)!r} is not one the gateway reads")
    return info.name


def json_text(content: bytes, codec: str | None) -> str:
    """The text of JSON `content` in `codec`, else (None) as RFC 8259 says (json.loads' own reading of bytes: UTF-8,
    or UTF-16/32 by its first bytes); UnicodeDecodeError when it is no text in that codec. For a reader that lets
    go of the bytes before the text is parsed (a large callback: its bytes, its text and its values at once)."""
    if codec is None or codec == "utf-8":
        return content.decode(json.detect_encoding(content), "surrogatepass")
    return content.decode(codec)


def json_in(content: bytes, codec: str | None) -> Any:
    """The JSON of `content` read in `codec`, else (None) as RFC 8259 says; ValueError when it is not JSON (or
    not text in that codec), or nested deeper than the parser recurses (its RecursionError: a platform's answer or
    a callback of 100,000 brackets, in 200 KB, is no JSON any sender owes us)."""
    try:
        return json.loads(json_text(content, codec))
    except RecursionError:
        raise ValueError("JSON nested deeper than the parser reads") from None
