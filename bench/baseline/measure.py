#!/usr/bin/env python3
"""Runs a command and reports like `/usr/bin/time -v` (the lines bench/run-batch.sh reads):
wall clock, user and system CPU, and the peak resident set size of the child (os.wait4), for
machines without GNU time. Output of the command passes through; the report goes to stderr.

Usage: python3 bench/baseline/measure.py COMMAND [ARGS...]
"""
import os
import subprocess
import sys
import time


def main() -> int:
    start = time.perf_counter()
    child = subprocess.Popen(sys.argv[1:])
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    minutes, seconds = divmod(wall, 60)
    sys.stderr.write(
        f"\tUser time (seconds): {usage.ru_utime:.2f}\n"
        f"\tSystem time (seconds): {usage.ru_stime:.2f}\n"
        f"\tElapsed (wall clock) time (h:mm:ss or m:ss): {int(minutes)}:{seconds:05.2f}\n"
        f"\tMaximum resident set size (kbytes): {usage.ru_maxrss}\n"
        f"\tExit status: {code}\n"
    )
    return code


if __name__ == "__main__":
    sys.exit(main())
