#!/bin/sh
# Closure lists (lessons register, backlog) with 100,000 lessons and 50,000 backlog items, and the final
# report's PDF, printed by ClosureBench on the test application's embedded PostgreSQL.
cd "$(dirname "$0")/.." || exit 1
./mvnw -q test -Dtest=ClosureBench -Dsurefire.failIfNoSpecifiedTests=false
grep -h "closure bench" target/surefire-reports/org.uptake.report.ClosureBench-output.txt
