#!/bin/sh
# Starts one production instance of Payara Micro with the application. Instances that share a
# PostgreSQL form one Payara (Hazelcast) cluster by TCP/IP members, never by multicast:
#   SANGKIEN_CLUSTER_MEMBERS  host:port list of all instances, e.g. 10.0.0.11:6900,10.0.0.12:6900
#   SANGKIEN_CLUSTER_NAME     the cluster's own name (default sangkien)
#   SANGKIEN_BIND_ADDRESS     the interface Hazelcast binds to (default 127.0.0.1)
#   SANGKIEN_HTTP_PORT        HTTP port (default 8080)
# The database and the rest come from the environment variables of the README.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}
war=${SANGKIEN_WAR:-/opt/payara/deployments/sangkien.war}
root=${PAYARA_ROOT_DIR:-/tmp/payara-root}
rm -rf "$root"
bind=${SANGKIEN_BIND_ADDRESS:-127.0.0.1}
port=${SANGKIEN_HAZELCAST_PORT:-6900}
exec java ${JVM_ARGS:--Xmx1g} -Dhazelcast.socket.bind.any=false -jar "$jar" \
    --deploy "$war" \
    --port "${SANGKIEN_HTTP_PORT:-8080}" \
    --disablephonehome \
    --rootdir "$root" \
    --clustermode "tcpip:${SANGKIEN_CLUSTER_MEMBERS:-$bind:$port}" \
    --interfaces "$bind" \
    --startport "$port" \
    --clustername "${SANGKIEN_CLUSTER_NAME:-sangkien}" \
    --postbootcommandfile "$here/post-boot-commands.asadmin" \
    --logproperties "$here/logging.properties"
