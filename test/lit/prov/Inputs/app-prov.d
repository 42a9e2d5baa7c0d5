/* app-prov.d: the provider definition of app-prov.c (dtc -h, dtc -G, and
 * alongside the tracing script for its args[] types). */
struct reqinfo {
	int code;
	long size;
};

typedef struct {
	int ri_code;
	long ri_bytes;
} reqinfo_t;

translator reqinfo_t < struct reqinfo *r > {
	ri_code = *(int *)copyin((uintptr_t)&r->code, sizeof(int));
	ri_bytes = *(long *)copyin((uintptr_t)&r->size, sizeof(long));
};

provider app {
	probe request__start(char *, int);
	probe request__done(string path, int status) : (int status, string path);
	probe request__info(struct reqinfo *r) : (reqinfo_t *r);
	probe tick();
};
