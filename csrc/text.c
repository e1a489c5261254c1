/* text.c: UTF-8 validation and repair, normalisation, display width and
 * decoding to UTF-8. Pure C (no Lua API): the binding, the fuzzers and the
 * benches link it directly. */
#include "text.h"

#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

void zt_buf_free(zt_buf *b) {
  free(b->p);
  b->p = NULL;
  b->len = b->cap = 0;
}

static int buf_reserve(zt_buf *b, size_t extra) {
  size_t need, cap;
  char *p;
  if (b->cap - b->len >= extra) return 0;
  if (extra > (size_t)-1 / 2 - b->len) return -1;
  need = b->len + extra;
  cap = b->cap ? b->cap : 64;
  while (cap < need) cap += cap / 2 + 64;
  p = realloc(b->p, cap);
  if (!p) return -1;
  b->p = p;
  b->cap = cap;
  return 0;
}

static int buf_add(zt_buf *b, const void *s, size_t n) {
  if (buf_reserve(b, n)) return -1;
  memcpy(b->p + b->len, s, n);
  b->len += n;
  return 0;
}

static const char FFFD[3] = {'\xEF', '\xBF', '\xBD'};

/* Appends code point cp (valid, not a surrogate) as UTF-8. */
static int buf_cp(zt_buf *b, uint32_t cp) {
  char u[4];
  size_t k;
  if (cp < 0x80) { u[0] = (char)cp; k = 1; }
  else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); k = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)); k = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); k = 4;
  }
  return buf_add(b, u, k);
}

/* ---- UTF-8 ---- */

/* Unicode Table 3-7: the valid range of the second byte for each lead. */
static int second_ok(unsigned lead, unsigned c) {
  switch (lead) {
  case 0xE0: return c >= 0xA0 && c <= 0xBF;
  case 0xED: return c >= 0x80 && c <= 0x9F;
  case 0xF0: return c >= 0x90 && c <= 0xBF;
  case 0xF4: return c >= 0x80 && c <= 0x8F;
  default:   return c >= 0x80 && c <= 0xBF;
  }
}

static size_t seq_len(unsigned lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

size_t zt_utf8_next(const unsigned char *s, size_t n, uint32_t *cp) {
  unsigned c = s[0];
  size_t len = seq_len(c), k;
  uint32_t v;
  if (len == 1) { *cp = c; return 1; }
  *cp = ZT_BADCP;
  if (len == 0) return 1;
  if (n < 2 || !second_ok(c, s[1])) return 1;
  v = (len == 2) ? (c & 0x1F) : (len == 3) ? (c & 0x0F) : (c & 0x07);
  v = (v << 6) | (s[1] & 0x3F);
  for (k = 2; k < len; k++) {
    if (k >= n || (s[k] & 0xC0) != 0x80) return k;
    v = (v << 6) | (s[k] & 0x3F);
  }
  *cp = v;
  return len;
}

const char *zt_utf8_why(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  uint32_t cp;
  size_t k = zt_utf8_next(s, n, &cp);
  if (cp != ZT_BADCP) return NULL;
  if (c >= 0x80 && c <= 0xBF) return "unexpected continuation byte";
  if (c == 0xC0 || c == 0xC1) return "overlong form";
  if (c >= 0xF5 && c <= 0xF7) return "beyond U+10FFFF";
  if (c >= 0xF8) return "invalid byte";
  if (k == 1 && n >= 2 && (s[1] & 0xC0) == 0x80) {
    if (c == 0xE0 || c == 0xF0) return "overlong form";
    if (c == 0xED) return "surrogate";
    if (c == 0xF4) return "beyond U+10FFFF";
  }
  return "truncated sequence";
}

/* 8 bytes at a time while they are ASCII: most of a report's markup and
 * digits, and all of an English text. */
static size_t ascii_run(const unsigned char *s, size_t n) {
  size_t i = 0;
  uint64_t w;
  while (i + 8 <= n) {
    memcpy(&w, s + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && s[i] < 0x80) i++;
  return i;
}

int zt_utf8_valid(const char *str, size_t n, size_t *bad) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, k;
  uint32_t cp;
  while (i < n) {
    if (s[i] < 0x80) { i += ascii_run(s + i, n - i); continue; }
    /* the common 3-byte case (CJK) inline */
    if (s[i] >= 0xE1 && s[i] <= 0xEC && i + 2 < n &&
        (s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    k = zt_utf8_next(s + i, n - i, &cp);
    if (cp == ZT_BADCP) { *bad = i; return 0; }
    i += k;
  }
  return 1;
}

int zt_utf8_repair(const char *str, size_t n, zt_buf *out, size_t *nbad) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, from = 0, k;
  uint32_t cp;
  *nbad = 0;
  if (buf_reserve(out, n + 16)) return -1;
  while (i < n) {
    if (s[i] < 0x80) { i += ascii_run(s + i, n - i); continue; }
    k = zt_utf8_next(s + i, n - i, &cp);
    if (cp == ZT_BADCP) {
      if (buf_add(out, str + from, i - from) || buf_add(out, FFFD, 3)) return -1;
      (*nbad)++;
      from = i + k;
    }
    i += k;
  }
  return buf_add(out, str + from, n - from);
}

/* ---- normalisation and width ---- */

static int lower(int c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }

static int same(const char *a, const char *b) {
  while (*a && *b) {
    int x = lower((unsigned char)*a), y = lower((unsigned char)*b);
    if (x == '_') x = '-';
    if (y == '_') y = '-';
    if (x != y) return 0;
    a++, b++;
  }
  return *a == *b;
}

int zt_norm_form(const char *name) {
  if (same(name, "NFC")) return ZT_NFC;
  if (same(name, "NFD")) return ZT_NFD;
  if (same(name, "NFKC")) return ZT_NFKC;
  if (same(name, "NFKD")) return ZT_NFKD;
  if (same(name, "NFKC-Casefold") || same(name, "NFKC-CF")) return ZT_NFKC_CF;
  return -1;
}

int zt_normalize(const char *s, size_t n, int form, zt_buf *out, size_t *bad) {
  utf8proc_option_t opt = UTF8PROC_STABLE;
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t r;
  if (!zt_utf8_valid(s, n, bad)) return 1;
  /* ASCII is the same in every form but the case-folded one */
  if (form != ZT_NFKC_CF && ascii_run((const unsigned char *)s, n) == n) return 0;
  switch (form) {
  case ZT_NFC:  opt |= UTF8PROC_COMPOSE; break;
  case ZT_NFD:  opt |= UTF8PROC_DECOMPOSE; break;
  case ZT_NFKC: opt |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT; break;
  case ZT_NFKD: opt |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT; break;
  default: opt |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE;
  }
  if (n > (size_t)(SIZE_MAX / 8)) return -1;
  r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst, opt);
  if (r < 0) { free(dst); return -1; }
  free(out->p);
  out->p = (char *)dst;
  out->len = (size_t)r;
  out->cap = (size_t)r + 1;
  return 0;
}

size_t zt_width(const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, w = 0;
  uint32_t cp;
  while (i < n) {
    if (s[i] < 0x80) { w += (s[i] >= 0x20 && s[i] < 0x7F); i++; continue; }
    i += zt_utf8_next(s + i, n - i, &cp);
    if (cp == ZT_BADCP) w += 1; /* shown as U+FFFD */
    else w += (size_t)utf8proc_charwidth((utf8proc_int32_t)cp);
  }
  return w;
}

/* ---- decoding ---- */

enum { ZT_ENC_UTF16 = 5 }; /* "utf-16": by BOM, big-endian without one */

int zt_enc_lookup(const char *name) {
  static const struct { const char *name; int enc; } tab[] = {
    {"utf-8", ZT_ENC_UTF8}, {"utf8", ZT_ENC_UTF8}, {"utf-8-sig", ZT_ENC_UTF8},
    {"utf-16le", ZT_ENC_UTF16LE}, {"utf16le", ZT_ENC_UTF16LE},
    {"utf-16be", ZT_ENC_UTF16BE}, {"utf16be", ZT_ENC_UTF16BE},
    {"utf-16", ZT_ENC_UTF16}, {"utf16", ZT_ENC_UTF16},
    {"gb18030", ZT_ENC_GB18030}, {"gbk", ZT_ENC_GB18030}, {"gb2312", ZT_ENC_GB18030},
    {"cp936", ZT_ENC_GB18030}, {"euc-cn", ZT_ENC_GB18030}, {"auto", ZT_ENC_AUTO},
    {NULL, 0}};
  int k;
  for (k = 0; tab[k].name; k++)
    if (same(name, tab[k].name)) return tab[k].enc;
  return -1;
}

const char *zt_enc_name(int enc) {
  switch (enc) {
  case ZT_ENC_UTF8: return "utf-8";
  case ZT_ENC_UTF16LE: return "utf-16le";
  case ZT_ENC_UTF16BE: return "utf-16be";
  case ZT_ENC_GB18030: return "gb18030";
  default: return "auto";
  }
}

/* Control characters that do not occur in text: C0 but TAB LF VT FF CR and
 * ESC (terminal colours in logs). DEL and C1 pass: they occur in scraped
 * text and are harmless. */
static int is_ctrl(unsigned c) {
  return c < 0x20 && !(c >= 0x09 && c <= 0x0D) && c != 0x1B;
}

/* Scans raw UTF-8 or GB18030 bytes (in both a byte < 0x30 is always a
 * character of its own) for NUL and other control bytes. */
static int check_text(const unsigned char *s, size_t n, zt_decode_info *info) {
  size_t i, even = 0, odd = 0;
  for (i = 0; i < n; i++)
    if (s[i] < 0x20 && is_ctrl(s[i])) break;
  if (i == n) return 0;
  info->off = i;
  info->byte = s[i];
  info->err = s[i] ? ZT_E_CTRL : ZT_E_NUL;
  /* many NULs all on one parity: UTF-16 without a BOM */
  for (i = 0; i < n; i++)
    if (!s[i]) { if (i & 1) odd++; else even++; }
  if ((odd + even) * 5 >= n && n >= 4) {
    if (odd && !even) info->hint = ZT_ENC_UTF16LE;
    if (even && !odd) info->hint = ZT_ENC_UTF16BE;
  }
  return -1;
}

static int utf16(const unsigned char *s, size_t n, int be, int flags, zt_buf *out,
                 zt_decode_info *info) {
  size_t i = 0;
  unsigned u, v;
  uint32_t cp;
  if (buf_reserve(out, n + n / 2 + 16)) goto nomem;
  while (i + 1 < n) {
    size_t at = i;
    u = be ? (unsigned)(s[i] << 8 | s[i + 1]) : (unsigned)(s[i + 1] << 8 | s[i]);
    i += 2;
    if (u >= 0xD800 && u <= 0xDBFF && i + 1 < n) {
      v = be ? (unsigned)(s[i] << 8 | s[i + 1]) : (unsigned)(s[i + 1] << 8 | s[i]);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        i += 2;
        cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
        if (buf_cp(out, cp)) goto nomem;
        continue;
      }
    }
    if (u >= 0xD800 && u <= 0xDFFF) { /* unpaired surrogate */
      if (!(flags & ZT_DEC_REPLACE)) { info->err = ZT_E_UTF16; info->off = at; return -1; }
      if (buf_add(out, FFFD, 3)) goto nomem;
      info->nbad++;
      continue;
    }
    if (u < 0x20 && is_ctrl(u) && !(flags & ZT_DEC_BINARY)) {
      info->err = u ? ZT_E_CTRL : ZT_E_NUL;
      info->off = at;
      info->byte = u;
      return -1;
    }
    if (buf_cp(out, u)) goto nomem;
  }
  if (i < n) { /* an odd byte at the end: a truncated code unit */
    if (!(flags & ZT_DEC_REPLACE)) { info->err = ZT_E_UTF16; info->off = i; return -1; }
    if (buf_add(out, FFFD, 3)) goto nomem;
    info->nbad++;
  }
  return 0;
nomem:
  info->err = ZT_E_NOMEM;
  return -1;
}

/* GB18030 through iconv. On an undecodable byte: fail at its offset, or
 * (ZT_DEC_REPLACE) put U+FFFD for that one byte and go on. */
static int gb18030(const char *s, size_t n, int flags, zt_buf *out, zt_decode_info *info) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  char *in = (char *)s, *o;
  size_t inleft = n, oleft, r;
  if (cd == (iconv_t)-1) { info->err = ZT_E_ICONV; return -1; }
  if (buf_reserve(out, n + n / 2 + 16)) goto nomem;
  while (inleft > 0) {
    o = out->p + out->len;
    oleft = out->cap - out->len;
    r = iconv(cd, &in, &inleft, &o, &oleft);
    out->len = (size_t)(o - out->p);
    if (r != (size_t)-1) break;
    if (errno == E2BIG) {
      if (buf_reserve(out, inleft + inleft / 2 + 16)) goto nomem;
      continue;
    }
    /* EILSEQ, or EINVAL: a sequence cut at the end of the input */
    if (!(flags & ZT_DEC_REPLACE)) {
      info->err = ZT_E_GB;
      info->off = (size_t)(in - s);
      iconv_close(cd);
      return -1;
    }
    if (buf_add(out, FFFD, 3)) goto nomem;
    info->nbad++;
    in++;
    inleft--;
    iconv(cd, NULL, NULL, NULL, NULL);
  }
  iconv_close(cd);
  return 0;
nomem:
  iconv_close(cd);
  info->err = ZT_E_NOMEM;
  return -1;
}

/* Code points GBK/GB18030 text is made of: CJK, its punctuation, kana,
 * full-width forms, the Latin/Greek/Cyrillic/symbol rows of GB2312 and the
 * private-use user areas. Bytes in another encoding read as GB18030 fall
 * elsewhere (C1 controls, Hangul, Arabic ...). */
static int gb_plausible_cp(uint32_t c) {
  return c < 0x80 || (c >= 0xA0 && c <= 0x2FF) || (c >= 0x370 && c <= 0x4FF) ||
         (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x2E80 && c <= 0x9FFF) ||
         (c >= 0xE000 && c <= 0xFAFF) || (c >= 0xFE10 && c <= 0xFE6F) ||
         (c >= 0xFF00 && c <= 0xFFFD) || (c >= 0x20000 && c <= 0x3FFFF);
}

/* At most 1 in 20 non-ASCII characters outside those ranges. */
static int gb_plausible(const char *str, size_t n) {
  const unsigned char *s = (const unsigned char *)str;
  size_t i = 0, wide = 0, odd = 0;
  uint32_t cp;
  while (i < n) {
    if (s[i] < 0x80) { i++; continue; }
    i += zt_utf8_next(s + i, n - i, &cp);
    wide++;
    if (cp != 0xFFFD && !gb_plausible_cp(cp)) odd++;
  }
  return wide > 0 && odd * 20 <= wide;
}

/* Is invalid UTF-8 still UTF-8 (a few stray bytes in it), or another
 * encoding? GBK text makes mostly ill-formed sequences when read as UTF-8:
 * a 2-byte GBK character forms a valid UTF-8 pair now and then, a longer
 * sequence rarely. UTF-8 with a few stray bytes has many more well-formed
 * multi-byte sequences than bad ones. */
static int mostly_utf8(const unsigned char *s, size_t n) {
  size_t i = 0, good = 0, bad = 0;
  uint32_t cp;
  while (i < n) {
    if (s[i] < 0x80) { i += ascii_run(s + i, n - i); continue; }
    i += zt_utf8_next(s + i, n - i, &cp);
    if (cp == ZT_BADCP) bad++;
    else good++;
  }
  return good > bad;
}

/* The line of byte off: LFs before it + 1 (for UTF-16, LF code units). */
static size_t line_of(const unsigned char *s, size_t off, int enc) {
  size_t k, line = 1;
  if (enc == ZT_ENC_UTF16LE || enc == ZT_ENC_UTF16BE) {
    int le = enc == ZT_ENC_UTF16LE;
    for (k = 0; k + 2 <= off; k += 2)
      line += le ? (s[k] == 0x0A && s[k + 1] == 0) : (s[k] == 0 && s[k + 1] == 0x0A);
    return line;
  }
  for (k = 0; k < off; k++) line += s[k] == '\n';
  return line;
}

static int decode(const char *s, size_t n, int enc, int flags, zt_buf *out,
                  zt_decode_info *info);

int zt_decode(const char *s, size_t n, int enc, int flags, zt_buf *out,
              zt_decode_info *info) {
  int rc = decode(s, n, enc, flags, out, info);
  if (rc && info->err != ZT_E_NOMEM && info->err != ZT_E_ICONV) {
    const unsigned char *u = (const unsigned char *)s;
    size_t skip = info->bom && (info->enc == ZT_ENC_UTF16LE || info->enc == ZT_ENC_UTF16BE) ? 2 : 0;
    info->line = line_of(u + skip, info->off - skip, info->enc);
  }
  return rc;
}

static int decode(const char *s, size_t n, int enc, int flags, zt_buf *out,
                  zt_decode_info *info) {
  const unsigned char *u = (const unsigned char *)s;
  size_t bad = 0;
  memset(info, 0, sizeof *info);
  if (enc == ZT_ENC_AUTO || enc == ZT_ENC_UTF16) {
    if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) enc = ZT_ENC_UTF8;
    else if (n >= 2 && u[0] == 0xFF && u[1] == 0xFE) enc = ZT_ENC_UTF16LE;
    else if (n >= 2 && u[0] == 0xFE && u[1] == 0xFF) enc = ZT_ENC_UTF16BE;
    else if (enc == ZT_ENC_UTF16) enc = ZT_ENC_UTF16BE;
  }
  info->enc = enc;
  if (enc == ZT_ENC_UTF16LE || enc == ZT_ENC_UTF16BE) {
    int be = enc == ZT_ENC_UTF16BE;
    size_t skip = 0;
    if (n >= 2 && ((be && u[0] == 0xFE && u[1] == 0xFF) || (!be && u[0] == 0xFF && u[1] == 0xFE))) {
      skip = 2;
      info->bom = 1;
    }
    if (utf16(u + skip, n - skip, be, flags, out, info)) {
      info->off += skip;
      return -1;
    }
    return 0;
  }
  if (!(flags & ZT_DEC_BINARY) && check_text(u, n, info)) return -1;
  if (enc == ZT_ENC_GB18030) return gb18030(s, n, flags, out, info);
  info->bom = n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF;
  if (zt_utf8_valid(s, n, &bad)) {
    info->enc = ZT_ENC_UTF8;
    return 0;
  }
  if (enc == ZT_ENC_AUTO && !info->bom && !mostly_utf8(u, n)) {
    zt_decode_info gi;
    zt_buf g = {NULL, 0, 0};
    memset(&gi, 0, sizeof gi);
    if (gb18030(s, n, flags, &g, &gi) == 0) {
      if (gb_plausible(g.p, g.len)) {
        zt_buf_free(out);
        *out = g;
        info->enc = ZT_ENC_GB18030;
        info->nbad = gi.nbad;
        return 0;
      }
    } else if (gi.err == ZT_E_GB && gi.off > 0 && gb_plausible(g.p, g.len)) {
      /* GB18030 up to a bad byte (a truncated download): say so */
      zt_buf_free(&g);
      info->enc = ZT_ENC_GB18030;
      info->err = ZT_E_GB;
      info->off = gi.off;
      return -1;
    } else if (gi.err == ZT_E_NOMEM) {
      zt_buf_free(&g);
      info->err = ZT_E_NOMEM;
      return -1;
    }
    zt_buf_free(&g);
  }
  info->enc = ZT_ENC_UTF8;
  if (!(flags & ZT_DEC_REPLACE)) {
    info->err = ZT_E_UTF8;
    info->off = bad;
    return -1;
  }
  if (zt_utf8_repair(s, n, out, &info->nbad)) {
    info->err = ZT_E_NOMEM;
    return -1;
  }
  return 0;
}

void zt_decode_message(const zt_decode_info *info, char *buf, size_t cap) {
  unsigned long at = (unsigned long)info->off + 1, line = (unsigned long)info->line;
  switch (info->err) {
  case ZT_OK: snprintf(buf, cap, "ok"); break;
  case ZT_E_UTF8: snprintf(buf, cap, "invalid UTF-8 at byte %lu (line %lu)", at, line); break;
  case ZT_E_UTF16:
    snprintf(buf, cap, "invalid %s at byte %lu (line %lu)",
             info->enc == ZT_ENC_UTF16BE ? "UTF-16BE" : "UTF-16LE", at, line);
    break;
  case ZT_E_GB: snprintf(buf, cap, "invalid GB18030 at byte %lu (line %lu)", at, line); break;
  case ZT_E_NUL:
    if (info->hint)
      snprintf(buf, cap, "not a text file (NUL byte at byte %lu; %s without a BOM? give the encoding)",
               at, zt_enc_name(info->hint));
    else
      snprintf(buf, cap, "not a text file (NUL byte at byte %lu)", at);
    break;
  case ZT_E_CTRL:
    snprintf(buf, cap, "not a text file (control character 0x%02X at byte %lu)", info->byte, at);
    break;
  case ZT_E_NOMEM: snprintf(buf, cap, "not enough memory"); break;
  default: snprintf(buf, cap, "no GB18030 converter in iconv"); break;
  }
}
