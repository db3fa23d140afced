"""aio.off_loop.Reader: a caller that goes away while its work waits costs the others nothing, and the reader's
thread never holds the process at its exit."""

from __future__ import annotations

import threading

from aio.off_loop import Reader


def test_work_whose_caller_went_away_is_skipped_and_the_reader_serves_what_comes_after() -> None:
    reader = Reader("test-reader")
    release = threading.Event()
    first = reader.submit("A", lambda: release.wait(30) and "first")
    gone = reader.submit("A", lambda: "never run")
    assert gone.cancel()  # its caller went away while it waited
    release.set()
    assert first.result(timeout=30) == "first"
    after = reader.submit("B", lambda: "after")
    assert after.result(timeout=30) == "after"  # a hang guard: the reader still serves
    [thread] = [t for t in threading.enumerate() if t.name == "test-reader"]
    assert thread.daemon  # a reader busy at exit does not hold the process
