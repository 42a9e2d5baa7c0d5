/* pg-probes.d: a provider file written as PostgreSQL's probes.d is, with
 * cpp macros for its type names (dtc -C). */
#define LocalTransactionId unsigned int
#define LWLockMode int
#define BlockNumber unsigned int
#define Oid unsigned int
#define bool unsigned char

provider postgresql {
	probe transaction__start(LocalTransactionId);
	probe lwlock__acquire(const char *, LWLockMode);
	probe query__start(const char *);
	probe buffer__read__start(int, BlockNumber, Oid, Oid, Oid, int, bool);
	probe deadlock__found();
};
