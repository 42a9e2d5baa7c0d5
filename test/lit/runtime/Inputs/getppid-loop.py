# getppid-loop.py SECONDS: call getppid() as fast as Python can, that long.
import os
import sys
import time

end = time.time() + float(sys.argv[1])
while time.time() < end:
    for i in range(1000):
        os.getppid()
