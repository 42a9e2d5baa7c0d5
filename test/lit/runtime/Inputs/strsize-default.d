/* strsize-cap8.d: the default strsize (256) keeps 256 characters;
 * copyinstr() without a length reads strsize bytes with the NUL. */
#pragma D option quiet

BEGIN
{
	s = "0123456789012345678901234567890123456789012345678901234567890123456789";
	s = strjoin(s, strjoin(s, strjoin(s, s)));
	printf("%d %d ", strlen(s), sizeof(s));
}

syscall::openat:entry
/pid == $target && strlen(copyinstr(arg1)) > 200/
{
	printf("%d\n", strlen(copyinstr(arg1)));
	exit(0);
}
