/*
 * The kernel lock subroutines on real kernel locks.  The task's
 * signal->cred_guard_mutex is held by the task itself from
 * prepare_bprm_creds() on, through begin_new_exec()'s task_rename, and not
 * at execve() entry.  A pipe's f_owner->lock (rwlock_t) is write-held
 * while F_SETOWN frees the old owner's struct pid and read-held while the
 * SIGIO of an O_ASYNC pipe is generated (Inputs/klock-target.c); it is
 * free at fcntl() entry.  A NULL lock is an invalid address.  The target executes itself once, for the mutex.  Values as DTrace for Linux gives them: 255
 * (_QW_LOCKED) for a writer, readers << 9 for readers.
 *
 * REQUIRES: root
 * RUN: cc -O0 -o %t.bin %S/../Inputs/klock-target.c
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o -c %t.bin > %t.out 2>&1
 * RUN: env LC_ALL=C sort -u %t.out | FileCheck %s --strict-whitespace
 * CHECK: {{^}}dtrace: error in dt_clause_0 for probe ID 1 (dtrace:::BEGIN): invalid address (0x0) at BPF pc {{[0-9]+$}}
 * CHECK: {{^}}execve: owned 0 owner NULL adaptive 1 spin 0{{$}}
 * CHECK: {{^}}fcntl: read_held 0 write_held 0 iswriter 0{{$}}
 * CHECK: {{^}}free: read_held 0 write_held 255 iswriter 255{{$}}
 * CHECK: {{^}}rename: owned 1 owner curthread{{$}}
 * CHECK: {{^}}sigio: read_held 512 write_held 0 iswriter 0{{$}}
 */
#pragma D option quiet

/* a NULL lock faults, as DTrace's check of the argument does */
BEGIN
{
	trace(rw_iswriter(NULL));
}

syscall::execve:entry
/progenyof($target)/
{
	this->m = &curthread->signal->cred_guard_mutex;
	printf("execve: owned %d owner %s adaptive %d spin %d\n", mutex_owned(this->m),
	    mutex_owner(this->m) == NULL ? "NULL" : "set",
	    mutex_type_adaptive(this->m), mutex_type_spin(this->m));
}

rawtp:task::task_rename
/progenyof($target)/
{
	this->m = &curthread->signal->cred_guard_mutex;
	printf("rename: owned %d owner %s\n", mutex_owned(this->m),
	    mutex_owner(this->m) == curthread ? "curthread" : "other");
}

syscall::fcntl:entry
/progenyof($target) && arg1 == 8/
{
	self->fd = arg0;
	self->in = 1;
}

/* the second F_SETOWN: f_owner is allocated by the first */
syscall::fcntl:entry
/self->in && curthread->files->fdt->fd[self->fd]->f_owner != NULL/
{
	this->l = &curthread->files->fdt->fd[self->fd]->f_owner->lock;
	printf("fcntl: read_held %d write_held %d iswriter %d\n", rw_read_held(this->l),
	    rw_write_held(this->l), rw_iswriter(this->l));
}

syscall::fcntl:return
/self->in/
{
	self->in = 0;
}

rawtp:kmem::kmem_cache_free
/self->in/
{
	this->l = &curthread->files->fdt->fd[self->fd]->f_owner->lock;
	printf("free: read_held %d write_held %d iswriter %d\n", rw_read_held(this->l),
	    rw_write_held(this->l), rw_iswriter(this->l));
}

/* SIGIO; the last one comes as the pipe is closed at exit, its fd gone */
rawtp:signal::signal_generate
/self->fd && arg0 == 29 && !self->done/
{
	self->done = 1;
	this->l = &curthread->files->fdt->fd[self->fd]->f_owner->lock;
	printf("sigio: read_held %d write_held %d iswriter %d\n", rw_read_held(this->l),
	    rw_write_held(this->l), rw_iswriter(this->l));
}
