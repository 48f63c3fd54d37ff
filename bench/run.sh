#!/usr/bin/env bash
# The batch benchmark: `ogi-report validate --ndjson` (all cores) against the serde_json
# `IgnoredAny` floor (one core) and Node + ajv on the committed schema (one core), run in turn
# on the same generated files, several times; prints every run, then the ratios' minimum and
# median. Then peak memory from 10,000 to 100,000 reports. Not part of CI (minutes).
#
#   bash bench/run.sh            # 3 runs of 10,000 reports of each size
#   RUNS=5 COUNT=20000 bash bench/run.sh
#   MEMORY=0 bash bench/run.sh   # skip the 100,000-report memory run
#
# Needs cargo, node (>= 20), npm and GNU time (/usr/bin/time, Debian package `time`). The
# generated files go to a temporary folder that is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-3}
COUNT=${COUNT:-10000}
MEMORY=${MEMORY:-1}
SCHEMA=schema/ogi-report.schema.json

for tool in cargo node npm /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh: $tool is missing" >&2; exit 1; }
done

echo "== build (release): ogi-report, the floor and the generator" >&2
cargo build --release --quiet -p ogi-report-cli --bin ogi-report -p ogi-report-bench
target=$(cargo metadata --format-version 1 --no-deps | node -e \
  'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')
bin=$target/release
if [ ! -d bench/node/node_modules ]; then
  echo "== npm ci (ajv, pinned by bench/node/package-lock.json)" >&2
  npm ci --prefix bench/node --no-audit --no-fund --silent
fi

work=$(mktemp -d /tmp/ogi-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

# measure NAME COMMAND...: runs it once (output discarded) and writes "wall_s cpu_s peak_kb"
# to $work/NAME.result.
measure() {
  local name=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" >/dev/null 2>"$work/$name.err" || {
    local status=$?
    # validate exits 1 when a report has errors (a quarter of the batch has): expected.
    [ "$status" -eq 1 ] && [ "$name" = validate ] || { cat "$work/$name.err" >&2; exit 1; }
  }
  # GNU time puts "Command exited with non-zero status 1" first: the figures are the last line.
  tail -n 1 "$work/$name.time" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >"$work/$name.result"
}

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
minimum() { sort -g | head -1; }

printf '\nmachine: %s cores, %s; load average at start: %s\n' "$(nproc)" \
  "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')" \
  "$(cut -d' ' -f1-3 /proc/loadavg)"

for size in 6kb example; do
  file=$work/$size.ndjson
  flag=""
  [ "$size" = example ] && flag=--example
  "$bin/make_batch" "$COUNT" $flag >"$file"
  bytes=$(stat -c %s "$file")
  printf '\n== %s reports of %s (%d bytes each on average, %d MB)\n' \
    "$COUNT" "$size" $((bytes / COUNT)) $((bytes / 1000000))
  printf '%-4s %-30s %-30s %-30s %-12s %-12s %s\n' run "floor (1 core) s, cpu, reports/s" \
    "validate (all) s, cpu, reports/s" "ajv (1 core) s, cpu, reports/s" "val/floor" "val/ajv" load
  : >"$work/floor-ratios"
  : >"$work/ajv-ratios"
  for run in $(seq "$RUNS"); do
    measure floor "$bin/floor" "$file"
    read -r f_wall f_cpu _ <"$work/floor.result"
    measure validate "$bin/ogi-report" validate --ndjson --format json "$file"
    read -r v_wall v_cpu v_rss <"$work/validate.result"
    measure ajv node bench/node/ajv-ndjson.mjs "$SCHEMA" "$file"
    read -r a_wall a_cpu _ <"$work/ajv.result"
    # Throughput ratios on the same file: the inverse ratio of wall times.
    r_floor=$(awk -v f="$f_wall" -v v="$v_wall" 'BEGIN { printf "%.2f", f / v }')
    r_ajv=$(awk -v a="$a_wall" -v v="$v_wall" 'BEGIN { printf "%.2f", a / v }')
    echo "$r_floor" >>"$work/floor-ratios"
    echo "$r_ajv" >>"$work/ajv-ratios"
    rate() { awk -v n="$COUNT" -v s="$1" 'BEGIN { printf "%d", n / s }'; }
    printf '%-4s %-30s %-30s %-30s %-12s %-12s %s\n' "$run" \
      "$f_wall, $f_cpu, $(rate "$f_wall")" "$v_wall, $v_cpu, $(rate "$v_wall")" \
      "$a_wall, $a_cpu, $(rate "$a_wall")" "${r_floor}x" "${r_ajv}x" "$(cut -d' ' -f1 /proc/loadavg)"
  done
  printf 'validate / floor: min %sx, median %sx (target >= 1.0x)\n' \
    "$(minimum <"$work/floor-ratios")" "$(median <"$work/floor-ratios")"
  printf 'validate / ajv:   min %sx, median %sx (target >= 3x)\n' \
    "$(minimum <"$work/ajv-ratios")" "$(median <"$work/ajv-ratios")"
  printf 'validate peak memory: %s KB\n' "$v_rss"
  rm -f "$file"
done

if [ "$MEMORY" = 1 ]; then
  printf '\n== peak memory of validate --ndjson, 6 KB reports (flat if streaming works)\n'
  for count in 10000 100000; do
    file=$work/memory-$count.ndjson
    "$bin/make_batch" "$count" >"$file"
    measure validate "$bin/ogi-report" validate --ndjson --format json "$file"
    read -r wall cpu rss <"$work/validate.result"
    printf '%7d reports: %s s wall, %s s cpu, %s KB peak (load %s)\n' "$count" "$wall" "$cpu" "$rss" \
      "$(cut -d' ' -f1 /proc/loadavg)"
    rm -f "$file"
  done
fi
