package io.maestro.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image rules of issue 20, read from the Dockerfiles (no Docker daemon on CI): pinned bases, a build stage and a
 * JRE runtime stage, Spring Boot's layers least-changing first, a non-root user, a health check, container-aware heap.
 */
class DockerfilesTest {

    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    @ParameterizedTest
    @ValueSource(strings = {"deploy/Dockerfile", "deploy/dashboard.Dockerfile"})
    void imageFollowsTheRules(String file) throws Exception {
        List<String> instructions = instructions(Repository.file(file));
        List<String> froms = instructions.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
        froms.forEach(from -> assertThat(from).as("a pinned base image").matches("FROM [a-z0-9./-]+:[A-Za-z0-9._-]+( AS [a-z-]+)?")
                .doesNotContain(":latest"));
        assertThat(froms.get(froms.size() - 1)).as("the runtime stage runs on a JRE").contains("-jre");
        List<String> runtime = instructions.subList(instructions.indexOf(froms.get(froms.size() - 1)), instructions.size());

        List<String> copiedLayers = runtime.stream().filter(line -> line.startsWith("COPY --from=build /layers/"))
                .map(line -> line.replaceAll("COPY --from=build /layers/([a-z-]+)/.*", "$1")).toList();
        assertThat(copiedLayers).as("Spring Boot's layers, least-changing first").containsExactlyElementsOf(LAYERS);
        assertThat(runtime).as("non-root").anyMatch(line -> line.matches("USER [1-9][0-9]*(:[1-9][0-9]*)?"));
        assertThat(runtime).anyMatch(line -> line.startsWith("HEALTHCHECK ") && line.endsWith("CMD [\"healthcheck\"]"));
        assertThat(runtime).anyMatch(line -> line.startsWith("ENV ") && line.contains("-XX:MaxRAMPercentage="));
        assertThat(runtime).as("exec form: the JVM is PID 1 and gets SIGTERM")
                .anyMatch(line -> line.startsWith("ENTRYPOINT [\"java\""));
        assertThat(instructions).noneMatch(line -> line.startsWith("ADD "));
        assertThat(instructions).as("jars are built by the reactor, tests skipped, extracted in layers")
                .anyMatch(line -> line.contains("./mvnw") && line.contains("-am package") && line.contains("extract --layers --launcher"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"**/target", ".git", "**/node_modules", ".env", "**/secrets.env"})
    void buildContextLeavesOutBuildOutputAndSecrets(String pattern) throws Exception {
        assertThat(Files.readAllLines(Repository.file(".dockerignore"))).contains(pattern);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/healthcheck.sh", "deploy/secrets.sh"})
    void scriptsAreExecutableAndStrict(String file) throws Exception {
        Path script = Repository.file(file);
        assertThat(Files.isExecutable(script)).as(file + " executable").isTrue();
        assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash").contains("set -euo pipefail");
    }

    /** Instructions with their continuation lines joined and comments dropped. */
    private static List<String> instructions(Path dockerfile) throws Exception {
        List<String> instructions = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            instructions.add(current.append(trimmed).toString().replaceAll("\\s+", " "));
            current.setLength(0);
        }
        return instructions;
    }
}
