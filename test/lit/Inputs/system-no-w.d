/* system() without -w or the destructive option (runtime/system-raise.d) */
BEGIN { system("echo no"); exit(0); }
