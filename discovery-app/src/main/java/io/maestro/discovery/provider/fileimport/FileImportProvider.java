package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.FileSources;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.DiscoveryProvider;
import io.maestro.discovery.provider.SyncConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Maestro JSON files (0.6's {@code file} provider): the template's servers, applications, volumes, snapshots, images
 * and flavors, from uploaded files, an SSH host or an S3 bucket. Files have no regions: every task runs once, as
 * region {@code all}.
 */
@Component
class FileImportProvider implements DiscoveryProvider {

    static final String ALL_REGIONS = "all";
    static final String SUFFIX = "file";

    private final Set<String> services;
    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    FileImportProvider(FileSources sources) {
        this.services = sources.services(SUFFIX);
        for (ImportSection section : ImportSection.values()) {
            tasks.put(section.task(), List.of(new FileImportCommand(section, sources)));
        }
    }

    @Override
    public String name() {
        return "file";
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
        return List.of(ALL_REGIONS);
    }
}
