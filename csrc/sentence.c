#include "sentence.h"

int zt_sentence_placeholder(void) { return 0; }
