/*
 * strjoin()'s result holds strsize characters, whichever of its strings
 * fills it: strjoin("", s) of a string of strsize characters is all of s
 * (dtc dropped its last character when the second string alone filled the
 * result, so strjoin("", s) was one shorter than strjoin(s, "x")).
 *
 * REQUIRES: root
 * RUN: %dtrun -x strsize=8 -qs %s | FileCheck %s
 * CHECK: abcdefgh|abcdefgh|abcdefgh|abcdefgh
 * CHECK-NEXT: 8 8 8 8 3
 */
BEGIN
{
	s = "abcdefgh";
	printf("%s|%s|%s|%s\n", strjoin("", "abcdefghij"), strjoin("abcd", "efghij"),
	    strjoin("abcdefgh", "ij"), strjoin("", s));
	printf("%d %d %d %d %d\n", strlen(s), strlen(strjoin("", s)), strlen(strjoin(s, "x")),
	    strlen(strjoin("ab", s)), strlen(strjoin("", "abc")));
	exit(0);
}
