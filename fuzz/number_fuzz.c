/* number_fuzz.c: libFuzzer target for csrc/number.c (the scanner, in running
 * text and whole-string modes). Beyond "no crash, no sanitizer report" it
 * checks number.h's promises: records in order, never overlapping, inside
 * the input, on character boundaries, a unit after its number, known kinds,
 * ranges with lo <= hi and no NaN; the same records on a second scan with a
 * reused buffer. The lexicon is zhtext.units' (fuzz/bin/lexicon.txt, written
 * by make fuzz), else a small built-in one. A broken property aborts. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "number.h"
#include "text.h"

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "property failed: %s (%s:%d)\n", #c, __FILE__, __LINE__); abort(); } } while (0)

static zt_lex *lex;
static zt_numbuf b1, b2;

static const char *units[] = {"元", "万元", "美元", "亩", "人次", "家", "年", "个", "千米", "千瓦",
  "千瓦时", "千克", "吨", "平方米", "微克/立方米", "公里", "项", "所", "倍", "天", "月", "日", NULL};
static const char *stops[] = {"进一步", "统一", "一体化", "一切", "一些", "一起", "一直", "一流",
  "之一", "万一", "第三方", "千方百计", NULL};

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  const char *path = getenv("ZT_FUZZ_LEXICON");
  FILE *f = fopen(path ? path : "fuzz/bin/lexicon.txt", "r");
  char line[256];
  int k;
  (void)argc, (void)argv;
  lex = zt_lex_new();
  CHECK(lex != NULL);
  if (f) { /* lines "u WORD" or "s WORD" */
    while (fgets(line, sizeof line, f)) {
      size_t n = strcspn(line, "\r\n");
      if (n > 2 && (line[0] == 'u' || line[0] == 's'))
        zt_lex_add(lex, line[0] == 'u' ? ZT_LEX_UNIT : ZT_LEX_STOP, line + 2, n - 2);
    }
    fclose(f);
  } else {
    for (k = 0; units[k]; k++) CHECK(zt_lex_add(lex, ZT_LEX_UNIT, units[k], strlen(units[k])) == 0);
    for (k = 0; stops[k]; k++) CHECK(zt_lex_add(lex, ZT_LEX_STOP, stops[k], strlen(stops[k])) == 0);
  }
  CHECK(zt_lex_seal(lex) == 0);
  return 0;
}

static int cont(unsigned char c) { return (c & 0xC0) == 0x80; }

static double num(const zt_val *v) { return v->isint ? (double)v->i : v->d; }

static void check(const unsigned char *s, size_t n, const zt_numbuf *b) {
  size_t k, at = 0, bad;
  int utf8 = zt_utf8_valid((const char *)s, n, &bad);
  for (k = 0; k < b->n; k++) {
    const zt_num *r = &b->v[k];
    CHECK(r->i < r->j && r->j <= n);
    CHECK(r->i >= at);
    /* whole characters: in valid UTF-8 no record starts or ends inside a
     * sequence (stray bytes in invalid input are characters of their own) */
    if (utf8) {
      CHECK(!cont(s[r->i]));
      CHECK(r->j == n || !cont(s[r->j]));
      CHECK(r->ui == r->uj || r->uj == n || !cont(s[r->uj]));
    }
    CHECK(r->ui <= r->uj);
    if (r->ui < r->uj) CHECK(r->ui >= r->j && r->uj <= n);
    CHECK(r->e >= r->j && r->e <= n);
    CHECK(r->kind >= ZT_NUMBER && r->kind <= ZT_ORDINAL);
    CHECK(r->approx >= ZT_EXACT && r->approx <= ZT_UNDER);
    if (r->range) {
      CHECK(!isnan(num(&r->lo)) && !isnan(num(&r->hi)));
      CHECK(num(&r->lo) <= num(&r->hi));
    } else {
      CHECK(!isnan(num(&r->value)));
    }
    at = r->j;
  }
}

static int same(const zt_numbuf *a, const zt_numbuf *b) {
  size_t k;
  if (a->n != b->n) return 0;
  for (k = 0; k < a->n; k++) {
    const zt_num *x = &a->v[k], *y = &b->v[k];
    if (x->i != y->i || x->j != y->j || x->ui != y->ui || x->uj != y->uj || x->kind != y->kind ||
        x->approx != y->approx || x->range != y->range)
      return 0;
  }
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n) {
  const char *s = (const char *)data;
  int flags;
  for (flags = 0; flags <= ZT_SCAN_LONE; flags++) {
    CHECK(zt_num_scan(lex, s, n, flags, &b1) == 0);
    check(data, n, &b1);
    CHECK(zt_num_scan(lex, s, n, flags, &b2) == 0);
    CHECK(same(&b1, &b2));
  }
  return 0;
}
