"""The process's temporary directory is chosen at start, and a TMPDIR that cannot take a file is said."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import pytest

from service.wiring.temporary_files import choose_temporary_directory


def _unchosen(monkeypatch: pytest.MonkeyPatch, tmpdir: Path) -> None:
    """TMPDIR set, in a process that made no temporary file yet (pytest's own tmp_path chose one already)."""
    monkeypatch.setenv("TMPDIR", str(tmpdir))
    monkeypatch.setattr(tempfile, "tempdir", None)


def test_a_tmpdir_that_takes_files_is_chosen_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _unchosen(monkeypatch, tmp_path)
    assert choose_temporary_directory() == str(tmp_path)
    with tempfile.TemporaryFile() as later:  # the choice holds for what comes after
        assert os.path.realpath(f"/proc/self/fd/{later.fileno()}").startswith(str(tmp_path))
    assert not caplog.records


def test_a_tmpdir_that_cannot_take_a_file_is_said_naming_where_the_files_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    # Seen on serve: TMPDIR full at the first export, every export went to /tmp in silence.
    gone = tmp_path / "removed"
    _unchosen(monkeypatch, gone)
    chosen = choose_temporary_directory()
    assert chosen != str(gone)
    [line] = [r for r in caplog.records if r.name == "service.wiring.temporary_files"]
    assert line.levelno == logging.WARNING
    assert line.getMessage().startswith(f"TMPDIR {gone} cannot take a file (full, read-only or absent): ")
    assert f"go to {chosen} until it restarts" in line.getMessage()
