"""Run the official rule unit tests (CEN's `test/` of ConnectingEurope/eInvoicing-EN16931: VEFA `testSet` files, each
test an invoice and the rules it must pass or break) through `check_document`, the one path of ValidateDocument,
reception and submission, and print every expectation the gateway's report does not meet
(docs/documents-made-elsewhere.md; never a network call: the tests are a folder already fetched).

    python -m tools.rule_tests DIR [DIR ...]

An `<error>` rule must be among the report's findings; a `<success>` rule must not be a fatal one. A test invoice is
a fragment judged by the rules its test names, so only those are compared. Exit 1 when an expectation is not met.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from adapters.documents.checking import check_document
from adapters.documents.validation.engine import SAFE_PARSER

_VEFA = "{http://difi.no/xsd/vefa/validator/1.0}"


def tests_in(path: Path) -> Iterator[tuple[str, bytes, list[str], list[str]]]:
    """(test id, invoice bytes, rules expected to break, rules expected to pass) of each test of a testSet file."""
    try:
        root = etree.parse(str(path), SAFE_PARSER).getroot()
    except etree.XMLSyntaxError:
        return
    if root.tag != f"{_VEFA}testSet":
        return
    for test in root.iter(f"{_VEFA}test"):
        expected = test.find(f"{_VEFA}assert")
        if expected is None:
            continue
        invoice = next((c for c in test if isinstance(c.tag, str) and not c.tag.startswith(_VEFA)), None)
        if invoice is None:
            continue
        errors = [(e.text or "").strip() for e in expected.findall(f"{_VEFA}error")]
        successes = [(e.text or "").strip() for e in expected.findall(f"{_VEFA}success")]
        content = etree.tostring(invoice, xml_declaration=True, encoding="UTF-8")
        yield f"{path.name}#{test.get('id', '?')}", content, errors, successes


def run(roots: list[Path]) -> tuple[Counter[str], list[str]]:
    counts: Counter[str] = Counter()
    misses: list[str] = []
    for root in roots:
        for path in sorted(root.rglob("*.xml")):
            for name, content, errors, successes in tests_in(path):
                counts["tests"] += 1
                try:
                    report = check_document(content, french=False).report
                except Exception as exc:  # noqa: BLE001 - a refusal of the bytes is the finding
                    misses.append(f"{name}: refused {getattr(exc, 'rule_id', type(exc).__name__)}: {exc}")
                    continue
                found = {f.rule_id for f in report.findings}
                fatal = {f.rule_id for f in report.fatal}
                for rule in errors:
                    counts["errors expected"] += 1
                    if rule not in found:
                        misses.append(f"{name}: {rule} expected, not reported")
                for rule in successes:
                    counts["successes expected"] += 1
                    if rule in fatal:
                        misses.append(f"{name}: {rule} reported, its test expects it passed")
    return counts, misses


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("roots", nargs="+", type=Path)
    counts, misses = run(args.parse_args(argv).roots)
    print(
        f"{counts['tests']} test invoices, {counts['errors expected']} errors and"
        f" {counts['successes expected']} successes expected, {len(misses)} not met"
    )
    print("\n".join(misses))
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
