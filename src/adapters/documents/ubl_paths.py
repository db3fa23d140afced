"""OASIS UBL 2.1 as the term walker sees it: its namespaces, its ISO dates, a currency on every amount, and where
it holds each business term (`ubl_paths.toml`)."""

from __future__ import annotations

import re
from datetime import date

from lxml import etree

from adapters.documents.table_entry import Syntax
from adapters.documents.term_walker import load_tables
from adapters.documents.xml_reader import Tracker

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC_NS = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
SEPA_SCHEME = "SEPA"
# xsd:date with its optional time zone (KoSIT's 2016-2018 test invoices give `2016-04-04+01:00`): the official
# layers accept it, and EN 16931's date is the calendar day
_ZONED_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})(Z|[+-](?:0\d|1[0-4]):[0-5]\d)")


def read_date(t: Tracker, element: etree._Element | None, term: str) -> date | None:
    text = t.text(element)
    zoned = _ZONED_DATE.fullmatch(text)
    if zoned:
        t.partly_carried(
            element, f"{term}: the time zone {zoned.group(2)!r} of {text!r} is not carried, the date is"
        )
        text = zoned.group(1)
    return t.to_date(text, "%Y-%m-%d", term)


def write_date(element: etree._Element, value: date) -> None:
    element.text = value.isoformat()


TABLES = load_tables(
    Syntax("UBL", {"cac": CAC_NS, "cbc": CBC_NS}, read_date, write_date, currency_on_amounts=True),
    "ubl_paths.toml",
)
