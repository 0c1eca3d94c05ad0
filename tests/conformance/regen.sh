#!/usr/bin/env bash
# Regenerates the expected results of the conformance fixtures with a reference interpreter (the oracle). Expected
# files are NEVER written by hand or by Tycho.
#
# Which oracle, by `--lua VERSION` (default 5.4):
#   5.4  PUC-Rio Lua 5.4.8, built from shared/lua beside the repository by shared/lua/build-oracle.sh, or the binary
#        named by $TYCHO_LUA; Debian's lua5.4 is 5.4.4 and is never used. Fixtures: tests/conformance/<folder>/*.lua
#        and examples/*.lua.
#   5.1  Debian's `lua5.1` (5.1.5) and
#   5.2  Debian's `lua5.2` (5.2.4), which must be in PATH (or $TYCHO_LUA51 / $TYCHO_LUA52 name the binary).
#   5.3  Lua 5.3.6 and
#   5.5  Lua 5.5.0, built by shared/lua/build-oracle.sh (or $TYCHO_LUA53 / $TYCHO_LUA55).
#   For 5.N the fixtures are tests/conformance-5.N/<folder>/*.lua.
#
# For every fixture <name>.lua the oracle is run as `lua5.N <name>.lua` (that program name, whatever the binary is
# called, so arg[-1] and the error prefix are the same everywhere) from the fixture's own folder, with stdin from
# /dev/null and neither LUA_INIT nor any LUA_INIT_5_x in the environment:
#   <name>.expected  the exact bytes it wrote to stdout (always written, possibly empty);
#   <name>.error     written only when it exits with a non-zero status: the first line of its stderr with
#                    the leading "lua5.N: " removed, i.e. the error message without the traceback, plus "\n"
#                    (empty when the interpreter printed nothing, as 5.1 and 5.2 do for a nil error object).
#                    A stale .error is deleted when the fixture now succeeds.
# The xunit theories in tests/Tycho.Tests/Conformance run each fixture in-process with Tycho the same way (under
# LanguageVersion Lua5N for tests/conformance-5.N) and compare stdout byte for byte and the error message exactly
# (a fixture without .error must not fail); their ExpectedFilesAreTheOraclesOutput checks that these files are what
# the oracle prints.
#
# Usage: tests/conformance/regen.sh [--lua 5.1|5.2|5.3|5.4|5.5] [fixture.lua ...]
#        (no fixtures: all of that version's fixtures)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
version=5.4
if [ "${1:-}" = "--lua" ]; then
  version="${2:?regen.sh: --lua needs a version: 5.1, 5.2, 5.3, 5.4 or 5.5}"
  shift 2
fi

build_oracle() {
  bash "$root/../shared/lua/build-oracle.sh" "$1" ||
    { echo "regen.sh: no Lua $1 oracle: set $2 or provide ../shared/lua/$1 and gcc" >&2; exit 1; }
}

case "$version" in
  5.4) lua="${TYCHO_LUA:-}"; [ -n "$lua" ] || lua="$(build_oracle 5.4.8 TYCHO_LUA)";
       fixtures_dir="$here"; with_examples=1 ;;
  5.1|5.2) var="TYCHO_LUA${version/./}"; lua="${!var:-}"
       [ -n "$lua" ] || lua="$(command -v "lua$version")" ||
         { echo "regen.sh: lua$version is not in PATH (install Debian's lua$version or set $var)" >&2; exit 1; }
       fixtures_dir="$root/tests/conformance-$version"; with_examples=0 ;;
  5.3|5.5) var="TYCHO_LUA${version/./}"; lua="${!var:-}"
       [ -n "$lua" ] || lua="$(build_oracle "$([ "$version" = 5.3 ] && echo 5.3.6 || echo 5.5.0)" "$var")"
       fixtures_dir="$root/tests/conformance-$version"; with_examples=0 ;;
  *) echo "regen.sh: unknown version $version (5.1, 5.2, 5.3, 5.4 or 5.5)" >&2; exit 2 ;;
esac
[ -x "$lua" ] || { echo "regen.sh: $lua is not an executable" >&2; exit 1; }
program="lua$version"

regen_one() {
  local path dir name rc
  path="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  dir="$(dirname "$path")"
  name="$(basename "$path" .lua)"
  rc=0
  (cd "$dir" && env -u LUA_INIT -u LUA_INIT_5_2 -u LUA_INIT_5_3 -u LUA_INIT_5_4 -u LUA_INIT_5_5 \
      timeout 60 bash -c 'exec -a "$0" "$1" "$2"' "$program" "$lua" "$name.lua" \
      < /dev/null > "$name.expected" 2> "$name.stderr.tmp") || rc=$?
  if [ "$rc" -ne 0 ]; then
    head -n 1 "$dir/$name.stderr.tmp" | sed "s/^lua${version/./\\.}: //" > "$dir/$name.error"
  else
    rm -f "$dir/$name.error"
  fi
  rm -f "$dir/$name.stderr.tmp"
}

if [ "$#" -gt 0 ]; then
  for f in "$@"; do regen_one "$f"; done
else
  [ -d "$fixtures_dir" ] || { echo "regen.sh: $fixtures_dir does not exist" >&2; exit 1; }
  count=0
  while IFS= read -r f; do regen_one "$f"; count=$((count + 1)); done < <(
    find "$fixtures_dir" -mindepth 2 -name '*.lua' | sort
    if [ "$with_examples" = 1 ]; then find "$root/examples" -maxdepth 1 -name '*.lua' 2>/dev/null | sort; fi)
  echo "regenerated $count fixtures ($program: $lua)"
fi
