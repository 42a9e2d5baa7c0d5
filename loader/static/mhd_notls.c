/*
 * mhd_notls.c: the static dtrun's stand-ins for GnuTLS (static builds only).
 *
 * Debian's libmicrohttpd.a is built with HTTPS support, so its objects refer
 * to GnuTLS, whose static archive (with nettle, gmp, p11-kit, ...) would
 * take the static dtrun far past its 2 MB.  dtrun's metrics server never
 * asks for TLS (no MHD_USE_TLS), so none of these is called, except the
 * library's constructor's gnutls_global_init() and its destructor's
 * gnutls_global_deinit(), which succeed doing nothing.  Any other call would
 * be a dtrun bug: it aborts with a message.  No GnuTLS header is included:
 * only the symbols matter to the linker.
 */
#include <stdio.h>
#include <stdlib.h>

int gnutls_global_init(void);
void gnutls_global_deinit(void);
void *(*gnutls_malloc)(size_t);
void *(*gnutls_malloc)(size_t) = malloc;

int gnutls_global_init(void)
{
	return 0;
}

void gnutls_global_deinit(void)
{
}

static void no_tls(const char *fn)
{
	fprintf(stderr, "dtrun: %s called, but this static dtrun has no TLS\n", fn);
	abort();
}

#define NO_TLS(fn)                                                                                \
	void fn(void);                                                                            \
	void fn(void)                                                                             \
	{                                                                                         \
		no_tls(#fn);                                                                      \
	}

NO_TLS(gnutls_alpn_set_protocols)
NO_TLS(gnutls_bye)
NO_TLS(gnutls_certificate_allocate_credentials)
NO_TLS(gnutls_certificate_free_credentials)
NO_TLS(gnutls_certificate_server_set_request)
NO_TLS(gnutls_certificate_set_dh_params)
NO_TLS(gnutls_certificate_set_retrieve_function2)
NO_TLS(gnutls_certificate_set_retrieve_function3)
NO_TLS(gnutls_certificate_set_x509_key_mem)
NO_TLS(gnutls_certificate_set_x509_key_mem2)
NO_TLS(gnutls_certificate_set_x509_trust_mem)
NO_TLS(gnutls_cipher_get)
NO_TLS(gnutls_credentials_set)
NO_TLS(gnutls_deinit)
NO_TLS(gnutls_dh_params_deinit)
NO_TLS(gnutls_dh_params_import_pkcs3)
NO_TLS(gnutls_dh_params_init)
NO_TLS(gnutls_handshake)
NO_TLS(gnutls_init)
NO_TLS(gnutls_priority_deinit)
NO_TLS(gnutls_priority_init)
NO_TLS(gnutls_priority_set)
NO_TLS(gnutls_protocol_get_version)
NO_TLS(gnutls_psk_allocate_server_credentials)
NO_TLS(gnutls_psk_free_server_credentials)
NO_TLS(gnutls_psk_set_server_credentials_function)
NO_TLS(gnutls_record_check_pending)
NO_TLS(gnutls_record_get_direction)
NO_TLS(gnutls_record_recv)
NO_TLS(gnutls_record_send)
NO_TLS(gnutls_session_get_ptr)
NO_TLS(gnutls_session_set_ptr)
NO_TLS(gnutls_strerror)
NO_TLS(gnutls_transport_set_int2)
