/* number.h: pure C, no Lua API (see DESIGN.md "Layers").
 * Finds numeric expressions in UTF-8 text and parses them: Arabic and
 * Chinese numerals, scale words, %, 个百分点, fractions, ordinals, ranges,
 * approximation markers, and the unit after them (from a lexicon the
 * caller fills: zhtext.units in Lua). */
#ifndef ZT_NUMBER_H
#define ZT_NUMBER_H

#include <stddef.h>
#include <stdint.h>

/* lexicon: units/measure words, and words that contain numerals but are
 * not numbers (进一步, 统一 ...). Add words, then zt_lex_seal before use. */
typedef struct zt_lex zt_lex;
enum { ZT_LEX_UNIT = 0, ZT_LEX_STOP = 1 };
zt_lex *zt_lex_new(void);
int zt_lex_add(zt_lex *lx, int which, const char *s, size_t n); /* 0 | -1 (nomem, bad) */
int zt_lex_seal(zt_lex *lx);                                     /* 0 | -1 */
void zt_lex_free(zt_lex *lx);

enum { ZT_NUMBER, ZT_PERCENT, ZT_PERMILLE, ZT_PPOINT, ZT_FRACTION, ZT_ORDINAL };
enum { ZT_EXACT, ZT_ABOUT, ZT_OVER, ZT_UNDER };

typedef struct {
  int isint;      /* 1: i holds the value; 0: d does */
  int64_t i;
  double d;
} zt_val;

typedef struct {
  size_t i, j;    /* text: bytes [i, j) (0-based, end exclusive) */
  size_t ui, uj;  /* unit: bytes [ui, uj); ui == uj when none */
  const char *us; /* when not NULL the unit is us[0, ul) (a lexicon word) and [ui, uj)
                   * its split surface: 两个多月 has the unit 个月 over 个多月 */
  size_t ul;
  size_t e;       /* end of all it consumed (past the unit and 左右 after it) */
  int kind;       /* ZT_NUMBER ... */
  int approx;     /* ZT_EXACT ... */
  int range;      /* 1: lo/hi hold the ends, value is unset */
  int scaled;     /* internal: the numeral has a place or scale word */
  int trail;      /* internal: power of ten of a final 万/亿 (8 for 5亿), else 0 */
  zt_val value, lo, hi;
} zt_num;

/* growable result buffer; reuse it across scans, free with zt_numbuf_free */
typedef struct {
  zt_num *v;
  size_t n, cap;
} zt_numbuf;

/* flags: ZT_SCAN_LONE keeps a lone numeral without unit (三, 万): whole-string
 * parsing wants it, running text does not (一是, 八大行动) */
enum { ZT_SCAN_LONE = 1 };

/* Scans bytes [0, n) of s and appends the records, in order and never
 * overlapping, to buf (buf->n is reset first). Never reads outside s.
 * Linear in n. Returns 0, or -1 when out of memory. */
int zt_num_scan(const zt_lex *lx, const char *s, size_t n, int flags, zt_numbuf *buf);
void zt_numbuf_free(zt_numbuf *buf);

#endif
