/*
 * io.d: the io provider's argument types, DTrace's bufinfo_t, devinfo_t and
 * fileinfo_t, translated from what Linux gives: the block layer's struct
 * bio, as DTrace's io probes give, for every io probe (io:::start and
 * io:::done fire on block_rq_issue and block_rq_complete with the request's
 * first bio, io:::wait-start and io:::wait-done on submit_bio_wait()), a
 * struct request for a script's own xlate, and a struct file for fds[].
 * Member meanings follow the Dynamic Tracing Guide; written for Linux.
 */

typedef char *caddr_t;
typedef unsigned int dev_t;   /* as the kernel's */
typedef long long loff_t;     /* as the kernel's */

/* bufinfo_t b_flags */
inline int B_BUSY = 0x000001;
inline int B_DONE = 0x000002;
inline int B_ERROR = 0x000004;
inline int B_PAGEIO = 0x000010;
inline int B_PHYS = 0x000020;
inline int B_READ = 0x000040;
inline int B_WRITE = 0x000100;
inline int B_ASYNC = 0x000400;

typedef struct bufinfo {
	int b_flags;            /* B_READ or B_WRITE, B_ASYNC, B_PHYS */
	size_t b_bcount;        /* number of bytes */
	caddr_t b_addr;         /* buffer address (none for a request) */
	uint64_t b_lblkno;      /* block number on the device (512-byte sectors) */
	uint64_t b_blkno;       /* expanded block number on the device */
	size_t b_resid;         /* bytes not transferred */
	size_t b_bufsize;       /* size of the buffer */
	caddr_t b_iodone;       /* completion routine */
	int b_error;            /* error */
	dev_t b_edev;           /* device (kernel encoding: major << 20 | minor) */
} bufinfo_t;

/*
 * include/linux/blk_types.h: the operation is the low 8 bits of cmd_flags
 * (REQ_OP_WRITE is 1, and every odd operation writes), REQ_SYNC is bit 11.
 */
inline int REQ_OP_WRITE_BIT = 0x1;
inline int REQ_SYNC = 0x800;

translator bufinfo_t < struct request *R > {
	b_flags = (R->cmd_flags & REQ_OP_WRITE_BIT ? B_WRITE : B_READ) |
	    (R->cmd_flags & REQ_SYNC ? 0 : B_ASYNC) | B_PHYS;
	b_bcount = R->__data_len;
	b_addr = 0;
	b_lblkno = R->__sector;
	b_blkno = R->__sector;
	b_resid = 0;
	b_bufsize = R->__data_len;
	b_iodone = (caddr_t)R->end_io;
	b_error = 0;
	b_edev = R->part != NULL ? R->part->bd_dev :
	    R->q->disk != NULL ? R->q->disk->part0->bd_dev : 0;
};

typedef struct devinfo {
	int dev_major;          /* major number */
	int dev_minor;          /* minor number */
	int dev_instance;       /* instance number */
	string dev_name;        /* name of the device's driver: the name it
				   registered its major with (/proc/devices),
				   as DTrace reads it from major_names[] */
	string dev_statname;    /* name of device + instance/minor */
	string dev_pathname;    /* pathname of device */
} devinfo_t;

/* block/partitions: a partition's number is the low byte of __bd_flags
 * (BD_PARTNO, since Linux 6.10). */
inline int BD_PARTNO = 0xff;

translator devinfo_t < struct request *R > {
	dev_major = R->q->disk != NULL ? R->q->disk->major : 0;
	dev_minor = R->part != NULL ? getminor(R->part->bd_dev) :
	    R->q->disk != NULL ? R->q->disk->first_minor : 0;
	dev_instance = 0;
	dev_name = R->q->disk == NULL ? "<none>" : __blkdev(R->q->disk->major);
	dev_statname = R->q->disk == NULL ? "<none>" :
	    (R->part != NULL ? R->part->__bd_flags.counter & BD_PARTNO : 0) == 0 ?
	    stringof(R->q->disk->disk_name) :
	    strjoin(stringof(R->q->disk->disk_name),
	    lltostr(R->part->__bd_flags.counter & BD_PARTNO));
	dev_pathname = R->q->disk == NULL ? "<none>" :
	    (R->part != NULL ? R->part->__bd_flags.counter & BD_PARTNO : 0) == 0 ?
	    strjoin("/dev/", stringof(R->q->disk->disk_name)) :
	    strjoin(strjoin("/dev/", stringof(R->q->disk->disk_name)),
	    lltostr(R->part->__bd_flags.counter & BD_PARTNO));
};

/*
 * io:::wait-start and io:::wait-done fire on submit_bio_wait(), whose
 * argument is a struct bio: the same members, from the bio and its block
 * device (b_error: the bio's status, set when it completes).
 */
translator bufinfo_t < struct bio *B > {
	b_flags = (B->bi_opf & REQ_OP_WRITE_BIT ? B_WRITE : B_READ) |
	    (B->bi_opf & REQ_SYNC ? 0 : B_ASYNC) | B_PHYS;
	b_bcount = B->bi_iter.bi_size;
	b_addr = 0;
	b_lblkno = B->bi_iter.bi_sector;
	b_blkno = B->bi_iter.bi_sector;
	b_resid = 0;
	b_bufsize = B->bi_iter.bi_size;
	b_iodone = (caddr_t)B->bi_end_io;
	b_error = B->bi_status;
	b_edev = B->bi_bdev != NULL ? B->bi_bdev->bd_dev : 0;
};

translator devinfo_t < struct bio *B > {
	dev_major = B->bi_bdev != NULL ? getmajor(B->bi_bdev->bd_dev) : 0;
	dev_minor = B->bi_bdev != NULL ? getminor(B->bi_bdev->bd_dev) : 0;
	dev_instance = 0;
	dev_name = B->bi_bdev == NULL ? "<none>" : __blkdev(getmajor(B->bi_bdev->bd_dev));
	dev_statname = B->bi_bdev == NULL ? "<none>" :
	    (B->bi_bdev->__bd_flags.counter & BD_PARTNO) == 0 ?
	    stringof(B->bi_bdev->bd_disk->disk_name) :
	    strjoin(stringof(B->bi_bdev->bd_disk->disk_name),
	    lltostr(B->bi_bdev->__bd_flags.counter & BD_PARTNO));
	dev_pathname = B->bi_bdev == NULL ? "<none>" :
	    (B->bi_bdev->__bd_flags.counter & BD_PARTNO) == 0 ?
	    strjoin("/dev/", stringof(B->bi_bdev->bd_disk->disk_name)) :
	    strjoin(strjoin("/dev/", stringof(B->bi_bdev->bd_disk->disk_name)),
	    lltostr(B->bi_bdev->__bd_flags.counter & BD_PARTNO));
};

typedef struct fileinfo {
	string fi_name;         /* name (basename of fi_pathname) */
	string fi_dirname;      /* directory (dirname of fi_pathname) */
	string fi_pathname;     /* full pathname */
	loff_t fi_offset;       /* offset within file */
	string fi_fs;           /* file system */
	string fi_mount;        /* mount point of file system */
	int fi_oflags;          /* open(2) flags for file descriptor */
} fileinfo_t;

/* __iofile()'s selectors (runtime/dt_iofile.bpf.h) */
inline int __IOF_PATH = 0;
inline int __IOF_NAME = 1;
inline int __IOF_DIR = 2;
inline int __IOF_MOUNT = 3;
inline int __IOF_FS = 4;

/*
 * A block request does not know the file it reads or writes, but its first
 * page does when the page is in a file's page cache (buffered reads and
 * writeback): the file's first name, as d_path() writes it, its file
 * system's mount point and type, and the offset of the page's data in the
 * file.  I/O of no file (O_DIRECT, swap) gives "<none>", as DTrace's
 * translator does for a NULL file; a file it cannot name (a file system's
 * own metadata, in the block device's cache) "<unknown>".
 */
translator fileinfo_t < struct bio *B > {
	fi_name = __iofile(B, __IOF_NAME);
	fi_dirname = __iofile(B, __IOF_DIR);
	fi_pathname = __iofile(B, __IOF_PATH);
	fi_offset = __iofile_off(B);
	fi_fs = __iofile(B, __IOF_FS);
	fi_mount = __iofile(B, __IOF_MOUNT);
	fi_oflags = 0;
};

translator fileinfo_t < struct request *R > {
	fi_name = __iofile(R->bio, __IOF_NAME);
	fi_dirname = __iofile(R->bio, __IOF_DIR);
	fi_pathname = __iofile(R->bio, __IOF_PATH);
	fi_offset = __iofile_off(R->bio);
	fi_fs = __iofile(R->bio, __IOF_FS);
	fi_mount = __iofile(R->bio, __IOF_MOUNT);
	fi_oflags = 0;
};

translator fileinfo_t < struct file *F > {
	fi_name = F == NULL ? "<none>" : stringof(F->f_path.dentry->d_name.name);
	fi_dirname = F == NULL ? "<none>" : dirname(d_path(&F->f_path));
	fi_pathname = F == NULL ? "<none>" : d_path(&F->f_path);
	fi_offset = F == NULL ? 0 : F->f_pos;
	fi_fs = F == NULL ? "<none>" : stringof(F->f_path.mnt->mnt_sb->s_type->name);
	fi_mount = F == NULL ? "<none>" : "<unknown>";
	fi_oflags = F == NULL ? 0 : F->f_flags;
};

/*
 * open(2)'s flags, as fi_oflags holds them: Linux's values (x86-64 and
 * arm64 alike), bound to D 1.1 as Oracle's io.d binds them.
 */
inline int O_ACCMODE = 0003;
#pragma D binding "1.1" O_ACCMODE
inline int O_RDONLY = 00;
#pragma D binding "1.1" O_RDONLY
inline int O_WRONLY = 01;
#pragma D binding "1.1" O_WRONLY
inline int O_RDWR = 02;
#pragma D binding "1.1" O_RDWR
inline int O_CREAT = 00000100;
#pragma D binding "1.1" O_CREAT
inline int O_EXCL = 00000200;
#pragma D binding "1.1" O_EXCL
inline int O_NOCTTY = 00000400;
#pragma D binding "1.1" O_NOCTTY
inline int O_TRUNC = 00001000;
#pragma D binding "1.1" O_TRUNC
inline int O_APPEND = 00002000;
#pragma D binding "1.1" O_APPEND
inline int O_NONBLOCK = 00004000;
#pragma D binding "1.1" O_NONBLOCK
inline int O_NDELAY = 00004000;
#pragma D binding "1.1" O_NDELAY
inline int O_SYNC = (04000000 | 010000);
#pragma D binding "1.1" O_SYNC
inline int O_FSYNC = (04000000 | 010000);
#pragma D binding "1.1" O_FSYNC
inline int O_ASYNC = 020000;
#pragma D binding "1.1" O_ASYNC
inline int O_DIRECTORY = 0200000;
#pragma D binding "1.1" O_DIRECTORY
inline int O_NOFOLLOW = 0400000;
#pragma D binding "1.1" O_NOFOLLOW
inline int O_CLOEXEC = 02000000;
#pragma D binding "1.1" O_CLOEXEC
inline int O_DSYNC = 010000;
#pragma D binding "1.1" O_DSYNC
inline int O_RSYNC = (04000000 | 010000);
#pragma D binding "1.1" O_RSYNC

/* fds[fd]: the current thread's open file fd, from its file table. */
inline fileinfo_t fds[int fd] = xlate <fileinfo_t> (
    fd >= 0 && fd < curthread->files->fdt->max_fds ?
    curthread->files->fdt->fd[fd] : NULL);
#pragma D attributes Stable/Stable/Common fds
#pragma D binding "1.1" fds
