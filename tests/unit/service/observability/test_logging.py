from __future__ import annotations

import json
import logging

from service.observability.logging import JsonFormatter, redact, request_id_var


def test_log_lines_are_json_with_the_request_id_and_extra_fields():
    record = logging.makeLogRecord(
        {
            "msg": "rpc %s",
            "args": ("done",),
            "levelname": "INFO",
            "name": "x",
            "method": "/pdpgateway.v1.InvoiceService/GetInvoice",
        }
    )
    token = request_id_var.set("abc")
    try:
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id_var.reset(token)
    assert line["msg"] == "rpc done"
    assert line["request_id"] == "abc"
    assert line["method"] == "/pdpgateway.v1.InvoiceService/GetInvoice"


def test_bearer_credentials_are_masked():
    assert redact("authorization: Bearer pdpk_secret123") == "authorization: Bearer ***"
    assert "s3cr3t" not in redact("{'authorization': 's3cr3t'}")
