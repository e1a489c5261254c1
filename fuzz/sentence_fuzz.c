/* sentence_fuzz.c: libFuzzer target for csrc/sentence.c. Beyond "no crash,
 * no sanitizer report" it checks what the document layer relies on (see
 * sentence.h): spans in order, never empty or overlapping, trimmed, and
 * nothing but white space and line breaks between them (nothing dropped);
 * the same spans whatever the size of the caller's span buffer. (Clause
 * mode does not only add boundaries: "!;" is two sentences, one clause.)
 * A broken property aborts. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sentence.h"

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "property failed: %s (%s:%d)\n", #c, __FILE__, __LINE__); abort(); } } while (0)

/* length of the line break at s (LF, CR, U+2028, U+2029), or 0 */
static size_t brk_len(const unsigned char *s, size_t n) {
  if (s[0] == '\n' || s[0] == '\r') return 1;
  if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9)) return 3;
  return 0;
}

static size_t gap_len(const unsigned char *s, size_t n) {
  size_t k = brk_len(s, n);
  return k ? k : zt_space_len((const char *)s, n);
}

/* all spans of s in one mode, with a span buffer of cap entries */
static zt_span *split_all(const char *s, size_t n, unsigned opts, size_t cap, size_t *count) {
  zt_splitter z;
  zt_span buf[64];
  zt_span *all = NULL;
  size_t total = 0, got, room = 0;
  zt_split_init(&z, s, n, opts);
  while ((got = zt_split_next(&z, buf, cap)) > 0) {
    CHECK(got <= cap);
    if (total + got > room) {
      room = (total + got) * 2;
      all = realloc(all, room * sizeof *all);
      CHECK(all != NULL);
    }
    memcpy(all + total, buf, got * sizeof *buf);
    total += got;
    CHECK(total <= n); /* spans are never empty */
  }
  CHECK(zt_split_next(&z, buf, cap) == 0); /* done stays done */
  *count = total;
  return all;
}

static void check_spans(const unsigned char *s, size_t n, const zt_span *v, size_t m) {
  size_t k, at = 0, p;
  for (k = 0; k < m; k++) {
    CHECK(v[k].i < v[k].j && v[k].j <= n);
    CHECK(v[k].i >= at);
    /* nothing dropped: the gap holds white space and line breaks only */
    for (p = at; p < v[k].i; ) {
      size_t g = gap_len(s + p, v[k].i - p);
      CHECK(g > 0);
      p += g;
    }
    /* trimmed at both ends */
    CHECK(gap_len(s + v[k].i, v[k].j - v[k].i) == 0);
    CHECK(s[v[k].j - 1] != ' ' && s[v[k].j - 1] != '\t' && s[v[k].j - 1] != '\n' && s[v[k].j - 1] != '\r');
    if (v[k].j - v[k].i >= 3) {
      const unsigned char *e = s + v[k].j - 3;
      CHECK(zt_space_len((const char *)e, 3) != 3 && brk_len(e, 3) != 3);
    }
    if (v[k].j - v[k].i >= 2) CHECK(zt_space_len((const char *)s + v[k].j - 2, 2) != 2);
    at = v[k].j;
  }
  for (p = at; p < n; ) {
    size_t g = gap_len(s + p, n - p);
    CHECK(g > 0);
    p += g;
  }
}

static int same_spans(const zt_span *a, const zt_span *b, size_t m) {
  size_t k;
  for (k = 0; k < m; k++)
    if (a[k].i != b[k].i || a[k].j != b[k].j || a[k].flags != b[k].flags) return 0;
  return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n) {
  const char *s = (const char *)data;
  size_t ms, mc, m1;
  zt_span *sent = split_all(s, n, 0, 64, &ms);
  zt_span *clause = split_all(s, n, ZT_SENT_CLAUSES, 64, &mc);
  zt_span *one = split_all(s, n, 0, 1 + (n & 3), &m1);

  check_spans(data, n, sent, ms);
  check_spans(data, n, clause, mc);
  CHECK(m1 == ms && same_spans(sent, one, ms));

  free(sent);
  free(clause);
  free(one);
  return 0;
}
