#!/bin/sh
# Starts one production instance of Payara Micro with the application. Instances that share a
# PostgreSQL form one Payara (Hazelcast) cluster by TCP/IP members, never by multicast:
#   SANGKIEN_BIND_ADDRESS     the address HTTP listens on (default 127.0.0.1)
#   SANGKIEN_CLUSTER_INTERFACE  the interface Hazelcast binds to (default 127.0.0.1)
#   SANGKIEN_CLUSTER_MEMBERS  host:port list of all instances, e.g. 10.0.0.11:6900,10.0.0.12:6900
#   SANGKIEN_CLUSTER_NAME     the cluster's own name (default sangkien)
#   SANGKIEN_HAZELCAST_PORT   this instance's cluster port (default 6900)
#   SANGKIEN_HTTP_PORT        HTTP port (default 8080)
# The database and the rest come from the environment variables of the README. HTTP opens only
# once the application is deployed (pre-boot and post-deploy commands).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
jar=${PAYARA_MICRO_JAR:-/opt/payara/payara-micro.jar}
war=${SANGKIEN_WAR:-/opt/payara/deployments/sangkien.war}
root=${PAYARA_ROOT_DIR:-/tmp/payara-root}
rm -rf "$root"
bind=${SANGKIEN_BIND_ADDRESS:-127.0.0.1}
interface=${SANGKIEN_CLUSTER_INTERFACE:-127.0.0.1}
port=${SANGKIEN_HAZELCAST_PORT:-6900}
preboot="$root.pre-boot-commands.asadmin"
sed "s/@sangkien.bindAddress@/$bind/" "$here/pre-boot-commands.asadmin" > "$preboot"
exec java ${JVM_ARGS:--Xmx1g} -Dhazelcast.socket.bind.any=false -Dproduct.name= -jar "$jar" \
    --deploy "$war" \
    --port "${SANGKIEN_HTTP_PORT:-8080}" \
    --disablephonehome \
    --rootdir "$root" \
    --clustermode "tcpip:${SANGKIEN_CLUSTER_MEMBERS:-$interface:$port}" \
    --interfaces "$interface" \
    --startport "$port" \
    --clustername "${SANGKIEN_CLUSTER_NAME:-sangkien}" \
    --prebootcommandfile "$preboot" \
    --postbootcommandfile "$here/post-boot-commands.asadmin" \
    --postdeploycommandfile "$here/post-deploy-commands.asadmin" \
    --logproperties "$here/logging.properties"
