/* A host for object_sizes.lua on PUC-Rio Lua 5.4.8 that adds newuserdata(): plain Lua cannot create a full
   userdata. Built by run.py from the reference sources (../shared/lua/5.4.8/onelua.c, the whole core and libraries
   in one file), with the release makefile's flags:
     gcc -O2 -std=gnu99 -DLUA_USE_POSIX -DLUA_COMPAT_5_3 -DMAKE_LIB -I$SRC lua_host.c $SRC/onelua.c -lm */
#include <stdio.h>
#include "lua.h"
#include "lauxlib.h"
#include "lualib.h"

/* A full userdata with no payload and one user value: what lua_newuserdata gives, and what a Tycho LuaUserdata
   holds (a .NET object reference, a metatable and one user value). */
static int newuserdata(lua_State *L) {
  lua_newuserdatauv(L, 0, 1);
  return 1;
}

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: %s object_sizes.lua\n", argv[0]); return 2; }
  lua_State *L = luaL_newstate();
  luaL_openlibs(L);
  lua_register(L, "newuserdata", newuserdata);
  int status = luaL_dofile(L, argv[1]);
  if (status != LUA_OK) fprintf(stderr, "%s\n", lua_tostring(L, -1));
  lua_close(L);
  return status == LUA_OK ? 0 : 1;
}
