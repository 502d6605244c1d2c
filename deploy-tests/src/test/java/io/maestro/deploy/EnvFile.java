package io.maestro.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** An {@code .env} file as deploy/secrets.sh writes it and docker compose reads it: {@code NAME=value} lines. */
final class EnvFile {

    private EnvFile() {
    }

    /** Runs deploy/secrets.sh to write {@code file} and answers what it wrote. */
    static Map<String, String> generate(Path file) throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", Repository.file("deploy/secrets.sh").toString(), file.toString())
                .redirectErrorStream(true).start();
        if (!script.waitFor(30, TimeUnit.SECONDS) || script.exitValue() != 0) {
            throw new AssertionError("deploy/secrets.sh failed: " + new String(script.getInputStream().readAllBytes()));
        }
        return read(file);
    }

    static Map<String, String> read(Path file) throws IOException {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split("=", 2);
            variables.put(pair[0], pair[1]);
        }
        return variables;
    }
}
