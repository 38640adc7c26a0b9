#ifndef COLLAB_CGIT2_SHIM_H
#define COLLAB_CGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is variadic, which Swift cannot call: one fixed-argument wrapper per use. */

/* Reading an object need not recompute its SHA-1, as git itself does not on reads. */
static inline int collab_git_disable_read_verification(void) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
}

#endif
