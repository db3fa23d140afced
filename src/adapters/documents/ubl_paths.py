"""OASIS UBL 2.1 as the term walker sees it: its namespaces, its ISO dates, a currency on every amount, and where
it holds each business term (`ubl_paths.toml`)."""

from __future__ import annotations

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


def read_date(t: Tracker, element: etree._Element | None, term: str) -> date | None:
    return t.to_date(t.text(element), "%Y-%m-%d", term)


def write_date(element: etree._Element, value: date) -> None:
    element.text = value.isoformat()


TABLES = load_tables(
    Syntax("UBL", {"cac": CAC_NS, "cbc": CBC_NS}, read_date, write_date, currency_on_amounts=True),
    "ubl_paths.toml",
)
