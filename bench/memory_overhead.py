#!/usr/bin/env python3
"""Cost of memory accounting: runs each program under several tycho commands, alternating them so they see the
same machine load, and prints the median CPU time (user+sys of the child) and wall time of each, with the ratio
to the first command. CPU time is the steadier measure on a shared machine.

Usage: python3 bench/memory_overhead.py [--reps N] --cmd NAME=COMMAND ... script.lua ...
  e.g. --cmd "main=/tmp/main/tycho" --cmd "accounting=artifacts/tycho/tycho" \
       --cmd "limit=artifacts/tycho/tycho --memory-limit 4G" bench/scripts/binary_trees.lua
"""
import argparse, os, shlex, statistics, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import measure  # noqa: E402


def run(cmd):
    r = measure.run(cmd)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.decode(errors='replace')}")
    return r.cpu, r.wall, r.stdout


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--cmd", action="append", required=True)
    ap.add_argument("scripts", nargs="+")
    a = ap.parse_args()
    cmds = [(c.split("=", 1)[0], shlex.split(c.split("=", 1)[1])) for c in a.cmd]
    for script in a.scripts:
        cpu = {n: [] for n, _ in cmds}
        wall = {n: [] for n, _ in cmds}
        outputs = {}
        for _ in range(a.reps):
            for name, cmd in cmds:
                c, w, out = run(cmd + [script])
                cpu[name].append(c); wall[name].append(w); outputs[name] = out
        if len(set(outputs.values())) != 1:
            print(f"warning: outputs differ for {script}")
        base_c = statistics.median(cpu[cmds[0][0]]); base_w = statistics.median(wall[cmds[0][0]])
        print(f"{os.path.basename(script)} (median of {a.reps})")
        for name, _ in cmds:
            mc, mw = statistics.median(cpu[name]), statistics.median(wall[name])
            print(f"  {name:<12} cpu {mc:7.3f}s ({mc / base_c:5.3f})   wall {mw:7.3f}s ({mw / base_w:5.3f})")


if __name__ == "__main__":
    main()
