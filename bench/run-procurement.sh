#!/bin/sh
# Issue 8's "a PDF or DOCX rendered in <= 1 s" for the requirements document (60 requirements, 12 systems,
# 12 integrations), printed by ProcurementBench on the test application's embedded PostgreSQL.
cd "$(dirname "$0")/.." || exit 1
./mvnw -q test -Dtest=ProcurementBench -Dsurefire.failIfNoSpecifiedTests=false
grep -h "requirements export\|requirements plan" target/surefire-reports/org.uptake.procurement.ProcurementBench-output.txt
