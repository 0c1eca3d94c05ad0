"""Running one child process and measuring it: wall time, CPU time (user+sys) and peak resident memory.

Shared by bench/run.py, bench/memory_overhead.py and bench/scripts_jit.py. Every run is measured for memory
too: the command runs under GNU time (`/usr/bin/time -f %M`), which reports the peak RSS of the process it forks.
Python cannot read that itself: a process forked (or vforked) from this ~15 MB interpreter keeps its parent's
RSS high-water mark across exec, so wait4's ru_maxrss of a direct child is never below python's own RSS.
GNU time is a ~1 MB process, so its child's figure is exact to ~1 MB (`/bin/true` reports ~1.0 MiB).
"""
import os, subprocess, sys, tempfile, time
from collections import namedtuple

Run = namedtuple("Run", "wall cpu peak_kib stdout stderr returncode")
GNU_TIME = "/usr/bin/time"
_warned = []


def run(cmd, cwd=None):
    """Runs cmd to completion (stdin closed). Returns a Run: wall and cpu (user+sys) in seconds, peak RSS in KiB,
    stdout and stderr as bytes, the exit status (negative: killed by that signal)."""
    have_time = os.access(GNU_TIME, os.X_OK)
    if not have_time and not _warned:
        _warned.append(True)
        sys.stderr.write(f"bench: no {GNU_TIME}; peak RSS includes python's own (~15 MB)\n")
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile(mode="r") as peak:
        full = [GNU_TIME, "-q", "-f", "%M", "-o", peak.name] + list(cmd) if have_time else list(cmd)
        start = time.perf_counter()
        p = subprocess.Popen(full, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err)
        out = p.stdout.read()
        p.stdout.close()
        # wait4's rusage of time includes the child it waited for (CPU time); its maxrss would be python's.
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)  # reaped here; tell Popen so it does not wait again
        err.seek(0)
        kib = usage.ru_maxrss
        if have_time:
            lines = [l for l in peak.read().splitlines() if l.strip().isdigit()]
            kib = int(lines[-1]) if lines else float("nan")
        return Run(wall, usage.ru_utime + usage.ru_stime, kib, out, err.read(), p.returncode)


def median_peak_mib(runs):
    """Median peak RSS of several Runs, in MiB."""
    peaks = sorted(r.peak_kib for r in runs)
    mid = len(peaks) // 2
    kib = peaks[mid] if len(peaks) % 2 else (peaks[mid - 1] + peaks[mid]) / 2
    return kib / 1024.0


def geomean(values):
    """Geometric mean of positive numbers (nan for none)."""
    import math
    values = [v for v in values if v == v]
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else float("nan")
