/* node-probes.d: a provider file written as Node's node_provider.d is:
 * typedefs, a translator, named and translated arguments, attributes. */
typedef struct {
	int32_t fd;
	int32_t port;
} node_dtrace_connection_t;

typedef struct {
	int fd;
	int remotePort;
} node_connection_t;

translator node_connection_t <node_dtrace_connection_t *nc> {
	fd = *(int32_t *)copyin((uintptr_t)&nc->fd, sizeof (int32_t));
	remotePort = *(int32_t *)copyin((uintptr_t)&nc->port, sizeof (int32_t));
};

provider node {
	probe net__server__connection(node_dtrace_connection_t *c,
	    const char *a, int p, int fd) : (node_connection_t *c, string a, int p,
	    int fd);
	probe gc__start(int t, int f, void *isolate);
};

#pragma D attributes Evolving/Evolving/ISA provider node provider
#pragma D attributes Private/Private/ISA provider node module
#pragma D attributes Evolving/Evolving/ISA provider node args
