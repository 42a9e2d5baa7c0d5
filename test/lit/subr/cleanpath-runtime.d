/*
 * cleanpath() as Oracle's DTrace (dtrace-utils bpf/cleanpath.S): a string
 * of at most one character is itself; empty and "." components go, ".."
 * removes the component before it, a leading ".." goes in an absolute path
 * and stays in a relative one; no trailing '/'; "/" or "." when nothing is
 * left.
 * REQUIRES: root
 * RUN: %dtc %s -o %t.o
 * RUN: %dtrun %t.o | FileCheck %s --strict-whitespace
 * CHECK: {{^}}[] [/] [.] [a] [/] [.] [a] [/]{{$}}
 * CHECK-NEXT: {{^}}[..] [/] [.] [a/b] [../a] [../..] [../y] [/a]{{$}}
 * CHECK-NEXT: {{^}}[a] [a] [..] [/usr/bin] [....] [/a/.b/..c] [../../../../../../../../../../../../../../../../a]{{$}}
 * CHECK-NEXT: {{^}}[/a/c/d/e]{{$}}
 */
#pragma D option quiet

BEGIN
{
	printf("[%s] [%s] [%s] [%s] [%s] [%s] [%s] [%s]\n", cleanpath(""), cleanpath("/"),
	    cleanpath("."), cleanpath("a"), cleanpath("//"), cleanpath("./"), cleanpath("a/"),
	    cleanpath("/."));
	printf("[%s] [%s] [%s] [%s] [%s] [%s] [%s] [%s]\n", cleanpath(".."), cleanpath("/.."),
	    cleanpath("a/.."), cleanpath("a/./b/"), cleanpath("../a"), cleanpath("..//.."),
	    cleanpath("x/../../y"), cleanpath("/../a"));
	printf("[%s] [%s] [%s] [%s] [%s] [%s] [%s]\n", cleanpath("./a"), cleanpath("a/."),
	    cleanpath("a/b/c/../../../.."), cleanpath("/usr/./lib/../bin//"),
	    cleanpath("....//."), cleanpath("/a/.b/..c/"),
	    cleanpath("../../../../../../../../../../../../../../../../a"));
	s = "/a/b/../c/./d//e/";
	printf("[%s]\n", cleanpath(s));
	exit(0);
}
