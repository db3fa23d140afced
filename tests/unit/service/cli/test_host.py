"""The host commands check every setting before they do anything, as `serve` does: the same one line, exit 2, no
database reached (DATABASE_URL here points at a port where none listens: reaching it would be another error).
`doctor` reports a bad setting as its failed `settings` check instead, in its own format (--json for monitoring)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.cli.host import local_http_base
from service.cli.main import main
from service.wiring.configuration import read_configuration

UNREACHABLE = "postgresql://gateway@127.0.0.1:1/gateway"


@pytest.fixture(autouse=True)
def _bad_port(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATABASE_URL", UNREACHABLE)
    monkeypatch.setenv("PGDATA_DIR", str(tmp_path / "pgdata"))
    monkeypatch.setenv("GRPC_PORT", "abc")


@pytest.mark.parametrize(
    "argv",
    [
        ["migrate"],
        ["keys", "list", "--company", "552100554"],
        ["keys", "create", "--company", "552100554", "--name", "billing"],
        ["settings", "payment-sent-status", "on", "--company", "552100554"],
        ["settings", "books-tolerance", "0.05", "--company", "552100554"],
    ],
)
def test_a_host_command_stops_on_a_bad_setting_with_serves_line(
    argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "pdp-gateway: error: GRPC_PORT must be an integer 0-65535 (0: a free port), not 'abc'\n"
    assert not (tmp_path / "pgdata").exists()


@pytest.mark.parametrize("secret", ["s3cret" * 1000, "s3cret\x01"], ids=["too-long", "control-character"])
def test_a_bad_platform_secret_stops_a_host_command_in_one_line_never_shown(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], secret: str
) -> None:
    monkeypatch.setenv("GRPC_PORT", "0")
    monkeypatch.setenv("PDP_PROVIDER", "iopole")
    monkeypatch.setenv("IOPOLE_CLIENT_ID", "gateway")
    monkeypatch.setenv("IOPOLE_CUSTOMER_ID", "c1")
    monkeypatch.setenv("IOPOLE_CLIENT_SECRET", secret)
    assert main(["migrate"]) == 2
    assert capsys.readouterr().err == (
        "pdp-gateway: error: IOPOLE_CLIENT_SECRET must be 1 to 4096 printable characters (value not shown)\n"
    )


def test_doctor_reports_a_bad_setting_as_its_failed_settings_check(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["doctor", "--json"]) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["result"] == "fail"
    (settings,) = report["checks"]  # nothing else is checked on a configuration serve refuses
    assert settings["name"] == "settings" and settings["result"] == "fail"
    assert settings["detail"] == "GRPC_PORT must be an integer 0-65535 (0: a free port), not 'abc'"
    assert "serve" in settings["advice"]


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        # pasted into config.yml's text: a traceback quoting the secret
        ("IOPOLE_CLIENT_SECRET", 'my"s3cret'),
        ("AFNOR_WEBHOOK_SIGNING_KEY", "s3cret\\n"),  # read as an escape: the key became another one
        ("IOPOLE_WEBHOOK_SECRET", "s3cret: {x"),
    ],
)
def test_any_value_is_carried_as_it_is(monkeypatch: pytest.MonkeyPatch, variable: str, value: str) -> None:
    monkeypatch.setenv(variable, value)
    config = read_configuration()
    read = config.reception.webhook_keys() | {"IOPOLE_CLIENT_SECRET": config.pdp.iopole.client_secret()}
    assert read[variable] == value


def test_doctor_asks_serve_at_an_ipv6_http_host_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """HTTP_HOST=::1 made `http://::1:8080`, and doctor a traceback of httpx's (Invalid port: ':1:8080')."""
    for name, value in {
        "GRPC_PORT": "50051",  # this module's own is a bad one
        "HTTP_HOST": "::1",
        "HTTP_PORT": "1",  # nothing listens: the route check fails, naming where it asked
        "DATABASE_URL": "postgresql://nobody@127.0.0.1:1/none",
        "PDP_PROVIDER": "sandbox",
    }.items():
        monkeypatch.setenv(name, value)
    assert main(["doctor", "--json"]) == 2
    (route,) = [c for c in json.loads(capsys.readouterr().out)["checks"] if c["name"] == "webhook-route"]
    assert route["detail"].startswith("http://[::1]:1/webhooks/")


@pytest.mark.parametrize(
    ("host", "base"),
    [
        ("0.0.0.0", "http://127.0.0.1:8080"),
        ("::", "http://127.0.0.1:8080"),
        ("::1", "http://[::1]:8080"),
        ("127.0.0.2", "http://127.0.0.2:8080"),
        ("localhost", "http://localhost:8080"),
    ],
)
def test_doctor_reaches_serve_s_http_side_at_an_address_written_as_a_url(host: str, base: str) -> None:
    """HTTP_HOST=::1 made `http://::1:8080`, and doctor a traceback of httpx's (Invalid port: ':1:8080')."""
    assert local_http_base(host, 8080) == base
