BEGIN
{
	printf("%d|%s|%s|%d\n", strlen($$1), strjoin($$1, $$2), substr($$1, 2, 2),
	    strlen($$pid) > 0);
	exit(0);
}
