#!/usr/bin/env python3
"""Paired command-line ratios for benches/README.md, called by cli_bench.sh (not run by CI).

    python3 benches/peers/paired.py PAIRS EXTRACT CORPUS X4 BIG PATTERN

hyperfine runs all the runs of one command, then all of the next: on a shared machine a burst of load can fall on
one side of a ratio only. Here each round runs every command once, one after the other (in an order that alternates
between rounds), and each ratio is taken inside its round; the median of the rounds is printed with the range of
the middle half. Outputs are read from a pipe and dropped, as hyperfine's `--output=pipe` does (ripgrep stops at the
first match when its output is /dev/null).
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def run(argv, stdin_path):
    """Wall and CPU (user + system) seconds of one run of argv with stdin from stdin_path."""
    with open(stdin_path, "rb") as f:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=f, stdout=subprocess.PIPE)
        while p.stdout.read(1 << 20):
            pass
        p.wait()
        t1 = time.perf_counter()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if p.returncode != 0:
        sys.exit(f"{argv[0]} exited with {p.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return t1 - t0, cpu


def summary(values):
    q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
    return statistics.median(values), q[0], q[2]


def main():
    pairs, extract, corpus, x4, big, pattern = sys.argv[1:7]
    pairs = int(pairs)
    size = {k: os.path.getsize(p) for k, p in (("one", corpus), ("x4", x4), ("big", big))}
    cmds = {
        "rg": (["rg", "-o", "-e", pattern], corpus),
        "one": ([extract, "--jsonl"], corpus),
        "x4": ([extract, "--jsonl"], x4),
        "big": ([extract, "--jsonl"], big),
    }
    ratios = {k: [] for k in ("rg_wall", "rg_cpu", "x4_wall", "x4_cpu", "big_cpu")}
    order = list(cmds)
    # One round first, not counted: files into the page cache, the binary's pages mapped.
    for name in order:
        run(*cmds[name])
    for r in range(pairs):
        got = {}
        for name in order if r % 2 == 0 else reversed(order):
            got[name] = run(*cmds[name])
        (rw, rc), (ow, oc), (xw, xc), (_, bc) = got["rg"], got["one"], got["x4"], got["big"]
        ratios["rg_wall"].append(ow / rw)
        ratios["rg_cpu"].append(oc / rc)
        ratios["x4_wall"].append(xw / (4 * ow))
        ratios["x4_cpu"].append(xc / (4 * oc))
        ratios["big_cpu"].append((bc / size["big"]) / (oc / size["one"]))
    print(f"paired ({pairs} rounds, median [middle half]):")
    m, lo, hi = summary(ratios["rg_wall"])
    print(f"  extract / rg throughput, wall: 1/{m:.2f} [1/{lo:.2f} .. 1/{hi:.2f}]")
    m, lo, hi = summary(ratios["rg_cpu"])
    print(f"  extract / rg throughput, cpu:  1/{m:.2f} [1/{lo:.2f} .. 1/{hi:.2f}]")
    m, lo, hi = summary(ratios["x4_wall"])
    print(f"  4 copies, wall: {m:.3f} x four times one copy [{lo:.3f} .. {hi:.3f}]")
    m, lo, hi = summary(ratios["x4_cpu"])
    print(f"  4 copies, cpu:  {m:.3f} x four times one copy [{lo:.3f} .. {hi:.3f}]")
    m, lo, hi = summary(ratios["big_cpu"])
    print(f"  10 MB single document, cpu per byte: {m:.3f} x the corpus [{lo:.3f} .. {hi:.3f}]")


if __name__ == "__main__":
    main()
