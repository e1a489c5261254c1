#include "text.h"

int zt_text_placeholder(void) { return 0; }
