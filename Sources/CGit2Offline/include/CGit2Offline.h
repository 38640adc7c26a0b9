#ifndef COLLAB_CGIT2_OFFLINE_H
#define COLLAB_CGIT2_OFFLINE_H
/*
 * This target has no API: it defines, at link time, the functions libgit2 would otherwise
 * take from libssh2, GSSAPI and mbedTLS's certificate loader, none of which a tool that only
 * reads local repositories needs. See no_network.c and no_trust_store.c.
 */
#endif
