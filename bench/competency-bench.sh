#!/bin/sh
# Competency budgets of issue 7 (job duties ≤ 50 ms; gap matrix for 20k people by unit p95 ≤ 200 ms),
# printed by CompetencyBench on the test application's embedded PostgreSQL with only the data they
# read (the org, process and competency parts of the large demo) — no app start, no full demo.
cd "$(dirname "$0")/.." || exit 1
echo "machine: $(nproc) cores, shared; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q test -Dtest=CompetencyBench -Dsurefire.failIfNoSpecifiedTests=false
sed -n '/^bench data generated/,$p' target/surefire-reports/org.uptake.competency.assessment.CompetencyBench-output.txt \
  | grep -vE '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
