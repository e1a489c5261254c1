/*
 * number.c: number scanner and parser (pure C, no Lua API).
 *
 * One left-to-right pass. At each byte that can start a numeral (ASCII or
 * full-width digit, Chinese numeral) the scanner reads a "core" (digits,
 * decimal point, thousands separators, 十百千 places, 万亿兆 scales, 余/多
 * between them), then what may follow it (% ‰ 个百分点 成, 分之 fractions,
 * 余/多, the unit, 左右/以上 ...), then a second end after a range
 * separator, and finally looks back for 负/sign, 第 and 约/超/近 ...
 * Values are exact decimals (int64 mantissa, power-of-ten exponent): scale
 * words only move the exponent, so 1.2万 is the integer 12000. When the
 * mantissa overflows, a double shadow value takes over (never wraps).
 * Every read is bounds-checked against n; work per start is bounded by what
 * it consumes, so the scan is linear.
 */
#include "number.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the per-character helpers are worth inlining everywhere (callgrind) */
#if defined(__GNUC__)
#define HOT static inline __attribute__((always_inline))
#define APART static __attribute__((noinline))
#else
#define HOT static inline
#define APART static
#endif

/* ---------------- approximation markers before a number ---------------- */

typedef struct { const char *w; size_t len; int approx; } premark;
#define PM(w, a) {w, sizeof w - 1, a}
static const premark PRE[] = {
  /* longer words first; traditional forms for the 1954 report and HK/TW texts */
  PM("不低於", ZT_OVER), PM("不少於", ZT_OVER), PM("不超過", ZT_UNDER), PM("不高於", ZT_UNDER),
  PM("大約", ZT_ABOUT), PM("超過", ZT_OVER), PM("將近", ZT_UNDER),
  PM("不低于", ZT_OVER), PM("不少于", ZT_OVER), PM("不超过", ZT_UNDER), PM("不高于", ZT_UNDER),
  PM("大约", ZT_ABOUT), PM("大概", ZT_ABOUT), PM("超过", ZT_OVER), PM("将近", ZT_UNDER),
  PM("接近", ZT_UNDER), PM("不到", ZT_UNDER), PM("不足", ZT_UNDER), PM("约", ZT_ABOUT),
  PM("超", ZT_OVER), PM("逾", ZT_OVER), PM("近", ZT_UNDER), PM("約", ZT_ABOUT), {NULL, 0, 0}};

#define NPRE (sizeof PRE / sizeof PRE[0] - 1)
typedef char pre_fits_a_mask[NPRE < 32 ? 1 : -1];  /* premask has a bit per entry */

static int ctz32(uint32_t x) {  /* x != 0 */
#if defined(__GNUC__)
  return __builtin_ctz(x);
#else
  int k = 0;
  while (!(x & 1)) { x >>= 1; k++; }
  return k;
#endif
}

/* ---------------- lexicon ---------------- */

typedef struct {
  char *s;
  size_t n;
  uint32_t first;  /* first code point: entries sort by it, then by key2, then longest */
  uint32_t key2;   /* stops: second code point | 0x200000 (0: one character, or a second
                    * that does not decode: such words are tried at every first match);
                    * units: 0 */
} lexent;

/* (first code point, key2) -> index of its first entry, by open addressing
 * (built by zt_lex_seal; a binary search when more keys than fit) */
#define ZT_HSIZE 1024
typedef struct {
  uint32_t cp1;  /* first code point + 1; 0: empty slot */
  uint32_t key2;
  uint32_t k;
} lexslot;

typedef struct {
  lexent *v;
  size_t n, cap;
  lexslot *h;    /* NULL: use the binary search */
} lexlist;

struct zt_lex {
  /* 3-byte characters that may start a numeral: bit (third ^ 0x80) of
   * skip[(lead & 0x0F) << 8 | second]. Indexing by the whole second byte
   * checks it too: rows of a second byte that is no continuation byte are
   * all ones, so the skip loop stops there */
  uint64_t skip[4096];
  unsigned char first[2][8192];  /* BMP bitmaps: first code points of units, stops */
  lexlist l[2];
  size_t stopmax;  /* longest stop word, in bytes */
  uint32_t premask[256];  /* PRE entries (bit k: PRE[k]) ending in that byte: a look-back
                           * tries only those */
  int sealed;
};

HOT uint32_t dec(const unsigned char *s, size_t p, size_t n, size_t *len) {
  unsigned c = s[p];
  if (c < 0x80) { *len = 1; return c; }
  /* 3 bytes first: the CJK text this is for */
  if ((c & 0xF0) == 0xE0) {
    if (p + 2 < n && ((s[p + 1] ^ 0x80u) | (s[p + 2] ^ 0x80u)) < 0x40) {
      *len = 3;
      return ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(s[p + 1] & 0x3F) << 6) |
             (s[p + 2] & 0x3F);
    }
  } else if (c >= 0xC2 && c < 0xE0) {
    if (p + 1 < n && (s[p + 1] & 0xC0) == 0x80) {
      *len = 2;
      return ((uint32_t)(c & 0x1F) << 6) | (s[p + 1] & 0x3F);
    }
  } else if (c >= 0xF0 && c < 0xF5 && p + 3 < n && (s[p + 1] & 0xC0) == 0x80 &&
             (s[p + 2] & 0xC0) == 0x80 && (s[p + 3] & 0xC0) == 0x80) {
    *len = 4;
    return ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(s[p + 1] & 0x3F) << 12) |
           ((uint32_t)(s[p + 2] & 0x3F) << 6) | (s[p + 3] & 0x3F);
  }
  *len = 1;
  return 0xFFFFFFFFu;  /* invalid byte: matches nothing */
}

HOT int cclass(uint32_t cp, int *v);

zt_lex *zt_lex_new(void) {
  zt_lex *lx = calloc(1, sizeof(zt_lex));
  uint32_t cp;
  int v;
  if (!lx) return NULL;
  for (cp = 0x800; cp < 0x10000; cp++)
    if (cclass(cp, &v) || cp == 0x51E0 || cp == 0x5E7E || cp == 0x6570 || cp == 0x6578 ||
        (cp >= 0xFF10 && cp <= 0xFF19))  /* 几 幾 数 數 (vague digits), full-width digits */
      lx->skip[(cp >> 12) << 8 | 0x80 | ((cp >> 6) & 0x3F)] |= (uint64_t)1 << (cp & 63);
  for (v = 0; v < 4096; v++)
    if ((v & 0xC0) != 0x80) lx->skip[v] = ~(uint64_t)0;
  for (v = 0; PRE[v].w; v++)
    lx->premask[(unsigned char)PRE[v].w[PRE[v].len - 1]] |= (uint32_t)1 << v;
  return lx;
}

int zt_lex_add(zt_lex *lx, int which, const char *s, size_t n) {
  lexlist *l;
  size_t len;
  if (!lx || (which != ZT_LEX_UNIT && which != ZT_LEX_STOP) || n == 0 || n > 64)
    return -1;
  l = &lx->l[which];
  if (l->n == l->cap) {
    size_t cap = l->cap ? 2 * l->cap : 64;
    lexent *v = realloc(l->v, cap * sizeof *v);
    if (!v) return -1;
    l->v = v;
    l->cap = cap;
  }
  l->v[l->n].s = malloc(n);
  if (!l->v[l->n].s) return -1;
  memcpy(l->v[l->n].s, s, n);
  l->v[l->n].n = n;
  l->v[l->n].first = dec((const unsigned char *)s, 0, n, &len);
  l->v[l->n].key2 = 0;
  if (which == ZT_LEX_STOP && len < n) {
    size_t l2;
    uint32_t c2 = dec((const unsigned char *)s, len, n, &l2);
    if (c2 != 0xFFFFFFFFu) l->v[l->n].key2 = c2 | 0x200000u;
  }
  if (l->v[l->n].first < 0x10000)
    lx->first[which][l->v[l->n].first >> 3] |= (unsigned char)(1u << (l->v[l->n].first & 7));
  l->n++;
  if (which == ZT_LEX_STOP && n > lx->stopmax) lx->stopmax = n;
  lx->sealed = 0;
  return 0;
}

static int lexcmp(const void *a, const void *b) {
  const lexent *x = a, *y = b;
  if (x->first != y->first) return x->first < y->first ? -1 : 1;
  if (x->key2 != y->key2) return x->key2 < y->key2 ? -1 : 1;
  if (x->n != y->n) return x->n > y->n ? -1 : 1;  /* longest first */
  return memcmp(x->s, y->s, x->n);
}

static uint32_t hslot(uint32_t cp, uint32_t key2) {  /* 0..1023 */
  return ((cp * 2654435761u) ^ (key2 * 2246822519u)) >> 22;
}

static int samekey(const lexent *a, const lexent *b) {
  return a->first == b->first && a->key2 == b->key2;
}

/* the index: at most 3/4 full, so a probe ends soon at an empty slot */
static int lex_index(lexlist *l) {
  size_t i, used = 0;
  free(l->h);
  l->h = NULL;
  for (i = 0; i < l->n; i++) used += i == 0 || !samekey(&l->v[i], &l->v[i - 1]);
  if (used > ZT_HSIZE * 3 / 4 || l->n > UINT32_MAX) return 0;
  l->h = calloc(ZT_HSIZE, sizeof *l->h);
  if (!l->h) return -1;
  for (i = 0; i < l->n; i++) {
    uint32_t h;
    if (i > 0 && samekey(&l->v[i], &l->v[i - 1])) continue;
    if (l->v[i].first == 0xFFFFFFFFu) continue;  /* an invalid first byte: never looked up */
    for (h = hslot(l->v[i].first, l->v[i].key2); l->h[h].cp1; h = (h + 1) & (ZT_HSIZE - 1)) {}
    l->h[h].cp1 = l->v[i].first + 1;
    l->h[h].key2 = l->v[i].key2;
    l->h[h].k = (uint32_t)i;
  }
  return 0;
}

int zt_lex_seal(zt_lex *lx) {
  int k;
  if (!lx) return -1;
  for (k = 0; k < 2; k++) {
    if (lx->l[k].n) qsort(lx->l[k].v, lx->l[k].n, sizeof(lexent), lexcmp);
    if (lex_index(&lx->l[k])) return -1;
  }
  lx->sealed = 1;
  return 0;
}

void zt_lex_free(zt_lex *lx) {
  int k;
  size_t i;
  if (!lx) return;
  for (k = 0; k < 2; k++) {
    for (i = 0; i < lx->l[k].n; i++) free(lx->l[k].v[i].s);
    free(lx->l[k].v);
    free(lx->l[k].h);
  }
  free(lx);
}

/* memcmp(a, b, k) == 0 for the few bytes of a word: no library call */
static inline int same(const unsigned char *a, const char *b, size_t k) {
  size_t i;
  for (i = 0; i < k; i++)
    if (a[i] != (unsigned char)b[i]) return 0;
  return 1;
}

/* may a word of list `which` begin with cp? (bitmap: no search when not) */
static int maybe_first(const zt_lex *lx, int which, uint32_t cp) {
  return cp >= 0x10000 ? cp != 0xFFFFFFFFu : (lx->first[which][cp >> 3] >> (cp & 7)) & 1;
}

/* first index of entries with first code point cp and key2 (or l->n) */
static size_t lexfind(const lexlist *l, uint32_t cp, uint32_t key2) {
  size_t a = 0, b = l->n;
  if (l->h) {
    uint32_t h;
    for (h = hslot(cp, key2); l->h[h].cp1; h = (h + 1) & (ZT_HSIZE - 1))
      if (l->h[h].cp1 == cp + 1 && l->h[h].key2 == key2) return l->h[h].k;
    return l->n;
  }
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (l->v[m].first < cp || (l->v[m].first == cp && l->v[m].key2 < key2)) a = m + 1;
    else b = m;
  }
  return a;
}

/* length of the longest unit at p, or 0 */
static size_t unit_at(const zt_lex *lx, const unsigned char *s, size_t p, size_t n) {
  const lexlist *l;
  size_t k, len;
  uint32_t cp;
  if (!lx || p >= n) return 0;
  l = &lx->l[ZT_LEX_UNIT];
  cp = dec(s, p, n, &len);
  if (!maybe_first(lx, ZT_LEX_UNIT, cp)) return 0;
  /* the same first code point and lead byte is the same first character:
   * compare the rest, last byte first */
  for (k = lexfind(l, cp, 0); k < l->n && l->v[k].first == cp; k++) {
    const lexent *e = &l->v[k];
    if (e->n <= n - p && (unsigned char)e->s[0] == s[p] &&
        s[p + e->n - 1] == (unsigned char)e->s[e->n - 1] && same(s + p + len, e->s + len, e->n - len))
      return e->n;
  }
  return 0;
}

/* the longest unit that is the bytes s[h, h + hn) and then the text at p
 * (个 + 月 for 两个多月: 个多月 reads as 个月 and 多), or NULL */
static const lexent *unit_split(const zt_lex *lx, const unsigned char *s, size_t h, size_t hn,
                                size_t p, size_t n) {
  const lexlist *l;
  size_t k, len;
  uint32_t cp;
  if (!lx || h >= n) return NULL;
  l = &lx->l[ZT_LEX_UNIT];
  cp = dec(s, h, n, &len);
  if (!maybe_first(lx, ZT_LEX_UNIT, cp)) return NULL;
  for (k = lexfind(l, cp, 0); k < l->n && l->v[k].first == cp; k++) {
    const lexent *e = &l->v[k];
    if (e->n > hn && memcmp(e->s, s + h, hn) == 0 && e->n - hn <= n - p &&
        memcmp(e->s + hn, s + p, e->n - hn) == 0)
      return e;  /* longest first */
  }
  return NULL;
}

/* end of a stop word that covers byte p and starts at or after lo, or 0 */
static size_t stop_cover(const zt_lex *lx, const unsigned char *s, size_t lo,
                         size_t p, size_t n) {
  const lexlist *l;
  size_t q = p, best = 0;
  if (!lx) return 0;
  l = &lx->l[ZT_LEX_STOP];
  if (!l->n) return 0;
  for (;;) {
    size_t k, len;
    uint32_t cp = dec(s, q, n, &len);
    if (maybe_first(lx, ZT_LEX_STOP, cp)) {
      /* two buckets: words of one character (key2 0), and those whose
       * second character is the one at q + len */
      uint32_t keys[2];
      int nk = 1, t;
      keys[0] = 0;
      if (q + len < n) {
        size_t l2;
        uint32_t c2 = dec(s, q + len, n, &l2);
        if (c2 != 0xFFFFFFFFu) keys[nk++] = c2 | 0x200000u;
      }
      for (t = 0; t < nk; t++)
        for (k = lexfind(l, cp, keys[t]); k < l->n && l->v[k].first == cp && l->v[k].key2 == keys[t];
             k++) {
          const lexent *e = &l->v[k];
          if (q + e->n > p && e->n <= n - q && s[q + e->n - 1] == (unsigned char)e->s[e->n - 1] &&
              same(s + q, e->s, e->n) && q + e->n > best)
            best = q + e->n;
        }
    }
    /* step back one character, at most stopmax bytes before p */
    if (q <= lo || p - q >= lx->stopmax) break;
    q--;
    while (q > lo && (s[q] & 0xC0) == 0x80 && p - q < lx->stopmax) q--;
  }
  return best;
}

/* ---------------- exact decimals ---------------- */

typedef struct {
  int64_t m;  /* value = m * 10^e while !ovf */
  int e;
  int ovf;
  double f;   /* always kept: the value once m overflowed */
} dz;

static const double P10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
                             1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
                             1e20, 1e21, 1e22};

static double p10(int k) {
  double r = 1;
  if (k >= 0 && k <= 22) return P10[k];
  if (k < 0 && k >= -22) return 1 / P10[-k];
  while (k > 22) { r *= 1e22; k -= 22; }
  while (k < -22) { r /= 1e22; k += 22; }
  return k >= 0 ? r * P10[k] : r / P10[-k];
}

static inline dz dz_of(int64_t v) {
  dz z;
  z.m = v; z.e = 0; z.ovf = 0; z.f = (double)v;
  return z;
}

/* a * 10^k into *r, 0 on int64 overflow (k >= 0) */
static int mul10(int64_t a, int k, int64_t *r) {
  while (k-- > 0) {
    if (a > INT64_MAX / 10 || a < INT64_MIN / 10) return 0;
    a *= 10;
  }
  *r = a;
  return 1;
}

static inline void dz_digit(dz *z, int d, int frac) {
  z->f = frac ? z->f + d * p10(z->e - 1) : z->f * 10 + d;
  if (!z->ovf) {
    if (z->m > (INT64_MAX - d) / 10) z->ovf = 1;
    else z->m = z->m * 10 + d;
  }
  if (frac) z->e--;
}

static void dz_shift(dz *z, int k) {
  z->e += k;
  z->f *= p10(k);
}

static inline dz dz_add(dz a, dz b) {
  dz r;
  int64_t x, y;
  r.f = a.f + b.f;
  r.ovf = a.ovf || b.ovf;
  r.m = 0; r.e = 0;
  if (r.ovf) return r;
  if (a.m == 0) { b.f = r.f; return b; }
  if (b.m == 0) { a.f = r.f; return a; }
  r.e = a.e < b.e ? a.e : b.e;
  if (!mul10(a.m, a.e - r.e, &x) || !mul10(b.m, b.e - r.e, &y) ||
      (y > 0 && x > INT64_MAX - y)) {
    r.ovf = 1;
    return r;
  }
  r.m = x + y;
  return r;
}

static int dz_cmp(dz a, dz b) {  /* approximate order is enough here */
  return a.f < b.f ? -1 : a.f > b.f;
}

static zt_val dz_val(dz z, int neg) {
  zt_val v;
  int64_t r;
  v.isint = 0; v.i = 0;
  v.d = neg ? -z.f : z.f;
  if (z.ovf) return v;
  if (z.e >= 0) {
    if (mul10(z.m, z.e, &r)) { v.isint = 1; v.i = neg ? -r : r; }
    return v;
  }
  if (z.e >= -18) {
    int64_t q = 1;
    mul10(1, -z.e, &q);
    if (z.m % q == 0) { v.isint = 1; v.i = neg ? -(z.m / q) : z.m / q; return v; }
  }
  if (z.e >= -22 && z.m <= ((int64_t)1 << 53) && z.m >= -((int64_t)1 << 53)) {
    /* both exact doubles: one division is correctly rounded, as strtod */
    v.d = (double)z.m / P10[-z.e];
    if (neg) v.d = -v.d;
    return v;
  }
  {
    char b[48];
    snprintf(b, sizeof b, "%s%lldE%d", neg ? "-" : "", (long long)z.m, z.e);
    v.d = strtod(b, NULL);  /* correctly rounded decimal */
  }
  return v;
}

/* ---------------- characters ---------------- */

enum { C_NONE, C_DIGIT, C_PLACE, C_BIG };

/* Chinese numeral class; *v = digit value or power of ten */
HOT int cclass(uint32_t cp, int *v) {
  switch (cp) {
  case 0x96F6: case 0x3007: *v = 0; return C_DIGIT;            /* 零 〇 */
  case 0x4E00: case 0x58F9: case 0x5F0C: *v = 1; return C_DIGIT; /* 一 壹 弌 */
  case 0x4E8C: case 0x8D30: case 0x8CB3: case 0x5F0D:           /* 二 贰 貳 弍 */
  case 0x4E24: case 0x5169: *v = 2; return C_DIGIT;             /* 两 兩 */
  case 0x4E09: case 0x53C1: case 0x53C3: case 0x53C4: *v = 3; return C_DIGIT; /* 三 叁 參 叄 */
  case 0x56DB: case 0x8086: *v = 4; return C_DIGIT;             /* 四 肆 */
  case 0x4E94: case 0x4F0D: *v = 5; return C_DIGIT;             /* 五 伍 */
  case 0x516D: case 0x9646: case 0x9678: *v = 6; return C_DIGIT; /* 六 陆 陸 */
  case 0x4E03: case 0x67D2: *v = 7; return C_DIGIT;             /* 七 柒 */
  case 0x516B: case 0x634C: *v = 8; return C_DIGIT;             /* 八 捌 */
  case 0x4E5D: case 0x7396: *v = 9; return C_DIGIT;             /* 九 玖 */
  case 0x5341: case 0x62FE: *v = 1; return C_PLACE;             /* 十 拾 */
  case 0x767E: case 0x4F70: *v = 2; return C_PLACE;             /* 百 佰 */
  case 0x5343: case 0x4EDF: *v = 3; return C_PLACE;             /* 千 仟 */
  case 0x4E07: case 0x842C: *v = 4; return C_BIG;               /* 万 萬 */
  case 0x4EBF: case 0x5104: *v = 8; return C_BIG;               /* 亿 億 */
  case 0x5146: *v = 12; return C_BIG;                           /* 兆 */
  default: return C_NONE;
  }
}

static int is_liang(uint32_t cp) { return cp == 0x4E24 || cp == 0x5169; }

/* ASCII or full-width digit at p: value and byte length, else -1 */
static inline int adigit(const unsigned char *s, size_t p, size_t n, size_t *len) {
  if (s[p] >= '0' && s[p] <= '9') { *len = 1; return s[p] - '0'; }
  if (s[p] == 0xEF && p + 2 < n && s[p + 1] == 0xBC && s[p + 2] >= 0x90 &&
      s[p + 2] <= 0x99) {
    *len = 3;
    return s[p + 2] - 0x90;
  }
  return -1;
}

static int is_alpha(unsigned c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/* does s at p start with the literal w? */
HOT int at_n(const unsigned char *s, size_t p, size_t n, const char *w, size_t k) {
  size_t i;
  /* last byte first: CJK characters mostly share their lead byte */
  if (p >= n || k > n - p || s[p + k - 1] != (unsigned char)w[k - 1]) return 0;
  for (i = 0; i + 1 < k; i++)
    if (s[p + i] != (unsigned char)w[i]) return 0;
  return 1;
}
/* NUL-terminated w: byte loop, most calls fail on the first byte */
static inline int at_s(const unsigned char *s, size_t p, size_t n, const char *w) {
  size_t k;
  for (k = 0; w[k]; k++)
    if (p + k >= n || s[p + k] != (unsigned char)w[k]) return 0;
  return 1;
}
/* a literal's length is a constant: the compare unrolls */
#define at(s, p, n, w) at_n(s, p, n, w, sizeof(w) - 1)

/* does s end at p with the k bytes of w (and not before lo)? */
HOT int before_n(const unsigned char *s, size_t lo, size_t p, const char *w, size_t k) {
  return p >= lo + k && s[p - 1] == (unsigned char)w[k - 1] && same(s + p - k, w, k);
}
/* the literal's length is known at compile time: no strlen per test */
#define before(s, lo, p, w) before_n(s, lo, p, w, sizeof(w) - 1)

/* first of list (NULL-terminated) that s starts with at p; its length */
HOT size_t at_any(const unsigned char *s, size_t p, size_t n, const char *const *list) {
  if (p >= n) return 0;
  for (; *list; list++)
    if ((unsigned char)**list == s[p] && at_s(s, p, n, *list)) return strlen(*list);
  return 0;
}

HOT int is_ideo(const unsigned char *s, size_t p, size_t n) {
  size_t len;
  uint32_t cp;
  if (p >= n) return 0;
  cp = dec(s, p, n, &len);
  return cp >= 0x3400 && cp <= 0x9FFF;
}

/* the double nearest to an Arabic numeral too long for int64: its first
 * 20 significant digits and its decimal exponent, through strtod */
static double digits_f(const unsigned char *s, size_t p, size_t q, size_t n) {
  char buf[64];
  int nb = 0, started = 0, frac = 0;
  long ex = 0;
  while (p < q) {
    size_t len;
    int d = adigit(s, p, n, &len);
    if (d < 0) {
      if (s[p] == '.' || at(s, p, n, "\xEF\xBC\x8E")) frac = 1;
      p += s[p] < 0x80 ? 1 : 3;
      continue;
    }
    p += len;
    if (!started && d == 0) { if (frac) ex--; continue; }
    started = 1;
    if (nb < 20) buf[nb++] = (char)('0' + d);
    if (!frac && ex < 100000) ex++;
  }
  if (!started) return 0;
  snprintf(buf + nb, sizeof buf - (size_t)nb, "E%ld", ex - nb);
  return strtod(buf, NULL);
}

/* ---------------- the core: digits, places, scales ---------------- */

typedef struct {
  const unsigned char *s;
  size_t n;
  const zt_lex *lx;
} ctx;

typedef struct {
  size_t end;     /* byte after the core */
  dz v;           /* value (low end for a neighbour pair) */
  int ntok;
  int pair;       /* 三四 七八十: evaluate again with which=1 */
  int lone;       /* a single Chinese character (一, 十, 万): needs a unit */
  int chinese;    /* starts with a Chinese numeral */
  int scaled;     /* has a place or scale token */
  int trail;      /* exponent of a final 万/亿 (for 5-8万), else 0 */
  int over;       /* 余/多 inside (500余万) */
  int lead0;      /* Arabic with a leading 0 followed by a digit (02) */
  int vague;      /* 几/数 as a digit: 几十万, 数百, 十几 */
  int bare;       /* a scale word alone: 万, 千亿 */
} core_t;

/* a digit after a Chinese decimal point: 〇-九, not 两 (一点两地 is a slogan) */
static int decimal_digit(const unsigned char *s, size_t p, size_t n, size_t *len, int *v) {
  uint32_t cp = dec(s, p, n, len);
  return cclass(cp, v) == C_DIGIT && !is_liang(cp);
}

/* pairs of neighbouring digits read as a range: 三四 七八 一两 两三 三五 */
static int pairable(int a, int b, uint32_t ca, uint32_t cb) {
  if (a == 0 || b == 0) return 0;
  if (is_liang(ca) && a == 2 && b == 3) return 1;
  if (a == 1 && is_liang(cb)) return 1;
  if (is_liang(ca) || is_liang(cb)) return 0;
  return b == a + 1 || (a == 3 && b == 5);
}

/* reads a core at p; which selects the end of a neighbour pair */
static void core(const ctx *c, size_t p, int which, core_t *o) {
  const unsigned char *s = c->s;
  size_t n = c->n, pos = p;
  dz total = dz_of(0), section = dz_of(0), cur = dz_of(0);
  int have_cur = 0, cur_single = 0, zero = 0, any = 0;
  int sect_place = 99, last_exp = 0, big_max = -1, v0, nscale = 0;
  size_t l0;
  memset(o, 0, sizeof *o);
  o->end = p;
  while (pos < n) {
    size_t len;
    int v, cls;
    uint32_t cp;
    if (adigit(s, pos, n, &len) >= 0) {
      /* Arabic: digits, thousands separators (exactly 3 digits), decimals */
      dz a = dz_of(0);
      size_t q = pos, l2;
      int nd = 0, frac = 0, grp = 0, sep = 0, d;
      if (have_cur) break;
      while (q < n) {
        d = adigit(s, q, n, &l2);
        if (d >= 0) {
          if (nd == 1 && a.m == 0 && !frac && o->ntok == 0) o->lead0 = 1;
          dz_digit(&a, d, frac); q += l2; nd++; grp++;
          continue;
        }
        /* , or ， followed by exactly three digits (33，212万, 1,234.5) */
        if (!frac && (s[q] == ',' || at(s, q, n, "\xEF\xBC\x8C"))) {
          size_t sl = s[q] == ',' ? 1 : 3, r = q + sl;
          int k = 0;
          if (!(sep ? grp == 3 : (grp >= 1 && grp <= 3))) break;
          while (k < 4 && r < n && adigit(s, r, n, &l2) >= 0) { r += l2; k++; }
          if (k != 3) break;
          q += sl; grp = 0; sep = 1;
          continue;
        }
        if (!frac && (s[q] == '.' || at(s, q, n, "\xEF\xBC\x8E"))) {
          size_t sl = s[q] == '.' ? 1 : 3, r = q + sl;
          if (r < n && adigit(s, r, n, &l2) >= 0) {
            /* 2023.12.31, 1.2.3: a dotted chain is separate integers */
            int chain = pos >= 2 && s[pos - 1] == '.' && s[pos - 2] >= '0' && s[pos - 2] <= '9';
            while (!chain && r < n && adigit(s, r, n, &l2) >= 0) r += l2;
            if (!chain && r + 1 < n && s[r] == '.' && s[r + 1] >= '0' && s[r + 1] <= '9') chain = 1;
            if (!chain) { frac = 1; q += sl; continue; }
          }
        }
        break;
      }
      if (a.ovf) a.f = digits_f(s, pos, q, n);
      if (o->ntok > 0) {
        /* after 万/千: 4万5000 adds, but not 4万50000 */
        dz lim = dz_of(1);
        dz_shift(&lim, last_exp);
        if (!(nd == 1 && !frac) && dz_cmp(a, lim) >= 0) break;
      }
      cur = a; have_cur = 1; cur_single = (nd == 1 && !frac); any = 1;
      o->ntok++; pos = q; o->end = pos;
      continue;
    }
    cp = dec(s, pos, n, &len);
    cls = cclass(cp, &v);
    if (cls != C_NONE && o->ntok == 0) o->chinese = 1;
    if (cls == C_DIGIT) {
      size_t q = pos + len, l2;
      int v2;
      uint32_t cp2;
      if (have_cur) break;
      cp2 = q < n ? dec(s, q, n, &l2) : 0;
      if (q < n && cclass(cp2, &v2) == C_DIGIT) {
        /* two numerals in a row: a pair (三四), or a digit string (二〇二三) */
        size_t r = q + l2, l3;
        int v3, run = 2, zeros = (v == 0) + (v2 == 0);
        /* look at most one numeral further here: the whole run is read only
         * when it is consumed (a digit string), which keeps the scan linear */
        if (r < n && cclass(dec(s, r, n, &l3), &v3) == C_DIGIT && !is_liang(dec(s, r, n, &l3))) {
          run++; zeros += v3 == 0; r += l3;
        }
        if (run == 2 && pairable(v, v2, cp, cp2) && !o->pair) {
          cur = dz_of(which ? v2 : v); have_cur = 1; cur_single = 1; any = 1;
          o->pair = 1; o->ntok++; pos = q + l2; o->end = pos;
          continue;
        }
        if (o->ntok == 0 && (run >= 3 || zeros) && v != 0 && !is_liang(cp) &&
            !is_liang(cp2)) {
          size_t t = pos;
          dz a = dz_of(0);
          while (r < n && cclass(dec(s, r, n, &l3), &v3) == C_DIGIT && !is_liang(dec(s, r, n, &l3)))
            r += l3;
          while (t < r) { cclass(dec(s, t, n, &l3), &v3); dz_digit(&a, v3, 0); t += l3; }
          cur = a; have_cur = 1; any = 1; o->ntok++; pos = r; o->end = pos;
          continue;
        }
      }
      /* 零点五 〇點三: a leading zero before a decimal point reads as a digit */
      if (v == 0 && !(o->ntok == 0 && (at(s, q, n, "点") || at(s, q, n, "點")) &&
                      q + 3 < n && decimal_digit(s, q + 3, n, &l2, &v2))) {
        /* 零 after a place: 一百零五, 一百万零五百 */
        if (o->ntok == 0 || have_cur) break;
        zero = 1; pos = q; o->ntok++;
        continue;
      }
      {
        dz a = dz_of(v);
        size_t t = q;
        /* 七点五: Chinese decimal point */
        if ((at(s, t, n, "点") || at(s, t, n, "點")) && t + 3 < n &&
            decimal_digit(s, t + 3, n, &l2, &v2)) {
          t += 3;
          while (t < n && decimal_digit(s, t, n, &l2, &v2)) {
            dz_digit(&a, v2, 1); t += l2;
          }
          cur_single = 0;
        } else cur_single = 1;
        cur = a; have_cur = 1; any = 1; o->ntok++; pos = t; o->end = pos;
      }
      continue;
    }
    if (cls == C_PLACE || cls == C_BIG) {
      /* 千瓦 千米 ... : the unit keeps its 千; 百分点 百分之 are markers */
      if (unit_at(c->lx, s, pos, n) > len || (o->ntok > 0 && at(s, pos, n, "百分点"))) break;
      if (cls == C_PLACE) {
        dz x = have_cur ? cur : dz_of(1);
        if (v >= sect_place) break;  /* 十百: out of order */
        /* 万千气象: a place needs a digit, except 十 after a higher place (二百十七) */
        if (!have_cur && o->ntok > 0 && !(v == 1 && sect_place != 99)) break;
        dz_shift(&x, v);
        section = dz_add(section, x);
        sect_place = v;
      } else {
        dz x = section;
        if (have_cur) x = dz_add(x, cur);
        else if (!any) x = dz_of(1);  /* bare scale: 万, 千亿 */
        if (v >= big_max) {
          total = dz_add(total, x);
          dz_shift(&total, v);
          big_max = v;
        } else {
          dz_shift(&x, v);
          total = dz_add(total, x);
        }
        section = dz_of(0); sect_place = 99;
      }
      have_cur = 0; cur_single = 0; zero = 0; any = 1;
      last_exp = v; o->scaled = 1; o->ntok++; nscale++; pos += len; o->end = pos;
      o->trail = cls == C_BIG ? v : 0;
      continue;
    }
    /* 六十點八 百分之二十點五: a Chinese decimal point after a place */
    if ((cp == 0x70B9 || cp == 0x9EDE) && !have_cur && !zero && sect_place != 99 &&
        pos + len < n && decimal_digit(s, pos + len, n, &l0, &v0)) {
      size_t t = pos + len, l2;
      int v2;
      dz a = dz_of(0);
      while (t < n && decimal_digit(s, t, n, &l2, &v2)) { dz_digit(&a, v2, 1); t += l2; }
      cur = a; have_cur = 1; cur_single = 0; any = 1; o->ntok++; pos = t; o->end = pos;
      continue;
    }
    /* 几十万 数百 十几: a vague digit, read as the range 2..9 (1..9 after 十) */
    if ((cp == 0x51E0 || cp == 0x5E7E || cp == 0x6570 || cp == 0x6578) && !have_cur && !o->pair) {
      size_t l2 = 0;
      int v2, c2 = pos + len < n ? cclass(dec(s, pos + len, n, &l2), &v2) : C_NONE;
      int after_place = o->ntok > 0 && sect_place != 99;
      if (((c2 == C_PLACE || c2 == C_BIG) && !(unit_at(c->lx, s, pos + len, n) > l2)) ||
          after_place || (at(s, pos + len, n, "个") && at(s, pos + len + 3, n, "亿"))) {
        cur = dz_of(which ? 9 : (after_place ? 1 : 2));
        have_cur = 1; cur_single = 1; any = 1;
        o->pair = 1; o->vague = 1;
        if (o->ntok == 0) o->chinese = 1;
        o->ntok++; pos += len; o->end = pos;
        continue;
      }
    }
    /* 3个亿 两个多亿: colloquial 个 before 亿 is no measure word, the
     * figure is N亿 (个 is in the text, end moves only with the 亿) */
    if ((cp == 0x4E2A || cp == 0x500B) && have_cur && pos + len < n) {
      size_t r = pos + len;
      if (at(s, r, n, "多") || at(s, r, n, "余") || at(s, r, n, "餘")) r += 3;
      /* 亿万 (亿万富翁, 亿万人民) is a word of its own */
      if ((at(s, r, n, "亿") || at(s, r, n, "億")) && !(unit_at(c->lx, s, r, n) > 3) &&
          !at(s, r + 3, n, "万") && !at(s, r + 3, n, "萬")) {
        pos += len;
        continue;
      }
    }
    /* 500余万 三千多万: 余/多 between a number and a scale */
    if ((cp == 0x4F59 || cp == 0x9918 || cp == 0x591A) && o->ntok > 0 && pos + len < n) {
      size_t l2;
      int v2;
      int c2 = cclass(dec(s, pos + len, n, &l2), &v2);
      if ((c2 == C_BIG || (c2 == C_PLACE && have_cur)) &&
          !(unit_at(c->lx, s, pos + len, n) > l2)) {
        o->over = 1; pos += len;
        continue;
      }
    }
    break;
  }
  if (have_cur && o->trail) o->trail = 0;
  if (have_cur) {
    /* 三千二 = 3200, 12万3 = 123000: a lone digit after a place */
    if (cur_single && !zero && last_exp >= 1) dz_shift(&cur, last_exp - 1);
    section = dz_add(section, cur);
  }
  o->v = dz_add(total, section);
  o->lone = o->chinese && o->ntok == 1 && !o->pair && o->end - p <= 3;
  if (o->ntok == 1 && !have_cur) o->lone = o->bare = 1;  /* a bare 十/万 */
  if (nscale > 1 && o->ntok == nscale && !o->over) o->bare = 1;  /* 百亿 千万: no digit */
}

/* ---------------- one end: core + what follows ---------------- */

typedef struct {
  size_t i, j;     /* text [i, j) */
  size_t stop;     /* consumed up to here (past a unit and its marker) */
  size_t ui, uj;
  const char *us;  /* a split unit (两个多月): the lexicon word */
  size_t ul;
  int kind, approx, range, lone, chinese, trail, lead0, bare;
  int frac;        /* came through X分之Y */
  int post;        /* a 左右/以上 marker was consumed */
  int half;        /* 半 after the unit was added (一年半); whole: the value without it */
  dz whole;
  dz v, lo, hi;
  int core_scaled;
} item;

static const char *const POST_ABOUT[] = {"左右", "上下", "前后", NULL};
static const char *const POST_OVER[] = {"以上", NULL};
static const char *const POST_UNDER[] = {"以下", "以内", "以內", NULL};

/* 左右 以上 ...: marker length, sets *approx */
HOT size_t post_marker(const unsigned char *s, size_t p, size_t n, int *approx) {
  size_t k;
  if ((k = at_any(s, p, n, POST_ABOUT))) {
    if (at(s, p, n, "上下") && at(s, p + k, n, "游")) return 0;  /* 上下游 */
    *approx = ZT_ABOUT;
    return k;
  }
  if ((k = at_any(s, p, n, POST_OVER))) { *approx = ZT_OVER; return k; }
  if ((k = at_any(s, p, n, POST_UNDER))) { *approx = ZT_UNDER; return k; }
  return 0;
}

/* after a unit, 多/余 then one of these is "more than" (三年多来, 一年多以来,
 * 两年多时间); before other characters it may start a word (多元 多样) */
static const char *const DUO_NEXT[] = {
  "来", "來", "以", "时", "時", "的", "前", "后", "後", "里", "裡", "中", "内", "內", "间",
  "間", "了", "就", "才", "过", "過", NULL};

/* 多 starting a word after 万/亿 (1亿多元化 is rare; 多元 多样 多措并举 are common):
 * not "more than" there */
static const char *const DUO_WORD[] = {
  "元", "样", "种", "措", "层", "渠", "方", "边", "功", "维", "重", "彩", "极", "式", "头",
  "党", "语", "媒", "模", "赢", "规", "能", "用", "发", "姿", "少", NULL};

/* characters after 成 that make it a verb or a word (成立 成为 ...) */
static const char *const CHENG_WORD[] = {
  "立", "为", "本", "功", "果", "交", "效", "绩", "员", "熟", "长", "型", "品",
  "套", "片", "批", "就", "份", "色", "都", "家", "人", "年", "个", "了", NULL};

static int end_at(const ctx *c, size_t p, item *it) {
  const unsigned char *s = c->s;
  size_t n = c->n, q, k;
  core_t a, b;
  static const item zero;
  *it = zero;  /* a copy, not memset: GCC made that a rep stos, slow to start */
  it->i = p;
  core(c, p, 0, &a);
  if (a.ntok == 0) return 0;
  it->kind = ZT_NUMBER;
  it->v = a.v;
  it->lone = a.lone;
  it->chinese = a.chinese;
  it->trail = a.trail;
  it->lead0 = a.lead0;
  it->core_scaled = a.scaled;
  it->bare = a.bare;
  if (a.over) it->approx = ZT_OVER;
  if (a.vague) it->approx = ZT_ABOUT;
  q = a.end;
  if (a.pair) {
    core_t h;
    core(c, p, 1, &h);
    it->range = 1; it->lo = a.v; it->hi = h.v; it->lone = 0;
  }
  /* X分之Y: fractions, 百分之 percent, 千分之 per mille */
  if (!a.pair && at(s, q, n, "分之")) {
    core(c, q + 6, 0, &b);
    if (b.ntok > 0 && !b.pair && a.v.m != 0 && !a.v.ovf && !b.v.ovf) {
      zt_val av = dz_val(a.v, 0);
      int ishundred = a.chinese && a.ntok == 1 && av.isint && av.i == 100;
      int isthousand = a.chinese && a.ntok == 1 && av.isint && av.i == 1000;
      it->lone = 0; it->trail = 0; it->frac = 1;
      if (ishundred || isthousand) {
        it->kind = ishundred ? ZT_PERCENT : ZT_PERMILLE;
        it->v = b.v;
      } else {
        zt_val x = dz_val(a.v, 0), y = dz_val(b.v, 0);
        double fx = x.isint ? (double)x.i : x.d, fy = y.isint ? (double)y.i : y.d;
        it->kind = ZT_FRACTION;
        if (x.isint && y.isint && x.i != 0 && y.i % x.i == 0) it->v = dz_of(y.i / x.i);
        else {
          it->v = dz_of(0); it->v.ovf = 1; it->v.f = fy / fx;  /* a double */
        }
      }
      q = b.end;
      it->j = it->stop = q;
      goto post;
    }
  }
  /* 一半: one half */
  if (!a.pair && a.chinese && a.ntok == 1 && a.end == p + 3 && at(s, p, n, "一") &&
      at(s, q, n, "半")) {
    it->kind = ZT_FRACTION; it->lone = 0; it->trail = 0; it->frac = 1;
    it->v = dz_of(5); it->v.e = -1; it->v.f = 0.5;
    q += 3;
    it->j = it->stop = q;
    goto post;
  }
  /* 1/10 3/4: a fraction in digits (not a date 2024/1/29 nor a code 4/5G) */
  if (!a.pair && !a.chinese && !a.scaled && !a.over && a.v.e == 0 && !a.v.ovf && a.v.m > 0 &&
      q + 1 < n && s[q] == '/' && s[q + 1] >= '0' && s[q + 1] <= '9' &&
      !(p > 0 && (s[p - 1] == '/' || s[p - 1] == '.'))) {
    core(c, q + 1, 0, &b);
    if (b.ntok == 1 && !b.chinese && !b.scaled && !b.pair && b.v.e == 0 && !b.v.ovf &&
        b.v.m > a.v.m && !(b.end < n && (s[b.end] == '/' || s[b.end] == '.' || is_alpha(s[b.end])))) {
      it->kind = ZT_FRACTION; it->lone = 0; it->trail = 0; it->frac = 1;
      it->v = dz_of(0); it->v.ovf = 1; it->v.f = (double)a.v.m / (double)b.v.m;  /* a double */
      q = b.end;
      it->j = it->stop = q;
      goto post;
    }
  }
  /* % ％ ‰ 个百分点 百分点 成 */
  if (at(s, q, n, "%")) { it->kind = ZT_PERCENT; q += 1; }
  else if (at(s, q, n, "\xEF\xBC\x85")) { it->kind = ZT_PERCENT; q += 3; }
  else if (at(s, q, n, "\xE2\x80\xB0")) { it->kind = ZT_PERMILLE; q += 3; }
  else if (at(s, q, n, "个")) {
    if (at(s, q + 3, n, "百分点")) { it->kind = ZT_PPOINT; q += 12; }
    else if ((at(s, q + 3, n, "多百分点") || at(s, q + 3, n, "余百分点")) && !a.pair) {
      it->kind = ZT_PPOINT; it->approx = ZT_OVER; q += 15;  /* 3个多百分点 */
    } else if (at(s, q + 3, n, "半百分点") && !a.pair && !a.over && !a.vague &&
               a.v.e >= 0 && !a.v.ovf) {
      dz half = dz_of(5);  /* 两个半百分点 = 2.5 */
      half.e = -1; half.f = 0.5;
      it->v = dz_add(it->v, half);
      it->kind = ZT_PPOINT; q += 15;
    }
  }
  else if ((at(s, q, n, "多个百分点") || at(s, q, n, "余个百分点")) && !a.pair) {
    it->kind = ZT_PPOINT; it->approx = ZT_OVER; q += 15;  /* 十多个百分点 */
  }
  else if (at(s, q, n, "百分点")) { it->kind = ZT_PPOINT; q += 9; }
  else if (at(s, q, n, "成") && !a.scaled && !a.lead0 && a.v.f > 0 && a.v.f <= 10 &&
           !at_any(s, q + 3, n, CHENG_WORD) && !at(s, q + 3, n, "成")) {
    int ap;
    it->kind = ZT_PERCENT; q += 3;
    dz_shift(&it->v, 1);
    if (it->range) { dz_shift(&it->lo, 1); dz_shift(&it->hi, 1); }
    /* 三成半 = 35%: 半 after 成 is half a tenth, and part of the text */
    else if (!it->approx && a.v.e >= 0 && !a.v.ovf && at(s, q, n, "半") &&
             (!is_ideo(s, q + 3, n) || at_any(s, q + 3, n, DUO_NEXT) || post_marker(s, q + 3, n, &ap))) {
      it->v = dz_add(it->v, dz_of(5));
      q += 3;
    }
  }
  if (it->kind != ZT_NUMBER) it->lone = 0;
  it->j = it->stop = q;
post:
  /* 2000余亩 30多个: 余/多 before the unit */
  if (it->kind == ZT_NUMBER && (at(s, q, n, "余") || at(s, q, n, "多") || at(s, q, n, "餘"))) {
    size_t u = unit_at(c->lx, s, q + 3, n);
    if (u && !at(s, q, n, "多元") && !at(s, q, n, "余额")) {
      it->approx = ZT_OVER; q += 3; it->j = q;
    } else if (!is_ideo(s, q + 3, n) && !a.pair) {
      it->approx = ZT_OVER; q += 3; it->j = q;
    } else if (a.trail && !a.pair && at(s, q, n, "多") && !at_any(s, q + 3, n, DUO_WORD)) {
      it->approx = ZT_OVER; q += 3; it->j = q;  /* 14亿多中国人 */
    }
  }
  /* 十来个 20来家 百来人: 来 between a round number and its unit is "about" */
  if (it->kind == ZT_NUMBER && !it->range && !it->approx && at(s, q, n, "来") &&
      unit_at(c->lx, s, q + 3, n) && !a.v.ovf) {
    zt_val x = dz_val(a.v, 0);
    /* 2020来年: 来年 is "next year" after a year */
    if (x.isint && x.i > 0 && x.i % 10 == 0 && !(x.i >= 1000 && at(s, q + 3, n, "年"))) {
      it->approx = ZT_ABOUT; q += 3; it->j = q;
    }
  }
  it->stop = q;
  /* the unit */
  if (it->kind == ZT_NUMBER || it->kind == ZT_FRACTION) {
    k = unit_at(c->lx, s, q, n);
    if (k) {
      it->ui = q; it->uj = q + k; it->lone = 0; q += k; it->stop = q;
      /* 两个多月 三个多小时: 多/余 inside the unit 个月 */
      if (k == 3 && (at(s, q - 3, n, "个") || at(s, q - 3, n, "個")) &&
          (at(s, q, n, "多") || at(s, q, n, "余") || at(s, q, n, "餘"))) {
        const lexent *e = unit_split(c->lx, s, q - 3, 3, q + 3, n);
        if (e) {
          it->us = e->s; it->ul = e->n; it->approx = ZT_OVER;
          q += 3 + e->n - 3; it->uj = q; it->stop = q;
        }
      }
      /* 六倍半 一年半 两个半小时 三个半月: 半 after the unit of a whole number
       * adds one half; the text stays the numeral (the unit is between) */
      if (it->kind == ZT_NUMBER && !it->range && it->approx == ZT_EXACT && !it->v.ovf &&
          it->v.e >= 0 && at(s, q, n, "半")) {
        const lexent *e = NULL;
        int ok = 0;
        if (it->uj - it->ui == 3 && !it->us && (at(s, q - 3, n, "个") || at(s, q - 3, n, "個")))
          e = unit_split(c->lx, s, q - 3, 3, q + 3, n);
        if (e) {
          it->us = e->s; it->ul = e->n;
          q += 3 + e->n - 3; it->uj = q; ok = 1;
        } else {
          int ap;
          if (!is_ideo(s, q + 3, n) || at_any(s, q + 3, n, DUO_NEXT) || post_marker(s, q + 3, n, &ap)) {
            q += 3; ok = 1;
          }
        }
        if (ok) {
          dz half = dz_of(5);
          half.e = -1; half.f = 0.5;
          it->whole = it->v;  /* 第三年半 is no ordinal 3.5 */
          it->half = 1;
          it->v = dz_add(it->v, half);
          it->stop = q;
        }
      }
    }
  }
  /* 左右 以上 ... after the number or after its unit */
  {
    int ap = 0;
    k = post_marker(s, q, n, &ap);
    if (k) {
      it->approx = ap; it->post = 1;
      if (it->uj == 0) it->j = q + k;
      it->stop = q + k;
    } else if (it->uj && (at(s, q, n, "多") || at(s, q, n, "余") || at(s, q, n, "餘")) &&
               (!is_ideo(s, q + 3, n) || at_any(s, q + 3, n, DUO_NEXT))) {
      /* 3年多。 */
      it->approx = ZT_OVER; it->stop = q + 3; it->post = 1;
    }
  }
  return 1;
}

/* ---------------- the scan ---------------- */

static const char *const RANGE_SEP[] = {
  "\xE2\x80\x94\xE2\x80\x94", "\xE2\x80\x94", "\xE2\x80\x93", "\xEF\xBD\x9E", "~",
  "至", "到", "-", "\xEF\xBC\x8D", NULL};

/* 近两年 = the past two years: bare 近 before a span of time is no marker */
static const char *const TIME_UNIT[] = {"年", "个月", "月", "天", "日", "周", "届", "期", NULL};

/* 负 that ends a word is no sign: 减负2500亿元 (减负 = to lighten a burden) */
static const char *const FU_WORD[] = {"减", "胜", "自", "抱", "欠", "担", "肩", "背", "辜", "重",
                                      "不", NULL};

/* does s end at p with one of list (and not before lo)? */
static int at_any_before(const unsigned char *s, size_t lo, size_t p, const char *const *list) {
  for (; *list; list++)
    if (before_n(s, lo, p, *list, strlen(*list))) return 1;
  return 0;
}

/* 约 that ends a word is no marker: 节约2000万元 签约100个 */
static const char *const YUE_WORD[] = {"节", "節", "制", "预", "預", "契", "签", "簽", "公", "条",
                                       "條", "合", "履", "集", "违", "違", "特", "相", "邀", "简",
                                       "簡", "隐", "隱", "婚", "守", "践", "踐", "誓", NULL};

/* 近 that ends a word is no marker: 附近5公里 最近3年 就近 */
static const char *const JIN_WORD[] = {"附", "最", "靠", "邻", "鄰", "亲", "親", "就", "远", "遠",
                                       "走", "贴", "貼", "相", NULL};

/* 上 that ends a word (以上 线上 网上 马上 实际上) is no "more than" */
static const char *const SHANG_WORD[] = {"以", "成千", "线", "線", "网", "網", "马", "馬", "晚",
                                         "早", "际", "際", "本", "体", "體", "面", "路", "界",
                                         "史", "身", "手", "会", "會", "场", "場", "楼", "樓", NULL};

/* 上万 上百亿: a bare scale after 上 is a quantity, "ten thousand and more" */
HOT int shang_bare(const unsigned char *s, size_t lo, size_t p, int bare) {
  return bare && before(s, lo, p, "上") && !at_any_before(s, lo, p - 3, SHANG_WORD);
}

/* a percent or per mille spelled with its marker first (百分之四, 千分之三) */
static int spelled(const item *a) {
  return a->frac && (a->kind == ZT_PERCENT || a->kind == ZT_PERMILLE);
}

static const char *const CONJ[] = {"、", "和", "及", "与", "或", "以及", NULL};

static int push(zt_numbuf *b, const zt_num *r) {
  if (b->n == b->cap) {
    size_t cap = b->cap ? 2 * b->cap : 64;
    zt_num *v = realloc(b->v, cap * sizeof *v);
    if (!v) return -1;
    b->v = v;
    b->cap = cap;
  }
  b->v[b->n++] = *r;
  return 0;
}

void zt_numbuf_free(zt_numbuf *b) {
  if (!b) return;
  free(b->v);
  b->v = NULL;
  b->n = b->cap = 0;
}

/* is [i, j) an enumerator: after a line start (or white space) and before
 * 、 or a . that is no decimal point, or inside brackets （十一） (3) ? */
static int enumerator(const unsigned char *s, size_t i, size_t j, size_t n) {
  size_t k = i;
  int open = 0;
  if (k >= 3 && (before(s, 0, k, "（") || before(s, 0, k, "〔"))) { k -= 3; open = 1; }
  else if (k >= 1 && s[k - 1] == '(') { k -= 1; open = 1; }
  /* what comes before: the start, a newline, or white space after one */
  while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t' || before(s, 0, k, "\xE3\x80\x80")))
    k -= s[k - 1] == ' ' || s[k - 1] == '\t' ? 1 : 3;
  if (!(k == 0 || s[k - 1] == '\n' || s[k - 1] == '\r')) return 0;
  if (open) return at(s, j, n, "）") || at(s, j, n, "〕") || at(s, j, n, ")");
  if (at(s, j, n, "、")) return 1;
  if ((at(s, j, n, ".") && !(j + 1 < n && s[j + 1] >= '0' && s[j + 1] <= '9')) || at(s, j, n, "．"))
    return 1;
  return 0;
}

/* GDP1.2万 CPI2%: digits after letters, then 万/亿/% (a code never has them) */
static int glued_figure(const unsigned char *s, size_t p, size_t n) {
  int dot = 0;
  while (p < n && ((s[p] >= '0' && s[p] <= '9') || (s[p] == '.' && !dot))) {
    dot |= s[p] == '.';
    p++;
  }
  return at(s, p, n, "万") || at(s, p, n, "亿") || at(s, p, n, "萬") || at(s, p, n, "億") ||
         at(s, p, n, "%") || at(s, p, n, "\xEF\xBC\x85");
}

/* may a numeral start at p?  cheap test on the lead byte first */
static int starts(const unsigned char *s, size_t p, size_t n, size_t *len) {
  unsigned c = s[p];
  int v;
  if (c < 0x80) { *len = 1; return c >= '0' && c <= '9'; }
  if (c < 0xE3 || c > 0xEF) {
    dec(s, p, n, len);  /* a valid sequence's length, 1 for an invalid byte */
    return 0;
  }
  if (c == 0xEF) {
    if (p + 2 < n && s[p + 1] == 0xBC && s[p + 2] >= 0x90 && s[p + 2] <= 0x99) {
      *len = 3;
      return 1;
    }
  }
  {
    uint32_t cp = dec(s, p, n, len);
    return cclass(cp, &v) != C_NONE || cp == 0x51E0 || cp == 0x5E7E || cp == 0x6570 ||
           cp == 0x6578;  /* 几 幾 数 數 */
  }
}

/* the fast skip: ASCII non-digits, and 3-byte characters not in the skip
 * table; stops at anything else (other lengths, invalid bytes, the last 2
 * bytes), which the careful path handles. A function of its own so that its
 * few variables stay in registers (in zt_num_scan the table pointer was
 * reloaded from the stack at every character) */
APART size_t skip_plain(const uint64_t *sk, const unsigned char *s, size_t p, size_t n) {
  size_t lim = n >= 2 ? n - 2 : 0;
  for (;;) {
    /* two 3-byte characters per step: lead ^ 0xE0 < 16 for a 3-byte lead,
     * third ^ 0x80 < 64 for a continuation byte (the table checks the second) */
    while (p + 5 < n) {
      unsigned a = s[p] ^ 0xE0u, a2 = s[p + 2] ^ 0x80u;
      unsigned b = s[p + 3] ^ 0xE0u, b2 = s[p + 5] ^ 0x80u;
      if ((a | b) >= 16 || (a2 | b2) >= 64 ||
          (((sk[(a << 8) | s[p + 1]] >> a2) | (sk[(b << 8) | s[p + 4]] >> b2)) & 1))
        break;
      p += 6;
    }
    /* one character: ASCII, or a 3-byte one, or stop */
    if (p >= lim) return p;
    {
      unsigned ch = s[p], x2;
      if (ch < 0x80) {
        if (ch - '0' < 10u) return p;
        p++;
        continue;
      }
      if ((ch & 0xF0) != 0xE0) return p;
      x2 = s[p + 2] ^ 0x80u;
      if (x2 >= 64 || ((sk[((ch & 0x0F) << 8) | s[p + 1]] >> x2) & 1)) return p;
      p += 3;
    }
  }
}

int zt_num_scan(const zt_lex *lx, const char *str, size_t n, int flags, zt_numbuf *buf) {
  const unsigned char *s = (const unsigned char *)str;
  ctx c;
  size_t p = 0, prev = 0;  /* prev: end of what the last record consumed */
  c.s = s; c.n = n; c.lx = (lx && lx->sealed) ? lx : NULL;
  buf->n = 0;
  while (p < n) {
    size_t len, q, b, k;
    item a, z;
    zt_num r;
    int sign = 0, ordinal = 0, approx = 0;
    if (c.lx) {
      /* fast skip: ASCII non-digits, and 3-byte characters not in the bitmap;
       * anything else (other lengths, invalid bytes, the last 2 bytes) takes
       * the careful path below */
      p = skip_plain(c.lx->skip, s, p, n);
      if (p >= n) break;
    }
    if (!starts(s, p, n, &len)) { p += len; continue; }
    /* digits glued to a code (PM2.5, A1): skip the whole run; but a scale or
     * % after them makes a figure of an abbreviation (人均GDP1.2万美元) */
    if (!(flags & ZT_SCAN_LONE) && s[p] < 0x80 && p > 0 && is_alpha(s[p - 1]) &&
        !glued_figure(s, p, n)) {
      while (p < n && ((s[p] >= '0' && s[p] <= '9') || s[p] == '.' || is_alpha(s[p]))) p++;
      continue;
    }
    if (!end_at(&c, p, &a)) { p += len; continue; }
    /* 一县一业 一村一品 一企一策: slogans, not counts */
    if (!(flags & ZT_SCAN_LONE) && a.chinese && a.j == p + 3 && at(s, p, n, "一") &&
        a.uj == a.j + 3 && at(s, a.uj, n, "一") && is_ideo(s, a.uj + 3, n) &&
        !before(s, prev, p, "第")) {
      p = a.uj + 6 <= n ? a.uj + 6 : n;
      continue;
    }
    /* a lone numeral (一 in 统一, 八 in 八大行动) with no unit, range or 第:
     * dropped before the costlier checks */
    if (a.lone && !(flags & ZT_SCAN_LONE) && !at_any(s, a.stop, n, RANGE_SEP) &&
        !before(s, prev, p, "第") && !shang_bare(s, prev, p, a.bare)) {
      p = a.stop > p ? a.stop : p + len;
      continue;
    }
    /* words that contain numerals: 进一步 统一 十四五 (a fraction wins: 十分之一) */
    /* after 第 or 翻 a count is meant (第一批, 翻一番): only a stop word that
     * takes in the 第 itself (第一线, 第三方) counts */
    if (a.chinese && !a.frac &&
        (k = stop_cover(c.lx, s, prev,
                        p >= prev + 3 && (before(s, prev, p, "第") || before(s, prev, p, "翻"))
                            ? p - 3 : p, n)) >= a.j) {  /* 同一九四九年: 同一 is no stop here */
      p = k;
      continue;
    }
    /* 5G 3D: an Arabic number glued to letters that are no unit */
    if (!(flags & ZT_SCAN_LONE) && !a.chinese && a.uj == 0 && a.stop < n && is_alpha(s[a.stop]) &&
        a.kind == ZT_NUMBER) {
      p = a.stop;
      while (p < n && is_alpha(s[p])) p++;
      continue;
    }
    /* a range: 4.5%—5%  6-6.5%  700万到800万吨  三至五  2至4个百分点;
     * 百分之四、五 is 四五 (4..5%) with the marker before */
    if (!a.range && !a.post && a.approx == ZT_EXACT &&
        ((k = at_any(s, a.stop, n, RANGE_SEP)) ||
         (spelled(&a) && (k = at(s, a.stop, n, "、") ? 3 : 0))) &&
        a.stop + k < n) {
      q = a.stop + k;
      {
        int hyphen = s[a.stop] == '-' || at(s, a.stop, n, "\xEF\xBC\x8D");
        int ok = end_at(&c, q, &z) && !z.range && (!z.lone || a.chinese);
        /* 百分之四到五: a bare second end takes the spelled percent's kind */
        if (ok && spelled(&a) && z.kind == ZT_NUMBER && !z.frac && z.uj == 0 &&
            ((z.stop == z.j && z.approx == ZT_EXACT) || z.post))  /* 百分之五到六左右 */
          z.kind = a.kind;
        if (ok && s[a.stop] == 0xE3 &&  /* 、 : neighbouring digits only */
            !(z.lone && z.v.e == 0 && a.v.e == 0 && !a.v.ovf && z.v.m == a.v.m + 1))
          ok = 0;
        if (ok && hyphen) {
          /* 2026-02-26 is a date: three numbers */
          if (z.lead0 || a.lead0 || z.chinese != a.chinese) ok = 0;
          if (p > 0 && (s[p - 1] == '-' || s[p - 1] == '/' || s[p - 1] == '.')) ok = 0;
          if (z.stop < n && (s[z.stop] == '-' || s[z.stop] == '/')) ok = 0;
        }
        if (ok && a.uj && !(z.uj && z.uj - z.ui == a.uj - a.ui &&
                            memcmp(s + a.ui, s + z.ui, a.uj - a.ui) == 0))
          ok = 0;
        if (ok && a.kind != ZT_NUMBER && a.kind != z.kind) ok = 0;
        if (ok && (a.kind == ZT_FRACTION || z.kind == ZT_FRACTION)) ok = 0;
        if (ok) {
          dz lo = a.v;
          /* 5-8万元: the first end takes the scale of the second */
          if (!a.core_scaled && z.trail && a.kind == ZT_NUMBER) {
            dz t = lo;
            dz_shift(&t, z.trail);
            if (dz_cmp(t, z.v) <= 0) lo = t;
          }
          if (a.kind == ZT_NUMBER && z.kind == ZT_PERCENT && (at(s, z.j - 3, n, "成") || (at(s, z.j - 3, n, "半") && at(s, z.j - 6, n, "成"))))
            dz_shift(&lo, 1);  /* 三至四成 */
          if (dz_cmp(lo, z.v) <= 0) {
            a.range = 1; a.lo = lo; a.hi = z.v;
            a.kind = z.kind; a.j = z.j; a.stop = z.stop; a.ui = z.ui; a.uj = z.uj;
            a.us = z.us; a.ul = z.ul;
            a.lone = 0;
            if (z.approx) a.approx = z.approx;
          }
        }
      }
    }
    /* look back: sign, 第, approximation marker */
    b = p;
    if (a.kind == ZT_NUMBER || a.kind == ZT_PERCENT || a.kind == ZT_PPOINT || a.kind == ZT_PERMILLE) {
      if (before(s, prev, b, "负") && !at_any_before(s, prev, b - 3, FU_WORD)) { sign = 1; b -= 3; }
      else if (b > prev && (s[b - 1] == '-' || s[b - 1] == '+') &&
               !(b - 1 > 0 && ((s[b - 2] >= '0' && s[b - 2] <= '9') || is_alpha(s[b - 2])))) {
        sign = s[b - 1] == '-'; b -= 1;
      } else if ((before(s, prev, b, "\xEF\xBC\x8D") || before(s, prev, b, "\xE2\x88\x92")) &&
                 !(b - 3 > 0 && ((s[b - 4] >= '0' && s[b - 4] <= '9') || is_alpha(s[b - 4])))) {
        sign = 1; b -= 3;
      }
    }
    if (!sign && a.kind == ZT_NUMBER && before(s, prev, b, "第")) {
      ordinal = 1; b -= 3; a.lone = 0;
      if (a.half) a.v = a.whole;
    }
    if (a.lone && !(flags & ZT_SCAN_LONE) && !shang_bare(s, prev, b, a.bare)) {
      p = a.stop > p ? a.stop : p + len;
      continue;
    }
    if (!ordinal && !a.range && shang_bare(s, prev, b, a.bare)) {
      approx = ZT_OVER;  /* 上万人: ten thousand and more */
      b -= 3;
    } else if (!ordinal) {
      uint32_t bits = !c.lx ? ((uint32_t)1 << NPRE) - 1 : b > prev ? c.lx->premask[s[b - 1]] : 0;
      for (; bits; bits &= bits - 1) {  /* in PRE's order: longer words first */
        const premark *m = &PRE[ctz32(bits)];
        if (b < prev + m->len || s[b - 1] != (unsigned char)m->w[m->len - 1] ||
            !same(s + b - m->len, m->w, m->len))
          continue;
        if (m->approx == ZT_UNDER && strcmp(m->w, "近") == 0) {
          if (before(s, prev, b - 3, "将") || before(s, prev, b - 3, "將") ||
              before(s, prev, b - 3, "接") ||
              at_any_before(s, prev, b - 3, JIN_WORD) ||
              (a.uj && at_any(s, a.ui, a.uj, TIME_UNIT) == a.uj - a.ui))
            break;  /* 将近/接近 are listed before; 近两年 is no marker */
        }
        if ((strcmp(m->w, "约") == 0 || strcmp(m->w, "約") == 0) &&
            at_any_before(s, prev, b - 3, YUE_WORD))
          break;  /* 节约 签约 制约: 约 ends a word */
        /* 超过2019年: a year is exceeded, not approximated */
        if (m->approx != ZT_ABOUT && a.kind == ZT_NUMBER && !a.range && a.uj == a.ui + 3 &&
            at(s, a.ui, n, "年") && !a.core_scaled &&
            a.v.e == 0 && !a.v.ovf && a.v.m >= 1900 && a.v.m <= 2100 && a.j - p >= 4)
          break;
        if (strcmp(m->w, "超") == 0 &&
            (before(s, prev, b - 3, "赶") || before(s, prev, b - 3, "高") ||
             before(s, prev, b - 3, "追")))
          break;
        approx = m->approx;
        b -= m->len;
        break;
      }
    }
    /* enumerators are no quantities: 十一、 （十一） (3) 8.交通 at a line start */
    if (!(flags & ZT_SCAN_LONE) && a.kind == ZT_NUMBER && !ordinal && !sign && !approx &&
        !a.approx && !a.range && a.uj == 0 && a.stop == a.j && !a.v.ovf && a.v.e >= 0 &&
        enumerator(s, b, a.j, n)) {
      p = a.j;
      continue;
    }
    memset(&r, 0, sizeof r);
    r.i = b; r.j = a.j; r.ui = a.ui; r.uj = a.uj; r.us = a.us; r.ul = a.ul; r.e = a.stop > a.j ? a.stop : a.j;
    r.kind = ordinal ? ZT_ORDINAL : a.kind;
    r.approx = approx ? approx : a.approx;
    r.range = a.range;
    r.scaled = a.core_scaled;
    r.trail = a.range ? 0 : a.trail;
    if (a.range) {
      /* 负2至3%: -3..-2, lo stays the lower end */
      r.lo = dz_val(sign ? a.hi : a.lo, sign);
      r.hi = dz_val(sign ? a.lo : a.hi, sign);
    }
    else r.value = dz_val(a.v, sign);
    /* 1.9和1.1个百分点, 1409万、1305万人次: numbers that share a trailing
     * % or 个百分点 or unit take it */
    if (r.kind == ZT_PERCENT || r.kind == ZT_PPOINT || r.kind == ZT_PERMILLE ||
        (r.kind == ZT_NUMBER && r.uj > r.ui)) {
      size_t t = buf->n, cur_i = r.i;
      while (t > 0) {
        zt_num *pr = &buf->v[t - 1];
        size_t g = at_any(s, pr->j, n, CONJ);
        if (pr->kind != ZT_NUMBER || pr->uj != 0 || !g || pr->j + g != cur_i) break;
        pr->kind = r.kind;
        pr->ui = r.ui; pr->uj = r.uj; pr->us = r.us; pr->ul = r.ul;
        /* 3和5亿元: the first takes the scale too */
        if (!pr->scaled && r.trail && !pr->range) {
          zt_val *v = &pr->value;
          int64_t x;
          if (v->isint && mul10(v->i, r.trail, &x)) v->i = x;
          else {
            /* back through the decimal text, so 2.5 and 万 give the integer 25000 */
            char t[64], *e;
            double d = v->isint ? (double)v->i : v->d;
            /* "%.15e" always has an exponent: add the scale to it ("%g" may
             * have one already, and "2.2e+19E4" would lose the scale) */
            snprintf(t, sizeof t, "%.15e", d);
            e = strchr(t, 'e');
            if (e) snprintf(e, sizeof t - (size_t)(e - t), "E%d", atoi(e + 1) + r.trail);
            d = strtod(t, NULL);
            /* range first: casting a double beyond int64 is undefined */
            v->isint = d > -9.2e18 && d < 9.2e18 && d == (double)(int64_t)d;
            if (v->isint) v->i = (int64_t)d;
            v->d = d;
          }
          pr->scaled = 1;
        }
        cur_i = pr->i;
        t--;
      }
    }
    if (push(buf, &r)) return -1;
    prev = a.stop > a.j ? a.stop : a.j;
    p = prev;
  }
  return 0;
}
