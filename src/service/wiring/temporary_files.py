"""Where the process's temporary files go (archive exports, webhook bodies past WEBHOOK_SPOOL_AFTER_BYTES), chosen at
start and said when it is not TMPDIR.

Python chooses its temporary directory once, at the process's first temporary file: the first of TMPDIR, TEMP, TMP,
/tmp, /var/tmp and the working directory that takes a file then, silently, kept for the process's life. Seen on
serve: TMPDIR full at the first export, the exports went to /tmp from then on, even once TMPDIR had room again, and
nothing said so. Chosen at start instead, while TMPDIR is presumably fine, it stays TMPDIR (a TMPDIR full later is
an export's TEMPORARY_SPACE, as docs/on-call.md says), and one that cannot take a file at start is said.
"""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Mapping

_log = logging.getLogger(__name__)


def choose_temporary_directory(env: Mapping[str, str] = os.environ) -> str:
    """The directory this process's temporary files go to, chosen now; a WARNING when TMPDIR is set but not it."""
    chosen = tempfile.gettempdir()
    wanted = env.get("TMPDIR", "")
    if wanted and os.path.realpath(wanted) != os.path.realpath(chosen):
        _log.warning(
            "TMPDIR %s cannot take a file (full, read-only or absent): this process's temporary files (archive"
            " exports, large webhook bodies) go to %s until it restarts (docs/on-call.md)",
            wanted,
            chosen,
        )
    return chosen
