#!/usr/bin/env bash
# Builds the portal if needed and starts it in demo mode in the foreground (Ctrl-C stops it).
# The portal prints its URL and the demo logins once the demo data is in place.
set -euo pipefail
cd "$(dirname "$0")"

dist=$(ls karaf-assembly/target/jindu-portal-distribution-*.tar.gz 2>/dev/null | head -1 || true)
if [ -z "$dist" ] || [ -n "$(find pom.xml bundles features karaf-assembly -newer "$dist" -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
  echo ">>> Building the portal (first time: a few minutes while Maven downloads)..."
  mvn -B -q install -DskipTests -pl karaf-assembly -am
  dist=$(ls karaf-assembly/target/jindu-portal-distribution-*.tar.gz | head -1)
fi

home=run/portal
if [ ! -f "$home/.unpacked" ] || [ "$dist" -nt "$home/.unpacked" ]; then
  echo ">>> Unpacking $dist into $home (a new build starts with fresh demo data)"
  rm -rf "$home" && mkdir -p "$home"
  tar xzf "$dist" -C "$home" --strip-components=1
  touch "$home/.unpacked"
fi

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  export JAVA_HOME
fi
export EXTRA_JAVA_OPTS="${EXTRA_JAVA_OPTS:-} -Dportal.demo=true"
echo ">>> Starting the Jindu portal in demo mode: http://localhost:8181/portal (logins appear below when ready)"
exec "$home/bin/karaf" server
