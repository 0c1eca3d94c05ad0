#!/usr/bin/env bash
# Regenerates the expected results of the conformance fixtures with the reference interpreter, PUC-Rio Lua 5.4.8
# (the oracle), built from shared/lua beside the repository by shared/lua/build-oracle.sh, or the binary named by
# $TYCHO_LUA. Debian's lua5.4 is 5.4.4 and is never used. Expected files are NEVER written by hand or by Tycho.
#
# For every fixture tests/conformance/<folder>/<name>.lua (and every examples/<name>.lua), the oracle is run
# as `lua5.4 <name>.lua` (that program name, whatever the binary is called) from the fixture's own folder, with
# stdin from /dev/null and no LUA_INIT:
#   <name>.expected  the exact bytes it wrote to stdout (always written, possibly empty);
#   <name>.error     written only when it exits with a non-zero status: the first line of its stderr with
#                    the leading "lua5.4: " removed, i.e. the error message without the traceback, plus "\n".
#                    A stale .error is deleted when the fixture now succeeds.
# The xunit theory tests/Tycho.Tests/Conformance runs each fixture in-process with Tycho the same way and
# compares stdout byte for byte and the error message exactly (a fixture without .error must not fail);
# ConformanceTests.ExpectedFilesAreTheOraclesOutput checks that these files are what the oracle prints.
#
# Usage: tests/conformance/regen.sh [fixture.lua ...]   (no arguments: all fixtures and examples)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -n "${TYCHO_LUA:-}" ]; then
  lua="$TYCHO_LUA"
else
  lua="$(bash "$root/../shared/lua/build-oracle.sh" 5.4.8)" ||
    { echo "regen.sh: no Lua 5.4.8 oracle: set TYCHO_LUA or provide ../shared/lua/5.4.8 and gcc" >&2; exit 1; }
fi
[ -x "$lua" ] || { echo "regen.sh: $lua is not an executable" >&2; exit 1; }

regen_one() {
  local path dir name rc
  path="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  dir="$(dirname "$path")"
  name="$(basename "$path" .lua)"
  rc=0
  (cd "$dir" && env -u LUA_INIT -u LUA_INIT_5_4 timeout 60 bash -c 'exec -a lua5.4 "$0" "$1"' "$lua" "$name.lua" \
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
