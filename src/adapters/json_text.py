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
    """One JSON value from a file's bytes (UTF-8, -16 or -32, as the standard library detects them), every failure a
    ValueError saying why: not text, not JSON, or nested beyond what the parser recurses into (a RecursionError,
    which no caller would expect)."""
    try:
        return json.loads(data)
    except RecursionError as exc:
        raise ValueError("nested deeper than a JSON file this command reads") from exc
