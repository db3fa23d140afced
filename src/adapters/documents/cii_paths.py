"""UN/CEFACT CII D22B as the term walker sees it: its namespaces, its dates (format 102 inside a DateTimeString),
and where it holds each business term (`cii_paths.toml`)."""

from __future__ import annotations

from datetime import date

from lxml import etree

from adapters.documents import terms
from adapters.documents.table_entry import Syntax
from adapters.documents.term_walker import load_tables
from adapters.documents.xml_reader import Tracker
from domain.document_formats import DocumentError

RSM_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM_NS = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT_NS = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT_NS = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
# a lifecycle status, in the same UN/CEFACT family: recognised to be refused as no invoice
CDAR_NS = "urn:un:unece:uncefact:data:standard:CrossDomainAcknowledgementAndResponse:100"
NSMAP = {"rsm": RSM_NS, "ram": RAM_NS, "udt": UDT_NS, "qdt": QDT_NS}


_QUALIFIED_DATES = frozenset({f"{{{RAM_NS}}}FormattedIssueDateTime"})  # BT-26, the one the tables write


def read_date(t: Tracker, holder: etree._Element | None, term: str) -> date | None:
    """A date element holding a `udt:DateTimeString` (or `qdt:`) in format 102, CCYYMMDD, the one EN 16931 uses."""
    if holder is None:
        return None
    value = holder[0] if len(holder) else None
    if value is None:
        raise DocumentError(f"{term}: no date inside {holder.tag}")
    t.mark(value)
    fmt = t.attr(value, "format")
    if fmt and fmt != "102":
        raise DocumentError(f"{term}: date format {fmt!r} is not 102 (CCYYMMDD)")
    return t.to_date(t.text(value), "%Y%m%d", term)


def write_date(holder: etree._Element, value: date) -> None:
    """The DateTimeString of a date element: `qdt:` in those of D22B's qualified FormattedDateTimeType, `udt:`
    elsewhere."""
    name = f"{{{QDT_NS if holder.tag in _QUALIFIED_DATES else UDT_NS}}}DateTimeString"
    etree.SubElement(holder, name, format="102").text = terms.cii_date(value)


TABLES = load_tables(Syntax("CII", NSMAP, read_date, write_date, currency_on_amounts=False), "cii_paths.toml")
