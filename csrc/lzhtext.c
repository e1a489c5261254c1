/*
 * lzhtext.c: the Lua binding of the C core, module zhtext.core.
 * The only file that includes lua.h. Thin: argument checks, conversions
 * between Lua values and the pure C APIs, nothing else.
 * Offsets handed to Lua are 1-based inclusive byte offsets.
 */
#include <lua.h>
#include <lauxlib.h>

#include "sentence.h"
#include "number.h"
#include "text.h"

/* ---- text: validation, normalisation, width, decoding (text.h) ---- */

static const luaL_Reg text_lib[] = {
  {NULL, NULL}
};

/* ---- sentences (sentence.h) ---- */

static const luaL_Reg sentence_lib[] = {
  {NULL, NULL}
};

/* ---- numbers (number.h) ---- */

static const luaL_Reg number_lib[] = {
  {NULL, NULL}
};

int luaopen_zhtext_core(lua_State *L) {
  lua_newtable(L);
  luaL_setfuncs(L, text_lib, 0);
  luaL_setfuncs(L, sentence_lib, 0);
  luaL_setfuncs(L, number_lib, 0);
  lua_pushliteral(L, "zhtext.core scm");
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
