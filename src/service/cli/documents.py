"""`pdp-gateway document render|parse|validate` as the service CLI runs them (adapters.documents.cli): invoices in
and out in the proto JSON mapping of examples/ (what `invoice validate|submit` read), and documents read in a document
worker under the server's limits (config.yml).

service.cli.main loads this module only when a `document` command is given: the document tools it loads are the
larger part of what a client command would otherwise take to start.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from google.protobuf import json_format

from adapters.documents.cli import UsageError, add_document_commands
from domain.errors import InvoiceRejected
from domain.invoice import Invoice
from domain.serialization import CorruptContent, invoice_from_dict
from pdpgateway.v1 import invoice_pb2 as pb
from service.cli.client import to_dict
from service.grpc.mapping import invoice_from_proto, invoice_to_proto
from service.wiring.configuration import read_configuration
from service.wiring.documents import worker_limits
from service.workers.worker_pool import run_limited


def add_commands(commands: Any) -> None:
    """`document ...` on the CLI's argparse tree, reading and writing the proto JSON mapping, in a document worker."""
    add_document_commands(commands, invoice_from_json, in_document_worker, invoice_to_json)


def invoice_from_json(data: Any) -> Invoice:
    """INVOICE.json of `document render`: the proto JSON mapping (as in examples/), or the domain serialisation."""
    try:
        message = json_format.ParseDict(data, pb.Invoice())
    except (json_format.ParseError, TypeError, AttributeError) as proto_error:
        try:
            return invoice_from_dict(data)
        except (CorruptContent, ValueError, TypeError, KeyError, AttributeError):
            raise ValueError(f"not a pdpgateway.v1.Invoice in proto JSON ({proto_error})") from proto_error

    try:
        return invoice_from_proto(message)
    except InvoiceRejected as exc:
        raise ValueError("; ".join(f.described for f in exc.findings)) from exc


def invoice_to_json(invoice: Invoice) -> dict[str, Any]:
    """`document parse`'s output: the proto JSON mapping that `invoice validate|submit` and `document render` read."""
    return to_dict(invoice_to_proto(invoice))


def in_document_worker(fn: Callable[..., Any], *args: Any) -> Any:
    """`document parse|validate` read the file in a document worker, under the server's limits (config.yml)."""
    try:
        return run_limited(worker_limits(read_configuration().documents()), fn, *args)
    except BrokenProcessPool as exc:
        raise UsageError(f"the document worker died: {exc}") from exc
