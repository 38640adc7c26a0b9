/*
 * collab never talks to a network: it reads local repositories only. Yet libgit2 parses the
 * system's whole TLS certificate bundle in git_libgit2_init (for HTTPS remotes), which cost
 * every history command ~4 ms — more than `git diff --stat` takes in all. libgit2 is linked in
 * statically (see Package.swift), and this definition of mbedTLS's loader takes the place of
 * libmbedx509's for it, so no bundle is parsed.
 *
 * Should collab ever open an HTTPS remote, certificate verification would fail closed (an
 * empty trust store trusts nothing), never open. libgit2 built on another TLS library does
 * not call this function at all.
 */
#include "CGit2Offline.h"

struct mbedtls_x509_crt;

int mbedtls_x509_crt_parse_file(struct mbedtls_x509_crt *chain, const char *path) {
    (void)chain;
    (void)path;
    return 0;
}
