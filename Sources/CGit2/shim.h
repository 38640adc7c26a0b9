#ifndef COLLAB_CGIT2_SHIM_H
#define COLLAB_CGIT2_SHIM_H
#include <git2.h>
#endif
