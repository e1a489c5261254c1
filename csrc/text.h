/* text.h: pure C, no Lua API (see DESIGN.md "Layers").
 * UTF-8 validation and repair, Unicode normalisation and display width
 * (utf8proc), encoding detection and conversion to UTF-8 (UTF-16, and
 * GB18030/GBK through iconv). Offsets are 0-based here; the binding makes
 * them 1-based. Nothing here keeps state between calls. */
#ifndef ZT_TEXT_H
#define ZT_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* A growable output buffer (malloc'd; free with zt_buf_free). */
typedef struct {
  char *p;
  size_t len, cap;
} zt_buf;

void zt_buf_free(zt_buf *b);

/* ---- UTF-8 ---- */

#define ZT_BADCP 0xFFFFFFFFu

/* Decodes the sequence at s (n > 0 bytes available). Returns its length and
 * sets *cp; for an ill-formed sequence sets *cp = ZT_BADCP and returns the
 * length of its maximal subpart (Unicode ch. 3, "U+FFFD substitution"), so a
 * caller replacing each bad run with U+FFFD follows the standard practice. */
size_t zt_utf8_next(const unsigned char *s, size_t n, uint32_t *cp);

/* Why the sequence at s is ill-formed: "overlong form", "surrogate",
 * "beyond U+10FFFF", "truncated sequence", "unexpected continuation byte"
 * or "invalid byte". NULL when it is well formed. */
const char *zt_utf8_why(const unsigned char *s, size_t n);

/* 1 if s[0..n) is well-formed UTF-8; else 0 and *bad = offset of the first
 * byte of the first ill-formed sequence. */
int zt_utf8_valid(const char *s, size_t n, size_t *bad);

/* Copies s to out, each ill-formed subpart replaced with U+FFFD; *nbad =
 * replacements made. Returns 0, or -1 when out of memory. */
int zt_utf8_repair(const char *s, size_t n, zt_buf *out, size_t *nbad);

/* ---- normalisation and width ---- */

enum { ZT_NFC, ZT_NFD, ZT_NFKC, ZT_NFKD, ZT_NFKC_CF };

/* Form by name ("NFC", "nfkc", "NFKC_Casefold"...), or -1. */
int zt_norm_form(const char *name);

/* Normalises valid UTF-8 s into out. Returns 0; 1 when s is not valid UTF-8
 * (*bad = offset); -1 when out of memory. */
int zt_normalize(const char *s, size_t n, int form, zt_buf *out, size_t *bad);

/* Display columns: East Asian wide and full-width = 2, combining marks,
 * zero-width and control characters = 0, others 1; an ill-formed subpart
 * counts as U+FFFD (1). */
size_t zt_width(const char *s, size_t n);

/* ---- decoding ---- */

enum { ZT_ENC_AUTO, ZT_ENC_UTF8, ZT_ENC_UTF16LE, ZT_ENC_UTF16BE, ZT_ENC_GB18030 };

/* Encoding by name (case-insensitive; utf8, gbk, gb2312, cp936, utf-16 ...),
 * or -1. "utf-16" means: by its BOM, big-endian without. */
int zt_enc_lookup(const char *name);
const char *zt_enc_name(int enc);

enum {
  ZT_DEC_REPLACE = 1, /* replace ill-formed input with U+FFFD */
  ZT_DEC_BINARY = 2   /* accept control characters (skip the text check) */
};

enum {
  ZT_OK,
  ZT_E_UTF8,    /* invalid UTF-8 at off */
  ZT_E_UTF16,   /* invalid UTF-16 at off */
  ZT_E_GB,      /* invalid GB18030 at off */
  ZT_E_NUL,     /* not a text file: NUL byte at off */
  ZT_E_CTRL,    /* not a text file: control byte `byte` at off */
  ZT_E_NOMEM,
  ZT_E_ICONV    /* iconv has no GB18030 converter */
};

typedef struct {
  int enc;            /* the encoding found or forced */
  int err;            /* ZT_OK or ZT_E_* */
  size_t off;         /* 0-based input offset of the error */
  unsigned byte;      /* the offending byte/code unit for ZT_E_CTRL */
  int hint;           /* ZT_E_NUL: the encoding the NULs suggest (UTF-16), or 0 */
  size_t nbad;        /* replacements made */
  int bom;            /* 1 when the input began with a byte-order mark */
  size_t line;        /* 1-based line of the error (LFs before off + 1) */
} zt_decode_info;

/* Decodes s[0..n) as enc (ZT_ENC_AUTO: by BOM, else UTF-8, else GB18030
 * when the bytes are not UTF-8 but read as plausible GB18030). On success
 * returns 0 and fills out with the UTF-8 text, except when the input is
 * UTF-8 that needs no change: then out->p stays NULL (use s itself, BOM and
 * all). A UTF-16 BOM is dropped; CR/LF are kept as they are. Returns -1 and
 * sets info->err on failure. */
int zt_decode(const char *s, size_t n, int enc, int flags, zt_buf *out,
              zt_decode_info *info);

/* The message for a failed decode, without a file name:
 * "invalid UTF-8 at byte 1234 (line 17)",
 * "not a text file (NUL byte at byte 17)". */
void zt_decode_message(const zt_decode_info *info, char *buf, size_t cap);

#endif
