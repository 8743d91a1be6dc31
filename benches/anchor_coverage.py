#!/usr/bin/env python3
"""How much of a news text a prefilter could skip: the share of word tokens that are temporal anchors, and the share
that lies within K tokens of one (the window the grammar would still have to read).

    python3 benches/anchor_coverage.py [CORPUS]

CORPUS defaults to ../shared/corpus/arabic_news_sample.jsonl (JSON lines with a "text" field). Anchors are digit
runs and the words of data/lexicon/: "narrow" = months, weekdays, units, holidays and the relative-day, now, season,
day-part, clock-time, decade and era words of words.tsv; "all" = every form of every lexicon file (prepositions and
number words included). Folding and proclitics are approximated (diacritics and tatweel dropped, alef, alef maqsura
and ta marbuta unified; و ف ب ك ل and the article stripped), so the figures are estimates.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
NARROW_CATEGORIES = {"relday", "now", "season", "daypart", "clocktime", "decade", "era"}


def fold(s):
    s = re.sub("[\u064b-\u065f\u0670\u0640]", "", s)
    for a, b in [("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ى", "ي"), ("ة", "ه")]:
        s = s.replace(a, b)
    return s


def lexicon_forms(narrow):
    forms = set()
    for path in sorted(glob.glob(os.path.join(ROOT, "data/lexicon/*.tsv"))):
        name = os.path.basename(path)
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if narrow:
                if name in ("numbers.tsv",):
                    continue
                if name == "words.tsv" and (len(cols) < 2 or cols[1] not in NARROW_CATEGORIES):
                    continue
            for w in cols[0].split():
                forms.add(fold(w))
    return forms


def is_anchor(w, forms):
    if any(c.isdigit() for c in w):
        return True
    bases = [w] + [w[len(p):] for p in ("و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل") if w.startswith(p)]
    for b in bases:
        if b in forms or (b.startswith("ال") and b[2:] in forms) or (b.startswith("لل") and b[2:] in forms):
            return True
    return False


def main():
    corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../shared/corpus/arabic_news_sample.jsonl")
    texts = [fold(json.loads(l)["text"]) for l in open(corpus, encoding="utf-8") if l.strip()]
    for label, narrow in (("narrow", True), ("all", False)):
        forms = lexicon_forms(narrow)
        windows = (0, 2, 4, 8)
        total, covered = 0, dict.fromkeys(windows, 0)
        for t in texts:
            toks = re.findall(r"\w+", t)
            anchors = [i for i, w in enumerate(toks) if is_anchor(w, forms)]
            total += len(toks)
            for k in windows:
                mark = bytearray(len(toks))
                for i in anchors:
                    mark[max(0, i - k):i + k + 1] = b"\x01" * (min(len(toks), i + k + 1) - max(0, i - k))
                covered[k] += sum(mark)
        shares = ", ".join(f"within {k}: {covered[k] / total:.1%}" for k in windows)
        print(f"{label} anchors ({len(forms)} forms): {total} tokens; {shares}")


if __name__ == "__main__":
    main()
