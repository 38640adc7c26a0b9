#ifndef COLLAB_STARTUP_H
#define COLLAB_STARTUP_H
/* See no_trust_store.c: this target only replaces a symbol at link time. */
int collab_startup_marker(void);
#endif
