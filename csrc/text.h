/* text.h: pure C, no Lua API (see DESIGN.md "Layers"). */
#ifndef ZT_TEXT_H
#define ZT_TEXT_H

#include <stddef.h>

int zt_text_placeholder(void);

#endif
