#!/usr/bin/env bash
# Times `sib settle` and the DuckDB reference peer (settle.sql) alternately on the same input, RUNS times each, and
# checks after every pair that the two lines.csv are byte-identical (cmp). Issue 22: sib at 100,000 participants
# against the DuckDB SQL of the same settlement in the same run.
#   usage: benchmarks/DuckDbPeer/compare.sh [DIR (default /tmp/d100000)] [RUNS (default 3)]
# DIR holds contract.json, participants.csv, spells.csv and as_of.txt as `sib generate --danish` writes them.
# /usr/bin/time reports wall, user and system seconds and the peak resident set of each run. DuckDB runs on its
# defaults (all cores, memory_limit 80 % of RAM); the peer prints them.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=${1:-/tmp/d100000}
runs=${2:-3}
as_of=$(tr -d '[:space:]' < "$dir/as_of.txt")
dotnet build -c Release "$root/src/SocialInvestment.Cli" -v q -nologo > /dev/null
dotnet build -c Release "$root/benchmarks/DuckDbPeer" -v q -nologo > /dev/null
sib=$root/src/SocialInvestment.Cli/bin/Release/net10.0/sib
peer=$root/benchmarks/DuckDbPeer/bin/Release/net10.0/DuckDbPeer
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in $(seq 1 "$runs"); do
  /usr/bin/time -f "sib    run $run: %e s wall %U s user %S s sys %M KB" "$sib" settle --contract "$dir/contract.json" \
    --participants "$dir/participants.csv" --spells "$dir/spells.csv" --as-of "$as_of" --out "$out/sib" > /dev/null
  /usr/bin/time -f "duckdb run $run: %e s wall %U s user %S s sys %M KB" "$peer" --in "$dir" \
    --out "$out/duckdb/lines.csv" --as-of "$as_of"
  cmp "$out/sib/lines.csv" "$out/duckdb/lines.csv" && echo "run $run: lines.csv byte-identical ($(wc -l < "$out/sib/lines.csv") lines)"
done
