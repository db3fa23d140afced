"""What every client command shares: the exit codes, the API key and channel, the JSON output."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from collections.abc import Callable
from typing import Any, TypedDict, TypeVar

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message

from pdpgateway.v1 import invoice_pb2 as pb
from service.grpc.paging import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
INT64_MAX = 2**63 - 1  # an id or event number's proto field (int64): a larger one is no id of ours
LONGEST_CALL_S = (
    86_400.0  # --timeout: a day, far past any call's need (an archive export's default is an hour)
)
S = TypeVar("S")
R = TypeVar("R")
Calls = dict[str, Any]  # the keyword arguments of every call: metadata, timeout

API_KEY_ENV = "PDP_GATEWAY_API_KEY"
TARGET_ENV = "PDP_GATEWAY_TARGET"
# The gateway answers ABORTED only when nothing was written and the same call again most likely passes (a
# concurrent change of the invoice, a deadlock: service/grpc/errors.py). gRPC's own retry policy makes that call
# again, a few times with backoff, so a command does not fail on a race its user could not see.
RETRY_ATTEMPTS = 4
_SERVICE_CONFIG = json.dumps(
    {
        "methodConfig": [
            {
                "name": [{}],
                "retryPolicy": {
                    "maxAttempts": RETRY_ATTEMPTS,
                    "initialBackoff": "0.2s",
                    "maxBackoff": "2s",
                    "backoffMultiplier": 2,
                    "retryableStatusCodes": ["ABORTED"],
                },
            }
        ]
    }
)


class UsageError(Exception):
    pass


def integer(low: int, high: int) -> Callable[[str], int]:
    """argparse type of a number option: an integer from `low` to `high`. Past its proto field's range the request
    could not be built (`--after 1e30` was a traceback), and the server's own bound is told in argparse's one line."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not from {low} to {high}")
        return value

    return parse


def seconds(text: str) -> float:
    """argparse type of --timeout: a number of seconds above 0, at most LONGEST_CALL_S (0, a negative one or nan
    failed every call as DEADLINE_EXCEEDED, "is the gateway running?")."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(value) and 0 < value <= LONGEST_CALL_S):
        raise argparse.ArgumentTypeError(f"{text!r} is not above 0 and at most {LONGEST_CALL_S:g} seconds")
    return value


def client_command(
    commands: Any,
    name: str,
    run: Callable[[argparse.Namespace], int],
    help_text: str,
    *,
    timeout_s: float = 30.0,
) -> argparse.ArgumentParser:
    """The command `name` of `commands` (a group's subparsers) that calls a running gateway through `run`, with the
    options of that connection (--target, --api-key, --timeout, `timeout_s` by default) in a group of their own,
    listed after the command's own options whenever these are added."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
    parser.set_defaults(run=run)
    gateway = parser.add_argument_group("gateway connection")
    gateway.add_argument(
        "--target",
        default=os.environ.get(TARGET_ENV, "localhost:50051"),
        help=f"gateway gRPC address (default: ${TARGET_ENV}, else localhost:50051)",
    )
    # None when not given, so that `--api-key ""` (a variable that came out empty) is refused, not taken from the env
    gateway.add_argument("--api-key", default=None, help=f"API key (default: ${API_KEY_ENV})")
    gateway.add_argument(
        "--timeout", type=seconds, default=timeout_s, help=f"seconds per call (default {timeout_s:g})"
    )
    return parser


def add_paging(parser: argparse.ArgumentParser, items: str) -> None:
    """--page-size and --page-token of a listing of `items`, one page at a time."""
    parser.add_argument(
        "--page-size",
        type=integer(0, MAX_PAGE_SIZE),
        default=0,
        help=f"{items} per page (0: the default, {DEFAULT_PAGE_SIZE}; at most {MAX_PAGE_SIZE})",
    )
    parser.add_argument("--page-token", default="", help="next_page_token of the previous page")


def add_status_details(parser: argparse.ArgumentParser) -> None:
    """The options of what a lifecycle status we send carries besides its code: the same CDAR fields whether we
    send it as the seller (`invoice status`) or as the buyer (`received status`). `status_details` reads them."""
    parser.add_argument(
        "--reason",
        default="",
        help="reason code (MDT-113) from the list BR-FR-CDV-CL-09, e.g. TX_TVA_ERR: needed to partially approve,"
        " dispute, suspend or refuse (206, 207, 208, 210)",
    )
    parser.add_argument("--message", default="", help="free text sent with the status")
    parser.add_argument("--amount", default="", help="the amount paid (211), VAT included, e.g. 1200.00")
    parser.add_argument("--currency", default="", help="ISO 4217 (default EUR)")
    parser.add_argument(
        "--request-id",
        default="",
        help="idempotency key: the same command run again with it (after a timeout) sends the status once"
        " (default: none, each run sends its status: two equal payments are two statuses)",
    )


class StatusDetails(TypedDict):
    """The fields that SetInvoiceStatusRequest and SetBuyerStatusRequest name alike."""

    reason_code: str
    message: str
    amount: str
    currency: str
    request_id: str


def status_details(args: argparse.Namespace) -> StatusDetails:
    """The options of `add_status_details` as the request's fields; the server checks them."""
    return StatusDetails(
        reason_code=args.reason,
        message=args.message,
        amount=args.amount,
        currency=args.currency,
        request_id=args.request_id,
    )


def payment_shares(splits: list[str]) -> list[pb.PaymentShare]:
    """`--split RATE=AMOUNT` options (a payment received or sent) as the request's shares; the server checks them."""
    shares = []
    for share in splits:
        rate, sep, amount = share.partition("=")
        if not sep:
            raise UsageError(f"--split {share!r}: write RATE=AMOUNT, e.g. 20=300.00")
        shares.append(pb.PaymentShare(vat_rate=rate.strip(), amount=amount.strip()))
    return shares


def enum_value(wrapper: Any, label: str) -> Any:
    """The number of a proto enum label (ValueError when unknown). Typed Any: the generated stubs type each enum
    field with its own class, and `Value` returns a bare int."""
    return wrapper.Value(label)


def print_json(obj: Any, stream: Any = None) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2), file=stream or sys.stdout)


def print_answer(message: Message) -> int:
    """What most client commands end with: the gateway's answer on stdout (to_dict), exit 0."""
    print_json(to_dict(message))
    return EXIT_OK


def fail(message: str) -> int:
    """A usage, connection or database error: one line on stderr, exit 2."""
    print(f"pdp-gateway: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_USAGE


def to_dict(message: Message) -> dict[str, Any]:
    """The proto JSON mapping, with the message's own empty lists printed as `[]` (the mapping leaves them out,
    so an empty listing printed `{}`). Nested messages keep the mapping's form: a summary view's invoice has no
    `lines` rather than an empty list of them."""
    out = json_format.MessageToDict(message, preserving_proto_field_name=True)
    for field in message.DESCRIPTOR.fields:
        if field.is_repeated and field.name not in out:
            map_field = field.message_type is not None and field.message_type.GetOptions().map_entry
            out[field.name] = {} if map_field else []
    return out


# What a client takes and sends: the server's default GRPC_MAX_MESSAGE_MB (a Factur-X with 20 MiB of attachments is
# about 42 MB), where gRPC's own client default (4 MiB) would refuse a readable copy or a document with attachments.
MESSAGE_LIMITS = [("grpc.max_receive_message_length", 64 << 20), ("grpc.max_send_message_length", 64 << 20)]


def open_channel(target: str) -> grpc.Channel:
    """The channel of every client command, with the retry policy above."""
    return grpc.insecure_channel(
        target,
        options=[("grpc.enable_retries", 1), ("grpc.service_config", _SERVICE_CONFIG), *MESSAGE_LIMITS],
    )


def open_service(
    args: argparse.Namespace, stub_class: Callable[[grpc.Channel], S]
) -> tuple[grpc.Channel, S, Calls]:
    """The channel to the gateway, a `stub_class` stub on it, and what every call takes (the API key's metadata,
    the command's --timeout). UsageError without an API key."""
    key = os.environ.get(API_KEY_ENV, "") if args.api_key is None else args.api_key
    if not key:
        raise UsageError(f"an API key is needed: --api-key or {API_KEY_ENV}")
    channel = open_channel(args.target)
    return (
        channel,
        stub_class(channel),
        {"metadata": [("authorization", f"Bearer {key}")], "timeout": args.timeout},
    )


def call(
    args: argparse.Namespace, stub_class: Callable[[grpc.Channel], S], invoke: Callable[[S, Calls], R]
) -> R:
    """One call of a client command (`invoke(stub, kw)` calls the method with `**kw`), its channel closed after."""
    channel, stub, kw = open_service(args, stub_class)
    with channel:
        return invoke(stub, kw)
