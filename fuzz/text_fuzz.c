/* text_fuzz.c: libFuzzer target for csrc/text.c (validation, repair,
 * normalisation, width, decoding in every encoding and mode). Besides
 * "no crash, no sanitizer report" it checks the properties callers rely on;
 * a broken one aborts, so libFuzzer saves the input. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

#define CHECK(c) do { if (!(c)) { fprintf(stderr, "property failed: %s (%s:%d)\n", #c, __FILE__, __LINE__); abort(); } } while (0)

static int valid(const char *s, size_t n) {
  size_t bad;
  return zt_utf8_valid(s, n, &bad);
}

/* The first byte picks the operation and its mode, the rest is the input:
 * one operation per run keeps the fuzzer fast. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  const char *s;
  size_t n, bad = (size_t)-1, nbad = 0, k;
  int ok, op, mode;
  zt_buf b = {NULL, 0, 0};
  if (size < 1) return 0;
  op = data[0] & 7;
  mode = data[0] >> 3;
  data++;
  n = size - 1;
  s = (const char *)data;
  ok = zt_utf8_valid(s, n, &bad);

  switch (op) {
  case 0: /* validation: the prefix before the first bad byte is valid, and
           * zt_utf8_why agrees with zt_utf8_valid */
    if (!ok) {
      CHECK(bad < n);
      CHECK(valid(s, bad));
      CHECK(zt_utf8_why(data + bad, n - bad) != NULL);
    }
    for (k = 0; k < n; ) { /* zt_utf8_next advances 1..4 bytes, within n */
      uint32_t cp;
      size_t len = zt_utf8_next(data + k, n - k, &cp);
      CHECK(len >= 1 && len <= 4 && len <= n - k);
      CHECK(cp == ZT_BADCP || cp < 0xD800 || (cp > 0xDFFF && cp <= 0x10FFFF));
      CHECK((cp == ZT_BADCP) == (zt_utf8_why(data + k, n - k) != NULL));
      k += len;
    }
    break;
  case 1: /* repair: valid output, unchanged and no replacement iff valid */
    CHECK(zt_utf8_repair(s, n, &b, &nbad) == 0);
    CHECK(valid(b.p, b.len));
    CHECK((nbad == 0) == (ok != 0));
    if (ok) CHECK(b.len == n && memcmp(b.p, s, n) == 0);
    CHECK(b.len <= 3 * n);
    break;
  case 2: /* width: at most 2 columns a byte */
    CHECK(zt_width(s, n) <= 2 * n);
    break;
  case 3: { /* normalisation: valid output for valid input, else the error */
    size_t nb = (size_t)-1;
    int rc = zt_normalize(s, n, mode % 5, &b, &nb);
    CHECK(rc == (ok ? 0 : 1));
    if (!ok) CHECK(nb == bad);
    if (rc == 0 && b.p) CHECK(valid(b.p, b.len));
    break;
  }
  default: { /* decoding: every encoding (0-5), with and without replacement */
    zt_decode_info info;
    char msg[160];
    int enc = (mode & 7) % 6, flags = (mode >> 3) & 3;
    int rc = zt_decode(s, n, enc, flags, &b, &info);
    if (rc == 0) {
      if (b.p) CHECK(valid(b.p, b.len));
      else CHECK(ok); /* "unchanged" only for valid UTF-8 */
      CHECK(info.enc != ZT_ENC_AUTO);
    } else {
      CHECK(info.err != ZT_OK);
      CHECK(info.err == ZT_E_NOMEM || info.off <= n);
      /* with replacement and no text check only memory can fail */
      CHECK(flags != (ZT_DEC_REPLACE | ZT_DEC_BINARY) || info.err == ZT_E_NOMEM);
      zt_decode_message(&info, msg, sizeof msg);
      CHECK(strlen(msg) > 0);
    }
    /* valid UTF-8 read as UTF-8 comes back as itself */
    if (enc == ZT_ENC_UTF8 && ok && (flags & ZT_DEC_BINARY)) CHECK(rc == 0 && b.p == NULL);
  }
  }
  zt_buf_free(&b);
  return 0;
}
