"""`pdp-gateway document render|parse|validate`: offline commands on invoice documents.

`add_document_commands(subparsers)` registers them on the service CLI's argparse tree; `main(argv)` runs them
standalone. INVOICE.json is read by the `load_invoice` given to `add_document_commands`, and `parse` prints the
invoice with the `dump_invoice` given beside it: the service CLI gives the proto JSON mapping of examples/, so
`document parse f.pdf > i.json` makes a file that `invoice validate i.json` and `document render i.json` read. By
default both are the domain serialisation (`domain.serialization.invoice_to_dict`). What `parse` learnt about the
document (format, profile, what the model cannot carry) goes to stderr, one line each; so does, for `render`, each
term the profile has no room for (BASIC WL: the lines, ...).

Exit codes (as the rest of the CLI): 0 success; 1 the document is not valid (a fatal finding, or a layer that
could not run, or a PDF that is damaged, encrypted or past a reading limit); 2 usage errors (unreadable file, bad
JSON, unsupported document or profile).

`parse` and `validate` read the document through the `run` given to `add_document_commands` (`run(fn, *args)`):
the service CLI runs it in a document worker under the server's memory and time limits (service.workers.worker_pool).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from adapters.documents.api import parse, render
from adapters.documents.profile_room import warnings_of
from adapters.json_text import loads_file
from domain.document_formats import (
    DocumentError,
    DocumentFormat,
    Profile,
    UnsupportedProfile,
    document_finding,
)
from domain.findings import Severity, ValidationReport
from domain.invoice import Invoice
from domain.serialization import CorruptContent, findings_to_list, invoice_from_dict, invoice_to_dict

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

# JSON value → Invoice; ValueError (or TypeError) when it is not an invoice in the expected form.
InvoiceLoader = Callable[[Any], Invoice]
# Invoice → JSON value, the form InvoiceLoader reads back.
InvoiceDumper = Callable[[Invoice], Any]
Runner = Callable[..., Any]  # run(fn, *args) -> fn(*args), here or in a worker


def in_process(fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


class UsageError(Exception):
    pass


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc


def render_command(
    invoice_path: str, fmt: str, profile: str | None, output: str, load: InvoiceLoader = invoice_from_dict
) -> int:
    try:
        invoice = load(loads_file(_read(invoice_path)))
    except (CorruptContent, ValueError, TypeError) as exc:
        raise UsageError(
            f"{invoice_path} is not an invoice in a JSON form this command reads: {exc}"
        ) from exc
    try:
        chosen = Profile(profile.upper()) if profile else Profile.EN16931
        document = render(invoice, DocumentFormat(fmt.upper()), chosen)
    except (UnsupportedProfile, ValueError) as exc:
        raise UsageError(str(exc)) from exc
    Path(output).write_bytes(document.content)
    print(
        f"{output}: {document.media_type}, {len(document.content)} bytes, sha256 {document.sha256}",
        file=sys.stderr,
    )
    for warning in warnings_of(invoice, chosen):  # what the profile had no room for
        print(f"{output}: {warning.path}: {warning.message}", file=sys.stderr)
    return EXIT_OK


def parse_command(
    path: str,
    stdout: TextIO,
    run: Runner = in_process,
    dump: InvoiceDumper = invoice_to_dict,
    stderr: TextIO | None = None,
) -> int:
    try:
        parsed = run(parse, _read(path))
    except DocumentError as exc:
        raise UsageError(f"{path}: {exc.rule_id}: {exc}") from exc
    _dump(dump(parsed.invoice), stdout)
    notes = stderr or sys.stderr
    if not parsed.specification:
        said = "no profile stated (no BT-24)"
    else:
        profile = parsed.profile.value if parsed.profile else "no profile the gateway produces"
        said = f"{profile}, specification {parsed.specification}"
    print(f"{path}: {parsed.format.value}, {said}", file=notes)
    for finding in parsed.unmapped:
        print(
            f"not carried by the model: {finding.rule_id} {finding.path}: {finding.message}",
            file=notes,
        )
    return EXIT_OK


def validate_bytes(content: bytes, rules: str = "auto") -> ValidationReport:
    """The official layers of the rule sets that apply to this document (EN 16931: XSD + CEN; French reform:
    XSD + profile schematron + BR-FR), chosen from the document itself unless `rules` names one."""
    from adapters.documents.checking import check_document  # loads the validation runtime only when needed

    return check_document(content, rules=rules).report


_RULE_SET_NAMES = {"en16931": "EN 16931", "fr": "French reform"}


def report_to_json(report: ValidationReport) -> dict[str, Any]:
    return {
        "valid": report.valid,
        "complete": report.complete,
        "conclusions": [
            {
                "rules": c.rules,
                "applies": c.applies,
                "passed": c.passed,
                "reason": c.reason,
                "layers": list(c.layers),
            }
            for c in report.conclusions
        ],
        "layers": [
            {
                "layer": v.layer,
                "artifact": v.artifact,
                "ran": v.ran,
                "passed": v.passed,
                "fatal": v.fatal,
                "warnings": v.warnings,
            }
            for v in report.layers
        ],
        "errors": list(report.errors),
        "artifacts": [{"name": n, "version": v} for n, v in report.artifacts],
        "findings": findings_to_list(report.findings),
    }


def validate_command(
    path: str, as_json: bool, stdout: TextIO, rules: str = "auto", run: Runner = in_process
) -> int:
    content = _read(path)
    try:
        report = run(validate_bytes, content, rules)
    except DocumentError as exc:
        if exc.rule_id == DocumentError.rule_id:  # not an invoice document at all
            raise UsageError(f"{path}: {exc}") from exc
        # an invoice document that cannot be valid: damaged, encrypted, past a limit
        report = ValidationReport(findings=(document_finding(exc.rule_id, Severity.FATAL, str(exc)),))
    except ValueError as exc:
        raise UsageError(f"{path}: {exc}") from exc
    if as_json:
        _dump(report_to_json(report), stdout)
    else:
        for finding in report.findings:
            where = f" [{finding.path}]" if finding.path else ""
            print(
                f"{finding.severity.value.upper():7} {finding.layer}/{finding.rule_id}{where}: {finding.message}",
                file=stdout,
            )
        for error in report.errors:
            print(f"NOT RUN {error}", file=stdout)
        for verdict in report.layers:
            state = "passed" if verdict.passed else "did not run" if not verdict.ran else "FAILED"
            counts = f"{verdict.fatal} fatal, {verdict.warnings} warning(s)"
            print(f"layer {verdict.layer:16} {state:11} {counts}  {verdict.artifact}", file=stdout)
        for c in report.conclusions:
            name = _RULE_SET_NAMES.get(c.rules, c.rules)
            state = ("valid" if c.passed else "NOT valid") if c.applies else "not applicable"
            print(f"{name}: {state} ({c.reason})", file=stdout)
        fatal = len(report.fatal)
        verdict_text = "valid" if report.valid else f"NOT valid ({fatal} fatal finding(s))"
        print(
            f"{path}: {verdict_text}" + ("" if report.complete else ", some layers could not run"),
            file=stdout,
        )
    return EXIT_OK if report.valid else EXIT_INVALID


def _dump(value: Any, stdout: TextIO) -> None:
    json.dump(value, stdout, ensure_ascii=False, indent=2)
    stdout.write("\n")


def add_document_commands(
    subparsers: Any,
    load_invoice: InvoiceLoader = invoice_from_dict,
    run_work: Runner = in_process,
    dump_invoice: InvoiceDumper = invoice_to_dict,
) -> None:
    """Register `document render|parse|validate` on an argparse subparsers object; each sets `handler`, and
    `run` (this module's) as the function that runs it. `run_work` reads the documents of parse and validate."""
    document = subparsers.add_parser("document", help="render, parse and validate invoice documents offline")
    document.set_defaults(run=run)
    commands = document.add_subparsers(dest="document_command", required=True, metavar="COMMAND")
    render_parser = commands.add_parser("render", help="render INVOICE.json as CII, UBL or Factur-X")
    render_parser.add_argument("invoice", metavar="INVOICE.json", help="the invoice, as in examples/")
    render_parser.add_argument(
        "--format",
        required=True,
        choices=["cii", "ubl", "facturx"],
        help="document syntax (facturx: PDF/A-3b)",
    )
    render_parser.add_argument(
        "--profile",
        choices=["en16931", "extended-ctc-fr", "basicwl", "extended"],
        default=None,
        help="BT-24 profile (default en16931)",
    )
    render_parser.add_argument("-o", "--output", required=True, help="the file to write")
    render_parser.set_defaults(
        handler=lambda a: render_command(a.invoice, a.format, a.profile, a.output, load_invoice)
    )
    parse_parser = commands.add_parser(
        "parse", help="print the invoice of a CII, UBL or Factur-X document as JSON that validate/render read"
    )
    parse_parser.add_argument("file", help="a CII or UBL XML file, or a Factur-X PDF")
    parse_parser.set_defaults(handler=lambda a: parse_command(a.file, sys.stdout, run_work, dump_invoice))
    validate_parser = commands.add_parser("validate", help="run every official validation layer")
    validate_parser.add_argument("file", help="a CII or UBL XML file, or a Factur-X PDF")
    validate_parser.add_argument("--json", action="store_true", help="print the full report as JSON")
    validate_parser.add_argument(
        "--rules",
        choices=["auto", "en16931", "fr"],
        default="auto",
        help="rule sets to judge by: EN 16931 (XSD + CEN), the French reform (XSD + profile + BR-FR), or"
        " auto (default): EN 16931 when BT-24 declares it, French when the reform covers the invoice",
    )
    validate_parser.set_defaults(
        handler=lambda a: validate_command(a.file, a.json, sys.stdout, a.rules, run_work)
    )


def run(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except UsageError as exc:
        print(f"pdp-gateway: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pdp-gateway")
    add_document_commands(parser.add_subparsers(dest="command", required=True))
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
