"""The README's CLI walk-through, run as written from a fresh clone's point of view.

The checkout's files are copied to a new folder (what `git clone` gives: tracked and new files, no `.venv`, no
`var/`). `make install` would download the dependencies; offline, the copy gets a `.venv` of its own whose
`pdp-gateway` runs the copy's `src` on the dependencies already installed here (what `pip install -e .` makes).
Then, with no activated environment, no DATABASE_URL and no PGDATA_DIR: `make run` serves (its embedded
PostgreSQL in the copy's `var/pgdata`), and every `$ ` line of the walk-through runs through bash in the copy, in
order, each example's placeholder (`pdpg_Xb3k9Q…`, `0b6e…`, `6f1c…`) replaced by the value printed before it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import shutil
import signal
import site
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.e2e.test_serve_process import Server

ROOT = Path(__file__).resolve().parents[2]
COMMAND_TIMEOUT_S = 120.0
PLACEHOLDERS = {"secret": "pdpg_Xb3k9Q…", "key_id": "6f1c…", "old_key_id": "9a2e…", "invoice_id": "0b6e…"}


def walkthrough() -> list[tuple[str, list[str]]]:
    """(command, the lines the README shows after it) of every `$ ` line of the walk-through and of the documents
    section that follows it (run in the same shell, as a reader goes on); a line that is only a comment is none."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[
        readme.index("### Walk-through with the CLI") : readme.index("**Which rules judge a document**")
    ]
    steps: list[tuple[str, list[str]]] = []
    for block in re.findall(r"```console\n(.*?)```", section, re.S):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:].split("  #")[0].strip(), []))
            elif line.strip() and not line.strip().startswith("#") and steps:
                steps[-1][1].append(line)
    return steps


def fresh_clone(into: Path) -> None:
    listed = subprocess.run(
        ["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (into / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, into / name)
    # What `make install` makes, without the network: a venv running the copy's src on our dependencies.
    venv = into / ".venv"
    subprocess.run([sys._base_executable, "-m", "venv", "--without-pip", str(venv)], check=True)  # type: ignore[attr-defined]
    packages = next(venv.glob("lib/python*/site-packages"))
    (packages / "pdp_gateway_copy.pth").write_text(
        f"{into / 'src'}\n" + "".join(f"{p}\n" for p in site.getsitepackages())
    )
    script = venv / "bin" / "pdp-gateway"
    # As pip writes it: the guard matters, the process pool's spawned workers import this script again.
    script.write_text(
        f"#!{venv}/bin/python\nimport sys\nfrom service.cli.main import main\n"
        "if __name__ == '__main__':\n    sys.exit(main())\n"
    )
    script.chmod(0o755)
    (venv / ".installed").touch()  # newer than pyproject.toml: `make` has nothing to do


def stranger_env(home: Path) -> dict[str, str]:
    """A shell as a newcomer has it: no venv on PATH, no database or platform settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("VIRTUAL_ENV", "DATABASE_URL", "PGDATA_DIR", "PYTHONPATH", "PYTHONHOME")
        and not k.startswith(("PDP_", "IOPOLE_", "PIPELINE_", "GRPC_", "HTTP_"))
    }
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if "/.venv/" not in p + "/"
    )
    env["HOME"] = str(home)
    return env


@contextlib.asynccontextmanager
async def make_run(clone: Path, env: dict[str, str]) -> AsyncIterator[Server]:
    process = await asyncio.create_subprocess_exec(
        "make",
        "run",
        cwd=clone,
        # Free ports chosen by the server itself (it logs them), one gRPC process, a quick sandbox.
        env={**env, "GRPC_HOST": "127.0.0.1", "GRPC_PORT": "0", "HTTP_HOST": "127.0.0.1", "HTTP_PORT": "0"}
        | {"GRPC_WORKERS": "1", "PIPELINE_WORKERS": "1", "SANDBOX_STEP_DELAY_S": "0.05"}
        # The walkthrough follows the happy path: no 213 / 221 drawn by the sandbox.
        | {"SANDBOX_REJECTION_SHARE": "0", "SANDBOX_ROUTING_ERROR_SHARE": "0"},
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
        start_new_session=True,  # make and the server it runs: one process group to stop
    )
    running = Server(process)
    try:
        await running.wait_serving()
        yield running
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            await asyncio.wait_for(process.wait(), 60)
        except TimeoutError:
            os.killpg(process.pid, signal.SIGKILL)
            await process.wait()


@pytest.fixture
def clone() -> AsyncIterator[Path]:
    # Not under pytest's tmp_path: as root the embedded server runs as another user, which must be able to walk
    # every parent of its data folder (tests/support/database.py).
    with tempfile.TemporaryDirectory(prefix="pdpg-clone-") as tmp:
        Path(tmp).chmod(0o755)
        fresh_clone(Path(tmp))
        yield Path(tmp)


async def test_the_readme_walkthrough_runs_as_written_from_a_fresh_clone(clone: Path) -> None:
    steps = walkthrough()
    assert steps[0][0] == "make run" and any(c.startswith("pdp-gateway keys create") for c, _ in steps)
    env = stranger_env(clone / "home")
    (clone / "home").mkdir()
    async with make_run(clone, env) as server:
        env["PDP_GATEWAY_TARGET"] = server.target  # the README's default, localhost:50051, may be taken here
        prelude: list[str] = []
        values: dict[str, str] = {}
        last_code = 0
        for command, shown in steps[1:]:
            for name, placeholder in PLACEHOLDERS.items():
                if placeholder in command:
                    assert name in values, f"{command}: nothing printed before gave its {placeholder}"
                    command = command.replace(placeholder, values[name])
            if command == "echo $?":
                assert shown == [str(last_code)], (
                    f"the README shows exit {shown} where the command exited {last_code}"
                )
                continue
            if command.startswith((". ", "export ")):
                prelude.append(command)
                continue
            process = await asyncio.create_subprocess_exec(
                "bash",
                "--noprofile",
                "--norc",
                "-ec",
                "\n".join([*prelude, command]),
                cwd=clone,
                env=env,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
            )
            try:
                out_bytes, err_bytes = await asyncio.wait_for(process.communicate(), COMMAND_TIMEOUT_S)
            except TimeoutError:
                process.kill()
                raise AssertionError(f"$ {command}: still running after {COMMAND_TIMEOUT_S} s") from None
            out, err = out_bytes.decode(), err_bytes.decode()
            last_code = process.returncode or 0
            allowed = (0, 1) if "invalid" in command else (0, 2) if shown and "error:" in shown[0] else (0,)
            assert last_code in allowed, f"$ {command}\nexit {last_code}\n{out}\n{err}"
            if len(shown) == 1 and not shown[0].startswith("{"):  # a plain line: printed as shown
                assert (out + err).strip() == shown[0].strip(), f"$ {command}"
            if command.startswith("pdp-gateway keys create") and last_code == 0:
                created = json.loads(out)
                if "secret" not in values:
                    values.update(secret=created["secret"], key_id=created["id"])
                else:  # the one the walk-through revokes
                    values["old_key_id"] = created["id"]
            if (
                command.startswith("pdp-gateway invoice submit")
                and "invoice_id" not in values
                and last_code == 0
            ):
                values["invoice_id"] = json.loads(out)["invoice"]["id"]
            if command.startswith("pdp-gateway invoice list"):
                assert json.loads(out)["invoices"][0]["id"] == values["invoice_id"]
            if command.startswith("pdp-gateway keys revoke"):
                assert json.loads(out)["revoked"] is True
        assert set(values) == set(PLACEHOLDERS)
    assert (clone / "var" / "pgdata").is_dir()  # keys and serve shared the copy's embedded database
