/*
 * types.d: names D scripts expect from the C environment.  NULL is an int
 * 0, as in DTrace (sizeof (NULL) is 4); it converts to any pointer.
 */
inline int NULL = 0;
