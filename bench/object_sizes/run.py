#!/usr/bin/env python3
"""Bytes per Lua object, Tycho against PUC-Rio Lua 5.4.8: runs object_sizes.lua under both and prints a table.

Tycho: ObjectSizes.csproj (built here, Release) runs the script with the .NET heap as its counter
(GC.GetTotalMemory(true) after a full collection; the allocated column is GC.GetAllocatedBytesForCurrentThread).
Lua: lua_host.c, compiled here from ../shared/lua/5.4.8/onelua.c with the release makefile's flags, runs the same
script with collectgarbage("count") and adds newuserdata() (plain Lua cannot create a userdata).

Usage: python3 bench/object_sizes/run.py [--markdown]     (run the dotnet build under the build lock)
"""
import argparse, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
LUA_SRC = os.path.join(os.path.dirname(ROOT), "shared", "lua", "5.4.8")
SCRIPT = os.path.join(HERE, "object_sizes.lua")


def parse(text):
    rows = {}
    order = []
    for line in text.decode().splitlines():
        name, retained, allocated = line.split("\t")
        rows[name] = (float(retained), None if allocated == "-" else float(allocated))
        order.append(name)
    return order, rows


def lua_sizes(tmp):
    exe = os.path.join(tmp, "lua_host")
    subprocess.run(["gcc", "-O2", "-std=gnu99", "-DLUA_USE_POSIX", "-DLUA_COMPAT_5_3", "-DMAKE_LIB", "-I" + LUA_SRC,
                    "-o", exe, os.path.join(HERE, "lua_host.c"), os.path.join(LUA_SRC, "onelua.c"), "-lm"], check=True)
    return parse(subprocess.run([exe, SCRIPT], check=True, stdout=subprocess.PIPE).stdout)


def tycho_sizes(tmp):
    out = os.path.join(tmp, "tycho")
    subprocess.run(["dotnet", "build", HERE, "-c", "Release", "-o", out], check=True, stdout=subprocess.DEVNULL)
    return parse(subprocess.run(["dotnet", os.path.join(out, "ObjectSizes.dll"), SCRIPT], check=True,
                                stdout=subprocess.PIPE).stdout)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--markdown", action="store_true")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        order, lua = lua_sizes(tmp)
        _, tycho = tycho_sizes(tmp)
    if a.markdown:
        print("| object | Tycho bytes (retained) | Tycho bytes (allocated) | lua5.4.8 bytes | ratio |")
        print("|---|---:|---:|---:|---:|")
    else:
        print(f"{'object':<48}{'tycho':>9}{'alloc':>9}{'lua':>9}{'ratio':>8}")
    for name in order:
        t, ta = tycho[name]
        l, _ = lua[name]
        ratio = f"{t / l:.2f}" if l > 0 else "-"
        if a.markdown:
            print(f"| {name} | {t:.0f} | {ta:.0f} | {l:.0f} | {ratio} |")
        else:
            print(f"{name:<48}{t:9.1f}{ta:9.1f}{l:9.1f}{ratio:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
