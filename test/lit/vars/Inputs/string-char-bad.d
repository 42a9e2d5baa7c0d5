BEGIN { execname[1] = 46; }
BEGIN { "abc"[1]++; }
BEGIN { s["k"] = "abc"; s["k"][1] = 46; }
