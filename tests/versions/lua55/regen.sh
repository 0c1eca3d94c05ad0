#!/usr/bin/env bash
# Regenerates the expected output of the Lua 5.5 profile's fixtures with the reference interpreter, PUC-Rio Lua 5.5.0
# (built from shared/lua beside the repository by shared/lua/build-oracle.sh, or the binary named by $TYCHO_LUA55).
# Expected files are NEVER written by hand or by Tycho. Each tests/versions/lua55/<area>/<name>.lua runs as
# `lua <name>.lua` from its folder with stdin from /dev/null; <name>.expected is its exact stdout. The xunit tests
# tests/Tycho.Tests/Versions/Lua55*Tests.cs run each fixture in-process under LuaLanguageVersion.Lua55 the same way.
# Usage: tests/versions/lua55/regen.sh [fixture.lua ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
lua="${TYCHO_LUA55:-$(bash "$root/../shared/lua/build-oracle.sh" 5.5.0)}"
files=("$@")
[ ${#files[@]} -eq 0 ] && mapfile -t files < <(find "$here" -name '*.lua' | sort)
for f in "${files[@]}"; do
  dir="$(cd "$(dirname "$f")" && pwd)"; name="$(basename "$f" .lua)"
  (cd "$dir" && LUA_INIT= LUA_INIT_5_5= "$lua" "$name.lua" < /dev/null > "$name.expected")
done
