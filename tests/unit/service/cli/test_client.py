"""The CLI's shared helpers (service.cli.client)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable

import pytest
from google.protobuf import json_format
from google.protobuf.message import Message

from pdpgateway.v1 import reception_service_pb2 as rpb
from service.cli import client as client_module
from service.cli import main as main_module
from service.cli.client import EXIT_OK, UsageError, client_command, payment_shares, print_answer


def test_payment_shares_reads_each_rate_and_amount_trimmed() -> None:
    shares = payment_shares(["20=300.00", " 5.5 = 10.00 "])
    assert [(s.vat_rate, s.amount) for s in shares] == [("20", "300.00"), ("5.5", "10.00")]
    # the same shares fit a payment sent (reception) as well as one received (invoice)
    request = rpb.RecordPaymentSentRequest(invoice_id="r-1", split=shares)
    assert [s.vat_rate for s in request.split] == ["20", "5.5"]


def test_payment_shares_refuses_a_share_without_its_equals_sign() -> None:
    with pytest.raises(UsageError, match="--split '20': write RATE=AMOUNT"):
        payment_shares(["20=1.00", "20"])


def test_no_split_is_no_share() -> None:
    assert payment_shares([]) == []


def test_a_client_command_runs_its_function_and_lists_the_gateway_options_after_its_own() -> None:
    parser = argparse.ArgumentParser(prog="p")
    commands = parser.add_subparsers(dest="command", required=True)

    def run(args: argparse.Namespace) -> int:
        return 0

    command = client_command(commands, "get", run, "get one", timeout_s=5)
    command.add_argument("--full", action="store_true", help="everything")

    args = parser.parse_args(["get", "--target", "h:1"])
    # no --api-key: None, the environment's to give
    assert (args.run, args.target, args.api_key, args.timeout, args.full) == (run, "h:1", None, 5, False)
    text = command.format_help()
    assert text.index("--full") < text.index("gateway connection:") < text.index("\n  --target")


def test_an_answer_is_printed_as_its_proto_json_with_empty_lists_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer = rpb.ListParkedDeliveriesResponse(next_page_token="7")

    assert print_answer(answer) == EXIT_OK
    assert json.loads(capsys.readouterr().out) == {"deliveries": [], "next_page_token": "7"}


@pytest.mark.parametrize(
    ("argv", "method", "own"),
    [
        (
            ["invoice", "status", "i-1", "--code", "207", "--vat-rate", "20"],
            "SetInvoiceStatus",
            {"code": "207"},
        ),
        (["received", "status", "r-1", "DISPUTED"], "SetBuyerStatus", {"status": "BUYER_STATUS_DISPUTED"}),
    ],
)
def test_both_status_commands_send_the_reason_message_amount_currency_and_request_id_given(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    method: str,
    own: dict,
) -> None:
    sent: list[Message] = []

    class Stub:
        def __getattr__(self, name: str) -> Callable[..., Message]:
            def answer(request: Message, **kw: object) -> Message:
                assert name == method
                sent.append(request)
                return rpb.ListParkedDeliveriesResponse()

            return answer

    def call(
        args: argparse.Namespace, stub_class: object, invoke: Callable[[Stub, dict], Message]
    ) -> Message:
        return invoke(Stub(), {})

    monkeypatch.setattr(main_module, "call", call)
    monkeypatch.setattr(client_module, "call", call)
    details = ["--reason", "TX_TVA_ERR", "--message", "VAT at 20", "--amount", "1200.00", "--currency", "USD"]
    details += ["--request-id", "transfer-0042"]
    args = main_module.build_parser().parse_args([*argv, *details])

    assert args.run(args) == EXIT_OK
    fields = json_format.MessageToDict(sent[0], preserving_proto_field_name=True)
    assert (
        fields.items()
        >= {
            "reason_code": "TX_TVA_ERR",
            "message": "VAT at 20",
            "amount": "1200.00",
            "currency": "USD",
            "request_id": "transfer-0042",
            **own,
        }.items()
    )


def test_the_gateway_options_say_the_environment_they_default_to() -> None:
    # --target's help said "(default localhost:50051)" while $PDP_GATEWAY_TARGET, which the README names, takes its
    # place when set: whoever set it and read the help looked for the gateway on the wrong address
    parser = argparse.ArgumentParser(prog="p")
    commands = parser.add_subparsers(dest="command", required=True)
    command = client_command(commands, "c", lambda args: 0, "a command")
    helps = {a.dest: a.help for a in command._actions}
    assert helps["target"] == "gateway gRPC address (default: $PDP_GATEWAY_TARGET, else localhost:50051)"
    assert helps["api_key"] == "API key (default: $PDP_GATEWAY_API_KEY)"
