#!/bin/sh
# Survey budget of issue 5 (results for 300 units p95 <= 100 ms), printed by SurveyBench on the test
# application's embedded PostgreSQL, with the EXPLAIN ANALYZE of the two grouped queries behind it.
cd "$(dirname "$0")/.." || exit 1
./mvnw -q test -Dtest=SurveyBench -Dsurefire.failIfNoSpecifiedTests=false
sed -n '/survey over/,$p' target/surefire-reports/org.uptake.engagement.survey.SurveyBench-output.txt | grep -vE "^\s*$|INFO|WARN"
