/*
 * A D struct may hold kernel structs, unions and enums by value: their
 * local definitions come before the D struct's, not inside it.
 * RUN: %dtc -S -o - --btf %btf %s | FileCheck %s
 * CHECK: struct list_head {
 * CHECK: struct inode {
 * CHECK: } __attribute__((preserve_access_index));
 * CHECK: struct dtu_s1 {
 * CHECK: struct dtu_s {
 * CHECK: double d;
 * CHECK: struct dtu_s1 sx;
 * RUN: %dtc --btf %btf %s -o %t.o
 */
struct s {
	double d;
	float f;
	struct s1 {
		struct list_head u;
		struct inode s;
	} sx;
};
BEGIN
{
	trace(sizeof(struct s));
}
