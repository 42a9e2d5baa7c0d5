/* str-tmps-reuse.d: one statement with more string temporaries than fit */
BEGIN
{
	printf("%s %s %s %s %s\n", strjoin(execname, "1"), strjoin(execname, "2"),
	    strjoin(execname, "3"), strjoin(execname, "4"), strjoin(execname, "5"));
}
