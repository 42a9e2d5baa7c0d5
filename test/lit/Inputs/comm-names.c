/*
 * comm-names.c: renames itself (prctl PR_SET_NAME) to each argument in
 * turn and calls getppid() under each name, twice; names of 1, 7, 8 and 15
 * characters put the NUL in either 8-byte word of the 16-byte comm.
 */
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		prctl(PR_SET_NAME, argv[i], 0, 0, 0);
		getppid();
		getppid();
	}
	return 0;
}
