/*
 * dtc finds its runtime headers from its own location, not the current
 * directory; DTC_RUNTIME_DIR overrides the lookup.
 *
 * RUN: cd / && %dtc --btf %btf %s -o %t.o
 * RUN: env DTC_RUNTIME_DIR=%runtime %dtc --btf %btf %s -o %t.o
 * RUN: env DTC_RUNTIME_DIR=/nonexistent/runtime not %dtc --btf %btf %s -o %t.o
 */
BEGIN
{
	exit(0);
}
