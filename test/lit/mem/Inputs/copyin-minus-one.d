BEGIN { p = copyin(arg0, -1); }
