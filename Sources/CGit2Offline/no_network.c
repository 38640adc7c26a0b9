/*
 * collab reads local repositories only; it never fetches or pushes. Debian's libgit2 is built
 * with SSH (libssh2, which brings OpenSSL) and Kerberos (GSSAPI, which brings five more
 * libraries) for remotes, and loading those eight shared libraries cost every `collab` start
 * about 1.7 ms — a third of what `git diff --stat` takes in all.
 *
 * libgit2 is linked in statically (see Package.swift) and these definitions stand in for the
 * SSH and GSSAPI functions it references, so neither family is loaded. libssh2_init succeeds
 * (git_libgit2_init calls it); everything else fails the way the real library reports a
 * failure, so an ssh:// remote or a Negotiate challenge would end in an ordinary libgit2
 * error ("failed to initialize SSH session"), never in undefined behaviour.
 *
 * The libssh2 definitions are checked against libssh2.h (libssh2-1-dev comes with
 * libgit2-dev); GSSAPI's header is not installed, so its few types are spelled out here.
 */
#include "CGit2Offline.h"
#include <stddef.h>
#include <stdint.h>
#include <libssh2.h>

/* ---- libssh2 ---- */

int libssh2_init(int flags) { (void)flags; return 0; }
void libssh2_exit(void) {}

LIBSSH2_SESSION *libssh2_session_init_ex(LIBSSH2_ALLOC_FUNC((*my_alloc)), LIBSSH2_FREE_FUNC((*my_free)),
                                         LIBSSH2_REALLOC_FUNC((*my_realloc)), void *abstract) {
    (void)my_alloc; (void)my_free; (void)my_realloc; (void)abstract;
    return NULL;
}
void **libssh2_session_abstract(LIBSSH2_SESSION *session) { (void)session; return NULL; }
int libssh2_session_handshake(LIBSSH2_SESSION *session, libssh2_socket_t sock) {
    (void)session; (void)sock; return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_session_free(LIBSSH2_SESSION *session) { (void)session; return 0; }
int libssh2_session_disconnect_ex(LIBSSH2_SESSION *session, int reason, const char *description, const char *lang) {
    (void)session; (void)reason; (void)description; (void)lang; return 0;
}
const char *libssh2_hostkey_hash(LIBSSH2_SESSION *session, int hash_type) {
    (void)session; (void)hash_type; return NULL;
}
const char *libssh2_session_hostkey(LIBSSH2_SESSION *session, size_t *len, int *type) {
    (void)session; if (len) *len = 0; if (type) *type = 0; return NULL;
}
int libssh2_session_method_pref(LIBSSH2_SESSION *session, int method_type, const char *prefs) {
    (void)session; (void)method_type; (void)prefs; return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_session_last_error(LIBSSH2_SESSION *session, char **errmsg, int *errmsg_len, int want_buf) {
    (void)session; (void)want_buf;
    static char message[] = "collab is built without SSH: it reads local repositories only";
    if (errmsg) *errmsg = message;
    if (errmsg_len) *errmsg_len = (int)(sizeof message - 1);
    return LIBSSH2_ERROR_SOCKET_NONE;
}
void libssh2_session_set_blocking(LIBSSH2_SESSION *session, int blocking) { (void)session; (void)blocking; }

char *libssh2_userauth_list(LIBSSH2_SESSION *session, const char *username, unsigned int username_len) {
    (void)session; (void)username; (void)username_len; return NULL;
}
int libssh2_userauth_authenticated(LIBSSH2_SESSION *session) { (void)session; return 0; }
int libssh2_userauth_password_ex(LIBSSH2_SESSION *session, const char *username, unsigned int username_len,
                                 const char *password, unsigned int password_len,
                                 LIBSSH2_PASSWD_CHANGEREQ_FUNC((*passwd_change_cb))) {
    (void)session; (void)username; (void)username_len; (void)password; (void)password_len; (void)passwd_change_cb;
    return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_userauth_keyboard_interactive_ex(LIBSSH2_SESSION *session, const char *username, unsigned int username_len,
                                             LIBSSH2_USERAUTH_KBDINT_RESPONSE_FUNC((*response_callback))) {
    (void)session; (void)username; (void)username_len; (void)response_callback;
    return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_userauth_publickey(LIBSSH2_SESSION *session, const char *username, const unsigned char *pubkeydata,
                               size_t pubkeydata_len, LIBSSH2_USERAUTH_PUBLICKEY_SIGN_FUNC((*sign_callback)),
                               void **abstract) {
    (void)session; (void)username; (void)pubkeydata; (void)pubkeydata_len; (void)sign_callback; (void)abstract;
    return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_userauth_publickey_fromfile_ex(LIBSSH2_SESSION *session, const char *username, unsigned int username_len,
                                           const char *publickey, const char *privatekey, const char *passphrase) {
    (void)session; (void)username; (void)username_len; (void)publickey; (void)privatekey; (void)passphrase;
    return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_userauth_publickey_frommemory(LIBSSH2_SESSION *session, const char *username, size_t username_len,
                                          const char *publickeyfiledata, size_t publickeyfiledata_len,
                                          const char *privatekeyfiledata, size_t privatekeyfiledata_len,
                                          const char *passphrase) {
    (void)session; (void)username; (void)username_len; (void)publickeyfiledata; (void)publickeyfiledata_len;
    (void)privatekeyfiledata; (void)privatekeyfiledata_len; (void)passphrase;
    return LIBSSH2_ERROR_SOCKET_NONE;
}

LIBSSH2_AGENT *libssh2_agent_init(LIBSSH2_SESSION *session) { (void)session; return NULL; }
int libssh2_agent_connect(LIBSSH2_AGENT *agent) { (void)agent; return LIBSSH2_ERROR_SOCKET_NONE; }
int libssh2_agent_disconnect(LIBSSH2_AGENT *agent) { (void)agent; return 0; }
void libssh2_agent_free(LIBSSH2_AGENT *agent) { (void)agent; }
int libssh2_agent_list_identities(LIBSSH2_AGENT *agent) { (void)agent; return LIBSSH2_ERROR_SOCKET_NONE; }
int libssh2_agent_get_identity(LIBSSH2_AGENT *agent, struct libssh2_agent_publickey **store,
                               struct libssh2_agent_publickey *prev) {
    (void)agent; (void)store; (void)prev; return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_agent_userauth(LIBSSH2_AGENT *agent, const char *username, struct libssh2_agent_publickey *identity) {
    (void)agent; (void)username; (void)identity; return LIBSSH2_ERROR_SOCKET_NONE;
}

LIBSSH2_KNOWNHOSTS *libssh2_knownhost_init(LIBSSH2_SESSION *session) { (void)session; return NULL; }
void libssh2_knownhost_free(LIBSSH2_KNOWNHOSTS *hosts) { (void)hosts; }
int libssh2_knownhost_readfile(LIBSSH2_KNOWNHOSTS *hosts, const char *filename, int type) {
    (void)hosts; (void)filename; (void)type; return LIBSSH2_ERROR_SOCKET_NONE;
}
int libssh2_knownhost_checkp(LIBSSH2_KNOWNHOSTS *hosts, const char *host, int port, const char *key, size_t keylen,
                             int typemask, struct libssh2_knownhost **knownhost) {
    (void)hosts; (void)host; (void)port; (void)key; (void)keylen; (void)typemask; (void)knownhost;
    return LIBSSH2_KNOWNHOST_CHECK_FAILURE;
}

LIBSSH2_CHANNEL *libssh2_channel_open_ex(LIBSSH2_SESSION *session, const char *channel_type,
                                         unsigned int channel_type_len, unsigned int window_size,
                                         unsigned int packet_size, const char *message, unsigned int message_len) {
    (void)session; (void)channel_type; (void)channel_type_len; (void)window_size; (void)packet_size;
    (void)message; (void)message_len;
    return NULL;
}
int libssh2_channel_process_startup(LIBSSH2_CHANNEL *channel, const char *request, unsigned int request_len,
                                    const char *message, unsigned int message_len) {
    (void)channel; (void)request; (void)request_len; (void)message; (void)message_len;
    return LIBSSH2_ERROR_SOCKET_NONE;
}
ssize_t libssh2_channel_read_ex(LIBSSH2_CHANNEL *channel, int stream_id, char *buf, size_t buflen) {
    (void)channel; (void)stream_id; (void)buf; (void)buflen; return LIBSSH2_ERROR_SOCKET_NONE;
}
ssize_t libssh2_channel_write_ex(LIBSSH2_CHANNEL *channel, int stream_id, const char *buf, size_t buflen) {
    (void)channel; (void)stream_id; (void)buf; (void)buflen; return LIBSSH2_ERROR_SOCKET_NONE;
}
void libssh2_channel_set_blocking(LIBSSH2_CHANNEL *channel, int blocking) { (void)channel; (void)blocking; }
int libssh2_channel_close(LIBSSH2_CHANNEL *channel) { (void)channel; return 0; }
int libssh2_channel_free(LIBSSH2_CHANNEL *channel) { (void)channel; return 0; }

/* ---- GSSAPI (RFC 2744 C bindings), used by libgit2 for HTTP Negotiate ---- */

typedef uint32_t OM_uint32;
typedef struct gss_OID_desc_struct *gss_OID;
#define GSS_S_COMPLETE 0u
#define GSS_S_FAILURE (13u << 16)

gss_OID GSS_C_NT_HOSTBASED_SERVICE = NULL;

OM_uint32 gss_indicate_mechs(OM_uint32 *minor, void *mechanisms) {
    (void)mechanisms; if (minor) *minor = 0; return GSS_S_FAILURE;
}
OM_uint32 gss_import_name(OM_uint32 *minor, void *name_buffer, gss_OID name_type, void *output_name) {
    (void)name_buffer; (void)name_type; (void)output_name; if (minor) *minor = 0; return GSS_S_FAILURE;
}
OM_uint32 gss_init_sec_context(OM_uint32 *minor, void *credentials, void *context, void *target, gss_OID mechanism,
                               OM_uint32 flags, OM_uint32 time, void *bindings, void *input, gss_OID *actual,
                               void *output, OM_uint32 *returned_flags, OM_uint32 *time_received) {
    (void)credentials; (void)context; (void)target; (void)mechanism; (void)flags; (void)time; (void)bindings;
    (void)input; (void)actual; (void)output; (void)returned_flags; (void)time_received;
    if (minor) *minor = 0;
    return GSS_S_FAILURE;
}
OM_uint32 gss_display_status(OM_uint32 *minor, OM_uint32 status, int status_type, gss_OID mechanism,
                             OM_uint32 *context, void *text) {
    (void)status; (void)status_type; (void)mechanism; (void)context; (void)text;
    if (minor) *minor = 0;
    return GSS_S_FAILURE;
}
OM_uint32 gss_delete_sec_context(OM_uint32 *minor, void *context, void *output) {
    (void)context; (void)output; if (minor) *minor = 0; return GSS_S_COMPLETE;
}
OM_uint32 gss_release_buffer(OM_uint32 *minor, void *buffer) { (void)buffer; if (minor) *minor = 0; return GSS_S_COMPLETE; }
OM_uint32 gss_release_name(OM_uint32 *minor, void *name) { (void)name; if (minor) *minor = 0; return GSS_S_COMPLETE; }
OM_uint32 gss_release_oid_set(OM_uint32 *minor, void *set) { (void)set; if (minor) *minor = 0; return GSS_S_COMPLETE; }
