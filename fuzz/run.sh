#!/bin/sh
# fuzz/run.sh SECONDS TARGET...: runs each libFuzzer target in turn (one at a
# time: the machine is shared) for SECONDS, or for FUZZ_RUNS executions when
# that is set. Prints the executions and fails on the first crash; the
# crashing input is saved as fuzz/crash-TARGET-<hash>.
secs=$1
shift
status=0
for t in "$@"; do
  log=fuzz/bin/$t.log
  fuzz/bin/${t}_fuzz "fuzz/corpus/$t" -dict=fuzz/zhtext.dict -max_len=4096 \
    -max_total_time="$secs" -runs="${FUZZ_RUNS:--1}" -print_final_stats=1 \
    -artifact_prefix="fuzz/crash-$t-" >"$log" 2>&1
  rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  if [ $rc -eq 0 ]; then
    echo "fuzz $t: ${execs:-?} executions, no crash"
  else
    echo "fuzz $t: FAILED (exit $rc) after ${execs:-?} executions; log $log:"
    grep -E "ERROR|SUMMARY|property failed|Test unit written|#[0-9]+ +in " "$log" | head -30
    status=1
  fi
done
exit $status
