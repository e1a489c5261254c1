/* number.h: pure C, no Lua API (see DESIGN.md "Layers"). */
#ifndef ZT_NUMBER_H
#define ZT_NUMBER_H

#include <stddef.h>

int zt_number_placeholder(void);

#endif
