# syntax=docker/dockerfile:1.7
# The dashboard: client-app (Spring Boot) serving the built SPA and its runtime /config.js, which it writes from
# API_URL, STATIC_URL, ANALYTICS_URL, WEBSOCKET_URL, LOGO and THEME at each request (no rebuild per environment).
# docker build -f deploy/dashboard.Dockerfile .   (the build context is the repository root)
# The bases are build arguments so that a machine without a registry can use its own (deploy/debian-bases.sh).
ARG NODE_IMAGE=node:20-bookworm-slim
ARG BUILD_IMAGE=eclipse-temurin:17-jdk-noble
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre-noble

FROM ${NODE_IMAGE} AS spa
WORKDIR /frontend
COPY client-app/frontend/package.json client-app/frontend/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund --loglevel=error
COPY client-app/frontend/ ./
RUN npm run build

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
# The SPA goes in as the jar's static content, as client-app's own npm build would put it (-Dskip.npm: no npm here).
COPY --from=spa /frontend/dist/ client-app/src/main/resources/static/
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -q -DskipTests -Dskip.npm -pl client-app -am package \
    && cp client-app/target/client-app-*-exec.jar /tmp/service.jar \
    && java -Djarmode=tools -jar /tmp/service.jar extract --layers --launcher --destination /layers

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="maestro-client-app"
RUN groupadd --system --gid 10001 maestro \
    && useradd --system --uid 10001 --gid maestro --home-dir /app --shell /usr/sbin/nologin maestro
WORKDIR /app
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
COPY deploy/healthcheck.sh /usr/local/bin/healthcheck
# 8080, not 80: a non-root process cannot bind ports below 1024 everywhere (Kubernetes); compose publishes 80:8080.
ENV MAESTRO_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE 8080
USER 10001:10001
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD ["healthcheck"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
