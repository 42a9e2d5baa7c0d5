/*
 * Makes the kernel contend on its own locks (lockstat.d): threads that
 * mmap, touch and munmap memory of one process contend on its mmap_lock (an
 * rw_semaphore: writers in mmap/munmap, readers in the page faults) and on
 * page-table and zone spinlocks; two threads that write one pty contend on
 * its atomic_write_lock, a mutex that tty_write() holds while it sleeps
 * for room in a full pty, so the other writer sleeps on the mutex until
 * the main thread drains the master side.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#define NMAP 4
#define ROUNDS 20000
#define NWR 2
#define WBYTES (256 * 1024)

static int pts;
static volatile pid_t wtid[NWR]; /* the writers' thread IDs, once they write */

static void *mapper(void *a)
{
	for (int i = 0; i < ROUNDS; i++) {
		char *p = mmap(0, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (p == MAP_FAILED)
			break;
		p[0] = p[4096] = 1;
		munmap(p, 8192);
	}
	return a;
}

static void *writer(void *a)
{
	static char buf[WBYTES];

	wtid[(long)a] = gettid();
	if (write(pts, buf, sizeof(buf)) != sizeof(buf))
		exit(2);
	return a;
}

/* Whether thread tid of this process sleeps (state S in its stat). */
static int asleep(pid_t tid)
{
	char path[64], buf[256], *p;
	int fd, n;

	if (!tid)
		return 0;
	snprintf(path, sizeof(path), "/proc/self/task/%d/stat", (int)tid);
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	n = (int)read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	buf[n] = 0;
	p = strrchr(buf, ')'); /* after the command name, which may hold anything */
	return p && p[1] == ' ' && p[2] == 'S';
}

int main(void)
{
	pthread_t t[NMAP];
	struct timespec nap = { 0, 200 * 1000 * 1000 }, poll = { 0, 10 * 1000 * 1000 };
	struct termios tio;
	static char buf[65536];
	int ptm = posix_openpt(O_RDWR | O_NOCTTY);

	if (ptm < 0 || grantpt(ptm) || unlockpt(ptm) || (pts = open(ptsname(ptm), O_RDWR)) < 0)
		return 1;
	tcgetattr(pts, &tio);
	cfmakeraw(&tio);
	tcsetattr(pts, TCSANOW, &tio);
	for (long i = 0; i < NWR; i++)
		pthread_create(&t[i], 0, writer, (void *)i);
	/*
	 * Both writers asleep in tty_write(), one holding the lock (waiting for
	 * room), the other waiting for the lock; then 200 ms more, so that the
	 * lock's waiter waits that long however late a loaded machine ran it.
	 */
	for (int i = 0; i < 3000 && !(asleep(wtid[0]) && asleep(wtid[1])); i++)
		nanosleep(&poll, 0);
	nanosleep(&nap, 0);
	for (long n = 0; n < (long)NWR * WBYTES;) {
		ssize_t r = read(ptm, buf, sizeof(buf));

		if (r <= 0)
			return 3;
		n += r;
	}
	for (int i = 0; i < NWR; i++)
		pthread_join(t[i], 0);
	for (int i = 0; i < NMAP; i++)
		pthread_create(&t[i], 0, mapper, 0);
	for (int i = 0; i < NMAP; i++)
		pthread_join(t[i], 0);
	return 0;
}
