/*
 * loader.c: loads count.bpf.o, attaches it, runs the command given (like
 * dtrun -c), waits for it, prints the counts summed over CPUs, exits.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <bpf/bpf.h>
#include <bpf/libbpf.h>

int main(int argc, char **argv)
{
	struct bpf_object *obj;
	struct bpf_program *prog;
	struct bpf_link *link;
	char key[16], next[16];
	int fd, ncpus, status;
	pid_t pid;

	if (argc < 3)
		return 2;
	obj = bpf_object__open_file(argv[1], NULL);
	if (!obj || bpf_object__load(obj))
		return 1;
	prog = bpf_object__find_program_by_name(obj, "count_enter");
	link = bpf_program__attach(prog);
	if (!link)
		return 1;
	pid = fork();
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "counts"));
	ncpus = libbpf_num_possible_cpus();
	{
		unsigned long long *v = calloc(ncpus, 8);
		int r = bpf_map_get_next_key(fd, NULL, next);
		while (!r) {
			unsigned long long sum = 0;
			bpf_map_lookup_elem(fd, next, v);
			for (int c = 0; c < ncpus; c++)
				sum += v[c];
			fprintf(stderr, "  %-16.16s %llu\n", next, sum);
			memcpy(key, next, 16);
			r = bpf_map_get_next_key(fd, key, next);
		}
		free(v);
	}
	bpf_link__destroy(link);
	bpf_object__close(obj);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
