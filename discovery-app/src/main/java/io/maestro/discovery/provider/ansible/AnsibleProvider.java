package io.maestro.discovery.provider.ansible;

import io.maestro.common.inventory.Inventory;
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
import java.util.Set;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * Ansible facts ({@code ansible -m setup} output or a fact cache) from an upload, an SSH host or an S3 bucket
 * ({@code upload_ansible}, {@code ssh_ansible}, {@code s3_ansible}): {@code server-list} from the facts,
 * {@code volumes-list} from {@code ansible_devices}. One region, {@code all}.
 */
@Component
class AnsibleProvider implements DiscoveryProvider {

    static final String SUFFIX = "ansible";

    private final Set<String> services;
    private final Map<String, List<DiscoveryCommand>> tasks = new LinkedHashMap<>();

    AnsibleProvider(FileSources sources) {
        this.services = sources.services(SUFFIX);
        tasks.put("server-list", List.of(new FactsCommand("ansible_facts", CommandTarget.of(Inventory.SERVERS), sources,
                (host, context) -> List.of(AnsibleServerTranslation.server(host, context)))));
        tasks.put("volumes-list", List.of(new FactsCommand("ansible_devices", CommandTarget.of(Inventory.VOLUMES),
                sources, AnsibleVolumeTranslation::volumes)));
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

    /** Every file of the connection (a fact cache names its files after hosts, without an ending), one per page. */
    private record FactsCommand(String name, CommandTarget target, FileSources sources,
            BiFunction<Map<String, Object>, TranslationContext, List<Map<String, Object>>> translation)
            implements DiscoveryCommand {

        @Override
        public FetchedPage get(SyncConnection connection, String region, String pageToken) {
            return sources.page(connection, SUFFIX, pageToken, file -> !file.endsWith("/"), AnsibleFactsGet::hosts);
        }

        @Override
        public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
            List<Map<String, Object>> records = new ArrayList<>();
            items.forEach(host -> records.addAll(translation.apply(host, context)));
            return records;
        }
    }
}
