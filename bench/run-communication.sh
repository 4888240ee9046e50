#!/bin/sh
# Communication budget of issue 5 (an e-mail item to 20,000 people queued in the background with progress),
# printed by CommunicationBench on the test application's embedded PostgreSQL, with the sent log's query plans.
cd "$(dirname "$0")/.." || exit 1
./mvnw -q test -Dtest=CommunicationBench -Dsurefire.failIfNoSpecifiedTests=false
sed -n '/^communication \|^plan of the\|^    \|^communication plan list/p' \
  target/surefire-reports/org.uptake.engagement.CommunicationBench-output.txt
