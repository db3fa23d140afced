"""`pdp-gateway platform webhooks list|create|delete` against the AFNOR and IOPOLE simulators (real HTTP)."""

from __future__ import annotations

import json

import pytest

from service.cli.main import build_parser
from service.cli.platform import cmd_webhooks
from tests.support.simulators.afnor_app import AfnorSimulator
from tests.support.simulators.iopole_app import IopoleSimulator


def run(capsys: pytest.CaptureFixture[str], env: dict[str, str], *argv: str) -> tuple[int, dict]:  # type: ignore[type-arg]
    """The exit code and what was printed: JSON on stdout, or a usage error's one line on stderr as {"error": ...}
    (every command's: `pdp-gateway: error: ...`; this one printed JSON on stderr)."""
    args = build_parser().parse_args(["platform", "webhooks", *argv])
    code = cmd_webhooks(args, env)
    out, err = capsys.readouterr()
    if code == 2:
        (line,) = err.splitlines()
        assert line.startswith("pdp-gateway: error: ") and out == ""
        return code, {"error": line.removeprefix("pdp-gateway: error: ")}
    assert err == ""
    return code, json.loads(out)


def test_afnor_webhooks_are_managed_and_the_signing_key_is_printed_once(capsys) -> None:
    with AfnorSimulator() as sim:
        env = {"PDP_PROVIDER": "afnor", **sim.env()}

        code, created = run(capsys, env, "create", "https://gateway.example")
        assert code == 0 and created["set"] == "AFNOR_WEBHOOK_SIGNING_KEY"
        hook = created["webhook"]
        assert hook["callback_urls"] == ["https://gateway.example/webhooks/afnor/flow"]
        assert hook["signing_key"] == sim.webhooks[hook["webhook_id"]].signing_key

        code, listed = run(capsys, env, "list")
        assert code == 0 and [w["webhook_id"] for w in listed["webhooks"]] == [hook["webhook_id"]]
        assert "signing_key" not in listed["webhooks"][0]

        assert run(capsys, env, "delete", hook["webhook_id"])[0] == 0
        assert sim.webhooks == {}
        assert run(capsys, env, "delete", hook["webhook_id"])[0] == 1  # unknown now: refused by the platform


def test_iopole_webhooks_are_managed_with_a_secret_we_choose(capsys) -> None:
    with IopoleSimulator() as sim:
        env = {"PDP_PROVIDER": "iopole", **sim.env()}

        code, created = run(capsys, env, "create", "https://gateway.example")

        assert code == 0 and created["set"] == "IOPOLE_WEBHOOK_SECRET"
        key = sim.webhooks[created["webhook"]["webhook_id"]]["interopData"]["authentication"]["hmac"][
            "secretKey"
        ]
        assert created["webhook"]["signing_key"] == key


def test_a_platform_without_subscriptions_or_settings_is_a_usage_error(capsys) -> None:
    code, refused = run(capsys, {"PDP_PROVIDER": "sandbox"}, "list")
    assert code == 2 and refused["error"].startswith("the sandbox platform is in-process: it has no webhook")
    code, refused = run(capsys, {"PDP_PROVIDER": "afnor"}, "list")
    assert code == 2 and "AFNOR_FLOW_URL" in refused["error"]


def test_without_pdp_provider_the_command_works_on_the_configured_platform(capsys, monkeypatch) -> None:
    """PDP_PROVIDER unset: the platform config.yml names (the sandbox), as `serve` would open it."""
    monkeypatch.delenv("PDP_PROVIDER", raising=False)
    code, refused = run(capsys, {}, "list")
    assert code == 2 and refused["error"].startswith("the sandbox platform is in-process: it has no webhook")
