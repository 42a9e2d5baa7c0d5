/*
 * main.c: dtrun's pipeline.
 *
 * Two modes, one dtrace(1)-compatible command line (cmdline.c):
 *   dtrun OBJECT [args...]          run a dtc-compiled object
 *   dtrun [-s FILE | -n DESC] ...   one step: run dtc, then run its object
 * Then: read the object and its metadata, apply its options and the
 * command line's, start or grab the -c/-p processes, match probes, load, run
 * BEGIN, attach, consume the ring buffer on a timer until exit(), a signal
 * or the end of every -c/-p process, then detach, drain, run END, print the
 * aggregations, and exit with exit()'s status.  Everything made on the way
 * is freed on one cleanup path, however dtrun ends.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <bpf/libbpf.h>

#include "dt_attr.h"
#include "cli.h"
#include "proc.h"
#include "actions.h"
#include "stack.h"
#include "sym.h"
#include "agg.h"
#include "out.h"
#include "metrics.h"
#include "flame.h"
#include "spec.h"

/* The object being run: read into memory from a file or dtc's memory file. */
struct object {
	char *img;
	size_t len;
	const char *path;        /* as messages name it */
	int fd;                  /* one step: dtc's memory file, until read */
	char tmp[PATH_MAX];      /* its /dev/fd name, "" if not one step */
};

/* Reads and checks the object, its metadata; --info stops there.  0, -1
 * after a message, or 1 when done (--info, rc set). */
static int open_object(struct dtrun *d, const struct cmdline *cl, struct object *ob, int *rc)
{
	char msg[512];

	if (dt_read_file(ob->path, DT_OBJ_MAX_SIZE, &ob->img, &ob->len, msg, sizeof(msg))) {
		dt_err("failed to open %s: %s\n", ob->path, msg);
		return -1;
	}
	if (ob->fd >= 0) {
		close(ob->fd); /* not inherited by the -c process */
		ob->fd = -1;
		ob->path = "the compiled object";
	}
	if (obj_check(ob->img, ob->len, msg, sizeof(msg)) ||
	    meta_read(ob->img, ob->len, &d->meta, msg, sizeof(msg))) {
		dt_err("failed to load %s: %s\n", ob->path, msg);
		return -1;
	}
	if (obj_modified(ob->img, ob->len, &d->meta))
		dt_err("warning: %s changed after dtc wrote it (its checksum does not match)\n",
		       ob->path);
	if (cl->info) { /* --info: what the object does, nothing loaded (info.c) */
		*rc = info_print(stdout, &d->meta, ob->img, ob->len, ob->path) ? 1 : 0;
		return 1;
	}
	if (!d->o->desc_name)
		d->o->desc_name = d->meta.script ? d->meta.script : ob->tmp[0] ? "" : ob->path;
	if (!d->o->macro0)
		d->o->macro0 = d->o->desc_name;
	return 0;
}

/* dtrace.c's third pass stops at the first -c or -p it cannot create or
 * grab, before anything is compiled; 0 or -1 after its message. */
static int procs_precheck(const struct cmdline *cl)
{
	for (int i = 0; i < cl->nprocs; i++)
		if (cl->procs[i].cmd ? child_precheck_cmd(cl->procs[i].cmd)
				     : child_precheck_pid(cl->procs[i].pid))
			return -1;
	return 0;
}

/*
 * The -c and -p processes, each in its turn as dtrace.c's third pass
 * creates and grabs them; $target is the first (dtrace_proc_create() and
 * dtrace_proc_grab_pid() set it only while it is 0).  As dtrace's -c, a
 * child is created before the probes are matched, so pid$target and pidN
 * resolve against it: by default (evaltime postinit) it execs and runs,
 * traced, to its entry point, where the dynamic linker has mapped its
 * libraries, and waits there until the probes are on (pid$target::_exit:entry
 * is libc's); with -x evaltime=exec it waits before its exec, released once
 * probes are on.
 */
static int start_procs(struct dtrun_opts *o, const struct cmdline *cl, struct procset *ps)
{
	for (int i = 0; i < cl->nprocs; i++) {
		const struct cl_proc *cp = &cl->procs[i];
		struct child *c = &ps->v[i];

		ps->n = i + 1; /* procset_free() kills it, whatever happens */
		if (cp->cmd) {
			c->traced = !o->evaltime_exec;
			if (child_create(c, cp->cmd) != 0) {
				dt_err("failed to create process for %s: %s\n", cp->cmd,
				       strerror(errno));
				return -1;
			}
			if (c->traced && child_release(c))
				return -1;
		} else if (child_grab(c, cp->pid)) {
			dt_err("failed to grab pid %d: %s\n", (int)cp->pid, strerror(errno));
			return -1;
		}
		ps->t[i].pid = c->pid;
		ps->t[i].cmd = cp->cmd;
	}
	o->procs = ps->t;
	o->nprocs = ps->n;
	o->target = ps->n ? ps->v[0].pid : 0;
	return 0;
}

static void report_matched(const struct dtrun *d, int verbose, int compiled);

/* This host's probes, matched against the object's descriptions; -l -s
 * lists them.  0, -1 after a message, or 1 when listed. */
static int match(struct dtrun *d, const struct cmdline *cl)
{
	struct dtrun_opts *o = d->o;

	/* every syscall probe, used or not, so that the IDs of the providers
	 * after them are those a plain -l lists, as dtrace's are */
	if (probes_build(&d->probes, &d->meta, 1)) {
		dt_err("out of memory\n");
		return -1;
	}
	if (prov_probes_add(&d->probes, &d->meta, o, cl->list))
		return -1; /* prov.c said why */
	/* -l implies -Z, as dtrace's: the listing says what matches nothing */
	if (probes_match(&d->probes, &d->meta, o->instance, o->zdefs || cl->list, &d->en) != 0) {
		char line[32] = "";

		if (!d->en.on) {
			dt_err("out of memory\n");
			return -1;
		}
		/* xyerror(): a line where the program came from a file */
		if (d->en.unmatched_line && strcmp(o->desc_kind, "description"))
			snprintf(line, sizeof(line), "line %d: ", d->en.unmatched_line);
		/* dtrace compiles each program (-s, -n, -P -m -f) on its own
		 * and names the one that failed: the clause's ("cinput"), or
		 * clause i is the i-th -n when each made one */
		const struct meta_input *in = d->meta.ninputs > 1
			? &d->meta.inputs[d->meta.clauses[d->en.unmatched_clause].input] : NULL;

		if (in ? !in->script : strcmp(o->desc_kind, "description") == 0)
			dt_err("invalid probe specifier %s: %s%sprobe description %s does not "
			       "match any probes\n",
			       in ? in->name : !o->nnspecs ? o->desc_name
			       : o->nnspecs == d->meta.nclauses ? o->nspecs[d->en.unmatched_clause]
								: o->nspecs[0],
			       o->errtags ? "[D_PDESC_ZERO] " : "", "", d->en.unmatched);
		else
			dt_err("failed to compile script %s: %s%sprobe description %s does not "
			       "match any probes\n", in ? in->name : o->desc_name,
			       o->errtags ? "[D_PDESC_ZERO] " : "", line, d->en.unmatched);
		prov_why_none(&d->probes, d->en.unmatched);
		return -1;
	}
	/* dtrace.c: "no probes matched" unless -Z (or -l) itself, whatever
	 * the zdefs option says; its exec_prog() says it, so not with -e (a
	 * script of inlines alone compiles) */
	if (d->en.total == 0 && !o->zflag && !cl->list && !cl->compile_only) {
		/* dtrace's exec_prog() reports each program (an empty one, -x
		 * empty, matched nothing too), then fails */
		if (cl->one_step)
			report_matched(d, cl->list_verbose, 0);
		/* nothing matched because the clauses are other instances' */
		if (d->en.other_inst[0])
			dt_err("probe description %s is another instance's: this host is "
			       "instance %s (--instance NAME sets it)\n", d->en.other_inst,
			       o->instance);
		dt_err("no probes %s\n", d->meta.nclauses || cl->one_step ? "matched" : "specified");
		return -1;
	}
	if (cl->list) { /* -l -s script: the probes it would enable */
		d->probes.verbose = cl->list_verbose;
		probes_list_enabled(&d->probes, &d->meta, o->instance, o->out); /* -o's */
		return 1;
	}
	return 0;
}

/*
 * dtrace -v's report of a program's stability attributes (dtrace(8)'s
 * exec_prog()): the minimum of clauses [c0, c1)'s description and statement
 * attributes, as dtc recorded them ("cattr"); Stable/Stable/Common for no
 * clause (dtrace_program_info()).  On stdout, after the "matched" line.
 * A compiled object run with -v reports the same: the attributes are the
 * program's, fixed when it was compiled.
 */
static void report_attrs(const struct dtrun *d, const char *kind, const char *name, int c0,
			 int c1, int stmts)
{
	int desc = c1 > c0 ? DT_ATTR_MAX : DT_ATTR_DEF, stmt = desc;
	FILE *out = d->o->out; /* -o's, as dtrace's oprintf() */

	for (int i = c0; i < c1 && i < d->meta.nclauses; i++) {
		const struct meta_clause *cl = &d->meta.clauses[i];

		desc = dt_attr_min(desc, cl->has_attr ? cl->desc_attr : DT_ATTR_DEF);
		stmt = dt_attr_min(stmt, cl->has_attr ? cl->stmt_attr : DT_ATTR_DEF);
	}
	fprintf(out, "\nStability attributes for %s %s:\n", kind, name);
	probeinfo_print_attr(out, "Minimum Probe Description Attributes", desc);
	probeinfo_print_attr(out, "Minimum Statement Attributes", stmt);
	if (stmts)
		probes_stmt_info(&d->probes, &d->meta, d->o->instance, c0, c1, out);
	else
		fputc('\n', out);
	fflush(out);
}

/*
 * dtrace's "description 'D' matched N probes" (one line per -n when there
 * are several), unless -q; with -v, each followed by its stability report.
 * compiled (-e): no "matched" line, and the report goes on with each
 * description's probe information (dtrace's info_stmt()).
 */
static void report_matched(const struct dtrun *d, int verbose, int compiled)
{
	const struct dtrun_opts *o = d->o;
	char buf[512];
	const char *name;

	/* several programs: a line for each, in command-line order */
	for (int k = 0; k < d->meta.ninputs; k++) {
		const struct meta_input *in = &d->meta.inputs[k];
		const char *kind = in->script ? "script" : "description";
		int n = 0, c0 = 0, c1 = 0;

		for (int c = 0; c < d->meta.nclauses; c++)
			if (d->meta.clauses[c].input == k) {
				n += d->en.clause_matches[c];
				c0 = c1 ? c0 : c;
				c1 = c + 1;
			}
		name = in->script ? in->name : cmdline_crop_spec(in->name, buf, sizeof(buf));
		if (!o->quiet && !compiled)
			dt_err("%s '%s' matched %d probe%s\n", kind, name, n, n == 1 ? "" : "s");
		if (verbose) {
			fflush(stderr);
			report_attrs(d, kind, name, c0, c1, compiled);
		}
	}
	if (d->meta.ninputs)
		return;
	if (o->nnspecs > 1 && o->nnspecs == d->meta.nclauses) {
		for (int i = 0; i < o->nnspecs; i++) {
			name = cmdline_crop_spec(o->nspecs[i], buf, sizeof(buf));
			if (!o->quiet && !compiled)
				dt_err("description '%s' matched %d probe%s\n", name,
				       d->en.clause_matches[i],
				       d->en.clause_matches[i] == 1 ? "" : "s");
			if (verbose) {
				fflush(stderr);
				report_attrs(d, "description", name, i, i + 1, compiled);
			}
		}
		return;
	}
	name = o->nnspecs ? cmdline_crop_spec(o->nspecs[0], buf, sizeof(buf)) : o->desc_name;
	if (!o->quiet && !compiled)
		dt_err("%s '%s' matched %d probe%s\n", o->desc_kind, name, d->en.total,
		       d->en.total == 1 ? "" : "s");
	if (verbose) {
		fflush(stderr);
		report_attrs(d, o->desc_kind, name, 0, d->meta.nclauses, compiled);
	}
}

/* --check: opened, matched on this host, loaded (verified) and every
 * load-time check passed; BEGIN not run, nothing attached. */
static void report_check(const struct dtrun *d, const struct object *ob)
{
	struct bpf_program *prog;
	int nprog = 0;

	bpf_object__for_each_program(prog, d->obj)
		nprog += bpf_program__fd(prog) >= 0;
	printf("%s: ready on this host (instance %s): %d probe%s matched, %d BPF program%s "
	       "loaded and verified, nothing attached\n", ob->tmp[0] ? d->o->desc_name : ob->path,
	       d->o->instance, d->en.total, d->en.total == 1 ? "" : "s", nprog,
	       nprog == 1 ? "" : "s");
}

/*
 * As dtrace_go(): every probe is attached first (its clauses wait while
 * DT_ACTIVITY_WARMUP), then BEGIN fires and the others become active, so
 * what BEGIN's output makes dtrun do (its own write(2), system()) is traced.
 * Then each -c/-p process is continued in command-line order, as dtrace.c
 * does with dtrace_proc_continue(): a -c child stopped at its entry (pid
 * probes) was exec'd before attaching; one that was not (evaltime=exec)
 * execs now.  0, or -1 with everything detached.
 */
static int begin_attach(struct dtrun *d, struct procset *ps)
{
	int err = 0;

	for (int i = 0; i < ps->n; i++)
		if (ps->v[i].traced && child_release(&ps->v[i]))
			goto fail;
	if (run_begin_attached(d))
		goto fail;
	/*
	 * DTrace reads the buffers once per switchrate (earlier only when one
	 * fills): with -x switchrate, BEGIN's records (an exit() too) wait for
	 * the first switch (options/tst.switchrate.sh).  By default dtrun reads
	 * them at once, so BEGIN { exit(0); } does not wait a switch.
	 */
	if (!d->o->switchrate_set && !d->begin_exit)
		consume_drain(d);
	for (int i = 0; i < ps->n && !err && !dtrun_stop; i++)
		err = ps->v[i].traced ? child_resume(&ps->v[i]) : child_release(&ps->v[i]);
	ps->live = ps->n; /* dtrace's g_pslive = g_psc */
	if (!err && !(d->o->drop_caps && !dtrun_stop && caps_drop_all())) /* caps.c */
		return 0;
fail:
	run_detach(d);
	return -1;
}

/* Nanoseconds since *t0 (CLOCK_MONOTONIC). */
static uint64_t since_ns(const struct timespec *t0)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (uint64_t)(now.tv_sec - t0->tv_sec) * 1000000000ULL + (uint64_t)now.tv_nsec -
	       (uint64_t)t0->tv_nsec;
}

/* Sleeps until the next multiple of rate_ns after *t0, or a signal. */
static void wait_status_tick(const struct timespec *t0, uint64_t rate_ns, int sigfd)
{
	uint64_t left = rate_ns - since_ns(t0) % rate_ns;
	struct pollfd pf = { .fd = sigfd, .events = POLLIN };

	while (left > 0) {
		int ms = left > 1000000000ULL ? 1000 : (int)((left + 999999) / 1000000);

		if (poll(&pf, 1, ms) > 0)
			return; /* interrupted: stop waiting */
		left = left > (uint64_t)ms * 1000000 ? left - (uint64_t)ms * 1000000 : 0;
	}
}

/*
 * Whether a status tick (every statusrate since t0, 1s unless set, as
 * DTrace's default) has come since the last one: DTrace reads its
 * speculation and dynamic variable drops then.  *next: the next one's time.
 */
static int status_tick(const struct timespec *t0, uint64_t rate_ns, uint64_t *next)
{
	uint64_t el = since_ns(t0);

	if (!rate_ns)
		rate_ns = 1000000000ULL;
	if (el < *next)
		return 0;
	*next = (el / rate_ns + 1) * rate_ns;
	return 1;
}

/*
 * Tracing: the ring buffer read on a timer (switchrate) or when a quarter
 * full, until exit(), a stop signal or the traced process's end.  Then,
 * as dtrace: exit() is seen at the next status tick; detach, drain, END,
 * the aggregations.  Returns exit()'s status (1 if a file failed).
 */
static int trace(struct dtrun *d, struct procset *ps, int sigfd)
{
	struct dtrun_opts *o = d->o;
	struct timespec t0;
	uint64_t status_next = 0;
	int interrupted = 0, rc;
	struct pollfd *pf = calloc(3 + ps->n, sizeof(*pf));

	if (!pf) {
		dt_err("out of memory\n");
		return 1;
	}
	/* -p, or a -c child not stopped at its entry: its mappings, while it lives */
	for (int i = 0; i < ps->n; i++)
		if (ps->v[i].pid > 0 && !ps->v[i].traced)
			sym_user_snapshot(ps->v[i].pid);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* dtrace's first status check comes as tracing starts (dtrace_work()),
	 * the next a statusrate later; when BEGIN called exit(), that first
	 * one is the check after the loop */
	if (!dtrun_stop && !d->begin_exit)
		consume_drops(d, status_tick(&t0, o->statusrate_ns, &status_next));
	/*
	 * exit() in BEGIN: dtrace_work()'s first dtrace_status(), at once,
	 * sees DRAINING and fires END (dtrace_stop()) before dtrace_consume()
	 * reads BEGIN's records, and snapshots the aggregations then: a
	 * printa() in BEGIN prints what END stored too.
	 */
	if (d->begin_exit && o->switchrate_set) {
		/* dtrace sleeps until the first switch all the same */
		struct pollfd sp = { .fd = sigfd, .events = POLLIN };
		uint64_t ms = o->switchrate_ns / 1000000;

		poll(&sp, 1, ms > INT_MAX ? INT_MAX : (int)ms);
	}
	d->drain_live = 1; /* a stop signal ends a drain (consume.c on_ring_record()) */
	while (!dtrun_stop && !d->begin_exit) {
		int np = 2, tmo = (int)(o->switchrate_ns / 1000000), pid0;

		pf[0] = (struct pollfd){ .fd = sigfd, .events = POLLIN };
		pf[1] = (struct pollfd){ .fd = consume_poll_fd(d), .events = POLLIN };
		if (metrics_poll_fd(d) >= 0) /* a scrape waits (metrics.c) */
			pf[np++] = (struct pollfd){ .fd = metrics_poll_fd(d), .events = POLLIN };
		pid0 = np;
		for (int i = 0; i < ps->n; i++) /* a gone one's is -1: poll skips it */
			pf[np++] = (struct pollfd){ .fd = ps->v[i].pidfd, .events = POLLIN };
		if (poll(pf, np, tmo < 1 ? 1 : tmo) < 0 && errno != EINTR)
			break;
		consume_drain(d);
		consume_drops(d, status_tick(&t0, o->statusrate_ns, &status_next));
		metrics_tick(d, 0);
		if ((pf[0].revents & POLLIN) && dt_sig_pending(sigfd)) {
			interrupted = 1;
			break;
		}
		/* A -c/-p process has exited; once all have, tracing stops,
		 * without a word, as dtrace's prochandler() counts g_pslive
		 * down and prints only a message libdtrace gives, and dt_proc.c
		 * gives none for a process's death. */
		for (int i = 0; i < ps->n; i++)
			if (ps->v[i].pidfd >= 0 && (pf[pid0 + i].revents & (POLLIN | POLLHUP))) {
				child_gone(&ps->v[i]);
				ps->live--;
			}
		if (ps->n && ps->live <= 0) {
			fflush(o->out);
			break;
		}
	}
	free(pf);
	d->drain_live = 0;

	if (d->aborted[0]) { /* consume_abort() */
		run_detach(d);
		fflush(o->out);
		dt_err("processing aborted: %s\n", d->aborted);
		return 1;
	}
	/*
	 * exit() sets the activity to draining; dtrace notices it at its next
	 * status check, every statusrate since tracing started, then runs END.
	 */
	if (d->exited && !interrupted && o->statusrate_ns && !d->begin_exit)
		wait_status_tick(&t0, o->statusrate_ns, sigfd);
	/* that status check reports the drops it read before END runs
	 * (dtrace_status(): dt_handle_status(), then dtrace_stop()) */
	if ((d->exited || d->begin_exit) && !interrupted)
		consume_drops(d, 1);
	/* dtrace prints a newline on interrupt, except in testing mode. */
	if (interrupted && !o->testing && o->oformat == OFMT_TEXT)
		fputc('\n', o->out);
	run_detach(d);
	agg_stopped(d); /* -x aggrate: snapshots from now on are fresh */
	if (!d->begin_exit)
		consume_drain(d);
	if (!d->aborted[0])
		run_family(d, DT_FAM_END);
	if (!d->aborted[0])
		consume_drain(d); /* BEGIN's records too, after an exit() in BEGIN */
	if (d->aborted[0]) { /* the drain's: no END, no aggregations */
		fflush(o->out);
		dt_err("processing aborted: %s\n", d->aborted);
		return 1;
	}
	consume_drops(d, 2);
	if (o->oformat == OFMT_TEXT)
		fputc('\n', o->out);
	agg_print_all(d); /* after END and dtrace's newline (agg.c) */
	rc = d->status;
	if ((o->folded && flame_write_folded(d, o->folded)) ||
	    (o->flamegraph && flame_write_svg(d, o->flamegraph)))
		rc = 1; /* flame.c said why */
	out_json_exit(d, rc); /* -x oformat=json: the exit object */
	fflush(o->out);
	metrics_tick(d, 1); /* the textfile with END's values */
	return rc;
}

/* --merge FILE...: snapshots of several hosts (merge.c). */
static int merge(const struct cmdline *cl, struct dtrun_opts *o)
{
	for (int i = 0; i + 1 < cl->xopts.n; i += 2)
		if (!strcmp(cl->xopts.v[i], "oformat") &&
		    opts_set(o, cl->xopts.v[i], cl->xopts.v[i + 1]))
			return 2;
	if (cl->ofile && !(o->out = fopen(cl->ofile, "a"))) {
		o->out = stdout;
		dt_err("failed to open output file '%s': %s\n", cl->ofile, strerror(errno));
		return 1;
	}
	return merge_run(cl->ops.v, cl->ops.n, o);
}

/* A signal that came before tracing started ends dtrun as it would have
 * ended it, after the cleanup. */
static void die_of(int sig)
{
	sigset_t one;

	fflush(NULL);
	signal(sig, SIG_DFL);
	dt_child_sigreset();
	raise(sig);
	sigemptyset(&one);
	sigaddset(&one, sig);
	sigprocmask(SIG_UNBLOCK, &one, NULL);
}

int main(int argc, char **argv)
{
	struct dtrun_opts o;
	struct dtrun d = { .o = &o, .stat_fd = -1, .spec_fd = -1 };
	struct cmdline cl = { 0 };
	struct procset ps = { 0 };
	struct object ob = { .fd = -1 };
	int rc = 1, sigfd, early_sig = 0, st;

	opts_init(&o);
	/*
	 * The tracer's own threads are named "dtrace" (its comm, execname in
	 * its probes), as DTrace's are: scripts leave the tracer out with
	 * /execname != "dtrace"/, and dtrun already speaks as dtrace.  Set
	 * before any thread is made, which inherits it.
	 */
	prctl(PR_SET_NAME, "dtrace", 0, 0, 0);
	if (argc < 2)
		return cmdline_usage();
	if ((st = dtrun_gen_exec(argc, argv, compile_dtc_path(ob.tmp, sizeof(ob.tmp)))) != 0)
		return st; /* dtrace -h / -G: dtc's (gen.c) */
	ob.tmp[0] = '\0';
	sigfd = dt_sig_setup();
	if ((st = cmdline_parse(argc, argv, &cl, &o)) >= 0) {
		rc = st;
		goto out;
	}
	if (cl.merge) {
		rc = merge(&cl, &o);
		goto out;
	}
	if (procset_init(&ps, cl.nprocs)) {
		dt_err("out of memory\n");
		goto out;
	}
	/* -l with no program lists every probe (operands are $1 ...) */
	if (cl.list && !cl.one_step && (cl.ops.n == 0 || !operand_is_file(cl.ops.v[0]))) {
		rc = list_host(&d, &cl, &ps);
		goto out;
	}
	if (!cl.one_step && !cl.ops.n && o.zflag && !cl.compile_only) {
		/* dtrace -Z with no program: g_total == 0 is allowed, so it
		 * traces nothing until the -c commands end or a signal comes
		 * (dtrace.c main()); a clause that never acts stands for none */
		cl.one_step = cl.no_program = 1;
		strv_push(&cl.dtc, "-n");
		strv_push(&cl.dtc, "dtrace:::END /0/ { }");
	}
	/* dtrace creates -c's processes and grabs -p's (its third pass) before
	 * it compiles, and before "no probes specified" */
	if (procs_precheck(&cl))
		goto out;
	if (!cl.one_step && (st = cmdline_operand(&cl, &ob.path)) >= 0) {
		rc = st;
		goto out;
	}
	o.macro_args = cl.ops.v;
	o.nmacro_args = cl.ops.n;
	if (cl.one_step && (st = list_resolve_ids(&d, &cl)) >= 0) {
		rc = st;
		goto out;
	}
	/* -l -n: the host's probes, unless some are made on demand (list.c);
	 * with macro arguments it is compiled, which checks them (dt_cc.c's
	 * "extraneous argument": dtrace compiles each program for -l too) */
	if (cl.one_step && cl.list && !cl.script && !cl.nprocs && !cl.ops.n &&
	    (st = list_descs(&d, &cl)) >= 0) {
		rc = st;
		goto out;
	}

	/* open: one step compiles first, into a memory file; dtrace creates
	 * -c's processes and grabs -p's before (its third pass), with the
	 * command line's evaltime (its second pass), so that a clause's pid
	 * probes are made, and their errors said, as it is compiled */
	if (cl.one_step) {
		for (int i = 0; i + 1 < cl.xopts.n; i += 2)
			if (!strcmp(cl.xopts.v[i], "evaltime"))
				o.evaltime_exec = cl.xopts.v[i + 1] && !strcmp(cl.xopts.v[i + 1], "exec");
		if (start_procs(&o, &cl, &ps))
			goto out;
		st = compile_object(&d, &cl, &ob.fd, ob.tmp, sizeof(ob.tmp));
		if ((early_sig = dt_sig_pending(sigfd)) != 0)
			goto out; /* before tracing: no BEGIN, no END */
		if (st != 0) {
			rc = 1;
			goto out;
		}
		ob.path = ob.tmp;
		if (cl.script) {
			o.desc_name = cl.script;
		} else {
			o.desc_kind = "description";
			o.nspecs = cl.shown.v;
			o.nnspecs = cl.shown.n;
		}
		/* dtrace: $0 is the -s file, else its own argv[0] */
		o.macro0 = cl.script ? cl.script : argv[0];
	}
	if ((st = open_object(&d, &cl, &ob, &rc)) != 0 || opts_apply(&d, &cl))
		goto out;

	/* match, on this host, with the process $target names; -o's file
	 * once the descriptions matched (-l lists into it) */
	if ((cl.list && opts_open_output(&cl, &o)) || (!cl.one_step && start_procs(&o, &cl, &ps)) ||
	    (st = match(&d, &cl)) < 0 || opts_open_output(&cl, &o))
		goto out;
	if (st > 0) {
		rc = 0; /* -l -s: listed */
		goto out;
	}
	/* -e: compiled against this host's probes, as dtrace compiles; -v
	 * reports what dtrace's exec_prog() does without enabling */
	if (cl.compile_only) {
		report_matched(&d, cl.list_verbose, 1);
		rc = 0;
		goto out;
	}
	if (opts_check_cpu(&o)) /* -x cpu: when tracing starts */
		goto out;

	/* the program is compiled and its probes matched: dtrace.c's exec_prog()
	 * says so before dtrace_go() makes maps and loads programs */
	if (!cl.no_program)
		report_matched(&d, cl.list_verbose, 0);
	if (cl.dry_run) {
		rc = 0;
		goto out;
	}
	/* load, and dtrace_go()'s refusals in its order: the aggs, specs, mem
	 * (dtc_tmp) and dvars maps (dt_bpf_gmap_create()), destructive actions
	 * (dt_bpf_load_progs(); system(), raise(): act_system.c, a compiled
	 * object's own destructive option is not this host's consent), a record
	 * larger than bufsize; then the aggregations' maps found (agg.c) */
	act_write_user_check(&d.meta); /* copyout(): act_system.c */
	if (run_open(&d, ob.img, ob.len, ob.path) || agg_size_check(&d) || spec_nspec_check(&d) ||
	    run_mem_check(&d) || run_load(&d) || dynvar_check(&d) || consume_init(&d) ||
	    act_destructive_check(&d.meta, o.destructive, cl.one_step, o.quiet) ||
	    consume_bufsize_check(&d) || agg_init(&d))
		goto out;
	if (cl.check) {
		report_check(&d, &ob);
		rc = 0;
		goto out;
	}
	if (metrics_start(&d)) /* --metrics: serving from now on (metrics.c) */
		goto out;
	/* Signals arrive through a descriptor the loop polls with the buffer;
	 * one that came before BEGIN ends dtrun before tracing starts. */
	if ((early_sig = dt_sig_pending(sigfd)) != 0)
		goto out;

	/* BEGIN, attach, consume, END */
	if (begin_attach(&d, &ps))
		goto out;
	rc = trace(&d, &ps, sigfd);
out:
	if (ob.fd >= 0)
		close(ob.fd);
	procset_free(&ps);
	if (d.obj)
		run_close(&d);
	metrics_stop(&d);
	agg_free(&d);
	consume_free(&d);
	out_json_free(&d);
	probes_enabling_free(&d.en);
	probes_free(&d.probes);
	meta_free(&d.meta);
	sym_free();
	if (o.out && o.out != stdout)
		fclose(o.out);
	free(ob.img);
	cmdline_free(&cl);
	if (sigfd >= 0)
		close(sigfd);
	if (early_sig)
		die_of(early_sig);
	return rc;
}
