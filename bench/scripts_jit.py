#!/usr/bin/env python3
"""The library under the JIT against lua5.4.8: runs bench/Tycho.Benchmarks.Scripts (BenchmarkDotNet: each
bench/scripts program in a warm, long-lived LuaState, 1 process per program, 2 warm-up runs, median of 3 measured
runs), then lua5.4.8 on the same programs (median of REPS runs), and prints per program both times, the ratio
Tycho/lua, the geometric mean and the worst program. About five minutes for the 28 programs.

Usage: python3 bench/scripts_jit.py [--reps N] [--lua PATH] [--results JSON] [--markdown] [names...]
  --results reuses a BenchmarkDotNet JSON report (…-report-full-compressed.json) instead of running it again.
Run it under the build lock: flock /tmp/tycho-build.lock python3 bench/scripts_jit.py
"""
import argparse, glob, json, os, statistics, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run, geomean  # noqa: E402
from run import SCRIPTS, default_lua  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROJECT = os.path.join(ROOT, "bench", "Tycho.Benchmarks.Scripts")


def run_benchmarks(names):
    """Runs BenchmarkDotNet for the named programs (all when empty); returns the JSON report's path."""
    artifacts = os.path.join(PROJECT, "BenchmarkDotNet.Artifacts")
    filters = [f'*"{n}"*' for n in names] or ["*"]
    os.makedirs(artifacts, exist_ok=True)
    log = os.path.join(artifacts, "scripts_jit.log")
    sys.stderr.write(f"scripts_jit.py: BenchmarkDotNet's output goes to {log}\n")
    with open(log, "w") as out:
        p = subprocess.run(["dotnet", "run", "-c", "Release", "--project", PROJECT, "--", "--filter", *filters,
                            "--exporters", "json", "--artifacts", artifacts], cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        sys.exit(f"scripts_jit.py: BenchmarkDotNet failed ({p.returncode}), see {log}")
    reports = glob.glob(os.path.join(artifacts, "results", "*ScriptBenchmarks-report-full-compressed.json"))
    if not reports:
        sys.exit("scripts_jit.py: BenchmarkDotNet wrote no JSON report")
    return reports[0]


def jit_medians(report):
    """Script name -> median seconds per run, from a BenchmarkDotNet JSON report."""
    with open(report) as f:
        data = json.load(f)
    medians = {}
    for b in data["Benchmarks"]:
        name = b["Parameters"].split("=", 1)[1]
        if b.get("Statistics"):
            medians[name] = b["Statistics"]["Median"] / 1e9
    return medians


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--lua")
    ap.add_argument("--results")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    lua = a.lua or default_lua()
    jit = jit_medians(a.results or run_benchmarks(a.names))
    names = [n for n in (a.names or sorted(jit)) if n in jit]
    rows = []
    for name in names:
        times = [run([lua, name + ".lua"], SCRIPTS).wall for _ in range(a.reps)]
        ml = statistics.median(times)
        rows.append((name, ml, jit[name], jit[name] / ml))
    geo = geomean([r[3] for r in rows])
    worst = max(rows, key=lambda r: r[3])
    if a.markdown:
        print("| program | lua5.4.8 (s) | Tycho library, JIT (s) | ratio |")
        print("|---|---:|---:|---:|")
        for n, ml, mt, r in rows:
            print(f"| {n} | {ml:.3f} | {mt:.3f} | {r:.2f} |")
        print(f"| **geometric mean** | | | **{geo:.2f}** |")
        print(f"| worst: {worst[0]} | | | {worst[3]:.2f} |")
    else:
        print(f"{'program':<18}{'lua':>8}{'jit':>8}{'ratio':>7}")
        for n, ml, mt, r in rows:
            print(f"{n:<18}{ml:8.3f}{mt:8.3f}{r:7.2f}")
        print(f"{'geometric mean':<34}{geo:7.2f}")
        print(f"{'worst: ' + worst[0]:<34}{worst[3]:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
