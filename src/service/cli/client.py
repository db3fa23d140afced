"""What every client command shares: the exit codes, the API key and channel, the JSON output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

import grpc
from google.protobuf import json_format
from google.protobuf.message import Message

from pdpgateway.v1 import invoice_service_pb2_grpc as svc_grpc

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
API_KEY_ENV = "PDP_GATEWAY_API_KEY"


class UsageError(Exception):
    pass


def print_json(obj: Any, stream: Any = None) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2), file=stream or sys.stdout)


def to_dict(message: Message) -> dict[str, Any]:
    return json_format.MessageToDict(message, preserving_proto_field_name=True)


def invoice_stub(
    args: argparse.Namespace,
) -> tuple[grpc.Channel, svc_grpc.InvoiceServiceStub, list[tuple[str, str]]]:
    key = args.api_key or os.environ.get(API_KEY_ENV, "")
    if not key:
        raise UsageError(f"an API key is needed: --api-key or {API_KEY_ENV}")
    channel = grpc.insecure_channel(args.target)
    return channel, svc_grpc.InvoiceServiceStub(channel), [("authorization", f"Bearer {key}")]
