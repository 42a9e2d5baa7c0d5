/*
 * args[] of USDT probes whose provider a -s file given first defines
 * (Inputs/app-prov.d): (T)argN for scalars, copyinstr(argN) for a string,
 * the output argument mapped to its input by name (request-done's args[0]
 * is its input arg1), xlate through the provider's translator.
 * RUN: %dtc -S -o - --btf %btf -s %S/Inputs/app-prov.d -s %s | FileCheck %s
 * CHECK: dtc_clause_0(
 * CHECK: DT_COPYINSTR(c, 0, {{.*}}c->arg[0]
 * CHECK: (int)({{.*}}c->arg[1]
 * CHECK: dtc_clause_1(
 * CHECK: (int)({{.*}}c->arg[1]
 * CHECK: DT_COPYINSTR(c, {{[0-9]+}}, {{.*}}c->arg[0]
 * CHECK: dtc_clause_2(
 * CHECK: c->arg[0]
 */
app$target:::request-start
{
	printf("%s %d\n", copyinstr((uintptr_t)args[0]), args[1]);
}

app$target:::request-done
{
	printf("%d %s\n", args[0], args[1]);
}

app$target:::request-info
{
	trace(args[0]->ri_code);
}
