/* app-trace.d: traces app-prov.c with the types app-prov.d declares. */
app$target:::request-start
{
	printf("start %s %d\n", copyinstr((uintptr_t)args[0]), args[1]);
}

app$target:::request-done
{
	printf("done %d %s\n", args[0], args[1]);
}

app$target:::request-info
{
	printf("info %d %d\n", args[0]->ri_code, args[0]->ri_bytes);
}

app$target:::tick
{
	printf("tick %s\n", probename);
}
