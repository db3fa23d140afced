"""The CLI's surface without a server or a database: help lines, --version, one-line usage errors, SIRENs."""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent import futures
from contextlib import contextmanager
from pathlib import Path

import grpc
import pytest
from asyncpg.exceptions import DiskFullError
from google.protobuf import json_format
from grpc_status import rpc_status

from adapters.postgres.outage import is_outage
from pdpgateway.v1 import invoice_pb2 as pb
from pdpgateway.v1 import invoice_service_pb2 as svc
from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc
from service.cli.client import API_KEY_ENV, EXIT_USAGE, to_dict
from service.cli.main import build_parser, load_invoice, main
from service.grpc.errors import ErrorTable


def subcommands(parser: argparse.ArgumentParser, prefix: str = "pdp-gateway") -> list[tuple[str, str | None]]:
    """(command path, its help line) of every command, nested groups included."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help for choice in action._choices_actions}
            for name, sub in action.choices.items():
                found.append((f"{prefix} {name}", helps.get(name)))
                found.extend(subcommands(sub, f"{prefix} {name}"))
    return found


def test_every_command_and_every_argument_has_a_help_line() -> None:
    commands = subcommands(build_parser())
    assert {"pdp-gateway keys create", "pdp-gateway report preview", "pdp-gateway received parked"} <= {
        c for c, _ in commands
    }
    assert [c for c, text in commands if not text] == []


def readme_command_paths() -> set[str]:
    """The commands the README's table of command groups names: `group` / `command` / `sub` (`nested`, ...)."""
    readme = (Path(__file__).resolve().parents[4] / "README.md").read_text(encoding="utf-8")
    table = readme.split("Every command group", 1)[1].split("\n\n", 2)[1]
    paths = set()
    for row in table.splitlines()[2:]:
        groups_cell, commands_cell = row.split("|")[1:3]
        for group in re.findall(r"`([\w-]+)`", groups_cell):
            paths.add(f"pdp-gateway {group}")
            parent = f"pdp-gateway {group}"
            last = parent
            for token in re.findall(r"`[\w-]+`|[()]", commands_cell):
                if token == "(":
                    parent = last
                elif token == ")":
                    parent = parent.rsplit(" ", 1)[0]
                else:
                    last = f"{parent} {token.strip('`')}"
                    paths.add(last)
    return paths


def test_the_readme_table_names_every_command_group_and_command() -> None:
    assert readme_command_paths() == {c for c, _ in subcommands(build_parser())}


def test_every_argument_of_every_command_says_what_it_is() -> None:
    def walk(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
        missing = []
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    missing += walk(sub, f"{prefix} {name}")
            elif not action.help and not isinstance(action, argparse._HelpAction):
                missing.append(f"{prefix} {'/'.join(action.option_strings) or action.dest}")
        return missing

    assert walk(build_parser(), "pdp-gateway") == []


def test_version_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("pdp-gateway ") and out != "pdp-gateway unknown"


@pytest.mark.parametrize(
    ("siren", "why"),
    [
        ("123", "nine digits are expected"),
        ("732829321", "check digit is wrong (Luhn)"),
        ("73282932a", "nine"),
    ],
)
def test_a_siren_that_fails_its_check_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], siren: str, why: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["keys", "create", "--company", siren, "--name", "billing"])
    assert exit_.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and why in err and "Traceback" not in err
    assert err.startswith("pdp-gateway keys create: error: argument --company:")


def test_sirens_with_a_valid_check_digit_pass_la_poste_included() -> None:
    parser = build_parser()
    for siren in ("732829320", "356000000"):  # La Poste's SIREN follows Luhn (its SIRETs are the exception)
        assert parser.parse_args(["keys", "list", "--company", siren]).company == siren


def test_an_unknown_command_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["invoice", "frobnicate"])
    assert exit_.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "invalid choice" in err


def test_a_gateway_that_is_not_there_is_one_line_with_advice(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["invoice", "get", "x", "--target", "127.0.0.1:1", "--api-key", "k", "--timeout", "5"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE and err.count("\n") == 1
    assert (
        err.startswith("pdp-gateway: error: UNAVAILABLE") and "is the gateway running at 127.0.0.1:1" in err
    )


def test_a_missing_file_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["invoice", "validate", "/nonexistent.json", "--api-key", "k"])
    err = capsys.readouterr().err
    assert (
        code == EXIT_USAGE
        and err == "pdp-gateway: error: cannot read /nonexistent.json: No such file or directory\n"
    )


def test_an_invoice_file_of_dash_is_read_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    """`pdp-gateway document parse f.pdf | pdp-gateway invoice validate -`."""
    text = (Path(__file__).resolve().parents[4] / "examples" / "services-debits-S1.json").read_text()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    assert load_invoice("-") == json_format.Parse(text, pb.Invoice())


def test_empty_lists_print_as_empty_lists() -> None:
    assert to_dict(svc.ListInvoicesResponse()) == {"invoices": []}
    assert to_dict(svc.GetInvoiceHistoryResponse()) == {"events": []}


def test_commands_that_walk_the_whole_archive_get_an_hour_and_the_others_30_seconds() -> None:
    parser = build_parser()
    assert parser.parse_args(["archive", "verify"]).timeout == 3600
    assert parser.parse_args(["archive", "export", "--output", "a.zip"]).timeout == 3600
    assert parser.parse_args(["archive", "get", "ab"]).timeout == 30
    assert parser.parse_args(["invoice", "list"]).timeout == 30
    assert parser.parse_args(["archive", "verify", "--timeout", "5"]).timeout == 5


def test_books_tolerance_parses_for_the_company_or_one_supplier_and_refuses_half_commands(
    capsys: pytest.CaptureFixture[str],
) -> None:
    parser = build_parser()
    company = parser.parse_args(["settings", "books-tolerance", "0.05", "--company", "732829320"])
    assert (company.amount, company.percent, company.supplier, company.clear) == ("0.05", "", None, False)
    supplier = parser.parse_args(
        [
            "settings",
            "books-tolerance",
            "50",
            "--percent",
            "1",
            "--supplier",
            "552100554",
            "--company",
            "732829320",
        ]
    )
    assert (supplier.amount, supplier.percent, supplier.supplier) == ("50", "1", "552100554")
    for half in (["--clear"], [], ["--clear", "--supplier", "552100554", "1"], ["1", "--percent", "x"]):
        assert main(["settings", "books-tolerance", *half, "--company", "732829320"]) == EXIT_USAGE
    assert capsys.readouterr().err.count("pdp-gateway: error:") == 4


NOT_UTF8 = b"\xff\xfe{"
TOO_DEEP = b"[" * 100_000 + b"]" * 100_000


@pytest.mark.parametrize("content", [NOT_UTF8, TOO_DEEP], ids=["not-utf8", "too-deep"])
@pytest.mark.parametrize(
    "command",
    [
        ["invoice", "validate", "{file}", "--api-key", "k"],
        ["invoice", "submit", "{file}", "--api-key", "k"],
        ["document", "render", "{file}", "--format", "cii", "-o", "{out}"],
        ["report", "record", "{file}", "--api-key", "k"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_json_file_that_cannot_be_read_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str], content: bytes
) -> None:
    # A file in another encoding, or nested beyond the parser, was a traceback (exit 1: "refused by the gateway").
    path = tmp_path / "input.json"
    path.write_bytes(content)
    argv = [a.format(file=path, out=tmp_path / "out.xml") for a in command]
    code = main([*argv, "--target", "127.0.0.1:1", "--timeout", "5"] if "--api-key" in argv else argv)
    err = capsys.readouterr().err
    assert code == EXIT_USAGE, err
    assert err.count("\n") == 1 and err.startswith("pdp-gateway") and str(path) in err


JSON_COMMANDS = [
    ["invoice", "validate", "{file}", "--api-key", "k", "--target", "127.0.0.1:1", "--timeout", "5"],
    ["invoice", "submit", "{file}", "--api-key", "k", "--target", "127.0.0.1:1", "--timeout", "5"],
    ["document", "render", "{file}", "--format", "cii", "-o", "{out}"],
    ["report", "record", "{file}", "--api-key", "k", "--target", "127.0.0.1:1", "--timeout", "5"],
]


@pytest.mark.parametrize("command", JSON_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_command_reads_a_json_file_one_way_utf8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    # `document render` and `report record` also read UTF-16 and -32 (the standard library's guess), `invoice
    # validate|submit` only UTF-8: the same file was accepted by one command and refused by another. JSON between
    # systems is UTF-8 (RFC 8259 §8.1), as `document parse` writes it. A UTF-8 byte order mark is ignored (§8.1
    # lets a reader), an object naming a member twice is refused (json_format.Parse's rule) by all four.
    example = (Path(__file__).resolve().parents[4] / "examples" / "services-debits-S1.json").read_text()
    for content, refusal in [
        (example.encode("utf-16"), "not UTF-8 text"),
        (example.encode("utf-32"), "not UTF-8 text"),
        (b'{"a": 1, "a": 2}', "member 'a' given twice"),
        ("\ufeff[".encode(), "Expecting value"),  # the BOM is skipped: what follows is what is refused
    ]:
        path = tmp_path / "input.json"
        path.write_bytes(content)
        code = main([a.format(file=path, out=tmp_path / "out.xml") for a in command])
        err = capsys.readouterr().err
        assert code == EXIT_USAGE and err.count("\n") == 1, err
        assert f"{path} is not " in err and refusal in err, err
    assert not (tmp_path / "out.xml").exists()


# What a client command does not load, and why: each is loaded only when its own commands run (service.cli.main).
NOT_FOR_A_CLIENT_COMMAND = (
    "service.cli.host",  # serve, migrate, doctor, keys, settings: the service's whole wiring
    "service.wiring.container",
    "service.cli.documents",  # document render|parse|validate: the document tools
    "adapters.documents.api",
    "service.cli.platform",  # platform webhooks: the platform registry
    "adapters.pdp.registry",
    "concurrent.futures.process",  # the document worker
)


@pytest.mark.parametrize(
    "argv",
    [
        ["invoice", "get", "i-1", "--target", "127.0.0.1:1", "--timeout", "0.5"],
        ["received", "list", "--target", "127.0.0.1:1", "--timeout", "0.5"],
    ],
)
def test_a_client_command_loads_neither_the_wiring_nor_the_document_tools_nor_the_platforms(
    argv: list[str],
) -> None:
    """In a fresh interpreter (this one has them all): what a client command loads is what it starts in."""
    code = (
        "import sys\n"
        "from service.cli.main import main\n"
        f"code = main({argv!r})\n"
        f"print(code, [m for m in {NOT_FOR_A_CLIENT_COMMAND!r} if m in sys.modules])\n"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, API_KEY_ENV: "a-key"},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert ran.stdout.splitlines()[-1] == f"{EXIT_USAGE} []"  # the gateway was not there; nothing else loaded


def test_the_top_level_help_is_the_same_whichever_commands_are_loaded() -> None:
    """`document` and `platform` are declared by name when another command runs: they read the same in --help."""
    assert build_parser("invoice").format_help() == build_parser().format_help()


def test_a_bad_setting_is_one_line_for_a_document_command_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`document parse` reads the document workers' limits from the configuration, as the host commands do; a quote
    in a value was a yaml traceback."""
    monkeypatch.setenv("DOCUMENT_WORKER_TIME_S", '30"')
    document = Path(__file__).parents[3] / "fixtures" / "documents" / "cii_invoice_fr_b2b_services.xml"
    assert main(["document", "parse", str(document)]) == EXIT_USAGE
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "pdp-gateway: error: DOCUMENT_WORKER_TIME_S must be a duration in seconds, above 0 to 3600, not '30\"'\n"
    )


class DatabaseAway(svc_grpc.InvoiceServiceServicer):
    """Answers as the gateway does when its PostgreSQL cannot write (its error table, a full disk)."""

    def GetInvoice(
        self, request: svc.GetInvoiceRequest, context: grpc.ServicerContext
    ) -> svc.GetInvoiceResponse:
        full = DiskFullError('could not extend file "base/16384/16414": No space left on device')
        context.abort_with_status(rpc_status.to_status(ErrorTable(is_outage).to_status(full)))
        raise AssertionError("abort_with_status raises")


@contextmanager
def grpc_server(servicer: svc_grpc.InvoiceServiceServicer) -> Iterator[str]:
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    svc_grpc.add_InvoiceServiceServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    try:
        yield f"127.0.0.1:{port}"
    finally:
        server.stop(None)


def test_a_gateway_that_answers_unavailable_is_not_told_to_be_started(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Its PostgreSQL's disk full, every submit was answered UNAVAILABLE by a running gateway, and the CLI asked
    whether the gateway was running."""
    with grpc_server(DatabaseAway()) as target:
        code = main(["invoice", "get", "x", "--target", target, "--api-key", "k", "--timeout", "5"])
    err = capsys.readouterr().err
    assert code == EXIT_USAGE
    assert err == (
        "pdp-gateway: error: UNAVAILABLE: the service's database is unavailable; retry later (the gateway answered;"
        " `pdp-gateway doctor` and its logs on its host say what is wrong)\n"
    )


def test_every_command_writing_a_file_takes_o_as_well_as_output() -> None:
    """`document render -o f.pdf` and `invoice document ID -o sent.pdf` (the README's) took -o; `archive get` and
    `archive export` refused it ("unrecognized arguments: -o")."""

    def walk(parser: argparse.ArgumentParser, prefix: str) -> list[str]:
        found = []
        for action in parser._actions:
            if "--output" in action.option_strings and "-o" not in action.option_strings:
                found.append(prefix)
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    found += walk(sub, f"{prefix} {name}")
        return found

    assert walk(build_parser(), "pdp-gateway") == []


def _every_action(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.Action]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _every_action(sub)
        else:
            yield parser.prog, action


def test_no_number_argument_is_a_bare_int_or_float() -> None:
    """A bare `type=int` takes any size (`--after 1e30` digits: a traceback when the request is built) and a bare
    float `nan` or `-1` (every call DEADLINE_EXCEEDED, "is the gateway running?"): each number has its range."""
    bare = [
        f"{prog} {action.dest}"
        for prog, action in _every_action(build_parser())
        if action.type in (int, float)
    ]
    assert bare == []


_OUT_OF_RANGE = {  # argument: command lines giving it a value out of its range
    "--after": ["invoice watch --after 99999999999999999999999", "invoice watch --after -1"],
    "--count": ["invoice watch --count -3"],
    "--page-size": [
        "invoice list --page-size 501",
        "received list --page-size -1",
        "deliveries unowned --page-size x",
    ],
    "id": [
        "received replay 99999999999999999999999",
        "deliveries replay 99999999999999999999999",
        "deliveries close 0 --reason x",
    ],
    "--timeout": ["invoice list --timeout nan", "invoice list --timeout 0", "archive verify --timeout -1"],
    "--state": ["invoice list --state FOO"],
}


@pytest.mark.parametrize(
    ("argv", "argument"),
    [(line.split(), argument) for argument, lines in _OUT_OF_RANGE.items() for line in lines],
)
def test_a_number_or_state_out_of_its_range_is_one_line_naming_the_argument_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], argument: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*argv, "--api-key", "k", "--target", "127.0.0.1:1"] if argv[0] != "deliveries" else argv)
    assert exit_.value.code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"error: argument {argument}:" in err and "Traceback" not in err


def test_numbers_in_range_and_states_in_any_case_are_taken() -> None:
    parser = build_parser()
    watch = parser.parse_args(
        ["invoice", "watch", "--after", str(2**63 - 1), "--count", "3", "--timeout", "0.5"]
    )
    assert (watch.after, watch.count, watch.timeout) == (2**63 - 1, 3, 0.5)
    listing = parser.parse_args(["invoice", "list", "--state", "sent", "--state", "PROCESSING_STATE_FAILED"])
    assert listing.state == ["SENT", "FAILED"] and listing.page_size == 0
    assert parser.parse_args(["deliveries", "unowned", "--page-size", "500"]).page_size == 500


def test_an_api_key_given_empty_is_refused_not_taken_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--api-key "$KEY"` with KEY unset: the call was made with whatever key the environment held (another
    company's, a colleague's), under the user's nose."""
    monkeypatch.setenv(API_KEY_ENV, "the-environment-s-key")
    assert (
        main(["invoice", "get", "i-1", "--api-key", "", "--target", "127.0.0.1:1", "--timeout", "0.5"])
        == EXIT_USAGE
    )
    assert "an API key is needed" in capsys.readouterr().err
