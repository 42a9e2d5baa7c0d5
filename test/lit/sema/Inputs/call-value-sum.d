BEGIN { trace(func(arg0) + 1); }
BEGIN { trace(sym(arg0) == 0); }
