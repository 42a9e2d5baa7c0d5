/*
 * sysinfo:::readch and writech fire as read(2), readv(2), pread(2) (and
 * their write twins) return, arg0 the bytes transferred: dd copying a
 * 100000-byte file in 4096-byte blocks reads 24 blocks, 1696 bytes and 0
 * at the end, and writes the same; the sums equal what the syscall
 * provider sees returned.  sysread and syswrite count the calls.
 * REQUIRES: root
 * RUN: head -c 100000 /dev/zero > %t.in
 * RUN: %dtrun -s %s -c "dd if=%t.in of=/dev/null bs=4096 status=none" | FileCheck %s
 * CHECK-DAG: readch 4096 24
 * CHECK-DAG: readch 1696 1
 * CHECK-DAG: readch 0 1
 * CHECK-DAG: writech 4096 24
 * CHECK-DAG: writech 1696 1
 * CHECK-DAG: readch sum == read returns 1, >= 100000 1
 * CHECK-DAG: writech sum == write returns 1, == 100000 1
 * CHECK-DAG: sysread == read calls 1, syswrite == write calls 1
 */
#pragma D option quiet

int64_t rch, wch, sr, sw; /* += needs a declared or assigned variable (D_VAR_UNDEF) */

sysinfo:::readch, sysinfo:::writech
/pid == $target/
{
	@[probename, arg0] = count();
}

sysinfo:::readch /pid == $target/ { rch += arg0; }
sysinfo:::writech /pid == $target/ { wch += arg0; }
sysinfo:::sysread /pid == $target/ { nr++; }
sysinfo:::syswrite /pid == $target/ { nw++; }

syscall::read:return, syscall::readv:return, syscall::pread64:return, syscall::preadv:return,
syscall::preadv2:return
/pid == $target/
{
	sr += (int)arg1 >= 0 ? arg1 : 0;
	cr++;
}

syscall::write:return, syscall::writev:return, syscall::pwrite64:return,
syscall::pwritev:return, syscall::pwritev2:return
/pid == $target/
{
	sw += (int)arg1 >= 0 ? arg1 : 0;
	cw++;
}

END
{
	printa("%s %d %@d\n", @);
	printf("readch sum == read returns %d, >= 100000 %d\n", rch == sr, rch >= 100000);
	printf("writech sum == write returns %d, == 100000 %d\n", wch == sw, wch == 100000);
	printf("sysread == read calls %d, syswrite == write calls %d\n", nr == cr, nw == cw);
}
