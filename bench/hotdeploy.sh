#!/usr/bin/env bash
# Hot-deploy benchmark (issue 8, point 7): the module the archetype generates (entity and migration, REST, SOAP, view,
# home tile) dropped into deploy/ of a running portal while a browser tab is open, and deleted again.
#
#   bench/hotdeploy.sh [cycles] [leak-cycles]     default 10 timed cycles, then 100 more for the heap
#
# Prints the medians from the jar landing in deploy/ (an atomic rename) to its REST resource answering and listed in the
# OpenAPI document, and to its menu entry in the already open tab (server push); from its deletion to all of it gone;
# and the heap after a full GC before and after the extra install/remove cycles (a growth means a removed module's
# class loader is still held). Needs Debian's chromium and chromium-driver, like the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
cycles=${1:-10}
leaks=${2:-100}
# the distribution, the module (the archetype's integration test generates and builds it) and the test classes
mvn -B -q install -DskipTests -pl itests -am
dist=$(ls karaf-assembly/target/jindu-portal-distribution-*.tar.gz | head -1)
module=$(ls kit/module-archetype/target/test-classes/projects/basic/project/*/target/*.jar | head -1)
mvn -B -q -pl itests test-compile org.codehaus.mojo:exec-maven-plugin:3.6.4:java \
  -Dexec.mainClass=org.jindu.portal.itests.HotDeployBench -Dexec.classpathScope=test -Dexec.args="$cycles $leaks" \
  -Dportal.distribution="$PWD/$dist" -Ditest.archetypeModule="$PWD/$module" -Ditest.target="$PWD/itests/target" \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn ${BENCH_HEAPDUMP:+-Dbench.heapdump=$BENCH_HEAPDUMP}
