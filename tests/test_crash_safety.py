"""Power cuts and crashes: a child process writes through the real progress store and is
killed with SIGKILL at random moments, again and again, on the same database. Every write
it reported as committed must survive, and the database must stay intact."""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
KILLS = 200

WRITER = r"""
import sys
from pathlib import Path
from companion.core.progress import ProgressStore

store = ProgressStore.open(Path(sys.argv[1]))
start = int(sys.argv[2])
print("ready", flush=True)
seq = start
while True:
    seq += 1
    store.set_ticked(f"crash-{seq}", True)          # a new tick, committed when this returns
    if seq % 3 == 0:
        store.set_ticked(f"crash-{seq - 1}", False)  # and sometimes an untick
    store.set_setting("counter", str(seq))
    print(seq, flush=True)
"""


def test_no_committed_write_is_lost_when_killed(tmp_path: Path) -> None:
    database = tmp_path / "data" / "progress.sqlite3"
    database.parent.mkdir(mode=0o700)
    rng = random.Random(20261125)
    reported: list[int] = []
    seq = 0
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(database), str(seq)],
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.0, 0.03)
        while time.monotonic() < deadline:
            ready, _, _ = select.select([child.stdout], [], [], 0.005)
            if ready:
                line = child.stdout.readline().strip()
                if line:
                    reported.append(int(line))
        os.kill(child.pid, signal.SIGKILL)
        # Lines already written to the pipe before the kill were reported too.
        for line in child.stdout.read().split():
            reported.append(int(line))
        child.wait()
        child.stdout.close()
        db = sqlite3.connect(database)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            counter = db.execute("SELECT value FROM settings WHERE key='counter'").fetchone()
            ticks = {row[0] for row in db.execute("SELECT item_id FROM checklist_ticks")}
        finally:
            db.close()
        if reported:
            assert counter is not None and int(counter[0]) >= reported[-1]
        seq = int(counter[0]) if counter else seq
        for written in reported:
            untouched_later = (written + 1) % 3 != 0  # not unticked by the next write
            if untouched_later:
                assert f"crash-{written}" in ticks, f"reported write {written} was lost"
    assert len(reported) > KILLS  # the writer really was busy when it was killed
