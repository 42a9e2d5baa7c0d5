# deep.py KIND N: a D program whose one expression or statement nests N
# levels of KIND (nest-deep.d).
import sys

kind, k = sys.argv[1], int(sys.argv[2])
if kind == "plus":
    print("BEGIN { x = 1" + " + 1" * k + "; exit(0); }")
elif kind == "or":
    print("BEGIN /" + " || ".join("pid == %d" % i for i in range(k)) + "/ { exit(0); }")
elif kind == "and":
    print("BEGIN /" + " && ".join("pid != %d" % i for i in range(k)) + "/ { exit(0); }")
elif kind == "cond":
    print("BEGIN { x = " + "".join("pid == %d ? %d : " % (i, i) for i in range(k)) + "0; exit(0); }")
elif kind == "cast":
    print("BEGIN { x = " + "(int)" * k + "1; exit(0); }")
elif kind == "if":
    print("BEGIN { " + "if (pid != 0) { " * k + "x = 1;" + " }" * k + " exit(0); }")
elif kind == "paren":
    print("BEGIN { x = " + "(" * k + "1" + ")" * k + "; exit(0); }")
