# The application on Payara Micro. Build the WAR first (mvn -DskipTests package), then:
#   docker build -t sangkien .
#   docker run -p 8080:8080 -e SANGKIEN_DB_URL=jdbc:postgresql://db:5432/sangkien \
#              -e SANGKIEN_DB_USER=sangkien -e SANGKIEN_DB_PASSWORD=... sangkien
# Without SANGKIEN_DB_URL it runs on H2 in the volume /opt/payara/data.
FROM payara/micro:6.2025.10-jdk17

ENV SANGKIEN_DATA_DIR=/opt/payara/data \
    SANGKIEN_BIND_ADDRESS=0.0.0.0 \
    PAYARA_MICRO_JAR=/opt/payara/payara-micro.jar \
    SANGKIEN_WAR=/opt/payara/deployments/sangkien.war \
    JVM_ARGS="-XX:MaxRAMPercentage=75"

COPY --chown=payara:payara server-config/ /opt/payara/config/
COPY --chown=payara:payara target/sangkien.war /opt/payara/deployments/sangkien.war
USER root
RUN mkdir -p /opt/payara/data && chown payara:payara /opt/payara/data && chmod +x /opt/payara/config/payara-micro.sh
USER payara
VOLUME /opt/payara/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s CMD wget -qO- http://127.0.0.1:8080/health || exit 1
ENTRYPOINT ["/opt/payara/config/payara-micro.sh"]
