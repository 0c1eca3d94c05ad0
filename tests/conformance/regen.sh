#!/usr/bin/env bash
# Regenerates the expected results of the conformance fixtures with the reference interpreter, lua5.4
# (PUC-Rio Lua 5.4: the oracle). Expected files are NEVER written by hand or produced by Tycho.
#
# For every fixture tests/conformance/<folder>/<name>.lua (and every examples/<name>.lua), lua5.4 is run
# as `lua5.4 <name>.lua` from the fixture's own folder, with stdin from /dev/null and no LUA_INIT:
#   <name>.expected  the exact bytes lua5.4 wrote to stdout (always written, possibly empty);
#   <name>.error     written only when lua5.4 exits with a non-zero status: the first line of its stderr with
#                    the leading "lua5.4: " removed, i.e. the error message without the traceback, plus "\n".
#                    A stale .error is deleted when the fixture now succeeds.
# The xunit theory tests/Tycho.Tests/Conformance runs each fixture in-process with Tycho the same way and
# compares stdout byte for byte and the error message exactly (a fixture without .error must not fail).
#
# Usage: tests/conformance/regen.sh [fixture.lua ...]   (no arguments: all fixtures and examples)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
lua="${LUA:-lua5.4}"
command -v "$lua" >/dev/null || { echo "regen.sh: $lua not found (install lua5.4)" >&2; exit 1; }

regen_one() {
  local path dir name rc
  path="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  dir="$(dirname "$path")"
  name="$(basename "$path" .lua)"
  rc=0
  (cd "$dir" && env -u LUA_INIT -u LUA_INIT_5_4 timeout 60 "$lua" "$name.lua" \
      < /dev/null > "$name.expected" 2> "$name.stderr.tmp") || rc=$?
  if [ "$rc" -ne 0 ]; then
    head -n 1 "$dir/$name.stderr.tmp" | sed 's/^lua5\.4: //' > "$dir/$name.error"
  else
    rm -f "$dir/$name.error"
  fi
  rm -f "$dir/$name.stderr.tmp"
}

if [ "$#" -gt 0 ]; then
  for f in "$@"; do regen_one "$f"; done
else
  count=0
  while IFS= read -r f; do regen_one "$f"; count=$((count + 1)); done < <(
    find "$here" -mindepth 2 -name '*.lua' | sort
    find "$root/examples" -maxdepth 1 -name '*.lua' 2>/dev/null | sort)
  echo "regenerated $count fixtures"
fi
