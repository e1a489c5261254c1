/* sentence.c: sentence boundaries over UTF-8 bytes (see sentence.h). */
#include "sentence.h"

/* What a character is to the splitter. Pair ids tie openers to closers. */
enum {
  K_PLAIN, K_SPACE, K_NL, K_TERM, K_DOT, K_BANG, K_SEMI, K_OPEN, K_CLOSE,
  K_TOGGLE, K_STAR
};

typedef struct { int kind, pair; size_t len; } ch;

/* Length of a valid UTF-8 sequence at s[0..n), or 0 (then the byte is an
 * ordinary one-byte character). Overlongs and surrogates are not worth
 * rejecting here: text.validate does that; we only must not skip over an
 * ASCII byte or past the end. */
static size_t seqlen(const unsigned char *s, size_t n) {
  unsigned b = s[0];
  size_t l = b < 0xC2 ? 0 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : b < 0xF5 ? 4 : 0;
  size_t k;
  if (l == 0 || l > n) return 0;
  for (k = 1; k < l; k++)
    if ((s[k] & 0xC0) != 0x80) return 0;
  return l;
}

/* Classifies the character at s[0..n). n >= 1. */
static ch classify(const unsigned char *s, size_t n) {
  ch c = { K_PLAIN, 0, 1 };
  unsigned b = s[0];
  if (b < 0x80) {
    switch (b) {
      case ' ': case '\t': case '\v': case '\f': c.kind = K_SPACE; break;
      case '\n': c.kind = K_NL; break;
      case '\r': c.kind = K_NL; if (n > 1 && s[1] == '\n') c.len = 2; break;
      case '.': c.kind = K_DOT; break;
      case '!': case '?': c.kind = K_BANG; break;
      case ';': c.kind = K_SEMI; break;
      case '(': c.kind = K_OPEN; c.pair = 1; break;
      case ')': c.kind = K_CLOSE; c.pair = 1; break;
      case '[': c.kind = K_OPEN; c.pair = 2; break;
      case ']': c.kind = K_CLOSE; c.pair = 2; break;
      case '{': c.kind = K_OPEN; c.pair = 3; break;
      case '}': c.kind = K_CLOSE; c.pair = 3; break;
      case '"': c.kind = K_TOGGLE; c.pair = 4; break;
      case '*': c.kind = K_STAR; break;
      default: break;
    }
    return c;
  }
  c.len = seqlen(s, n);
  if (c.len == 0) { c.len = 1; return c; }
  if (b == 0xC2) {
    switch (s[1]) {
      case 0xA0: c.kind = K_SPACE; break;              /* NBSP */
      case 0xAB: c.kind = K_OPEN; c.pair = 5; break;   /* « */
      case 0xBB: c.kind = K_CLOSE; c.pair = 5; break;  /* » */
      default: break;
    }
  } else if (b == 0xE2 && s[1] == 0x80) {
    unsigned t = s[2];
    if (t <= 0x8D || t == 0xAF) c.kind = K_SPACE;      /* U+2000-200D, 202F */
    else if (t == 0xA8 || t == 0xA9) c.kind = K_NL;    /* U+2028, 2029 */
    else if (t == 0x9C) { c.kind = K_OPEN; c.pair = 6; }   /* “ */
    else if (t == 0x9D) { c.kind = K_CLOSE; c.pair = 6; }  /* ” */
    else if (t == 0x98) { c.kind = K_OPEN; c.pair = 7; }   /* ‘ */
    else if (t == 0x99) { c.kind = K_CLOSE; c.pair = 7; }  /* ’ */
    else if (t == 0xB9) { c.kind = K_OPEN; c.pair = 8; }   /* ‹ */
    else if (t == 0xBA) { c.kind = K_CLOSE; c.pair = 8; }  /* › */
    else if (t == 0xA6 || t == 0xBC) c.kind = K_TERM;  /* … ‼ */
  } else if (b == 0xE2 && s[1] == 0x81) {
    unsigned t = s[2];
    if (t == 0x9F || t == 0xA0) c.kind = K_SPACE;      /* U+205F, 2060 */
    else if (t >= 0x87 && t <= 0x89) c.kind = K_TERM;  /* ⁇ ⁈ ⁉ */
  } else if (b == 0xE2 && s[1] == 0x8B && s[2] == 0xAF) {
    c.kind = K_TERM;                                   /* ⋯ */
  } else if (b == 0xE3 && s[1] == 0x80) {
    unsigned t = s[2];
    if (t == 0x80) c.kind = K_SPACE;                   /* U+3000 */
    else if (t == 0x82) c.kind = K_TERM;               /* 。 */
    else if (t >= 0x88 && t <= 0x91) {                 /* 〈〉《》「」『』【】 */
      c.kind = (t & 1) ? K_CLOSE : K_OPEN; c.pair = 9 + (int)(t - 0x88) / 2;
    } else if (t >= 0x94 && t <= 0x9B) {               /* 〔〕〖〗〘〙〚〛 */
      c.kind = (t & 1) ? K_CLOSE : K_OPEN; c.pair = 14 + (int)(t - 0x94) / 2;
    }
  } else if (b == 0xEF) {
    unsigned t = s[1], u = s[2];
    if (t == 0xBB && u == 0xBF) c.kind = K_SPACE;      /* BOM, U+FEFF */
    else if (t == 0xBC) {
      switch (u) {
        case 0x81: case 0x9F: c.kind = K_TERM; break;  /* ！？ */
        case 0x9B: c.kind = K_SEMI; break;             /* ； */
        case 0x88: c.kind = K_OPEN; c.pair = 1; break;  /* （ */
        case 0x89: c.kind = K_CLOSE; c.pair = 1; break; /* ） */
        case 0xBB: c.kind = K_OPEN; c.pair = 2; break;  /* ［ */
        case 0xBD: c.kind = K_CLOSE; c.pair = 2; break; /* ］ */
        case 0x82: c.kind = K_TOGGLE; c.pair = 18; break; /* ＂ */
        default: break;
      }
    } else if (t == 0xBD) {
      switch (u) {
        case 0x9B: c.kind = K_OPEN; c.pair = 3; break;  /* ｛ */
        case 0x9D: c.kind = K_CLOSE; c.pair = 3; break; /* ｝ */
        case 0xA1: c.kind = K_TERM; break;              /* ｡ */
        case 0xA2: c.kind = K_OPEN; c.pair = 11; break;  /* ｢ */
        case 0xA3: c.kind = K_CLOSE; c.pair = 11; break; /* ｣ */
        default: break;
      }
    }
  }
  return c;
}

size_t zt_space_len(const char *s, size_t len) {
  ch c;
  if (len == 0) return 0;
  c = classify((const unsigned char *)s, len);
  return c.kind == K_SPACE ? c.len : 0;
}

/* Bytes that may start a character the splitter cares about: ASCII
 * punctuation and line breaks, and the lead bytes of U+0080-00BF (C2),
 * U+2000-2FFF (E2), U+3000-3FFF (E3), U+F000-FFFF (EF). Everything else
 * (ideographs, letters, digits, continuation bytes) is skipped a byte at a
 * time: a hot byte is never a continuation byte, so we land on every
 * character that matters. */
static const unsigned char hot[256] = {
  ['\n'] = 1, ['\r'] = 1, ['.'] = 1, ['!'] = 1, ['?'] = 1, [';'] = 1,
  ['('] = 1, [')'] = 1, ['['] = 1, [']'] = 1, ['{'] = 1, ['}'] = 1,
  ['"'] = 1, ['*'] = 1, [0xC2] = 1, [0xE2] = 1, [0xE3] = 1, [0xEF] = 1
};

/* ， and 、 are hot lead bytes but ordinary characters: the most common
 * punctuation, so they are passed over here without classify(). */
static inline int plain_comma(const unsigned char *s, size_t p, size_t n) {
  return p + 3 <= n && ((s[p] == 0xEF && s[p + 1] == 0xBC && s[p + 2] == 0x8C) ||
                        (s[p] == 0xE3 && s[p + 1] == 0x80 && s[p + 2] == 0x81));
}

/* First hot byte at or after p (or n), portable version: a whole
 * character at a time for the three-byte ones that are never hot
 * (U+4000-EFFF: ideographs), a byte at a time otherwise. */
static size_t skip_cold_scalar(const unsigned char *s, size_t p, size_t n) {
  while (p + 3 <= n) {
    unsigned b = s[p];
    if (b - 0xE4u <= 0x0Au && ((s[p + 1] ^ 0x80u) | (s[p + 2] ^ 0x80u)) < 0x40u) p += 3;
    else if (!hot[b]) p++;
    else if (plain_comma(s, p, n)) p += 3;
    else return p;
  }
  while (p < n && !hot[s[p]]) p++;
  return p;
}

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>
/* SSE2: sixteen bytes at a time while they hold no ASCII byte and none of
 * the hot lead bytes (C2 E2 E3 EF); that is most of a Chinese text. */
static size_t skip_cold(const unsigned char *s, size_t p, size_t n) {
  const __m128i ef = _mm_set1_epi8((char)0xEF), e3 = _mm_set1_epi8((char)0xE3);
  const __m128i e2 = _mm_set1_epi8((char)0xE2), c2 = _mm_set1_epi8((char)0xC2);
  while (p + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + p));
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, ef), _mm_cmpeq_epi8(v, e3)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, e2), _mm_cmpeq_epi8(v, c2)));
    unsigned bits = (unsigned)_mm_movemask_epi8(m) | (~(unsigned)_mm_movemask_epi8(v) & 0xFFFFu);
    for (; bits != 0; bits &= bits - 1) {    /* each candidate in the window */
      size_t q = p + (size_t)__builtin_ctz(bits);
      if (hot[s[q]] && !plain_comma(s, q, n)) return q;
    }
    p += 16;
  }
  return skip_cold_scalar(s, p, n);
}
#else
#define skip_cold skip_cold_scalar
#endif

/* End of the span [start, p) once the white space before p is trimmed. */
static size_t trim_back(const unsigned char *s, size_t start, size_t p) {
  while (p > start) {
    unsigned b = s[p - 1];
    if (b == ' ' || b == '\t' || b == '\v' || b == '\f') { p--; continue; }
    if (b < 0x80) break;
    if (p - start >= 2 && s[p - 2] == 0xC2 && b == 0xA0) { p -= 2; continue; }
    if (p - start >= 3 && s[p - 3] >= 0xE0) {   /* a three-byte space */
      ch c = classify(s + p - 3, 3);
      if (c.kind == K_SPACE && c.len == 3) { p -= 3; continue; }
    }
    break;
  }
  return p;
}

static int is_alnum(unsigned b) {
  return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z');
}
static int is_digit(unsigned b) { return b >= '0' && b <= '9'; }
static int is_alpha(unsigned b) { return (b | 0x20) >= 'a' && (b | 0x20) <= 'z'; }

/* Titles and abbreviations that a '.' follows inside a sentence
 * (Mr. Li, No. 5, Fig. 2, Huawei Co. Ltd., Apple Inc.发布). */
static int abbreviation(const unsigned char *w, size_t l) {
  static const char *const list[] = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "no", "nos", "fig", "vol",
    "pp", "vs", "co", "ltd", "inc", "corp", "dept", "gov", "approx", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", NULL
  };
  size_t k, m;
  for (k = 0; list[k]; k++) {
    const char *a = list[k];
    for (m = 0; m < l && a[m] && (w[m] | 0x20) == (unsigned char)a[m]; m++) {}
    if (m == l && a[m] == '\0') return 1;
  }
  return 0;
}

/* Does the '.' at s[p] end a sentence? start is where the span began:
 * we never look before it, and never past len. Not a terminator: a decimal
 * point or a dot inside a word (next byte alphanumeric: 1.85, www.gov.cn,
 * U.S, e.g), an abbreviation (a single letter before it: U.S., e.g.,
 * a.m.; or one of a short list: Mr. No. Inc.), an enumerator (1-3 digits
 * opening the span, or after a blank, a bracket or CJK punctuation: "1. ",
 * "（2.", "目标：3."), a digit, dot and line break before a digit (a decimal
 * cut by a hard wrap: 3.\n2%).
 * A run of dots ("...") is an ellipsis and ends a sentence. */
static int dot_ends(const unsigned char *s, size_t len, size_t start, size_t p) {
  size_t k = p;
  if (p + 1 < len && is_alnum(s[p + 1])) return 0;
  if (p + 1 < len && s[p + 1] == '.') return 1;          /* ellipsis run */
  if (p > start && s[p - 1] == '.') return 1;
  /* a decimal cut by a line break (达3.\n2%): the document layer joins it */
  if (p > start && is_digit(s[p - 1])) {
    size_t q = p + 1;
    if (q < len && s[q] == '\r') q++;
    if (q < len && s[q] == '\n') q++;
    if (q > p + 1) while (q < len && (s[q] == ' ' || s[q] == '\t')) q++;   /* a margin */
    if (q > p + 1 && q < len && is_digit(s[q])) return 0;
  }
  while (k > start && is_alpha(s[k - 1]) && p - k < 16) k--;
  if (k < p) {
    if (p - k == 1) return 0;                            /* U.S. e.g. */
    return !abbreviation(s + k, p - k);
  }
  while (k > start && is_digit(s[k - 1]) && p - k < 4) k--;
  if (k < p && p - k <= 3 && !(k > start && is_digit(s[k - 1]))) {
    unsigned b = k > start ? s[k - 1] : 0;
    if (k == start || b == ' ' || b == '\t' || b == '(' || b == '[') return 0;
    /* after CJK punctuation: 目标：1.加快 （2.推进 */
    if (k - start >= 3 && ((s[k - 3] == 0xE3 && s[k - 2] == 0x80) ||
                           (s[k - 3] == 0xEF && (s[k - 2] == 0xBC || s[k - 2] == 0xBD))))
      return 0;
  }
  return 1;
}

/* '!' and '?' end sentences like ！？, except between ASCII word characters
 * (a.cn/x?id=3, Yahoo!Japan); 是吗?2024年 ends after the '?'. */
static int bang_ends(const unsigned char *s, size_t len, size_t start, size_t p) {
  if (p + 1 >= len || !is_alnum(s[p + 1]) || p == start) return 1;
  return !(is_alnum(s[p - 1]) || s[p - 1] == '/' || s[p - 1] == '=');
}

/* After a quote that ends with a terminator (“是什么？”), does the outer
 * sentence go on? Yes before ，、,：；的等 (“为什么？”等问题); otherwise the quote
 * ended it (他说：“好！”大家都笑了。 is two). */
static int goes_on(const unsigned char *s, size_t n) {
  if (n >= 1 && s[0] == ',') return 1;
  if (n < 3) return 0;
  if (s[0] == 0xEF && s[1] == 0xBC && (s[2] == 0x8C || s[2] == 0x9A || s[2] == 0x9B)) return 1;
  if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x81) return 1;          /* 、 */
  if (s[0] == 0xE7 && ((s[1] == 0x9A && s[2] == 0x84) ||               /* 的 */
                       (s[1] == 0xAD && s[2] == 0x89))) return 1;      /* 等 */
  return 0;
}

void zt_split_init(zt_splitter *z, const char *s, size_t len, unsigned opts) {
  z->s = (const unsigned char *)s;
  z->len = len;
  z->pos = 0;
  z->opts = opts;
  z->started = 0;
  z->bold = 0;
}

/* Skips white space and line breaks from z->pos; returns the number of
 * line breaks crossed. */
static size_t skip_gap(zt_splitter *z) {
  const unsigned char *s = z->s;
  size_t p = z->pos, n = z->len, nl = 0;
  while (p < n) {
    unsigned b = s[p];
    ch c;
    if (b == ' ' || b == '\t') { p++; continue; }
    if (b == '\n') { p++; nl++; continue; }
    if (!hot[b] && b != '\v' && b != '\f') break;   /* the next span starts */
    c = classify(s + p, n - p);
    if (c.kind == K_NL) nl++;
    else if (c.kind != K_SPACE) break;
    p += c.len;
  }
  z->pos = p;
  return nl;
}

/* Scans one span from z->pos (a non-white character). */
static void scan_span(zt_splitter *z, zt_span *sp) {
  const unsigned char *s = z->s;
  const size_t n = z->len, start = z->pos;
  const int clauses = (z->opts & ZT_SENT_CLAUSES) != 0;
  unsigned char stack[ZT_SENT_DEPTH];
  size_t depth = 0, extra = 0, p = start, term_end = (size_t)-1;
  int term = 0, zw = 0;
  ch c;

  for (;;) {
    p = skip_cold(s, p, n);
    if (p >= n) goto line_end;
    c = classify(s + p, n - p);
    switch (c.kind) {
      case K_NL: goto line_end;
      case K_SPACE:                          /* zero-width: U+200B-D, 2060, FEFF */
        if (c.len == 3 && (s[p] == 0xEF ||
                           (s[p + 1] == 0x80 && s[p + 2] >= 0x8B && s[p + 2] <= 0x8D) ||
                           (s[p + 1] == 0x81 && s[p + 2] == 0xA0))) zw = 1;
        break;
      case K_DOT:
        if (!dot_ends(s, n, start, p)) break;
        goto terminator;
      case K_BANG:
        if (!bang_ends(s, n, start, p)) break;
        goto terminator;
      case K_SEMI:
        if (!clauses) break;
        goto terminator;
      case K_TERM:
      terminator:
        p += c.len; term_end = p;
        if (depth == 0 && extra == 0) goto end_run;
        continue;
      case K_TOGGLE:
        if (depth > 0 && stack[depth - 1] == c.pair && extra == 0) goto close;
        /* fall through */
      case K_OPEN:
        if (depth < ZT_SENT_DEPTH) stack[depth++] = (unsigned char)c.pair;
        else extra++;
        break;
      case K_CLOSE:
      close: {
        int after = term_end == p;
        if (extra > 0) extra--;
        else {
          size_t k = depth;
          while (k > 0 && stack[k - 1] != c.pair) k--;
          if (k > 0) depth = k - 1;          /* pops unclosed inner ones too */
        }
        p += c.len;
        if (after) {
          term_end = p;
          if (depth == 0 && extra == 0 && !goes_on(s + p, n - p)) goto end_run;
        }
        continue;
      }
      case K_STAR: {                         /* a run of '*' toggles bold */
        int after = term_end == p;
        while (p < n && s[p] == '*') p++;
        z->bold = !z->bold;
        if (after) term_end = p;
        continue;
      }
      default: break;
    }
    p += c.len;
  }

line_end:
  /* An opener that never closed stops mattering here (rule 2: the line is
   * the paragraph). If a terminator ended the line inside it, the span is
   * a sentence (他说：“好！我们明天出发。); if not, it is flagged open: a
   * link or page break may have cut it (细颗粒物（PM / 2.5 / ）浓度). */
  sp->i = start; sp->j = trim_back(s, start, p);
  if (depth > 0 || extra > 0) term = term_end == sp->j ? 1 : 2;
  goto done;

end_run:
  /* closers, more terminators and '*' markup right after a terminator
   * belong to the sentence that ends there */
  while (p < n) {
    c = classify(s + p, n - p);
    if (c.kind == K_STAR) {                  /* closes bold: **好。** */
      if (!z->bold) break;
      while (p < n && s[p] == '*') p++;
      z->bold = 0;
      continue;
    }
    if (c.kind == K_TERM || c.kind == K_CLOSE || c.kind == K_TOGGLE ||
        (c.kind == K_BANG && bang_ends(s, n, start, p)) ||
        (c.kind == K_DOT && !(p + 1 < n && is_alnum(s[p + 1]))) ||
        (c.kind == K_SEMI && clauses) ||
        (c.kind == K_PLAIN && c.len == 1 && s[p] == '\'')) {
      p += c.len;
    } else break;
  }
  sp->i = start; sp->j = p; term = 1;

done:
  z->pos = p;
  {
    size_t nl = skip_gap(z);
    int end = z->pos >= n;
    if (nl > 0) z->bold = 0;                 /* markup does not cross lines */
    sp->flags = (term == 1 ? ZT_SPAN_TERM : 0u) | (term == 2 ? ZT_SPAN_OPEN : 0u) |
                (nl >= 1 || end ? ZT_SPAN_EOL : 0u) | (nl >= 2 || end ? ZT_SPAN_BLANK : 0u) |
                (zw ? ZT_SPAN_ZW : 0u);
  }
}

size_t zt_split_next(zt_splitter *z, zt_span *out, size_t cap) {
  size_t k = 0;
  if (!z->started) { skip_gap(z); z->started = 1; }
  while (k < cap && z->pos < z->len) scan_span(z, &out[k++]);
  return k;
}
