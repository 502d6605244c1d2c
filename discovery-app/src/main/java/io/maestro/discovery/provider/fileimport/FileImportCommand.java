package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.support.files.FileSources;
import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.support.Checksums;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.TranslationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports one list of the Maestro JSON template from every file of the connection, a file per page. A record's
 * identity is its {@code unique_id} when the file gives one; otherwise it is derived from its name (a server's
 * {@code hostname}, {@code name} or {@code ipv4_private}) within the connection: {@code file:<connection>:<name>}.
 * Flavors are known by {@code name}.
 */
class FileImportCommand implements DiscoveryCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private final ImportSection section;
    private final FileSources sources;

    FileImportCommand(ImportSection section, FileSources sources) {
        this.section = section;
        this.sources = sources;
    }

    @Override
    public String name() {
        return section.command();
    }

    @Override
    public CommandTarget target() {
        return section.target();
    }

    /** One {@code *.json} file per page; a file that is not a template is reported by name and the next one read. */
    @Override
    public FetchedPage get(SyncConnection connection, String region, String pageToken) {
        return sources.page(connection, FileImportProvider.SUFFIX, pageToken, name -> name.endsWith(".json"), this::items);
    }

    /** The section's list in one file; a file that is not a template is refused by name. */
    List<Map<String, Object>> items(String file, byte[] content) {
        JsonNode template;
        try {
            template = JSON.readTree(content);
        } catch (JacksonException unreadable) {
            throw new ProviderException(file + ": not valid JSON");
        }
        if (template == null || !template.isObject()) {
            throw new ProviderException(file + ": not a Maestro JSON template (an object with lists such as \"servers\")");
        }
        JsonNode list = template.get(section.key());
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw new ProviderException(file + ": \"" + section.key() + "\" is not a list");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (JsonNode entry : list) {
            if (entry.isObject()) {
                items.add(JSON.convertValue(entry, OBJECT));
            }
        }
        return items;
    }

    @Override
    public List<Map<String, Object>> translate(List<Map<String, Object>> items, TranslationContext context) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (Map<String, Object> item : items) {
            Map<String, Object> record = record(item, context.connection());
            if (record != null) {
                records.add(record);
            }
        }
        return records;
    }

    /** The record of one template entry, or {@code null} when the entry cannot be identified. */
    private Map<String, Object> record(Map<String, Object> item, SyncConnection connection) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (String field : section.fields()) {
            Object value = item.get(field);
            if (value != null) {
                record.put(field, value);
            }
        }
        String name = scalar(item.get("name"));
        if (section == ImportSection.SERVERS && name == null) {
            name = scalar(item.get("hostname"));
        }
        if (name == null && section == ImportSection.FLAVORS) {
            return null;
        }
        if (name != null) {
            record.put("name", name);
        }
        String uniqueId = scalar(item.get("unique_id"));
        if (uniqueId == null && section != ImportSection.FLAVORS) {
            String identity = section == ImportSection.SERVERS && name == null ? scalar(item.get("ipv4_private")) : name;
            if (identity == null) {
                return null;
            }
            uniqueId = "file:" + connection.id() + ":" + identity;
        }
        if (uniqueId != null) {
            record.put("unique_id", uniqueId);
        }
        record.put("datacenters", datacenter(item.get("datacenters"), connection));
        record.put("active", !Boolean.FALSE.equals(item.get("active")));
        record.put("checksum", Checksums.of(item));
        return record;
    }

    /** The file's datacenter details, under the connection's datacenter (its {@code _id} and name win). */
    private static Map<String, Object> datacenter(Object fromFile, SyncConnection connection) {
        Map<String, Object> datacenter = new LinkedHashMap<>();
        if (fromFile instanceof Map<?, ?> details) {
            details.forEach((field, value) -> datacenter.put(String.valueOf(field), value));
        }
        datacenter.put("_id", connection.datacenterId());
        datacenter.put("name", connection.datacenterName());
        datacenter.putIfAbsent("provider", connection.provider());
        return datacenter;
    }

    /** A text or number as text; anything else (an object, a list, blank) is no identity. */
    private static String scalar(Object value) {
        if (value instanceof String text && !text.isBlank()) {
            return text.trim();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return null;
    }
}
