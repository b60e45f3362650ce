#!/usr/bin/env bash
# Times a small command, as issue 22's start-up target measures it: `settle` and `validate` of samples/kvinder-i-job with
# each given sib in turn, the order reversed every round, and prints each build's median and lowest wall time in ms and
# its median CPU time (user + system, from /usr/bin/time, in 10 ms steps).
#   usage: benchmarks/small-command.sh ROUNDS SIB [SIB ...]
# e.g. the checkout's build against an installed tool:
#   benchmarks/small-command.sh 20 src/SocialInvestment.Cli/bin/Release/net10.0/sib ~/.dotnet/tools/sib
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rounds=$1
shift
sample=$root/samples/kvinder-i-job
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs=(--contract "$sample/contract.json" --participants "$sample/participants.csv" --spells "$sample/spells.csv")
builds=("$@")
for round in $(seq 1 "$rounds"); do
  order=("${builds[@]}")
  if (( round % 2 == 0 )); then
    order=()
    for (( i = ${#builds[@]} - 1; i >= 0; i-- )); do order+=("${builds[i]}"); done
  fi
  for command in settle validate; do
    for sib in "${order[@]}"; do
      args=("$command" "${inputs[@]}")
      [ "$command" = settle ] && args+=(--as-of "$(tr -d '[:space:]' < "$sample/as_of.txt")" --out "$out/settled")
      key=$(printf '%s' "$sib" | md5sum | cut -c1-8)
      start=$(date +%s%N)
      /usr/bin/time -f "%U %S" -o "$out/cpu" "$sib" "${args[@]}" > /dev/null
      end=$(date +%s%N)
      echo "$(( (end - start) / 1000 )) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$out/cpu")" >> "$out/$command-$key"
    done
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%d %d\n", v[int((NR + 1) / 2)], v[1] }'; }
for command in settle validate; do
  for sib in "${builds[@]}"; do
    key=$(printf '%s' "$sib" | md5sum | cut -c1-8)
    read -r wall lowest < <(cut -d' ' -f1 "$out/$command-$key" | median)
    read -r cpu _ < <(cut -d' ' -f2 "$out/$command-$key" | median)
    printf '%-8s median %6.1f ms  min %6.1f ms  cpu %4d ms  %s\n' "$command" "$(awk -v x="$wall" 'BEGIN { print x / 1000 }')" \
      "$(awk -v x="$lowest" 'BEGIN { print x / 1000 }')" "$cpu" "$sib"
  done
done
