#!/bin/sh
# Governance budgets of issue 8 (acknowledgement queue for 20,000 people, PDF/DOCX rendering),
# printed by GovernanceBench on the test application's embedded PostgreSQL.
cd "$(dirname "$0")/.." || exit 1
echo "machine: $(nproc) cores, shared; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -q test -Dtest=GovernanceBench -Dsurefire.failIfNoSpecifiedTests=false
sed -n '/^acknowledgement request 0/,$p' target/surefire-reports/org.uptake.governance.acknowledgement.GovernanceBench-output.txt \
  | grep -vE '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
