package io.maestro.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image rules of issue 20, read from the Dockerfiles (no Docker daemon on CI): pinned bases given as build
 * arguments (so that a machine without a registry builds on its own, deploy/debian-bases.sh), a build stage and a
 * JRE runtime stage, Spring Boot's layers least-changing first, a non-root user, a health check, container-aware heap.
 */
class DockerfilesTest {

    private static final Pattern BASE_ARGUMENT = Pattern.compile("FROM \\$\\{([A-Z_]+)}( AS [a-z-]+)?");
    private static final Pattern ARGUMENT_WITH_DEFAULT = Pattern.compile("ARG ([A-Z_]+)=(\\S+)");
    private static final List<String> LAYERS = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    @ParameterizedTest
    @ValueSource(strings = {"deploy/Dockerfile", "deploy/dashboard.Dockerfile"})
    void imageFollowsTheRules(String file) throws Exception {
        List<String> instructions = instructions(Repository.file(file));
        List<String> froms = instructions.stream().filter(line -> line.startsWith("FROM ")).toList();
        assertThat(froms).as("multi-stage").hasSizeGreaterThanOrEqualTo(2);
        Map<String, String> bases = baseImageArguments(instructions);
        List<String> baseImages = froms.stream().map(from -> {
            Matcher argument = BASE_ARGUMENT.matcher(from);
            assertThat(argument.matches()).as("the base is a build argument (deploy/debian-bases.sh replaces it): " + from).isTrue();
            assertThat(bases).as("declared before the first FROM, with the official image as its default").containsKey(argument.group(1));
            return bases.get(argument.group(1));
        }).toList();
        baseImages.forEach(image -> assertThat(image).as("a pinned base image").matches("[a-z0-9./-]+:[A-Za-z0-9._-]+")
                .doesNotContain(":latest"));
        assertThat(baseImages.get(baseImages.size() - 1)).as("the runtime stage runs on a JRE").contains("-jre");
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
    @ValueSource(strings = {"deploy/healthcheck.sh", "deploy/secrets.sh", "deploy/debian-bases.sh"})
    void scriptsAreExecutableAndStrict(String file) throws Exception {
        Path script = Repository.file(file);
        assertThat(Files.isExecutable(script)).as(file + " executable").isTrue();
        assertThat(Files.readString(script)).startsWith("#!/usr/bin/env bash").contains("set -euo pipefail");
    }

    /** The build arguments declared before the first FROM (the only ones a FROM can use), with their defaults. */
    private static Map<String, String> baseImageArguments(List<String> instructions) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String line : instructions) {
            if (line.startsWith("FROM ")) {
                break;
            }
            Matcher argument = ARGUMENT_WITH_DEFAULT.matcher(line);
            if (argument.matches()) {
                arguments.put(argument.group(1), argument.group(2));
            }
        }
        return arguments;
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
