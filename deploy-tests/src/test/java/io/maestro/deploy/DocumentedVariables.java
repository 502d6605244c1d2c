package io.maestro.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The README's configuration tables (Maestro 0.6's variable names): which service reads which variable, and which
 * have no default (the secrets). The tables are the contract docker-compose.yml and k8s/ are checked against.
 */
final class DocumentedVariables {

    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    private final Map<String, Set<Service>> readers = new LinkedHashMap<>();
    private final Set<String> withoutDefault = new TreeSet<>();

    private DocumentedVariables() {
    }

    static DocumentedVariables fromReadme(Path readme) throws IOException {
        DocumentedVariables variables = new DocumentedVariables();
        Set<Service> previous = EnumSet.noneOf(Service.class);
        for (String line : Files.readAllLines(readme)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 5) {
                continue;
            }
            List<String> names = CODE.matcher(cells[1]).results().map(name -> name.group(1)).toList();
            if (names.isEmpty()) {
                continue;
            }
            Set<Service> readBy = readers(cells[3].trim(), previous);
            previous = readBy;
            for (String name : names) {
                variables.readers.computeIfAbsent(name, any -> EnumSet.noneOf(Service.class)).addAll(readBy);
                if (cells[2].contains("**none**")) {
                    variables.withoutDefault.add(name);
                }
            }
        }
        if (variables.readers.size() < 40) {
            throw new AssertionError("README.md: found only " + variables.readers.size() + " documented variables");
        }
        return variables;
    }

    boolean isReadBy(String variable, Service service) {
        return readers.getOrDefault(variable, Set.of()).contains(service);
    }

    /** The variables the README says this service reads. */
    Set<String> readBy(Service service) {
        Set<String> names = new TreeSet<>();
        readers.forEach((name, services) -> {
            if (services.contains(service)) {
                names.add(name);
            }
        });
        return names;
    }

    /** Variables without a default: the secrets. */
    Set<String> secrets() {
        return withoutDefault;
    }

    /** "all", "all but client", "same" (as the row above), "server, discovery, …", "`./maestro`" (no service). */
    private static Set<Service> readers(String cell, Set<Service> previous) {
        if (cell.equals("same")) {
            return previous;
        }
        if (cell.contains("./maestro")) {
            return EnumSet.noneOf(Service.class);
        }
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (String part : List.of(cell.split(","))) {
            String reader = part.trim();
            if (reader.equals("all")) {
                services.addAll(EnumSet.allOf(Service.class));
            } else if (reader.startsWith("all but ")) {
                Set<Service> all = EnumSet.allOf(Service.class);
                all.remove(Service.byShortName(reader.substring("all but ".length())));
                services.addAll(all);
            } else if (reader.equals("all token-secured services")) {
                services.addAll(EnumSet.complementOf(EnumSet.of(Service.CLIENT)));
            } else {
                services.add(Service.byShortName(reader));
            }
        }
        return services;
    }
}
