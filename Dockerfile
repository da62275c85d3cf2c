# syntax=docker/dockerfile:1
# Stage 1 builds the jar with the Maven wrapper; stage 2 runs it on a JRE only.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -q -DskipTests package

# The jar targets Java 17; a newer runtime serves more (virtual threads per request on 21 and later).
FROM eclipse-temurin:25-jre
RUN useradd --system --home /app articlefacts
WORKDIR /app
COPY --from=build /src/target/article-facts.jar /app/article-facts.jar
COPY seeds/ /app/seeds/
USER articlefacts
EXPOSE 8080
# The NER model needs about 1 GiB of heap while an article is being extracted.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/article-facts.jar"]
