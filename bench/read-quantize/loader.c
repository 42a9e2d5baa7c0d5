/*
 * loader.c: loads rq.bpf.o, enables one variant's two programs (rawtp, btf
 * or tp: see rq.bpf.c), runs the command given (like dtrun -c), waits for
 * it, prints the histogram summed over CPUs to stderr, exits.
 *   loader rq.bpf.o VARIANT cmd [args...]
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
	struct bpf_link *links[2] = { 0 };
	char enter[32], leave[32];
	int fd, ncpus, status, nl = 0;
	pid_t pid;

	if (argc < 4)
		return 2;
	snprintf(enter, sizeof(enter), "%s_enter", argv[2]);
	snprintf(leave, sizeof(leave), "%s_exit", argv[2]);
	obj = bpf_object__open_file(argv[1], NULL);
	if (!obj)
		return 1;
	bpf_object__for_each_program(prog, obj)
	{
		const char *n = bpf_program__name(prog);
		bpf_program__set_autoload(prog, !strcmp(n, enter) || !strcmp(n, leave));
	}
	if (bpf_object__load(obj))
		return 1;
	bpf_object__for_each_program(prog, obj)
	{
		if (!bpf_program__autoload(prog))
			continue;
		if (nl == 2 || !(links[nl++] = bpf_program__attach(prog)))
			return 1;
	}
	if (nl != 2)
		return 1;
	pid = fork();
	if (pid == 0) {
		execvp(argv[3], argv + 3);
		_exit(127);
	}
	waitpid(pid, &status, 0);
	fd = bpf_map__fd(bpf_object__find_map_by_name(obj, "hist"));
	ncpus = libbpf_num_possible_cpus();
	{
		unsigned long long *v = calloc(ncpus, 8);
		for (unsigned b = 0; b < 64; b++) {
			unsigned long long sum = 0;
			if (bpf_map_lookup_elem(fd, &b, v))
				break;
			for (int c = 0; c < ncpus; c++)
				sum += v[c];
			if (sum)
				fprintf(stderr, "  %20llu %llu\n", b ? 1ULL << (b - 1) : 0, sum);
		}
		free(v);
	}
	for (int i = 0; i < nl; i++)
		bpf_link__destroy(links[i]);
	bpf_object__close(obj);
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}
