#!/bin/sh
# Governance budgets of issue 8 (acknowledgement queue for 20,000 people, PDF/DOCX rendering),
# printed by GovernanceBench on the test application's embedded PostgreSQL.
cd "$(dirname "$0")/.." || exit 1
./mvnw -q test -Dtest=GovernanceBench -Dsurefire.failIfNoSpecifiedTests=false
grep -hE "acknowledgement request|PDF of|DOCX of" target/surefire-reports/org.uptake.governance.GovernanceBench-output.txt
