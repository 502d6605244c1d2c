package io.maestro.discovery.domain;

import io.maestro.discovery.config.DiscoveryProperties;
import io.maestro.discovery.provider.SyncConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Lists again, for audit-app, every record a run stamped: the records of a run whose steps a crash lost, and with them,
 * maybe, the audit messages of the chunks it had loaded (docs/discovery.md, "Audit"). For each entity the run's
 * commands load into, the records whose {@code seen_by.<connection>} is the run's stamp (also those a state only
 * declared, whose {@code last_seen_at} stays the cloud's) are read {@link #PAGE} at a time and go out as audit messages
 * of {@code MAESTRO_TRANSLATE_QTD} records, {@code CREATE} when the run first saw the record, else {@code UPDATE}, as a
 * chunk loaded again lists them ({@link RecordLoader#stamped}). audit-app records those whose history does not hold
 * them yet. A message's id derives from the run and the records it lists, so a relisting done twice (after another
 * crash, or by two discoveries) is recorded once.
 */
@Component
public class RunRelisting {

    /**
     * Records read per data-app call: the run's records are matched by a field no index holds, so each call passes
     * over the entity once; a page of many chunks keeps those passes few.
     */
    static final int PAGE = 1000;

    private final ProviderCatalogue catalogue;
    private final InventoryRecords data;
    private final SyncAudit audit;
    private final DiscoveryProperties properties;

    public RunRelisting(ProviderCatalogue catalogue, InventoryRecords data, SyncAudit audit,
            DiscoveryProperties properties) {
        this.catalogue = catalogue;
        this.data = data;
        this.audit = audit;
        this.properties = properties;
    }

    /** Lists the records the run stamped in audit messages; answers how many. */
    public int relist(SyncRun run, SyncConnection connection) {
        String stamp = RecordLoader.stamp(run.startedAt());
        Map<String, Object> stampedByRun = Map.of(RecordLoader.SEEN_BY + "." + connection.id(), stamp);
        List<String> entities = catalogue.commands(run.provider(), run.task()).orElse(List.of()).stream()
                .map(command -> command.target().entity()).distinct().toList();
        int listed = 0;
        for (String entity : entities) {
            String after = null;
            List<Map<String, Object>> page;
            do {
                page = data.findAfter(entity, stampedByRun, after, PAGE);
                for (int from = 0; from < page.size(); from += properties.translateChunk()) {
                    List<SyncAudit.RecordedChange> changes = page
                            .subList(from, Math.min(page.size(), from + properties.translateChunk())).stream()
                            .map(record -> RecordLoader.stamped(record, stamp)).toList();
                    audit.recorded(chunkId(run, entity, changes), entity, changes, connection);
                    listed += changes.size();
                }
                after = page.isEmpty() ? after : String.valueOf(page.get(page.size() - 1).get("_id"));
            } while (page.size() == PAGE);
        }
        return listed;
    }

    /** {@code <run>:relisted:<entity>:<a name-based UUID of the records' ids>}: the same records, the same id. */
    private static String chunkId(SyncRun run, String entity, List<SyncAudit.RecordedChange> changes) {
        String ids = String.join(",", changes.stream().map(SyncAudit.RecordedChange::recordId).toList());
        return run.runId() + ":relisted:" + entity + ":" + UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8));
    }
}
