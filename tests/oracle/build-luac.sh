#!/usr/bin/env bash
# Build the reference compiler luac of one Lua version from the sources in shared/lua (beside the repository, or
# $TYCHO_LUA_SOURCES), the way its release makefile does (-O2, LUA_COMPAT_5_3 for 5.4), and print the binary's path.
# shared/lua has no luac.c, so the driver is luac.c beside this script (load one file, lua_dump it); the parser and
# code generator are the release's. It is the oracle of the compiler tests (listings, binary chunks);
# shared/lua/build-oracle.sh builds the matching lua.
# usage: tests/oracle/build-luac.sh [5.4.8]   (needs gcc; the binary is cached under ${TYCHO_ORACLES:-/tmp/lua-oracles})
set -eu
v=${1:-5.4.8}
here=$(cd "$(dirname "$0")" && pwd)
sources=${TYCHO_LUA_SOURCES:-$here/../../../shared/lua}
src=$sources/$v
[ -f "$src/lua.h" ] || { echo "no Lua $v sources in $sources" >&2; exit 2; }
command -v gcc >/dev/null || { echo "gcc not found: cannot build luac $v" >&2; exit 2; }
out=${TYCHO_ORACLES:-/tmp/lua-oracles}; bin=$out/luac$v
if [ ! -x "$bin" ]; then
  mkdir -p "$out"; tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  cp "$src"/*.c "$src"/*.h "$tmp"/; cp "$here/luac.c" "$tmp/tycho_luac.c"
  case $v in 5.3.*) compat=-DLUA_COMPAT_5_2;; 5.4.*) compat=-DLUA_COMPAT_5_3;; *) compat=;; esac
  files=$(cd "$tmp" && ls *.c | grep -v -E '^(lua|luac|onelua|ltests)\.c$')
  # Build beside the cache and rename, so a concurrent caller never runs a half-written binary.
  (cd "$tmp" && gcc -O2 -std=gnu99 -DLUA_USE_POSIX $compat -o "$bin.tmp.$$" $files -lm) >&2
  mv -f "$bin.tmp.$$" "$bin"
fi
echo "$bin"
