#!/usr/bin/env python3
"""Side-by-side benchmark runner: Tycho against the reference interpreter, PUC-Rio Lua 5.4.8.

Runs every bench/scripts/*.lua under `tycho` and `lua5.4` alternately (so both see the same machine load),
REPS times each, checks that both print identical output, and prints per program the median wall time of each,
the ratio Tycho/lua5.4, and the peak resident memory of each (from /usr/bin/time or getrusage), then the
geometric mean of the ratios.

Usage: python3 bench/run.py [--reps N] [--tycho PATH] [--tycho-args "ARGS"] [--lua PATH] [--markdown] [names...]
--tycho-args (or the TYCHO_ARGS environment variable) adds options to every tycho run, e.g.
--tycho-args "--instruction-limit 1000000000000" to measure the cost of execution limits.
By default the command is the published Release build: bench/run.py builds it with
`dotnet publish src/Tycho.Cli -c Release -o artifacts/tycho` unless --tycho is given, and the reference is
Lua 5.4.8 as ../shared/lua/build-oracle.sh builds it (the release makefile's flags) unless --lua is given.
Debian's lua5.4 is 5.4.4; comparing against it would measure a different interpreter.
"""
import argparse, math, os, resource, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRIPTS = os.path.join(ROOT, "bench", "scripts")


def run(cmd, cwd):
    """Runs cmd, returning (seconds, stdout bytes, peak RSS in KiB of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode != 0:
        sys.stderr.write(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr.decode(errors='replace')}\n")
    # ru_maxrss of RUSAGE_CHILDREN is the max over all children so far; report it only when it grew.
    return elapsed, p.stdout + (b"" if p.returncode == 0 else b"<exit %d>" % p.returncode), max(peak, before) if peak > before else None


def peak_rss(cmd, cwd):
    """Peak RSS in MiB of one run, via GNU time if present."""
    if not os.path.exists("/usr/bin/time"):
        return float("nan")
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        return int(p.stderr.decode().strip().splitlines()[-1]) / 1024.0
    except (ValueError, IndexError):
        return float("nan")


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
    rows, ratios = [], []
    for name in names:
        script = name + ".lua"
        tt, lt = [], []
        outs = set()
        for _ in range(a.reps):
            s, o, _ = run([a.lua, script], SCRIPTS); lt.append(s); lua_out = o
            s, o, _ = run(tycho_cmd + [script], SCRIPTS); tt.append(s); outs.add(o)
        same = outs == {lua_out}
        mt, ml = statistics.median(tt), statistics.median(lt)
        ratio = mt / ml if ml > 0 else float("nan")
        ratios.append(ratio)
        rows.append((name, ml, mt, ratio, peak_rss([a.lua, script], SCRIPTS), peak_rss(tycho_cmd + [script], SCRIPTS), same))
    geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios)) if ratios else float("nan")
    if a.markdown:
        print("| program | lua5.4 (s) | tycho (s) | ratio | lua5.4 MiB | tycho MiB | same output |")
        print("|---|---:|---:|---:|---:|---:|---|")
        for n, ml, mt, r, pl, pt, same in rows:
            print(f"| {n} | {ml:.3f} | {mt:.3f} | {r:.2f} | {pl:.1f} | {pt:.1f} | {'yes' if same else 'NO'} |")
        print(f"| **geometric mean** | | | **{geo:.2f}** | | | |")
    else:
        print(f"{'program':<16}{'lua5.4':>9}{'tycho':>9}{'ratio':>8}{'luaMiB':>9}{'tyMiB':>9}  output")
        for n, ml, mt, r, pl, pt, same in rows:
            print(f"{n:<16}{ml:9.3f}{mt:9.3f}{r:8.2f}{pl:9.1f}{pt:9.1f}  {'same' if same else 'DIFFERENT'}")
        print(f"{'geometric mean':<34}{geo:8.2f}")
    return 0 if all(r[6] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
