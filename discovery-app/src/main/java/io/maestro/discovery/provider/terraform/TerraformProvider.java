package io.maestro.discovery.provider.terraform;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import io.maestro.discovery.provider.support.files.FileSources;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Terraform state files ({@code terraform.tfstate}, format version 4) from an upload, an SSH host, an S3 bucket or an
 * S3 remote-state object ({@code upload_terraform}, {@code ssh_terraform}, {@code s3_terraform}): servers, volumes,
 * buckets, databases and load balancers as their clouds know them, each tagged with where it is declared. One region,
 * {@code all}.
 */
@Component
class TerraformProvider implements DiscoveryProvider {

    static final String SUFFIX = "terraform";

    private final Set<String> services;
    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    TerraformProvider(FileSources sources) {
        this.services = sources.services(SUFFIX);
        for (TerraformTask task : TerraformTask.values()) {
            tasks.put(task.task(), List.of(new StateCommand(task, sources)));
        }
    }

    @Override
    public String name() {
        return SUFFIX;
    }

    @Override
    public Set<String> services() {
        return services;
    }

    @Override
    public Map<String, List<DiscoveryCommand>> tasks() {
        return tasks;
    }

    @Override
    public List<String> regions(SyncConnection connection) {
        return List.of("all");
    }

    /**
     * One state file per page: its instances of the task's resource types, and a note counting the instances of types
     * no task maps (they are not errors).
     */
    private record StateCommand(TerraformTask task, FileSources sources) implements DiscoveryCommand {

        @Override
        public String name() {
            return task.command();
        }

        @Override
        public CommandTarget target() {
            return task.target();
        }

        @Override
        public FetchedPage get(SyncConnection connection, String region, String pageToken) {
            FetchedPage page = sources.page(connection, SUFFIX, pageToken, TerraformProvider::isState,
                    TerraformStateGet::resources);
            List<Map<String, Object>> ours = new ArrayList<>();
            Map<String, Map<String, Integer>> unknownByFile = new TreeMap<>();
            for (Map<String, Object> item : page.items()) {
                String type = String.valueOf(item.get("type"));
                var known = TerraformResourceType.of(type);
                if (known.isEmpty()) {
                    unknownByFile.computeIfAbsent(String.valueOf(item.get("state_file")), file -> new TreeMap<>())
                            .merge(type, 1, Integer::sum);
                } else if (known.get().task() == task) {
                    ours.add(item);
                }
            }
            List<String> notes = new ArrayList<>();
            unknownByFile.forEach((file, counts) -> notes.add(file + ": "
                    + counts.values().stream().mapToInt(Integer::intValue).sum()
                    + " resources of types Maestro does not map (" + String.join(", ", counts.entrySet().stream()
                            .map(entry -> entry.getKey() + " ×" + entry.getValue()).toList()) + ")."));
            return new FetchedPage(ours, page.nextToken(), page.unreadable(), notes);
        }

        @Override
        public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
            return items.stream()
                    .map(item -> TerraformResourceType.of(String.valueOf(item.get("type")))
                            .map(type -> type.translate(item, context)).orElse(null))
                    .filter(Objects::nonNull)
                    .toList();
        }
    }

    /** Under a directory or prefix, the state files: {@code *.tfstate} (not the {@code .backup} Terraform keeps). */
    static boolean isState(String file) {
        return file.endsWith(".tfstate") || file.endsWith(".tfstate.json");
    }
}
