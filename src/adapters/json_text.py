"""JSON text through orjson (C), several times faster than the standard library's json: the pool's json/jsonb
codec, and the canonical texts of request fingerprints and stored findings.

`canonical_json` returns exactly the text of domain.serialization.canonical_json (sorted keys, no spaces, ASCII
only: any other character as a lowercase \\uXXXX escape, a surrogate pair beyond the Basic Multilingual Plane), so a
fingerprint is the same whichever computed it; tests/unit/adapters/test_json_text.py holds them to it.
"""

from __future__ import annotations

import codecs
import json
from json.encoder import encode_basestring_ascii
from typing import Any

import orjson

from domain.bounds import shorten
from domain.serialization import canonical_json as reference_canonical_json

# orjson already escapes the control characters; the standard library's ensure_ascii escapes DEL and non-ASCII too,
# with its C escaper (lowercase \uXXXX, surrogate pairs beyond the BMP). Non-ASCII characters only occur inside
# strings: the ASCII codec finds each run of them (in C) and this error handler escapes the run as json would.
_ESCAPE_ERRORS = "pdpgateway-json-ascii"


def _escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return encode_basestring_ascii(error.object[error.start : error.end])[1:-1], error.end


codecs.register_error(_ESCAPE_ERRORS, _escape)


def canonical_json(value: Any) -> str:
    try:
        text = orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except (
        orjson.JSONEncodeError
    ):  # e.g. a lone surrogate, which no protobuf string carries: the reference text
        return reference_canonical_json(value)
    if text.isascii() and "\x7f" not in text:
        return text
    return text.replace("\x7f", "\\u007f").encode("ascii", _ESCAPE_ERRORS).decode("ascii")


def dumps(value: Any) -> str:
    """Compact text, UTF-8 left as is (PostgreSQL stores jsonb parsed anyway)."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()


loads = orjson.loads


def loads_file(data: bytes) -> Any:
    """One JSON value from a file's bytes: the one reading of every command's JSON file, every failure a ValueError
    saying why. The bytes are UTF-8 (RFC 8259 §8.1: JSON between systems is UTF-8; a leading byte order mark, which
    it lets a reader ignore, is ignored), never guessed as UTF-16 or -32: every command reads the same files, those
    `document parse` writes. An object naming a member twice is refused (json_format.Parse's rule, which
    `invoice validate|submit` kept): which of the two was meant is not ours to guess. A file nested beyond what the
    parser recurses into is a ValueError too (a RecursionError, which no caller would expect)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start} is not UTF-8; JSON files are UTF-8)") from None
    try:
        return json.loads(text, object_pairs_hook=_members)
    except RecursionError as exc:
        raise ValueError("nested deeper than a JSON file this command reads") from exc


def _members(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    members: dict[str, Any] = {}
    for name, value in pairs:
        if name in members:
            raise ValueError(f"member {shorten(name, 60)!r} given twice in one object")
        members[name] = value
    return members
