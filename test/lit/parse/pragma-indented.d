/*
 * A control line may be indented, also after a blank line (flex matches
 * the newline alone, so the indented "#pragma" still starts at ^), as
 * buffering/tst.cputime.sh writes its script.
 *
 * RUN: %dtc -S -o - %s | FileCheck %s --implicit-check-not=error:
 * CHECK: "option quiet \"\"\n"
 * CHECK: "option statusrate \"1hz\"\n"
 */

	#pragma D option quiet

  	#pragma D option statusrate=1hz

	BEGIN
	{
		exit(0);
	}
