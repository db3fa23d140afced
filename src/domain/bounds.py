"""Bounds every input value must respect before any rule, computation, storage or rendering sees it.

The official rules say nothing about a name of a million characters, a NUL in a note or a quantity of 10^40; the
XML documents we render cannot even hold some of these. These are the gateway's own rules (PDP-*):
- PDP-TEXT-CHARS: every text is made of XML 1.0 characters (#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] |
  [#x10000-#x10FFFF]); NUL and the other control characters cannot be written in CII, UBL or Factur-X, and
  PostgreSQL refuses NUL in text. Nor those XML 1.0 asks authors to avoid (2.2): DEL and the C1 controls, and the
  noncharacters; nor the bidirectional embeddings, overrides and isolates, which make the reader of a page or a
  listing see a name, an address or an account other than the one stored ("Trojan Source", CVE-2021-42574). The
  marks LRM and RLM, which right-to-left text needs, stay;
- PDP-TEXT-LENGTH: at most MAX_TEXT characters, MAX_LONG_TEXT for the free texts (notes, descriptions, terms), in
  what a client sends field by field. A document's texts have no length of their own: EN 16931, the French CIUS
  and the platforms set none (BR-FR bounds a few identifiers, which the official layers judge), so the document's
  own size bounds them (docs/input-bounds.md, "Texts");
- PDP-LIST-SIZE: at most MAX_LINES invoice lines and MAX_ITEMS entries in any other list, and MAX_REQUEST_ENTRIES
  list entries in all in one request;
- PDP-DATE (with the gRPC mapping's malformed dates): between MIN_DATE and MAX_DATE;
- PDP-DECIMAL-DIGITS: at most MAX_INTEGER_DIGITS digits before the point and MAX_SCALE after it, checked where
  decimals are read (`domain.money.parse_decimal`); beyond every EN 16931 / BR-FR limit (19 digits, 2/4/6 decimals), so those rules
  still name the fault of a value that is merely too long for the standard.

Blank is judged as the official artefacts judge it: XPath `normalize-space(x) != ''` removes only the XML
whitespace (space, tab, CR, LF), so a no-break space (U+00A0) is content, not blank (`is_blank`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from datetime import UTC, date, datetime
from typing import Any, get_args, get_origin, get_type_hints

from domain.findings import Finding, Severity

RULE_TEXT_CHARS = "PDP-TEXT-CHARS"
RULE_TEXT_LENGTH = "PDP-TEXT-LENGTH"
RULE_LIST_SIZE = "PDP-LIST-SIZE"
RULE_DECIMAL_DIGITS = "PDP-DECIMAL-DIGITS"
RULE_INSTANT = "PDP-INSTANT"

MAX_TEXT = 1_000
MAX_LONG_TEXT = 20_000
MAX_LINES = 10_000
MAX_ITEMS = 200
# Every list entry of a request, at any depth, together: each costs the process tens of microseconds to check, map
# and use, much of it on the event loop every company's calls share, and the bounds of each list alone allowed
# millions (10,000 lines of 200 allowances each; 10,000 payments of 200 amounts). Ten times a 10,000-line invoice:
# a batch of 10,000 invoices or payments of a few entries each passes.
MAX_REQUEST_ENTRIES = 100_000
# Free texts of EN 16931 (BT-22 note, BT-20 payment terms, BT-154 item description, BT-127 line note, BT-83
# remittance information, BT-82 means text, BT-120 / BT-97 / BT-104 reasons).
LONG_TEXT_FIELDS = frozenset(
    {
        "text",
        "description",
        "note",
        "payment_terms",
        "remittance_information",
        "means_text",
        "exemption_reason",
    }
)
BOUNDS_LAYER = "bounds"
# Dates read from a request (PDP-DATE): far enough for any invoice or filter, and never at the calendar's ends,
# where adding a day or a period overflows.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2999, 12, 31)

XML_SPACE = " \t\r\n"
# What PDP-TEXT-CHARS accepts: XML 1.0's characters without DEL and the C1 controls (U+007F-U+009F), the
# bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the noncharacters (U+FDD0-U+FDEF,
# U+nFFFE and U+nFFFF of every plane). One class, searched for its complement: two alternatives (XML's complement or
# a refused class) took 200 ns a character, a 60 MB text 12 s of the process; this 15 times less.
_XML_ACCEPTED = "\t\n\r\x20-\x7e\xa0-\u2029\u202f-\u2065\u206a-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd" + "".join(
    f"{chr(plane)}-{chr(plane + 0xFFFD)}" for plane in range(0x10000, 0x110000, 0x10000)
)
_NOT_XML = re.compile(f"[^{_XML_ACCEPTED}]")
_C0_CONTROLS = bytes(c for c in range(0x20) if c not in (0x9, 0xA, 0xD)) + b"\x7f"


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only: \d takes any script's digits


class NotADate(ValueError):
    """A request date that is not a calendar date written YYYY-MM-DD between MIN_DATE and MAX_DATE."""


def parse_date(text: str) -> date:
    """A request's YYYY-MM-DD date, within MIN_DATE..MAX_DATE; NotADate (its message names the fault) else."""
    if _ISO_DATE.fullmatch(text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            pass
        else:
            if MIN_DATE <= day <= MAX_DATE:
                return day
            raise NotADate(f"{text} is not between {MIN_DATE} and {MAX_DATE}")
    raise NotADate(f"{shorten(text, 60)!r} is not a calendar date written YYYY-MM-DD")


_ASCII_DIGITS = re.compile(r"[0-9]+")


def ascii_int(text: str, max_digits: int = 18) -> int | None:
    """The number written in `text` with ASCII digits only (at most `max_digits`), else None.

    str.isdigit() also accepts superscripts, other scripts' digits... ("²" passes it, then int() raises): header
    values, tokens and counters are read with this instead.
    """
    if len(text) > max_digits or not _ASCII_DIGITS.fullmatch(text):
        return None
    return int(text)


def count_over(text: str, limit: int) -> bool:
    """`text` is a count written in ASCII digits larger than `limit`, however many digits it has (a long one is
    compared by its length, never converted: `ascii_int` reads no more than a few digits)."""
    if not _ASCII_DIGITS.fullmatch(text):
        return False
    digits = text.lstrip("0") or "0"
    bound = str(limit)
    return len(digits) > len(bound) or (len(digits) == len(bound) and digits > bound)


def printable(text: str) -> str:
    """`text` safe to store and render: every character PDP-TEXT-CHARS refuses replaced by U+FFFD (for error notes
    that quote what a platform or a client sent)."""
    return text if xml_chars_only(text) else _NOT_XML.sub("\ufffd", text)


def is_blank(text: str) -> bool:
    """True when `text` holds nothing but XML whitespace, as XPath normalize-space() sees it (NBSP is content)."""
    return not text.strip(XML_SPACE)


def xml_chars_only(text: str) -> bool:
    """True when every character of `text` is one PDP-TEXT-CHARS accepts. Quicker than a regular expression on the
    usual text: in UTF-8, the C0 controls and DEL are single bytes that no other character's encoding contains, a
    lone surrogate cannot be encoded at all, and ASCII text (as many bytes as characters) holds nothing else
    refused."""
    try:
        raw = text.encode()
    except UnicodeEncodeError:
        return False
    if len(raw.translate(None, _C0_CONTROLS)) != len(raw):
        return False
    return len(raw) == len(text) or _NOT_XML.search(text) is None


def first_illegal_char(text: str) -> int:
    """Index of the first character PDP-TEXT-CHARS refuses, -1 when there is none."""
    match = _NOT_XML.search(text)
    return -1 if match is None else match.start()


def text_findings(text: str, path: str, max_length: int = MAX_TEXT) -> list[Finding]:
    """PDP-TEXT-LENGTH and PDP-TEXT-CHARS findings of one text (empty when it is within bounds)."""
    found = []
    if len(text) > max_length:
        found.append(
            _finding(RULE_TEXT_LENGTH, path, f"is {len(text)} characters long, at most {max_length}")
        )
        text = text[
            :max_length
        ]  # refused already: what lies past its limit is not read (a text may be 64 MB)
    at = first_illegal_char(text)
    if at >= 0:
        found.append(
            _finding(
                RULE_TEXT_CHARS,
                path,
                f"character {at} is U+{ord(text[at]):04X}: NUL, control characters, noncharacters and"
                " bidirectional overrides are refused",
            )
        )
    return found


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, the cut marked and the full length given: how a value is echoed back."""
    if len(text) <= limit:
        return text
    suffix = f"… ({len(text)} characters)"
    return text[: max(limit - len(suffix), 0)] + suffix


def list_limit(name: str) -> int:
    """How many entries an invoice's list named `name` may hold (PDP-LIST-SIZE): its lines, or any other list."""
    return MAX_LINES if name == "lines" else MAX_ITEMS


def list_findings(size: int, path: str, max_size: int = MAX_ITEMS) -> list[Finding]:
    if size <= max_size:
        return []
    return [_finding(RULE_LIST_SIZE, path, f"has {size} entries, at most {max_size}")]


def request_entries_findings(entries: int) -> list[Finding]:
    if entries <= MAX_REQUEST_ENTRIES:
        return []
    return [
        _finding(
            RULE_LIST_SIZE,
            "",
            f"the request holds {entries} list entries in all (at any depth), at most {MAX_REQUEST_ENTRIES}:"
            " send it in parts",
        )
    ]


def _finding(rule_id: str, path: str, message: str) -> Finding:
    return Finding(
        rule_id, Severity.FATAL, f"{path} {message}" if path else message, path, layer=BOUNDS_LAYER
    )


def instant_findings(at: datetime, path: str) -> list[Finding]:
    """PDP-INSTANT: a moment given with its offset that is no instant of the years 1 to 9999 once in UTC (a
    platform's 9999-12-31T23:59:59-14:00, 0001-01-01T00:00:00+14:00): PostgreSQL refuses one, and one it keeps
    could not be read back. Empty when it is one."""
    try:
        at.astimezone(UTC)
    except OverflowError:
        return [_finding(RULE_INSTANT, path, f"{at.isoformat()} is no instant of the years 1 to 9999 in UTC")]
    return []


def out_of_bounds(value: object, path: str = "", *, read_from_document: bool = False) -> list[Finding]:
    """Every text and list bound broken anywhere in a domain value (an Invoice...), with its path.

    Decimals are bounded where they are read (`domain.money.parse_decimal`). Paths name the fields as the domain
    (and the proto mapping, which uses the same names) does: "lines[2].item.name", indexes from 0. The common
    case, a value within bounds, costs one pass of generated code without building any path; the texts are
    checked together with one regular-expression search. `read_from_document`: a value read from a document,
    whose texts the document's size bounds (no PDP-TEXT-LENGTH; their characters are judged all the same).
    """
    texts: list[str] = []
    limits = _DOCUMENT_TEXT if read_from_document else _REQUEST_TEXT
    if _scanner(type(value), limits)(value, texts) and xml_chars_only("".join(texts)):
        return []
    found: list[Finding] = []
    _collect(value, path, "", found, limits)
    return found


# (MAX_TEXT, MAX_LONG_TEXT) of a text sent field by field; a document's texts are as long as the document lets them be
_REQUEST_TEXT = (MAX_TEXT, MAX_LONG_TEXT)
_DOCUMENT_TEXT = (sys.maxsize, sys.maxsize)
_SCANNERS: dict[tuple[type, tuple[int, int]], Callable[[Any, list[str]], bool]] = {}


def _text_limit(name: str, limits: tuple[int, int]) -> int:
    return limits[1] if name in LONG_TEXT_FIELDS else limits[0]


def _scanner(cls: type, limits: tuple[int, int]) -> Callable[[Any, list[str]], bool]:
    """`scan(obj, texts) -> within bounds`, generated once per dataclass and text limits from its field types: a
    loop over fields() with isinstance tests costs several times more on every invoice."""
    known = _SCANNERS.get((cls, limits))
    if known is not None:
        return known
    hints = get_type_hints(cls)
    namespace: dict[str, Any] = {}
    body = ["    ok = True", "    append = texts.append"]
    for f in fields(cls):
        kind, inner = _kind(hints[f.name])
        name, limit = f.name, _text_limit(f.name, limits)
        size = list_limit(name)
        if kind == "text":
            body += [f"    v = obj.{name}", "    append(v)", f"    ok = ok and len(v) <= {limit}"]
        elif kind == "record":
            namespace[f"_scan_{name}"] = _scanner(inner, limits)  # the domain's records hold no cycle
            body += [f"    v = obj.{name}", f"    ok = (v is None or _scan_{name}(v, texts)) and ok"]
        elif kind == "records":
            namespace[f"_scan_{name}"] = _scanner(inner, limits)
            body += [
                f"    v = obj.{name}",
                f"    ok = ok and len(v) <= {size}",
                "    for item in v:",
                f"        ok = _scan_{name}(item, texts) and ok",
            ]
        elif kind == "texts":
            body += [
                f"    v = obj.{name}",
                f"    ok = ok and len(v) <= {size}",
                "    for item in v:",
                "        texts.extend(item)",
                f"        ok = ok and max(map(len, item), default=0) <= {limit}",
            ]
    source = "def scan(obj, texts):\n" + "\n".join(body) + "\n    return ok\n"
    exec(source, namespace)  # noqa: S102 - generated from the dataclass's own field types, nothing else
    scanner: Callable[[Any, list[str]], bool] = namespace["scan"]
    _SCANNERS[cls, limits] = scanner
    return scanner


def _kind(hint: Any) -> tuple[str, Any]:
    """'text', 'record' (a dataclass or None), 'records' (a tuple of them), 'texts' (a tuple of str tuples)
    or 'other' (dates, enums, numbers: bounded by their type or where they are read)."""
    args = [a for a in get_args(hint) if a is not type(None)]
    if hint is str:
        return "text", None
    if is_dataclass(hint):
        return "record", hint
    if get_origin(hint) is tuple and args:
        if is_dataclass(args[0]):
            return "records", args[0]
        if get_origin(args[0]) is tuple:
            return "texts", None
    if len(args) == 1 and is_dataclass(args[0]):  # X | None
        return "record", args[0]
    return "other", None


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = _FIELDS[cls] = tuple(f.name for f in fields(cls))
    return names


def _collect(value: object, path: str, name: str, found: list[Finding], limits: tuple[int, int]) -> None:
    if isinstance(value, str):
        found.extend(text_findings(value, path, _text_limit(name, limits)))
    elif isinstance(value, tuple):
        found.extend(list_findings(len(value), path, list_limit(name)))
        for i, item in enumerate(value[: MAX_LINES + 1]):
            _collect(item, f"{path}[{i}]", name, found, limits)
    elif is_dataclass(value) and not isinstance(value, type):
        for field_name in _field_names(type(value)):
            _collect(
                getattr(value, field_name),
                f"{path}.{field_name}" if path else field_name,
                field_name,
                found,
                limits,
            )
