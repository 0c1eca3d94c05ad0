#!/usr/bin/env python3
"""Side-by-side benchmark runner: Tycho against the reference interpreter, PUC-Rio Lua 5.4.8.

Runs every bench/scripts/*.lua under `tycho` and the reference alternately (so both see the same machine load),
REPS times each, checks that both print identical output, and prints per program the median wall time of each,
the ratio Tycho/lua, the median peak resident memory (RSS) of each, and the peak RSS above each interpreter's
empty-state baseline (`-e ""`, measured in the same run, REPS times alternated, before the programs) with the
ratio of those two (issue #15's memory target: <= 3x for the allocation-heavy programs). Then the geometric mean
of the time ratios and the worst program.

The memory ratio is left out ("-") where lua's peak is less than 1 MiB above its baseline: a program that
allocates almost nothing has no meaningful ratio.

Usage: python3 bench/run.py [--reps N] [--tycho PATH] [--tycho-args "ARGS"] [--lua PATH] [--markdown] [names...]
--tycho-args (or the TYCHO_ARGS environment variable) adds options to every tycho run, e.g.
--tycho-args "--instruction-limit 1000000000000" to measure the cost of execution limits.
By default the command is the published Release build: bench/run.py builds it with
`dotnet publish src/Tycho.Cli -c Release -o artifacts/tycho` unless --tycho is given, and the reference is
Lua 5.4.8 as ../shared/lua/build-oracle.sh builds it (the release makefile's flags) unless --lua is given.
Debian's lua5.4 is 5.4.4; comparing against it would measure a different interpreter.
"""
import argparse, os, statistics, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import run, median_peak_mib, geomean  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "bench", "scripts")


def default_lua():
    """The 5.4.8 oracle built from ../shared/lua (cached by build-oracle.sh), else lua5.4 on the PATH."""
    script = os.path.join(os.path.dirname(ROOT), "shared", "lua", "build-oracle.sh")
    if os.path.exists(script):
        p = subprocess.run(["bash", script, "5.4.8"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        path = p.stdout.decode().strip().splitlines()[-1] if p.returncode == 0 and p.stdout.strip() else ""
        if path and os.access(path, os.X_OK):
            return path
    sys.stderr.write("bench/run.py: no Lua 5.4.8 oracle (../shared/lua/build-oracle.sh); using lua5.4 from PATH\n")
    return "lua5.4"


MEMORY_RATIO_MIN_MIB = 1.0
EMPTY_LABEL = 'empty state (-e "") MiB'


def checked(r, cmd):
    """The run's output, with a marker if it failed (so the outputs differ and the row says so)."""
    if r.returncode != 0:
        sys.stderr.write(f"{' '.join(cmd)} failed ({r.returncode}):\n{r.stderr.decode(errors='replace')}\n")
        return r.stdout + b"<exit %d>" % r.returncode
    return r.stdout


def baselines(lua_cmd, tycho_cmd, reps):
    """Median peak RSS (MiB) of `-e ""` for each interpreter, runs alternated."""
    lua, tycho = [], []
    for _ in range(reps):
        lua.append(run(lua_cmd + ["-e", ""], SCRIPTS))
        tycho.append(run(tycho_cmd + ["-e", ""], SCRIPTS))
    return median_peak_mib(lua), median_peak_mib(tycho)


def measure(name, lua_cmd, tycho_cmd, reps, base_lua, base_tycho):
    """One row: the program's medians, ratios and whether every tycho run printed what lua printed."""
    script = name + ".lua"
    lua_runs, tycho_runs, outs, lua_out = [], [], set(), None
    for _ in range(reps):
        r = run(lua_cmd + [script], SCRIPTS); lua_runs.append(r); lua_out = checked(r, lua_cmd + [script])
        r = run(tycho_cmd + [script], SCRIPTS); tycho_runs.append(r); outs.add(checked(r, tycho_cmd + [script]))
    ml = statistics.median(r.wall for r in lua_runs)
    mt = statistics.median(r.wall for r in tycho_runs)
    pl, pt = median_peak_mib(lua_runs), median_peak_mib(tycho_runs)
    above_lua, above_tycho = pl - base_lua, pt - base_tycho
    mem_ratio = above_tycho / above_lua if above_lua >= MEMORY_RATIO_MIN_MIB else float("nan")
    return dict(name=name, lua=ml, tycho=mt, ratio=mt / ml if ml > 0 else float("nan"), lua_mib=pl, tycho_mib=pt,
                lua_above=above_lua, tycho_above=above_tycho, mem_ratio=mem_ratio,
                same=outs == {lua_out} and all(r.returncode == 0 for r in lua_runs))


def fmt_ratio(x):
    return "-" if x != x else f"{x:.2f}"


def print_table(rows, geo, worst, base_lua, base_tycho, markdown):
    if markdown:
        print("| program | lua (s) | tycho (s) | ratio | lua MiB | tycho MiB | lua +MiB | tycho +MiB | memory ratio | same output |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        for r in rows:
            print(f"| {r['name']} | {r['lua']:.3f} | {r['tycho']:.3f} | {r['ratio']:.2f} | {r['lua_mib']:.1f} | "
                  f"{r['tycho_mib']:.1f} | {r['lua_above']:.1f} | {r['tycho_above']:.1f} | {fmt_ratio(r['mem_ratio'])} | "
                  f"{'yes' if r['same'] else 'NO'} |")
        print(f"| **geometric mean** | | | **{geo:.2f}** | | | | | | |")
        print(f"| worst: {worst['name']} | | | {worst['ratio']:.2f} | | | | | | |")
        print(f"| empty state (`-e \"\"`) | | | | {base_lua:.1f} | {base_tycho:.1f} | | | | |")
    else:
        print(f"{'program':<18}{'lua':>8}{'tycho':>8}{'ratio':>7}{'luaMiB':>8}{'tyMiB':>8}{'lua+':>7}{'ty+':>7}{'memx':>7}  output")
        for r in rows:
            print(f"{r['name']:<18}{r['lua']:8.3f}{r['tycho']:8.3f}{r['ratio']:7.2f}{r['lua_mib']:8.1f}{r['tycho_mib']:8.1f}"
                  f"{r['lua_above']:7.1f}{r['tycho_above']:7.1f}{fmt_ratio(r['mem_ratio']):>7}  {'same' if r['same'] else 'DIFFERENT'}")
        print(f"{'geometric mean':<34}{geo:7.2f}")
        print(f"{'worst: ' + worst['name']:<34}{worst['ratio']:7.2f}")
        print(f"{EMPTY_LABEL:<41}{base_lua:8.1f}{base_tycho:8.1f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--tycho")
    ap.add_argument("--lua")
    ap.add_argument("--tycho-args", default=os.environ.get("TYCHO_ARGS", ""))
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    tycho = os.path.abspath(a.tycho) if a.tycho else None
    if not tycho:
        out = os.path.join(ROOT, "artifacts", "tycho")
        subprocess.run(["dotnet", "publish", os.path.join(ROOT, "src", "Tycho.Cli"), "-c", "Release", "-o", out],
                       check=True, stdout=subprocess.DEVNULL)
        tycho = os.path.join(out, "tycho")
    tycho_cmd = [tycho] + a.tycho_args.split()
    a.lua = a.lua or default_lua()
    print(f"reference: {a.lua}")
    names = a.names or sorted(f[:-4] for f in os.listdir(SCRIPTS) if f.endswith(".lua"))
    base_lua, base_tycho = baselines([a.lua], tycho_cmd, a.reps)
    rows = [measure(n, [a.lua], tycho_cmd, a.reps, base_lua, base_tycho) for n in names]
    geo = geomean([r["ratio"] for r in rows])
    worst = max(rows, key=lambda r: r["ratio"])
    print_table(rows, geo, worst, base_lua, base_tycho, a.markdown)
    return 0 if all(r["same"] for r in rows) else 1

if __name__ == "__main__":
    sys.exit(main())
