BEGIN { trace(func(arg0) + 1); trace(sym(arg0) == 0); }
