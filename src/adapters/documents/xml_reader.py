"""Read an XML document while remembering what was read, so nothing is silently dropped.

Readers go through a `Tracker`: every element and attribute they look at is marked. Afterwards `unmapped()`
lists the top-most elements (and the attributes of read elements) that no reader looked at, as `PDP-UNMAPPED`
findings with their XPath: WARNING when they carry data, INFO for empty containers and attributes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal

from lxml import etree

from domain.bounds import XML_SPACE
from domain.document_formats import DocumentError, document_finding
from domain.findings import Finding, Severity
from domain.money import DecimalOutOfBounds, NotADecimal, parse_decimal

UNMAPPED_RULE = "PDP-UNMAPPED"
_XSI = "{http://www.w3.org/2001/XMLSchema-instance}"

# Only a hostile document needs entities or network access; refuse both.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
)


def parse_xml(content: bytes) -> etree._Element:
    try:
        root = etree.fromstring(content, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"not well-formed XML: {exc}") from exc
    if root.getroottree().docinfo.doctype:  # as the validator refuses it: reading and judging agree
        raise DocumentError("a DOCTYPE declaration is not allowed in an invoice")
    return root


class Tracker:
    """Paths are written with prefixes ("ram:SpecifiedTradeProduct/ram:Name") and resolved once per process."""

    def __init__(self, root: etree._Element, namespaces: dict[str, str]) -> None:
        self.root = root
        self.namespaces = namespaces  # prefix -> namespace URI
        self.prefixes = {uri: prefix for prefix, uri in namespaces.items() if prefix}  # for readable XPaths
        self._resolved = _RESOLVED.setdefault(frozenset(namespaces.items()), {})
        self.seen: set[etree._Element] = {root}
        self.seen_attributes: set[tuple[etree._Element, str]] = set()
        self._index: dict[etree._Element, dict[str, list[etree._Element]]] = {}
        self._partly: list[Finding] = []  # read elements whose value the model holds only in part

    def _kids(self, element: etree._Element) -> dict[str, list[etree._Element]]:
        """Children by tag, built once per element: much faster than repeated ElementPath lookups."""
        index = self._index.get(element)
        if index is None:
            index = {}
            for kid in element:
                index.setdefault(kid.tag, []).append(kid)
            self._index[element] = index
        return index

    # --- navigation ------------------------------------------------------------------------------------------
    def _steps(self, path: str) -> tuple[str, ...]:
        steps = self._resolved.get(path)
        if steps is None:
            steps = tuple(clark(step, self.namespaces) for step in path.split("/"))
            self._resolved[path] = steps
        return steps

    def child(self, parent: etree._Element | None, path: str) -> etree._Element | None:
        """The first element down `path`, marking each step as read."""
        tags = self._resolved.get(path)  # `_steps`, inlined for the resolved paths: the readers' hottest call
        return self.child_at(parent, tags if tags is not None else self._steps(path))

    def child_at(self, parent: etree._Element | None, tags: tuple[str, ...]) -> etree._Element | None:
        """`child` down a path already resolved to lxml's tags (the term walker resolves its tables once)."""
        element = parent
        index = self._index
        seen = self.seen
        for tag in tags:
            if element is None:
                return None
            kids = index.get(element)  # `_kids`, inlined: the readers' hottest loop
            found = (kids if kids is not None else self._kids(element)).get(tag)
            if not found:
                return None
            element = found[0]
            seen.add(element)
        return element

    def children(self, parent: etree._Element | None, path: str) -> list[etree._Element]:
        """All elements down `path`, every step marked as read."""
        found = self.peek(parent, path)
        for element in found:
            self.mark(element)
        return found

    def peek(self, parent: etree._Element | None, path: str) -> list[etree._Element]:
        """All elements down `path`, without marking them (the caller marks those it maps)."""
        if parent is None:
            return []
        level = [parent]
        for tag in self._steps(path):
            level = [kid for element in level for kid in self._kids(element).get(tag, ())]
        return level

    def mark(self, element: etree._Element) -> None:
        """Mark an element and its ancestors up to an already-read one."""
        current: etree._Element | None = element
        while current is not None and current not in self.seen:
            self.seen.add(current)
            current = current.getparent()

    def text(self, parent: etree._Element | None, path: str = "") -> str:
        element = self.child(parent, path) if path else parent
        if element is None:
            return ""
        return (element.text or "").strip(XML_SPACE)  # as normalize-space() does: a no-break space is content

    def attr(self, element: etree._Element | None, name: str) -> str:
        if element is None:
            return ""
        self.seen_attributes.add((element, name))
        return (element.get(name) or "").strip(XML_SPACE)

    def accept_attribute(self, name: str, value: str) -> None:
        """Count every `name` attribute equal to `value` as read: it repeats what the reader took from elsewhere."""
        if not value:
            return
        for element in self.root.iter():
            if isinstance(element.tag, str) and element.get(name) == value:
                self.seen_attributes.add((element, name))

    # --- typed values ----------------------------------------------------------------------------------------
    def decimal(self, parent: etree._Element | None, path: str, term: str) -> Decimal | None:
        return self.to_decimal(self.text(parent, path), term)

    @staticmethod
    def to_decimal(text: str, term: str) -> Decimal | None:
        if not text:
            return None
        try:
            return parse_decimal(text, field=term)
        except DecimalOutOfBounds as exc:
            raise DocumentError(str(exc)) from exc
        except NotADecimal as exc:
            raise DocumentError(f"{term}: {text!r} is not a decimal number") from exc

    def required_decimal(self, parent: etree._Element | None, path: str, term: str) -> Decimal:
        value = self.decimal(parent, path, term)
        if value is None:
            raise DocumentError(f"{term} is missing")
        return value

    @staticmethod
    def to_date(text: str, fmt: str, term: str) -> date | None:
        if not text:
            return None
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError as exc:
            raise DocumentError(f"{term}: {text!r} is not a date") from exc

    # --- what was not read -----------------------------------------------------------------------------------
    def partly_carried(self, element: etree._Element | None, message: str) -> None:
        """A read element part of whose value the model cannot hold (a date's time zone): a warning, never a
        silent loss."""
        where = "" if element is None else self.xpath(element)
        self._partly.append(document_finding(UNMAPPED_RULE, Severity.WARNING, message, location=where))

    def unmapped(self) -> tuple[Finding, ...]:
        findings: list[Finding] = list(self._partly)
        seen = self.seen
        for element in self.root.iter():
            if not isinstance(element.tag, str):
                continue
            if element not in seen:
                parent = element.getparent()
                if parent is not None and parent in seen:
                    findings.append(self._element_finding(element))
                continue
            for name in element.attrib:
                if (element, name) not in self.seen_attributes and not name.startswith(_XSI):
                    findings.append(
                        document_finding(
                            UNMAPPED_RULE,
                            Severity.INFO,
                            f"attribute {self._name(name)}={element.get(name)!r} is not carried by the "
                            "invoice model",
                            location=f"{self.xpath(element)}/@{self._name(name)}",
                        )
                    )
        return tuple(findings)

    def _element_finding(self, element: etree._Element) -> Finding:
        has_data = bool((element.text or "").strip()) or len(element) > 0
        content = " ".join("".join(element.itertext()).split())
        if len(content) > 80:
            content = content[:77] + "..."
        return document_finding(
            UNMAPPED_RULE,
            Severity.WARNING if has_data else Severity.INFO,
            f"{self._name(element.tag)} is not carried by the invoice model"
            + (f" (content: {content!r})" if content else ""),
            location=self.xpath(element),
        )

    def _name(self, tag: str) -> str:
        if tag.startswith("{"):
            uri, local = tag[1:].split("}", 1)
            prefix = self.prefixes.get(uri)
            return f"{prefix}:{local}" if prefix else local
        return tag

    def xpath(self, element: etree._Element) -> str:
        steps: list[str] = []
        current: etree._Element | None = element
        while current is not None:
            parent = current.getparent()
            step = self._name(current.tag)
            if parent is not None:
                same = [c for c in parent if c.tag == current.tag]
                if len(same) > 1:
                    step += f"[{same.index(current) + 1}]"
            steps.append(step)
            current = parent
        return "/" + "/".join(reversed(steps))


# Each namespace map's resolved paths, keyed by the map's content, not its id(): an id can be reused by another map
# once the first is freed. The readers pass module constants, so this holds a few maps.
_RESOLVED: dict[frozenset[tuple[str, str]], dict[str, tuple[str, ...]]] = {}


def clark(step: str, namespaces: Mapping[str, str]) -> str:
    """`ram:Name` as lxml names it: `{urn:...}Name`."""
    prefix, _, local = step.rpartition(":")
    return f"{{{namespaces[prefix]}}}{local}"


def first_nonempty(values: Iterable[str]) -> str:
    return next((v for v in values if v), "")
