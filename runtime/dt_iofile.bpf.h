/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dt_iofile.bpf.h: the io provider's fileinfo_t (dlib/io.d) from a struct
 * bio: the file whose data the bio's first page holds.
 *
 * A block request knows no file, but a page of the page cache does: its
 * mapping (struct address_space) is the file's, and mapping->host the
 * file's inode.  A page that is not in a file's page cache (an anonymous
 * page, the user buffer of an O_DIRECT transfer: PAGE_MAPPING_ANON and
 * PAGE_MAPPING_MOVABLE are the low bits of mapping) has no file: DTrace's
 * "<none>", as its translator gives for a NULL file (Oracle's io probes
 * pass none at all; Solaris's buf has no vnode).  A file that cannot be
 * named (the block device's own cache, whose inode no dentry names, or a
 * file system mounted only inside the kernel) gives "<unknown>", as
 * Solaris's translator does for a vnode with no path.  The
 * inode's name is its first dentry (i_dentry, linked through d_u.d_alias),
 * written as d_path() would in the first mount of its file system
 * (super_block->s_mounts), by dt_g_dpath_de() (dt_path.bpf.h).  fi_offset
 * is the page's offset in the file plus the bio's offset in the page.
 *
 * Kernel differences are CO-RE checks: newer kernels (6.18 here) chain a
 * super_block's mounts from s_mounts through mnt_next_for_sb, older ones
 * keep a list_head through mnt_instance; page->index is __folio_index in
 * newer kernels.  Included
 * by dtc.bpf.h with dt_path.bpf.h (DT_WANT_DPATH): dlib's __iofile() and
 * __iofile_off() (compiler/emit_subr.c).
 */
#ifndef DT_IOFILE_BPF_H
#define DT_IOFILE_BPF_H

#define DT_PAGE_SHIFT 12        /* x86-64 */
#define DT_PAGE_MAPPING_FLAGS 3 /* PAGE_MAPPING_ANON | PAGE_MAPPING_MOVABLE */

/* __iofile()'s selectors, as dlib/io.d names them */
enum { DT_IOF_PATH, DT_IOF_NAME, DT_IOF_DIR, DT_IOF_MOUNT, DT_IOF_FS };

struct list_head___dtc {
	struct list_head___dtc *next;
} __attribute__((preserve_access_index));
struct hlist_node___dtcio {
	struct hlist_node___dtcio *next;
} __attribute__((preserve_access_index));
struct file_system_type___dtc {
	const char *name;
} __attribute__((preserve_access_index));
struct mount___dtcio;
struct super_block___dtcio {
	struct file_system_type___dtc *s_type;
	struct mount___dtcio *s_mounts; /* newer kernels */
} __attribute__((preserve_access_index));
struct super_block___dtcio_old {
	struct list_head___dtc s_mounts;
} __attribute__((preserve_access_index));
struct dentry___dtcio {
	union {
		struct hlist_node___dtcio d_alias;
	} d_u;
} __attribute__((preserve_access_index));
struct inode___dtcio {
	struct super_block___dtcio *i_sb;
	struct {
		struct hlist_node___dtcio *first;
	} i_dentry;
} __attribute__((preserve_access_index));
struct address_space___dtc {
	struct inode___dtcio *host;
} __attribute__((preserve_access_index));
struct page___dtc {
	struct address_space___dtc *mapping;
	unsigned long __folio_index;
} __attribute__((preserve_access_index));
struct page___dtc_old {
	unsigned long index;
} __attribute__((preserve_access_index));
struct bio_vec___dtc {
	struct page___dtc *bv_page;
	unsigned int bv_offset;
} __attribute__((preserve_access_index));
struct bvec_iter___dtc {
	unsigned int bi_size;
	unsigned int bi_idx;
} __attribute__((preserve_access_index));
struct bio___dtc {
	struct bvec_iter___dtc bi_iter;
	struct bio_vec___dtc *bi_io_vec;
} __attribute__((preserve_access_index));
struct mount___dtcio {
	struct mount___dtcio *mnt_parent;
	struct dentry___dtc *mnt_mountpoint;
	struct vfsmount___dtc mnt;
	void *mnt_ns;
	struct mount___dtcio *mnt_next_for_sb; /* newer kernels */
	struct list_head___dtc mnt_instance;   /* before */
} __attribute__((preserve_access_index));

/* The bio's first data page's vec (its current one: bi_iter.bi_idx), or NULL. */
static __always_inline struct bio_vec___dtc *dt_iof_vec(__u64 bio)
{
	struct bio___dtc *b = (struct bio___dtc *)bio;

	if (!b || !BPF_CORE_READ(b, bi_iter.bi_size))
		return NULL;
	return (struct bio_vec___dtc *)((char *)BPF_CORE_READ(b, bi_io_vec) +
					(BPF_CORE_READ(b, bi_iter.bi_idx) & 0xffff) *
						bpf_core_type_size(struct bio_vec___dtc));
}

/* The inode of the file whose page cache holds the bio's first page, or NULL. */
static __always_inline struct inode___dtcio *dt_iof_inode(__u64 bio)
{
	struct bio_vec___dtc *v = dt_iof_vec(bio);
	struct address_space___dtc *as;

	if (!v || !(as = BPF_CORE_READ(v, bv_page, mapping)) ||
	    ((__u64)as & DT_PAGE_MAPPING_FLAGS))
		return NULL;
	return BPF_CORE_READ(as, host);
}

/*
 * The first mount of inode ino's file system, or NULL; NULL too for a file
 * system mounted only inside the kernel (kern_mount(): the block devices'
 * bdev, pipefs, ...), whose mnt_ns is MNT_NS_INTERNAL, an error pointer.
 */
static __always_inline struct mount___dtcio *dt_iof_mount(struct inode___dtcio *ino)
{
	struct super_block___dtcio *sb = BPF_CORE_READ(ino, i_sb);
	struct mount___dtcio *m;
	struct list_head___dtc *l;
	__u64 ns;

	if (!sb)
		return NULL;
	if (bpf_core_field_exists(struct mount___dtcio, mnt_next_for_sb)) {
		m = BPF_CORE_READ(sb, s_mounts);
	} else {
		l = BPF_CORE_READ((struct super_block___dtcio_old *)sb, s_mounts.next);
		if (!l || l == &((struct super_block___dtcio_old *)sb)->s_mounts)
			return NULL; /* an empty list */
		m = (struct mount___dtcio *)((char *)l -
					     bpf_core_field_offset(struct mount___dtcio,
								   mnt_instance));
	}
	ns = m ? (__u64)BPF_CORE_READ(m, mnt_ns) : 0;
	return ns && ns < (__u64)-4095 ? m : NULL;
}

/* __iofile(bio, what): fi_pathname, fi_name, fi_dirname, fi_mount or fi_fs. */
__noinline int dt_g_iofile(struct dt_str *d, __u64 bio, int what)
{
	struct inode___dtcio *ino = dt_iof_inode(bio);
	struct hlist_node___dtcio *al = ino ? BPF_CORE_READ(ino, i_dentry.first) : NULL;
	struct mount___dtcio *m = al ? dt_iof_mount(ino) : NULL;
	__u64 de, moff = bpf_core_field_offset(struct mount___dtcio, mnt);
	const char *fs; /* a name read */

	if (!d)
		return 0;
	if (!ino) {
		__builtin_memcpy(d->c, "<none>", 7);
		return 0;
	}
	if (!m) {
		__builtin_memcpy(d->c, "<unknown>", 10);
		return 0;
	}
	de = (__u64)al - bpf_core_field_offset(struct dentry___dtcio, d_u.d_alias);
	switch (what) {
	case DT_IOF_NAME:
		fs = (const char *)BPF_CORE_READ((struct dentry___dtc *)de, d_name.name);
		if (!fs || bpf_probe_read_kernel_str(d->c, DT_STRSIZE, fs) < 0)
			__builtin_memcpy(d->c, "<unknown>", 10);
		return 0;
	case DT_IOF_DIR:
		de = (__u64)BPF_CORE_READ((struct dentry___dtc *)de, d_parent);
		break;
	case DT_IOF_MOUNT:
		de = (__u64)BPF_CORE_READ(m, mnt_mountpoint);
		m = BPF_CORE_READ(m, mnt_parent);
		break;
	case DT_IOF_FS:
		fs = BPF_CORE_READ(ino, i_sb, s_type, name);
		if (!fs || bpf_probe_read_kernel_str(d->c, DT_STRSIZE, fs) < 0)
			__builtin_memcpy(d->c, "<unknown>", 10);
		return 0;
	}
	if (dt_g_dpath_de(d, de, (__u64)m + moff) < 0)
		__builtin_memcpy(d->c, "<unknown>", 10);
	return 0;
}

/* __iofile_off(bio): fi_offset, the byte of the file the bio starts at; 0 if none. */
static __always_inline __s64 dt_iofile_off(__u64 bio)
{
	struct bio_vec___dtc *v = dt_iof_inode(bio) ? dt_iof_vec(bio) : NULL;
	struct page___dtc *pg = v ? BPF_CORE_READ(v, bv_page) : NULL;
	__u64 idx;

	if (!pg)
		return 0;
	if (bpf_core_field_exists(struct page___dtc, __folio_index))
		idx = BPF_CORE_READ(pg, __folio_index);
	else
		idx = BPF_CORE_READ((struct page___dtc_old *)pg, index);
	return (__s64)((idx << DT_PAGE_SHIFT) + BPF_CORE_READ(v, bv_offset));
}

#define dt_iofile(d, bio, what) (dt_g_iofile(DT_S(d), (__u64)(bio), (what)), (char *)(d))

#endif
