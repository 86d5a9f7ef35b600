#!/usr/bin/env python3
"""Prints the median of every JMH benchmark in a JSON result file (java -jar benchmarks.jar ... -rf json -rff FILE),
and the ratio of each benchmark's median to the baseline named on the command line, per parameter set.

usage: benchmarks/jmh-medians.py RESULT.json [BASELINE_METHOD]
"""
import json
import statistics
import sys

results = json.load(open(sys.argv[1]))
baseline = sys.argv[2] if len(sys.argv) > 2 else None
rows = {}
for bench in results:
    method = bench["benchmark"].rsplit(".", 1)[1]
    params = ", ".join(f"{k}={v}" for k, v in sorted(bench.get("params", {}).items()))
    raw = [x for fork in bench["primaryMetric"]["rawData"] for x in fork]
    rows[(params, method)] = (statistics.median(raw), min(raw), max(raw), bench["primaryMetric"]["scoreUnit"])
for (params, method), (median, low, high, unit) in sorted(rows.items()):
    line = f"{method:32} [{params}] median {median:,.2f} {unit} (min {low:,.2f}, max {high:,.2f})"
    base = rows.get((params, baseline)) if baseline else None
    if base and method != baseline:
        faster = base[0] / median if "/op" in unit else median / base[0]
        line += f" -> {faster:,.3f}x the baseline {baseline}" if faster < 1 else f" -> {faster:,.1f}x the baseline {baseline}"
    print(line)
