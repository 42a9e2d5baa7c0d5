/*
 * act_system.c: destructive actions and what allows them.  system() runs
 * its formatted command when its record is consumed; system(), raise(),
 * stop(), copyout() ... need -w or the destructive option on this host
 * (act_destructive_check()); copyout() and copyoutstr() also need a kernel
 * that lets BPF write user memory (act_write_user_ok()).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bpf/bpf.h>

#include "actions.h"
#include "dtrun.h"
#include "format.h"

/*
 * copyout() and copyoutstr() write user memory with bpf_probe_write_user(),
 * which a kernel in lockdown (integrity or confidentiality) or a process
 * without CAP_SYS_ADMIN cannot use.  1 when this one can (params.c sets the
 * object's dtc_write_user from it).
 */
int act_write_user_ok(void)
{
	static int ok = -1;
	/* libbpf_probe_bpf_helper() takes "cannot use helper" for support: load
	 * bpf_probe_write_user(0, fp - 8, 8) ourselves */
	struct bpf_insn prog[] = {
		{ .code = BPF_ST | BPF_MEM | BPF_DW, .dst_reg = BPF_REG_10, .off = -8, .imm = 0 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_1, .imm = 0 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_X, .dst_reg = BPF_REG_2, .src_reg = BPF_REG_10 },
		{ .code = BPF_ALU64 | BPF_ADD | BPF_K, .dst_reg = BPF_REG_2, .imm = -8 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_3, .imm = 8 },
		{ .code = BPF_JMP | BPF_CALL, .imm = BPF_FUNC_probe_write_user },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = BPF_REG_0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	int fd;

	if (ok >= 0)
		return ok;
	fd = bpf_prog_load(BPF_PROG_TYPE_RAW_TRACEPOINT, NULL, "GPL", prog,
			   sizeof(prog) / sizeof(prog[0]), NULL);
	ok = fd >= 0;
	if (fd >= 0)
		close(fd);
	return ok;
}

/* A script that calls copyout() where the kernel refuses it: say so once. */
void act_write_user_check(const struct meta *m)
{
	int i;

	for (i = 0; i < m->nacts; i++)
		if (m->acts[i].kind && strncmp(m->acts[i].kind, "copyout", 7) == 0)
			break;
	if (i < m->nacts && !act_write_user_ok())
		dt_err("warning: this kernel refuses bpf_probe_write_user() (kernel lockdown, or no "
		       "CAP_SYS_ADMIN): %s( ) faults with \"invalid user access\"\n",
		       m->acts[i].kind);
}

/*
 * dtrace refuses to enable destructive actions without -w or the
 * destructive option, after the "matched" line; with them it says so.
 * The consent is the run host's: dtrun's -w / -x destructive, or, in
 * one-step mode where the operator runs the script as dtrace -s would, the
 * script's own pragma.  A compiled object's destructive option only
 * records that its build host allowed dtc to accept them.
 */
int act_destructive_used(const struct meta *m, char *used, size_t len)
{
	static const char *const kinds[] = { "system", "raise", "stop", "chill", "freopen",
					     "copyout", "copyoutstr" };
	size_t k;
	int i, n = 0;

	*used = 0;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		for (i = 0; i < m->nacts; i++)
			if (m->acts[i].kind && strcmp(m->acts[i].kind, kinds[k]) == 0) {
				snprintf(used + strlen(used), len - strlen(used), "%s%s( )",
					 n++ ? ", " : "", kinds[k]);
				break;
			}
	return n;
}

int act_destructive_check(const struct meta *m, int allowed, int one_step, int quiet)
{
	char used[128];
	int destructive = act_destructive_used(m, used, sizeof(used)) > 0;

	if (!destructive && !allowed)
		return 0;
	if (!allowed) {
		if (one_step)
			dt_err("could not enable tracing: Destructive actions not allowed\n");
		else
			dt_err("could not enable tracing: Destructive actions not allowed: this "
			       "object uses %s; run dtrun -w to allow them on this host\n",
			       used);
		return -1;
	}
	if (!quiet)
		dt_err("allowing destructive actions\n");
	return 0;
}

/*
 * system(): printf()'s formatting, then the shell, output in order.  The
 * command is formatted into a buffer of strsize bytes (dtrace_sprintf(),
 * dt_printf()'s vsnprintf()), so a longer one is cut to strsize - 1 chars.
 */
void act_system(FILE *out, const char *fmt, const struct dt_val *vals, int n, size_t strsize)
{
	char *cmd = NULL, err[256];
	size_t len = 0;
	FILE *f = open_memstream(&cmd, &len);
	int r;

	if (!f)
		return;
	r = dt_format_printf(f, fmt, vals, n, err, sizeof(err));
	fclose(f);
	if (strsize > 0 && len >= strsize)
		cmd[strsize - 1] = '\0';
	if (r < 0)
		dt_err("%s\n", err);
	else {
		pid_t pid;
		int st, fd = act_output_child_stdout(out);

		fflush(out);
		fflush(stderr);
		/* system(3), but the shell gets the signal mask dtrun started with */
		pid = fork();
		if (pid == 0) {
			dt_child_sigreset();
			if (fd >= 0 && dup2(fd, STDOUT_FILENO) < 0)
				_exit(127);
			execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
			_exit(127);
		}
		while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
			;
		if (pid < 0)
			dt_err("failed to run system( ) command\n");
	}
	free(cmd);
}

