#!/bin/sh
# Vendor-matrix budget of issue 8 (20 vendors × 50 criteria × 10 evaluators, p95 ≤ 50 ms),
# printed by SelectionBench on the test application's embedded PostgreSQL.
cd "$(dirname "$0")/.." || exit 1
./mvnw -q test -Dtest=SelectionBench -Dsurefire.failIfNoSpecifiedTests=false
grep -hE "vendor matrix|results|GET |EXPLAIN|  " target/surefire-reports/org.uptake.procurement.SelectionBench-output.txt
