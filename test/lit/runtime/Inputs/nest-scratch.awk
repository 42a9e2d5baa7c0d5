# nest-scratch.d: every record as its clause wrote it?  "S many P many bad 0 pbad 0"
/^S / { n++; if ($0 != "S 11 12 13 abcdefghijklmnop 14 15 qrstuvwxyz 16 17") { bad++; if (bad < 4) print "BAD " $0 } }
/^P / { p++; if ($0 != "P 91 92 93 ABCDEFGHIJKLMNOP 94 95 QRSTUVWXYZ 96 97") { pbad++; if (pbad < 4) print "PBAD " $0 } }
END { printf "S %s P %s bad %d pbad %d (%d %d)\n", (n > 1000 ? "many" : "few"), (p > 100 ? "many" : "few"), bad, pbad, n, p }
