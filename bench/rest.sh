#!/usr/bin/env bash
# REST throughput benchmark (issue 9, point 6): 64 concurrent clients for 60 s against (a) the town office's audited,
# scoped person list and (b) a bench-only resource in the same container answering the same JSON from memory without
# login, database or audit; at 200 and at 2,000 files. Prints req/s, p50 and p99 of both and the ratio (a)/(b)
# (targets: (a) >= 50 % of (b), (a) p99 <= 100 ms at 200 files).
#
#   bench/rest.sh [seconds] [clients] [sizes]      default 60 64 200,2000
#
# The portal is the distribution as a process in demo mode (its files plus generated ones); the load generator runs on
# the same machine, so both figures share the cores with it alike.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
clients=${2:-64}
sizes=${3:-200,2000}
mvn -B -q install -DskipTests -pl itests -am
dist=$(ls karaf-assembly/target/jindu-portal-distribution-*.tar.gz | head -1)
mvn -B -q -pl itests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
  -Dexec.mainClass=org.jindu.portal.itests.RestBench -Dexec.classpathScope=test -Dexec.args="$seconds $clients $sizes" \
  -Dportal.distribution="$PWD/$dist" -Ditest.target="$PWD/itests/target" -Ditest.testClasses="$PWD/itests/target/test-classes" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn
