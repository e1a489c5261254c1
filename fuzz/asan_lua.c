/* asan_lua.c: a minimal lua5.4 host, built with ASan+UBSan for make
 * test-asan. With the sanitizer runtime linked into the executable, the
 * instrumented zhtext.core loads without LD_PRELOAD, so the programs the
 * specs start (luarocks, a browser ...) run without the runtime.
 * Usage: asan_lua SCRIPT [ARGS...]: runs SCRIPT with arg/... as lua does. */
#include <stdio.h>
#include <stdlib.h>

#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>

static int traceback(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  luaL_traceback(L, L, msg ? msg : "(error object is not a string)", 1);
  return 1;
}

int main(int argc, char **argv) {
  lua_State *L;
  int k, rc;
  if (argc < 2) {
    fprintf(stderr, "usage: %s SCRIPT [ARGS...]\n", argv[0]);
    return 2;
  }
  L = luaL_newstate();
  if (!L) return 1;
  luaL_openlibs(L);
  lua_createtable(L, argc, 1);
  for (k = 0; k < argc; k++) {
    lua_pushstring(L, argv[k]);
    lua_rawseti(L, -2, k - 1);
  }
  lua_setglobal(L, "arg");
  lua_pushcfunction(L, traceback);
  if (luaL_loadfile(L, argv[1]) != LUA_OK) {
    fprintf(stderr, "%s\n", lua_tostring(L, -1));
    lua_close(L);
    return 1;
  }
  for (k = 2; k < argc; k++) lua_pushstring(L, argv[k]);
  rc = lua_pcall(L, argc - 2, 0, 1);
  if (rc != LUA_OK) fprintf(stderr, "%s\n", lua_tostring(L, -1));
  lua_close(L);
  return rc == LUA_OK ? 0 : 1;
}
