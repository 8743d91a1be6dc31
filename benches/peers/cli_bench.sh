#!/usr/bin/env bash
# Command-line measurements for benches/README.md (not run by CI): `extract --jsonl` against `rg -o` on the same
# JSON-lines input, linearity (4 copies of the corpus; one 10 MB document with no line break) and peak RSS.
#
#   apt-get install ripgrep hyperfine     # Debian packages; /usr/bin/time comes with the `time` package
#   bash benches/peers/cli_bench.sh [CORPUS]
#
# CORPUS defaults to ../shared/corpus/arabic_news_sample.jsonl (read in place, never copied into the crate).
# Outputs go to a pipe, not /dev/null: ripgrep stops at the first match when it sees /dev/null.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

CORPUS=${1:-../shared/corpus/arabic_news_sample.jsonl}
[ -f "$CORPUS" ] || { echo "no corpus at $CORPUS" >&2; exit 1; }
for tool in rg hyperfine /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

cargo build --release --example extract
EX=target/release/examples/extract
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

cat "$CORPUS" "$CORPUS" "$CORPUS" "$CORPUS" > "$TMP/x4.jsonl"
# One document of at least 10 MB with no line break: the corpus texts, newlines turned into spaces, repeated. Like the
# corpus lines (whose `published` date `extract` reads) it carries a reference date, so both are read with the same
# settings (a reference date makes more values resolve and lengthens the output).
python3 - "$CORPUS" "$TMP/big.jsonl" <<'PY'
import json, sys
texts = [json.loads(l)["text"].replace("\n", " ") for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
parts, n, i = [], 0, 0
while n < 10_000_000:
    t = texts[i % len(texts)]
    parts.append(t)
    n += len(t.encode("utf-8")) + 1
    i += 1
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "big", "text": " ".join(parts), "reference": "2015-08-11"}, ensure_ascii=False) + "\n")
PY

# Every month-name form of the lexicon, and digit runs (ASCII and Arabic-Indic).
MONTHS=$(grep -v '^#' data/lexicon/months.tsv | cut -f1 | grep -v '^$' | sort -u | paste -sd'|')
PATTERN="${MONTHS}|[0-9٠-٩]+"

echo "== sizes (bytes)"
wc -c "$CORPUS" "$TMP/x4.jsonl" "$TMP/big.jsonl"
echo "== rg -o matches: $(rg -o -e "$PATTERN" "$CORPUS" | wc -l)"
echo "== nproc $(nproc); $(grep -m1 'model name' /proc/cpuinfo)"
echo "== load: $(cat /proc/loadavg)"

hyperfine --warmup 1 --runs "${RUNS:-10}" --output=pipe --export-json "$TMP/hf.json" \
    -n rg "rg -o -e '$PATTERN' '$CORPUS'" \
    -n extract "$EX --jsonl < '$CORPUS'" \
    -n extract-x4 "$EX --jsonl < '$TMP/x4.jsonl'" \
    -n extract-big "$EX --jsonl < '$TMP/big.jsonl'"

python3 - "$TMP/hf.json" "$CORPUS" "$TMP/x4.jsonl" "$TMP/big.jsonl" <<'PY'
import json, os, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
size = {"rg": os.path.getsize(sys.argv[2]), "extract": os.path.getsize(sys.argv[2]),
        "extract-x4": os.path.getsize(sys.argv[3]), "extract-big": os.path.getsize(sys.argv[4])}
# Wall time (median) and CPU time (mean user + system): on a loaded machine the CPU time is the steadier measure.
wall = {k: r[k]["median"] for k in r}
cpu = {k: r[k]["user"] + r[k]["system"] for k in r}
for k in ["rg", "extract", "extract-x4", "extract-big"]:
    print(f"{k:12s} wall median {wall[k]*1000:7.1f} ms {size[k]/wall[k]/1e6:6.1f} MB/s | "
          f"cpu {cpu[k]*1000:7.1f} ms {size[k]/cpu[k]/1e6:6.1f} MB/s")
for name, t in [("wall", wall), ("cpu", cpu)]:
    per = lambda k: t[k] / size[k]
    print(f"[{name}] extract / rg throughput: 1/{t['extract']/t['rg']:.2f}; "
          f"4 copies: {t['extract-x4']/(4*t['extract']):.3f} x four times one copy; "
          f"10 MB single document: {per('extract-big')/per('extract'):.3f} x the corpus cost per byte")
PY

# The same ratios with both sides of each one run in the same round (see paired.py).
python3 benches/peers/paired.py "${PAIRS:-15}" "$EX" "$CORPUS" "$TMP/x4.jsonl" "$TMP/big.jsonl" "$PATTERN"

for f in "$CORPUS" "$TMP/x4.jsonl" "$TMP/big.jsonl"; do
    rss=$(/usr/bin/time -v "$EX" --jsonl < "$f" 2>&1 >/dev/null | awk -F': ' '/Maximum resident/{print $2}')
    echo "peak RSS $(basename "$f"): ${rss} KB"
done
