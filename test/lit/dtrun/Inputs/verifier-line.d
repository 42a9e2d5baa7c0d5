/* Input of dtrun/verifier-line.test: line numbers matter. */
BEGIN
{
	x = 1;
	y = x + 2;
	exit(0);
}
