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

/* Pushes a C result buffer as a string and frees it; a NULL buffer means
 * "unchanged": push argument 1 again (no copy of a large input). */
static void text_pushbuf(lua_State *L, zt_buf *b) {
  if (b->p) lua_pushlstring(L, b->p, b->len);
  else lua_pushvalue(L, 1);
  zt_buf_free(b);
}

/* validate(s) -> true | fail, "invalid UTF-8 at byte N", N, reason */
static int text_validate(lua_State *L) {
  size_t n, bad;
  const char *s = luaL_checklstring(L, 1, &n);
  if (zt_utf8_valid(s, n, &bad)) {
    lua_pushboolean(L, 1);
    return 1;
  }
  luaL_pushfail(L);
  lua_pushfstring(L, "invalid UTF-8 at byte %I", (LUA_INTEGER)bad + 1);
  lua_pushinteger(L, (lua_Integer)bad + 1);
  lua_pushstring(L, zt_utf8_why((const unsigned char *)s + bad, n - bad));
  return 4;
}

/* repair(s) -> s with U+FFFD for each ill-formed subpart, count */
static int text_repair(lua_State *L) {
  size_t n, nbad;
  const char *s = luaL_checklstring(L, 1, &n);
  zt_buf b = {NULL, 0, 0};
  if (zt_utf8_repair(s, n, &b, &nbad)) {
    zt_buf_free(&b);
    return luaL_error(L, "not enough memory");
  }
  if (nbad == 0) zt_buf_free(&b);
  text_pushbuf(L, &b);
  lua_pushinteger(L, (lua_Integer)nbad);
  return 2;
}

/* normalize(s [, form]) -> s' | fail, msg, byte */
static int text_normalize(lua_State *L) {
  size_t n, bad = 0;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *name = luaL_optstring(L, 2, "NFC");
  int form = zt_norm_form(name), rc;
  zt_buf b = {NULL, 0, 0};
  if (form < 0)
    return luaL_argerror(L, 2, lua_pushfstring(L,
      "unknown normalisation form '%s' (NFC, NFD, NFKC, NFKD, NFKC_Casefold)", name));
  rc = zt_normalize(s, n, form, &b, &bad);
  if (rc < 0) return luaL_error(L, "not enough memory");
  if (rc > 0) {
    luaL_pushfail(L);
    lua_pushfstring(L, "invalid UTF-8 at byte %I", (LUA_INTEGER)bad + 1);
    lua_pushinteger(L, (lua_Integer)bad + 1);
    return 3;
  }
  text_pushbuf(L, &b);
  return 1;
}

/* width(s) -> display columns */
static int text_width(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_pushinteger(L, (lua_Integer)zt_width(s, n));
  return 1;
}

/* decode(bytes [, encoding [, replace [, binary]]])
 *   -> text, encoding, replacements, bom | fail, msg, byte */
static int text_decode(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *ename = luaL_optstring(L, 2, "auto");
  int enc = zt_enc_lookup(ename), flags = 0;
  zt_buf b = {NULL, 0, 0};
  zt_decode_info info;
  char msg[160];
  if (enc < 0)
    return luaL_argerror(L, 2, lua_pushfstring(L,
      "unknown encoding '%s' (utf-8, utf-16le, utf-16be, utf-16, gb18030, gbk)", ename));
  if (lua_toboolean(L, 3)) flags |= ZT_DEC_REPLACE;
  if (lua_toboolean(L, 4)) flags |= ZT_DEC_BINARY;
  if (zt_decode(s, n, enc, flags, &b, &info)) {
    zt_buf_free(&b);
    if (info.err == ZT_E_NOMEM) return luaL_error(L, "not enough memory");
    zt_decode_message(&info, msg, sizeof msg);
    luaL_pushfail(L);
    lua_pushstring(L, msg);
    lua_pushinteger(L, (lua_Integer)info.off + 1);
    return 3;
  }
  text_pushbuf(L, &b);
  lua_pushstring(L, zt_enc_name(info.enc));
  lua_pushinteger(L, (lua_Integer)info.nbad);
  lua_pushboolean(L, info.bom);
  return 4;
}

static const luaL_Reg text_lib[] = {
  {"validate", text_validate},
  {"repair", text_repair},
  {"normalize", text_normalize},
  {"width", text_width},
  {"decode", text_decode},
  {NULL, NULL}
};

/* ---- sentences (sentence.h) ---- */

/* core.sentences(s [, i [, j [, clauses]]]) -> spans, n, eol, blank
 * spans[1..n] holds one integer a span (one table slot each: filling the
 * table is most of the cost of this call):
 *   start << 32 | length << 5 | flags
 * start and the span's length in bytes (1-based, inclusive: the last byte
 * is start + length - 1), flags the ZT_SPAN_* bits (1 terminated, 2 end of
 * line, 4 blank line or end follows, 8 the line left a quote or bracket
 * open, 16 a zero-width character inside). eol and blank count the spans
 * with flags 2 and 4 (the layout style of the text). One call per
 * document: the Lua layers never loop over bytes. Texts up to 2 GB,
 * sentences up to 128 MB (longer ones raise an error naming the byte). */
static int l_sentences(lua_State *L) {
  size_t len, k, m;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_Integer i = luaL_optinteger(L, 2, 1), j = luaL_optinteger(L, 3, -1);
  unsigned opts = lua_toboolean(L, 4) ? ZT_SENT_CLAUSES : 0u;
  zt_splitter z;
  zt_span buf[256];
  lua_Integer n = 0, eol = 0, blank = 0;
  if (i < 0) i = (lua_Integer)len + i + 1;
  if (j < 0) j = (lua_Integer)len + j + 1;
  if (i < 1) i = 1;
  if (j > (lua_Integer)len) j = (lua_Integer)len;
  if (j >= ((lua_Integer)1 << 31)) return luaL_error(L, "text too long for sentences (over 2 GB)");
  /* about one span per 100 bytes of Chinese: presize */
  m = i <= j ? (size_t)(j - i + 1) / 96 : 0;
  lua_createtable(L, (int)(m < 1u << 24 ? m : 1u << 24), 0);
  if (i <= j) {
    zt_split_init(&z, s + i - 1, (size_t)(j - i + 1), opts);
    while ((m = zt_split_next(&z, buf, sizeof buf / sizeof buf[0])) > 0) {
      for (k = 0; k < m; k++) {
        lua_Integer at = (lua_Integer)buf[k].i + i, l = (lua_Integer)(buf[k].j - buf[k].i);
        if (l >= ((lua_Integer)1 << 27))
          return luaL_error(L, "sentence at byte %I longer than 128 MB", at);
        lua_pushinteger(L, at << 32 | l << 5 | (lua_Integer)buf[k].flags);
        lua_rawseti(L, -2, ++n);
        eol += (buf[k].flags & ZT_SPAN_EOL) != 0;
        blank += (buf[k].flags & ZT_SPAN_BLANK) != 0;
      }
    }
  }
  lua_pushinteger(L, n);
  lua_pushinteger(L, eol);
  lua_pushinteger(L, blank);
  return 4;
}

/* core.space_len(s, k) -> byte length of the white space character
 * (sentence.h: blanks, NBSP, zero-width, U+3000, BOM) at byte k, or 0 */
static int l_space_len(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  lua_Integer k = luaL_checkinteger(L, 2);
  if (k < 1 || (size_t)k > len) lua_pushinteger(L, 0);
  else lua_pushinteger(L, (lua_Integer)zt_space_len(s + k - 1, len - (size_t)k + 1));
  return 1;
}

static const luaL_Reg sentence_lib[] = {
  {"sentences", l_sentences},
  {"space_len", l_space_len},
  {NULL, NULL}
};

/* ---- numbers (number.h) ---- */

#define NUMLEX "zhtext.numlex"

#define NUMRES "zhtext.numres"

/* the lexicon keeps a result buffer for the next scan: no allocation per
 * call (doc:numbers() scans sentence by sentence); busy while records are
 * built, so a scan from a finalizer run meanwhile takes a buffer of its own */
typedef struct { zt_lex *lx; zt_numbuf b; int busy; } numlex;
typedef struct { zt_numbuf b; } numres;  /* freed by __gc if a push raises */

static int numlex_gc(lua_State *L) {
  numlex *u = luaL_checkudata(L, 1, NUMLEX);
  zt_lex_free(u->lx);
  u->lx = NULL;
  zt_numbuf_free(&u->b);
  return 0;
}

static int numres_gc(lua_State *L) {
  zt_numbuf_free(&((numres *)lua_touserdata(L, 1))->b);
  return 0;
}

static void lex_fill(lua_State *L, zt_lex *lx, int arg, int which) {
  lua_Integer k, n;
  luaL_checktype(L, arg, LUA_TTABLE);
  n = luaL_len(L, arg);
  for (k = 1; k <= n; k++) {
    size_t len;
    const char *w;
    lua_geti(L, arg, k);
    w = lua_tolstring(L, -1, &len);
    if (!w || len == 0 || len > 64)
      luaL_error(L, "number_lexicon: entry %d of argument %d is not a word of 1-64 bytes",
                 (int)k, arg);
    if (zt_lex_add(lx, which, w, len)) luaL_error(L, "number_lexicon: out of memory");
    lua_pop(L, 1);
  }
}

/* number_lexicon(units, stops) -> lexicon userdata */
static int l_number_lexicon(lua_State *L) {
  numlex *u = lua_newuserdatauv(L, sizeof *u, 0);
  u->lx = NULL;
  u->b.v = NULL;
  u->b.n = u->b.cap = 0;
  u->busy = 0;
  if (luaL_newmetatable(L, NUMLEX)) {
    lua_pushcfunction(L, numlex_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  u->lx = zt_lex_new();
  if (!u->lx) return luaL_error(L, "number_lexicon: out of memory");
  lex_fill(L, u->lx, 1, ZT_LEX_UNIT);
  lex_fill(L, u->lx, 2, ZT_LEX_STOP);
  zt_lex_seal(u->lx);
  return 1;
}

static void push_val(lua_State *L, zt_val v) {
  if (v.isint) lua_pushinteger(L, (lua_Integer)v.i);
  else lua_pushnumber(L, (lua_Number)v.d);
}

/* scans argument 2 with lexicon 1 into the lexicon's buffer (marked busy:
 * call scan_done) or, when that is in use, into a new userdata's */
static zt_numbuf *scan_args(lua_State *L, numlex **lu, const char **s, size_t *n, int flags) {
  numlex *u = luaL_checkudata(L, 1, NUMLEX);
  zt_numbuf *b;
  *s = luaL_checklstring(L, 2, n);
  *lu = u;
  if (!u->busy) {
    u->busy = 1;
    b = &u->b;
  } else {
    numres *r = lua_newuserdatauv(L, sizeof *r, 0);
    r->b.v = NULL;
    r->b.n = r->b.cap = 0;
    if (luaL_newmetatable(L, NUMRES)) {
      lua_pushcfunction(L, numres_gc);
      lua_setfield(L, -2, "__gc");
    }
    lua_setmetatable(L, -2);
    b = &r->b;
  }
  if (zt_num_scan(u->lx, *s, *n, flags, b)) {
    if (b == &u->b) u->busy = 0;
    luaL_error(L, "number_scan: out of memory");
  }
  return b;
}

/* the lexicon's buffer is kept (a big one is let go); another one is freed */
static void scan_done(numlex *u, zt_numbuf *b) {
  if (b == &u->b) {
    if (b->cap > 4096) zt_numbuf_free(b);
    u->busy = 0;
  } else {
    zt_numbuf_free(b);
  }
}

/* the upvalues of the number functions (number_open): record keys and the
 * kind/approx names, pushed by index (lua_setfield with a C string
 * re-interns it: a strcmp per field) */
static const char *const numkeys[] = {"i", "j", "text", "value", "lo", "hi", "kind", "approx",
                                      "unit", "number", "percent", "permille", "ppoint",
                                      "fraction", "ordinal", "about", "over", "under"};
enum { K_I, K_J, K_TEXT, K_VALUE, K_LO, K_HI, K_KIND, K_APPROX, K_UNIT, K_KINDS,
       K_APPROXES = K_KINDS + 6, K_N = K_APPROXES + 3 };

/* number_scan(lexicon, s [, metatable [, whole]]) -> array of records
 * {i, j, text, value | lo, hi, kind, approx, unit}, offsets 1-based inclusive;
 * whole (for number.parse): keep lone numerals, and return as a second
 * result where the first record's unit and markers end (0 if none) */
static int l_number_scan(lua_State *L) {
  const char *s;
  size_t n, k;
  int mt = lua_istable(L, 3), whole = lua_toboolean(L, 4);
  numlex *u;
  zt_numbuf *b = scan_args(L, &u, &s, &n, whole ? ZT_SCAN_LONE : 0);
#define KEY(key) lua_pushvalue(L, lua_upvalueindex((key) + 1))
#define SET() lua_rawset(L, -3)
  lua_createtable(L, (int)b->n, 0);
  for (k = 0; k < b->n; k++) {
    const zt_num *x = &b->v[k];
    lua_createtable(L, 0, 8);
    KEY(K_I);
    lua_pushinteger(L, (lua_Integer)x->i + 1);
    SET();
    KEY(K_J);
    lua_pushinteger(L, (lua_Integer)x->j);
    SET();
    KEY(K_TEXT);
    lua_pushlstring(L, s + x->i, x->j - x->i);
    SET();
    if (x->range) {
      KEY(K_LO);
      push_val(L, x->lo);
      SET();
      KEY(K_HI);
      push_val(L, x->hi);
      SET();
    } else {
      KEY(K_VALUE);
      push_val(L, x->value);
      SET();
    }
    KEY(K_KIND);
    KEY(K_KINDS + x->kind);
    SET();
    if (x->approx) {
      KEY(K_APPROX);
      KEY(K_APPROXES + x->approx - 1);
      SET();
    }
    if (x->uj > x->ui) {
      KEY(K_UNIT);
      if (x->us) lua_pushlstring(L, x->us, x->ul);  /* a split unit: 两个多月 -> 个月 */
      else lua_pushlstring(L, s + x->ui, x->uj - x->ui);
      SET();
    }
    if (mt) {
      lua_pushvalue(L, 3);
      lua_setmetatable(L, -2);
    }
    lua_rawseti(L, -2, (lua_Integer)k + 1);
  }
#undef KEY
#undef SET
  if (whole) lua_pushinteger(L, b->n ? (lua_Integer)b->v[0].e : 0);
  scan_done(u, b);
  return whole ? 2 : 1;
}

/* number_count(lexicon, s) -> number of records: the scanner without tables */
static int l_number_count(lua_State *L) {
  const char *s;
  size_t n;
  numlex *u;
  zt_numbuf *b = scan_args(L, &u, &s, &n, 0);
  lua_pushinteger(L, (lua_Integer)b->n);
  scan_done(u, b);
  return 1;
}

static const luaL_Reg number_lib[] = {
  {"number_lexicon", l_number_lexicon},
  {"number_scan", l_number_scan},
  {"number_count", l_number_count},
  {NULL, NULL}
};

/* registers number_lib into the table on top, with numkeys as upvalues */
static void number_open(lua_State *L) {
  int k;
  luaL_checkstack(L, K_N, "zhtext.core");
  for (k = 0; k < K_N; k++) lua_pushstring(L, numkeys[k]);
  luaL_setfuncs(L, number_lib, K_N);
}

int luaopen_zhtext_core(lua_State *L) {
  lua_newtable(L);
  luaL_setfuncs(L, text_lib, 0);
  luaL_setfuncs(L, sentence_lib, 0);
  number_open(L);
  lua_pushliteral(L, "zhtext.core scm");
  lua_setfield(L, -2, "_VERSION");
  return 1;
}
