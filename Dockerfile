# syntax=docker/dockerfile:1
# Stage 1 builds the jar with the Maven wrapper and splits it into Spring Boot's layers; stage 2 runs it on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/article-facts.jar extract --layers --destination /src/extracted

# The jar targets Java 17; a newer runtime serves more (virtual threads per request on 21 and later).
FROM eclipse-temurin:25-jre
# curl for the health check; the data directory exists and belongs to the service's user before it becomes a
# volume, so `docker run` without compose can write its H2 database there.
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /app articlefacts \
 && mkdir -p /app/data \
 && chown articlefacts /app/data
WORKDIR /app
# One image layer per jar layer, least likely to change first: CoreNLP and its models (about 480 MB) are re-shipped
# only when their version changes, not with every change to our code (src/layers.xml).
COPY --from=build /src/extracted/corenlp/ ./
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
COPY seeds/ /app/seeds/
USER articlefacts
VOLUME /app/data
EXPOSE 8080
# The models take about 1 GiB of heap while an article is being extracted: give the container 3 GiB or more
# (docker run -m 3g); the heap is three quarters of it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# Ready means the seeds are in and the database answers; the first start loads the models and extracts the seeds.
HEALTHCHECK --interval=10s --timeout=3s --start-period=180s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/article-facts.jar"]
