"""deploy/kubernetes (and compose's settings) name only what the gateway has: settings, ports, probes, commands.

The manifests cannot be applied here (no cluster); this keeps them from drifting from the code."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from prometheus_client import CollectorRegistry
from starlette.routing import Route

from adapters.postgres.outage import is_outage
from service.cli.main import build_parser
from service.grpc.errors import ErrorTable
from service.wiring.configuration import read_configuration
from service.wiring.http import Lifecycle, build_http_app
from service.wiring.settings import check

ROOT = Path(__file__).resolve().parents[3]
MANIFESTS = ROOT / "deploy" / "kubernetes" / "pdp-gateway.yaml"
CONFIG = ROOT / "src" / "service" / "wiring" / "config.yml"
# Read by the code outside config.yml: prometheus-client's folder.
OUTSIDE_CONFIG = {"PROMETHEUS_MULTIPROC_DIR"}


def documents() -> dict[str, dict[str, Any]]:
    return {d["kind"]: d for d in yaml.safe_load_all(MANIFESTS.read_text())}


def test_every_setting_named_is_one_the_gateway_reads() -> None:
    known = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*):", CONFIG.read_text())) | OUTSIDE_CONFIG
    docs = documents()
    named = set(docs["ConfigMap"]["data"])
    for kind in ("Deployment", "Job"):
        for container in docs[kind]["spec"]["template"]["spec"]["containers"]:
            named |= {e["name"] for e in container.get("env", [])}
    assert named and named - known == set()


def test_ports_and_probes_are_the_gateways() -> None:
    config = yaml.safe_load(CONFIG.read_text())
    (container,) = documents()["Deployment"]["spec"]["template"]["spec"]["containers"]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert str(ports["grpc"]) in config["grpc"]["port"] and str(ports["http"]) in config["http"]["port"]

    async def ready() -> str | None:
        return None

    paths = {
        r.path
        for r in build_http_app(
            Lifecycle(), ready, CollectorRegistry(), (), errors=ErrorTable(is_outage)
        ).routes
        if isinstance(r, Route)
    }
    probes = [container[p]["httpGet"]["path"] for p in ("readinessProbe", "livenessProbe", "startupProbe")]
    assert probes[0] == "/readyz" and set(probes) <= paths


def test_the_job_migrates_and_the_replicas_serve() -> None:
    docs = documents()
    (job,) = docs["Job"]["spec"]["template"]["spec"]["containers"]
    (gateway,) = docs["Deployment"]["spec"]["template"]["spec"]["containers"]
    parser = build_parser()
    assert job["args"] == ["migrate"] and gateway["args"] == ["serve"]
    for args in (job["args"], gateway["args"]):
        parser.parse_args(args)  # commands the CLI knows


def test_an_upgrade_stops_the_old_release_before_the_new_one_serves() -> None:
    # docs/deploy.md: upgrades are not rolling. An old replica on a database the new release migrated answers 503
    # on /readyz, so a rolling update would leave a window with no ready pod (and old code writing meanwhile).
    strategy = documents()["Deployment"]["spec"]["strategy"]
    assert strategy == {"type": "Recreate"}


def test_the_compose_file_names_only_settings_the_gateway_reads_too() -> None:
    known = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*):", CONFIG.read_text())) | OUTSIDE_CONFIG
    compose = yaml.safe_load((ROOT / "deploy" / "compose.yml").read_text())
    named = set(compose["x-gateway"]["environment"])
    assert named and named - known == set()


def test_the_compose_pooler_writes_the_password_its_auth_type_can_use() -> None:
    """The pooler's image writes DB_USER's password into userlist.txt as an md5 hash unless AUTH_TYPE is plain or
    scram-sha-256, and pgbouncer.ini (mounted) asks for scram-sha-256: a SCRAM login, the gateway's to PgBouncer or
    PgBouncer's to PostgreSQL 18 (SCRAM by default), cannot be made from an md5 hash, so every replica's start failed
    there (read, not run: no container runtime here)."""
    ini = (ROOT / "deploy" / "postgres" / "pgbouncer.ini").read_text()
    (auth_type,) = re.findall(r"^auth_type\s*=\s*(\S+)", ini, re.M)
    pooler = yaml.safe_load((ROOT / "deploy" / "compose.yml").read_text())["services"]["pgbouncer"]
    assert pooler["environment"].get("AUTH_TYPE") == auth_type


def test_the_config_map_and_the_secret_it_says_to_create_give_every_setting_its_platform_requires(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The reverse of the first test: applied as written (the ConfigMap chooses IOPOLE), the pods must start. The
    Secret's command named only the client secret and the webhook key: every pod stopped on `IOPOLE_CLIENT_ID must be
    1 to 255 printable characters, not ''`, then IOPOLE_CUSTOMER_ID."""
    known = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*):", CONFIG.read_text())) | OUTSIDE_CONFIG
    for name in known:
        monkeypatch.delenv(name, raising=False)
    text = MANIFESTS.read_text()
    secret = {
        name: "x" if value == "..." else value
        for name, value in re.findall(r"--from-literal=(\w+)=(\S+)", text)
    }
    secret["DATABASE_URL"] = secret["DATABASE_URL"].replace("...", "x")
    for name, value in {**documents()["ConfigMap"]["data"], **secret}.items():
        monkeypatch.setenv(name, str(value))
    check(read_configuration())
