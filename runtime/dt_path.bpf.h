/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dt_path.bpf.h: d_path(struct path *) in BPF, for every probe type.
 *
 * The kernel's bpf_d_path() helper is allowed only in fentry/fexit and LSM
 * programs on an allowlist of functions; DTrace scripts call d_path() from
 * syscall, tracepoint and io probes too.  So dtc builds the name the way
 * fs/d_path.c does: walk dentry->d_parent up to the task's root
 * (current->fs->root), crossing mount points through struct mount
 * (mnt_mountpoint, mnt_parent), then write the components from the root
 * down.  As d_path(): "/" for the root itself, " (deleted)" after an
 * unlinked file, and the d_dname() names of pipes, sockets and anonymous
 * inodes ("pipe:[1234]", "socket:[5678]", "anon_inode:[eventfd]").  Names
 * longer than strsize - 1 bytes are cut there.
 *
 * Every kernel read is a CO-RE relocation against the ___dtc flavours
 * below (libbpf ignores the suffix), so the object stays portable and the
 * types never clash with the ones a script names.  Included by dtc.bpf.h
 * when a script calls d_path() (DT_WANT_DPATH).
 */
#ifndef DT_PATH_BPF_H
#define DT_PATH_BPF_H

#define DT_DPATH_DEPTH 64  /* path components kept, the ones nearest the root first lost */
#define DT_DPATH_MOUNTS 16 /* mount points crossed */

#define DT_PIPEFS_MAGIC 0x50495045
#define DT_SOCKFS_MAGIC 0x534F434B
#define DT_ANON_INODE_FS_MAGIC 0x09041934

struct qstr___dtc {
	unsigned int len;
	const unsigned char *name;
} __attribute__((preserve_access_index));
struct super_block___dtc {
	unsigned long s_magic;
} __attribute__((preserve_access_index));
struct inode___dtc {
	unsigned long i_ino;
} __attribute__((preserve_access_index));
struct dentry_operations___dtc {
	void *d_dname;
} __attribute__((preserve_access_index));
struct hlist_bl_node___dtc {
	void **pprev;
} __attribute__((preserve_access_index));
struct dentry___dtc {
	struct hlist_bl_node___dtc d_hash;
	struct dentry___dtc *d_parent;
	struct qstr___dtc d_name;
	struct inode___dtc *d_inode;
	const struct dentry_operations___dtc *d_op;
	struct super_block___dtc *d_sb;
} __attribute__((preserve_access_index));
struct vfsmount___dtc {
	struct dentry___dtc *mnt_root;
} __attribute__((preserve_access_index));
struct mount___dtc {
	struct mount___dtc *mnt_parent;
	struct dentry___dtc *mnt_mountpoint;
	struct vfsmount___dtc mnt;
} __attribute__((preserve_access_index));
struct path___dtc {
	struct vfsmount___dtc *mnt;
	struct dentry___dtc *dentry;
} __attribute__((preserve_access_index));
struct fs_struct___dtc {
	struct path___dtc root;
} __attribute__((preserve_access_index));
struct task_struct___dtc {
	struct fs_struct___dtc *fs;
} __attribute__((preserve_access_index));

/* Room to write one more component of up to strsize - 1 bytes at any
 * offset below strsize, and the dentries of the walk. */
struct dt_dpath_buf {
	char c[2 * DT_STRSIZE];
	__u64 de[DT_DPATH_DEPTH];
	__u64 w_de, w_vm, r_de, r_vm; /* the walk: where it is, where it stops */
	__u32 n;                      /* dentries in de[] */
};
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, DT_NEST); /* a firing's own: dt_nest_enter() */
	__type(key, __u32);
	__type(value, struct dt_dpath_buf);
} dt_dpath SEC(".maps");

/*
 * The appends are global BPF functions, each verified once: inlined into
 * the walk, the verifier follows every offset through every component and
 * gives up.  Each returns the new end j, never past strsize - 1.
 */
#define DT_DP_SLASH 0
#define DT_DP_DELETED 1
#define DT_DP_PIPE 2
#define DT_DP_SOCKET 3
#define DT_DP_CLOSE 4
#define DT_DP_ANON 5
static const char dt_dpath_lits[6][12] = {
	"/", " (deleted)", "pipe:[", "socket:[", "]", "anon_inode:",
};

__noinline int dt_g_dpath_lit(struct dt_dpath_buf *b, __u32 j, __u32 w)
{
	int i;

	if (!b || w >= 6)
		return j;
	for (i = 0; i < 12; i++) {
		char ch = dt_dpath_lits[w][i];
		if (!ch || j >= DT_STRMAX)
			break;
		b->c[j] = ch;
		j++;
	}
	return j;
}

/* the name of dentry de */
__noinline int dt_g_dpath_name(struct dt_dpath_buf *b, __u32 j, __u64 de)
{
	struct dentry___dtc *d = (struct dentry___dtc *)de;
	const unsigned char *name = BPF_CORE_READ(d, d_name.name);
	__u32 len = BPF_CORE_READ(d, d_name.len);

	__u64 k = j, l = len;

	if (!b)
		return j;
	DT_OPAQUE(k);
	if (k >= DT_STRMAX)
		return j;
	if (l > DT_STRMAX - k)
		l = DT_STRMAX - k;
	DT_OPAQUE(l);
	if (l > DT_STRMAX)
		return j;
	if (bpf_probe_read_kernel(&b->c[k], l, name))
		return j;
	return k + l;
}

/* v in decimal */
__noinline int dt_g_dpath_num(struct dt_dpath_buf *b, __u32 j, __u64 v)
{
	char dig[20];
	int start = 19, i;

	if (!b)
		return j;
	for (i = 19; i >= 0; i--) {
		dig[i] = '0' + v % 10;
		v /= 10;
		start = i;
		if (!v)
			break;
	}
	for (i = 0; i < 20; i++) {
		if (i < start)
			continue;
		if (j >= DT_STRMAX)
			break;
		b->c[j] = dig[i];
		j++;
	}
	return j;
}

/* The kernel's d_dname() names for pseudo files; -1 when de has none. */
static __always_inline int dt_dpath_dname(struct dt_dpath_buf *b, __u32 j,
					  struct dentry___dtc *de)
{
	unsigned long magic = BPF_CORE_READ(de, d_sb, s_magic);

	if (magic == DT_PIPEFS_MAGIC || magic == DT_SOCKFS_MAGIC) {
		j = dt_g_dpath_lit(b, j, magic == DT_PIPEFS_MAGIC ? DT_DP_PIPE : DT_DP_SOCKET);
		j = dt_g_dpath_num(b, j, BPF_CORE_READ(de, d_inode, i_ino));
		return dt_g_dpath_lit(b, j, DT_DP_CLOSE);
	}
	if (magic == DT_ANON_INODE_FS_MAGIC) {
		j = dt_g_dpath_lit(b, j, DT_DP_ANON);
		return dt_g_dpath_name(b, j, (__u64)de);
	}
	return -1;
}

/* One step of the walk towards the task's root: up to the parent, or
 * across a mount point.  1 when the walk is over. */
__noinline int dt_g_dpath_up(struct dt_dpath_buf *b)
{
	__u64 moff = bpf_core_field_offset(struct mount___dtc, mnt);
	struct dentry___dtc *de, *parent, *root;
	struct vfsmount___dtc *vm;
	struct mount___dtc *m, *mp;

	if (!b)
		return 1;
	de = (struct dentry___dtc *)b->w_de;
	vm = (struct vfsmount___dtc *)b->w_vm;
	if (b->w_de == b->r_de && b->w_vm == b->r_vm)
		return 1;
	parent = BPF_CORE_READ(de, d_parent);
	root = BPF_CORE_READ(vm, mnt_root);
	if (de == root || de == parent) {
		m = (struct mount___dtc *)((char *)vm - moff);
		mp = BPF_CORE_READ(m, mnt_parent);
		/* the root of a filesystem mounted nowhere further up */
		if (de != root || m == mp)
			return 1;
		b->w_de = (__u64)BPF_CORE_READ(m, mnt_mountpoint);
		b->w_vm = (__u64)mp + moff;
		return 0;
	}
	if (b->n >= DT_DPATH_DEPTH)
		return 1;
	b->de[b->n & (DT_DPATH_DEPTH - 1)] = (__u64)de;
	b->n++;
	b->w_de = (__u64)parent;
	return 0;
}

/*
 * The name of dentry dep in mount vmp (a struct vfsmount *) into d, as
 * d_path() writes it; -1 when either is NULL.  d_path() and the io
 * provider's fileinfo_t (dt_iofile.bpf.h) call it.
 */
__noinline int dt_g_dpath_de(struct dt_str *d, __u64 dep, __u64 vmp)
{
	__u32 lvl = dt_nest_key();
	int j = 0;
	struct dt_dpath_buf *b = bpf_map_lookup_elem(&dt_dpath, &lvl);
	struct task_struct___dtc *t = (struct task_struct___dtc *)bpf_get_current_task();
	struct dentry___dtc *de = (struct dentry___dtc *)dep, *leaf, *parent;
	struct vfsmount___dtc *vm = (struct vfsmount___dtc *)vmp;
	const struct dentry_operations___dtc *ops;
	int n, i;

	if (!d || !b || !de || !vm)
		return -1;
	leaf = de;
	parent = BPF_CORE_READ(de, d_parent);
	ops = BPF_CORE_READ(de, d_op);
	if (ops && BPF_CORE_READ(ops, d_dname) &&
	    (de != parent || de != BPF_CORE_READ(vm, mnt_root)) &&
	    (j = dt_dpath_dname(b, 0, de)) >= 0)
		goto done;
	j = 0;

	b->w_de = (__u64)de;
	b->w_vm = (__u64)vm;
	b->r_de = (__u64)BPF_CORE_READ(t, fs, root.dentry);
	b->r_vm = (__u64)BPF_CORE_READ(t, fs, root.mnt);
	b->n = 0;
	for (i = 0; i < DT_DPATH_DEPTH + DT_DPATH_MOUNTS; i++)
		if (dt_g_dpath_up(b))
			break;
	n = b->n;
	if (!n)
		j = dt_g_dpath_lit(b, j, DT_DP_SLASH);
	for (i = 0; i < DT_DPATH_DEPTH; i++) {
		if (i >= n)
			break;
		j = dt_g_dpath_lit(b, j, DT_DP_SLASH);
		j = dt_g_dpath_name(b, j, b->de[(n - 1 - i) & (DT_DPATH_DEPTH - 1)]);
	}
	/* d_unlinked(): unhashed and not a root */
	if (!BPF_CORE_READ(leaf, d_hash.pprev) && leaf != BPF_CORE_READ(leaf, d_parent))
		j = dt_g_dpath_lit(b, j, DT_DP_DELETED);
done:
	if (j < 0 || j > DT_STRMAX)
		j = DT_STRMAX;
	DT_OPAQUE(j);
	if (j >= 0 && j < DT_STRSIZE)
		b->c[j] = 0;
	if (bpf_probe_read_kernel(d->c, DT_STRSIZE, b->c))
		return -1;
	return 0;
}

/* d_path(path) into d; -1 when path (or its dentry or mount) cannot be read. */
__noinline int dt_g_d_path(struct dt_str *d, __u64 pathp)
{
	struct path___dtc *p = (struct path___dtc *)pathp;
	struct dentry___dtc *de = NULL;
	struct vfsmount___dtc *vm = NULL;

	if (bpf_core_read(&de, sizeof(de), &p->dentry) || bpf_core_read(&vm, sizeof(vm), &p->mnt))
		return -1;
	return dt_g_dpath_de(d, (__u64)de, (__u64)vm);
}

/* d_path(path) as a D string in d. */
#define dt_d_path(d, pathp) dt_g_d_path(DT_S(d), (__u64)(pathp))

#endif
