/* sentence.h: pure C, no Lua API (see DESIGN.md "Layers"). */
#ifndef ZT_SENTENCE_H
#define ZT_SENTENCE_H

#include <stddef.h>

int zt_sentence_placeholder(void);

#endif
