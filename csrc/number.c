#include "number.h"

int zt_number_placeholder(void) { return 0; }
