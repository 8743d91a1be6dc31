#!/usr/bin/env python3
"""Peer reference: dateparser's search_dates over the same Arabic news articles as benches/extract.rs.

Not run by CI. Setup and use (documented in benches/README.md):

    pip install dateparser
    python3 benches/peers/dateparser_bench.py [--n 100] [--corpus PATH]

Reads the "text" field of the first N articles of ../shared/corpus/arabic_news_sample.jsonl (relative to the crate
root; data/samples/samples.jsonl when that is absent), runs
dateparser.search.search_dates(text, languages=['ar']) on each, and prints UTF-8 bytes of text per second of wall
time. dateparser is slow (tens of KB/s), so the default N is a subset: the rate is per byte, and the articles are the
same ones the Rust bench starts with. One warm-up call (not timed) loads dateparser's language data first.
"""

import argparse
import json
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus", "arabic_news_sample.jsonl")
FALLBACK = os.path.join(ROOT, "data", "samples", "samples.jsonl")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100, help="number of articles (default 100)")
    ap.add_argument("--corpus", default=None, help="JSON-lines file with a 'text' field")
    args = ap.parse_args()

    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        sys.exit("dateparser is not installed: pip install dateparser")

    path = args.corpus or (CORPUS if os.path.exists(CORPUS) else FALLBACK)
    if path == FALLBACK and not args.corpus:
        print(f"note: {CORPUS} not found; using {FALLBACK}", file=sys.stderr)
    texts = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                texts.append(json.loads(line)["text"])
            if len(texts) >= args.n:
                break

    search_dates("وصل الوفد في 5 يناير 2020", languages=["ar"])  # warm-up: loads the language data

    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    found = 0
    t0 = time.perf_counter()
    for t in texts:
        r = search_dates(t, languages=["ar"])
        found += len(r or [])
    dt = time.perf_counter() - t0
    if found == 0:
        sys.exit("dateparser found no date at all: something is wrong with the setup")

    print(f"dateparser {dateparser.__version__}, Python {sys.version.split()[0]}")
    print(f"articles: {len(texts)} from {os.path.relpath(path, ROOT)}")
    print(f"bytes: {nbytes}")
    print(f"dates found: {found}")
    print(f"seconds: {dt:.3f}")
    print(f"bytes/s: {nbytes / dt:.0f}")


if __name__ == "__main__":
    main()
