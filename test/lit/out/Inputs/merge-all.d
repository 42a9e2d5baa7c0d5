/* merge.test's two hosts' values recorded on one host */
#pragma D option quiet
BEGIN
{
	@c["a"] = count(); @c["x"] = count(); @c["a"] = count(); @c["y"] = count();
	@q = quantize(5); @q = quantize(3); @q = quantize(70); @q = quantize(3);
	@l = lquantize(5, 0, 100, 10); @l = lquantize(70, 0, 100, 10);
	@ll = llquantize(5, 10, 0, 3, 10); @ll = llquantize(70, 10, 0, 3, 10);
	@av = avg(5); @av = avg(70); @sd = stddev(5); @sd = stddev(70);
	@mn = min(5); @mn = min(70); @mx = max(5); @mx = max(70);
	@s = sum(5); @s = sum(70);
	exit(0);
}
