/* sentence.h: sentence boundaries over UTF-8 bytes. Pure C, no Lua API
 * (see DESIGN.md "Layers" and "Sentence conventions", rules 1-3 and 5).
 *
 * The splitter cuts a byte range into spans: trimmed of white space at both
 * ends, never empty, in order, never overlapping. A span ends
 *   - after a terminator run (。！？!? …… … a sentence-final '.'), with the
 *     closing quotes/brackets and a closing '**' markup right after it;
 *   - with ZT_SENT_CLAUSES, after ；/; as well;
 *   - at every line break (LF, CR, CRLF, U+2028, U+2029): the "paragraph" of
 *     the C level is a line. Nesting of quotes/brackets/《》 (which hides
 *     inner terminators) is forgotten at a line break, so an unclosed opener
 *     stops mattering at the end of its line. Lines that end without a
 *     terminator are flagged so the document layer (Lua, rule 4) can decide
 *     whether they are headings or pieces of a broken sentence.
 * Invalid UTF-8 bytes are ordinary characters. Linear time: nesting is kept
 * on a fixed stack (ZT_SENT_DEPTH) and deeper openers are only counted.
 * Nothing is allocated; the caller provides the span buffer and calls
 * zt_split_next until it returns 0.
 */
#ifndef ZT_SENTENCE_H
#define ZT_SENTENCE_H

#include <stddef.h>

/* options for zt_split_init */
#define ZT_SENT_CLAUSES 1u   /* ；and ; end spans too */

/* flags of a span */
#define ZT_SPAN_TERM  1u  /* ends with a terminator (or clause mark) */
#define ZT_SPAN_EOL   2u  /* last span of its line (a line break or the end follows) */
#define ZT_SPAN_BLANK 4u  /* a blank line (or the end of the range) follows */
#define ZT_SPAN_OPEN  8u  /* ends its line, on which a quote or bracket was
                             left open (the sentence may go on: rule 4) */
#define ZT_SPAN_ZW   16u  /* has a zero-width character (U+200B-U+200D,
                             U+2060, U+FEFF) inside: link debris the
                             document layer takes out of the text */

#define ZT_SENT_DEPTH 32

typedef struct {
  size_t i, j;        /* 0-based, half-open: bytes [i, j) of the input */
  unsigned flags;
} zt_span;

typedef struct {
  const unsigned char *s;
  size_t pos, len;
  unsigned opts;
  int started;
  int bold;            /* inside **markup** on this line */
} zt_splitter;

void zt_split_init(zt_splitter *z, const char *s, size_t len, unsigned opts);

/* Fills out[0..cap-1] with the next spans; returns how many (0: done). */
size_t zt_split_next(zt_splitter *z, zt_span *out, size_t cap);

/* Byte length of the white space character at s[0..len) (ASCII blanks,
 * U+00A0, U+2000-U+200D, U+202F, U+205F, U+2060, U+3000, U+FEFF), or 0.
 * Line breaks are not counted here. */
size_t zt_space_len(const char *s, size_t len);

#endif
