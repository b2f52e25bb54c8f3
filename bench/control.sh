#!/usr/bin/env bash
# Read benchmark of the control and assistance module: how person lists, a file with full identity, the exact-number
# status query, the dashboard figures and the masked Excel export scale with a town's caseload.
#
#   bench/control.sh [files] [runs]     default 2000 files, median of 7 runs each
#
# The files (each with a visit and a test) are created through the module's real services on in-memory Derby, or on
# PostgreSQL when PORTAL_TEST_POSTGRES_URL is set. Lists and the masked export read the stored masked forms; the full view and the full export decrypt.
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-2000}
runs=${2:-7}
mvn -B -q install -DskipTests -pl bundles/module-control -am >/dev/null
mvn -B -q -pl bundles/module-control org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
  -Dexec.mainClass=org.jindu.portal.control.internal.bench.ControlBench -Dexec.classpathScope=test \
  -Dexec.args="$files $runs" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dportal.migrations=bundles/module-control/src/main/resources/META-INF/portal/migrations
