/*
 * The reference compiler for Tycho's compiler tests: `luac [-s] -o OUT FILE` loads FILE with the reference
 * implementation's parser and code generator (luaL_loadfile) and writes its binary chunk with lua_dump, which is
 * what luac does for a single file (the release's luac.c is not in shared/lua). Errors go to stderr as
 * "luac: MESSAGE" with exit status 1, like luac's. Built by build-luac.sh with the Lua sources it is linked against.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lua.h"
#include "lauxlib.h"

static int fail(const char *message) {
  fprintf(stderr, "luac: %s\n", message);
  return EXIT_FAILURE;
}

static int writer(lua_State *L, const void *p, size_t size, void *out) {
  (void)L;
  return size > 0 && fwrite(p, size, 1, (FILE *)out) != 1;
}

int main(int argc, char **argv) {
  const char *output = "luac.out", *input = NULL;
  int strip = 0, i;
  for (i = 1; i < argc; i++) {
    if (strcmp(argv[i], "-s") == 0) strip = 1;
    else if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) output = argv[++i];
    else if (strcmp(argv[i], "-v") == 0) { puts(LUA_RELEASE); return EXIT_SUCCESS; }
    else if (argv[i][0] == '-' || input != NULL) return fail("usage: luac [-s] [-o output] input.lua");
    else input = argv[i];
  }
  if (input == NULL) return fail("no input file given");
  lua_State *L = luaL_newstate();
  if (L == NULL) return fail("cannot create state: not enough memory");
  if (luaL_loadfile(L, input) != LUA_OK) return fail(lua_tostring(L, -1));
  FILE *out = fopen(output, "wb");
  if (out == NULL) return fail("cannot open output file");
  int bad = lua_dump(L, writer, out, strip);
  if (fclose(out) != 0 || bad) return fail("cannot write output file");
  lua_close(L);
  return EXIT_SUCCESS;
}
