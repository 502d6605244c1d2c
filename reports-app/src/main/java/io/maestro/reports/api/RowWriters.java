package io.maestro.reports.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes rows as they come from the store, one at a time, in the text formats of 0.6 (contract §6): CSV with nested
 * fields flattened to dotted headers, XML under {@code <response>}, plain {@code  - key: value} lines, and an Ansible
 * inventory. Nothing but the current row (and, for CSV, the header names) is held.
 */
final class RowWriters {

    /** Rows handed one by one to a consumer, as often as a writer needs them (CSV reads twice: headers, then rows). */
    interface Rows {
        void forEach(Consumer<Map<String, Object>> row);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private RowWriters() {
    }

    /** CSV: one column per flattened field of any row, in the order they first appear; lists as JSON text. */
    static void csv(Rows rows, OutputStream out) throws IOException {
        Set<String> headers = new LinkedHashSet<>();
        rows.forEach(row -> headers.addAll(flatten(row).keySet()));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(headers.toArray(String[]::new)).get()
                .print(writer)) {
            rows.forEach(row -> {
                Map<String, Object> flat = flatten(row);
                List<Object> values = new ArrayList<>(headers.size());
                headers.forEach(header -> values.add(flat.get(header)));
                try {
                    printer.printRecord(values);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** {@code <response><item>...</item>...</response>}: fields as elements, lists as repeated {@code <item>}s. */
    static void xml(Rows rows, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("response");
            rows.forEach(row -> {
                try {
                    element(xml, "item", row);
                } catch (XMLStreamException e) {
                    throw new UncheckedIOException(new IOException(e));
                }
            });
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Each row as {@code  - key: value} lines (nested fields dotted), rows apart by an empty line. */
    static void text(Rows rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        rows.forEach(row -> {
            try {
                for (Map.Entry<String, Object> field : flatten(row).entrySet()) {
                    writer.write(" - " + field.getKey() + ": " + (field.getValue() == null ? "" : field.getValue())
                            + "\n");
                }
                writer.write("\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /**
     * An Ansible INI inventory: {@code [all]}, then one line per distinct hostname, {@code ansible_host} the first of
     * {@code dns_internal}, {@code ipv4_private}, {@code ipv4_public}, {@code hostname}, and {@code ansible_user},
     * {@code ansible_ssh_private_key_file}, {@code ansible_port} when the server says them. A pivot row's server is
     * its {@code servers} field.
     */
    static void inventory(Rows rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("[all]\n");
        Set<String> seen = new LinkedHashSet<>();
        rows.forEach(row -> {
            Map<?, ?> server = row.get("servers") instanceof Map<?, ?> joined ? joined : row;
            String hostname = word(server.get("hostname"));
            if (hostname == null || !seen.add(hostname)) {
                return;
            }
            StringBuilder line = new StringBuilder(hostname);
            String host = firstOf(server, "dns_internal", "ipv4_private", "ipv4_public", "hostname");
            line.append(" ansible_host=").append(host);
            Map<?, ?> ansible = server.get("ansible") instanceof Map<?, ?> settings ? settings : Map.of();
            String user = word(ansible.get("user"));
            if (user == null && server.get("auth") instanceof List<?> auth && !auth.isEmpty()
                    && auth.get(0) instanceof Map<?, ?> first) {
                user = word(first.get("username"));
            }
            append(line, "ansible_user", user);
            append(line, "ansible_ssh_private_key_file", word(ansible.get("ssh_private_key_file")));
            append(line, "ansible_port", word(ansible.get("port")));
            try {
                writer.write(line + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    /** A row's fields with nested objects as dotted names; lists stay whole. */
    static Map<String, Object> flatten(Map<String, Object> row) {
        Map<String, Object> flat = new LinkedHashMap<>();
        flatten("", row, flat);
        return flat;
    }

    private static void flatten(String prefix, Map<?, ?> object, Map<String, Object> flat) {
        object.forEach((key, value) -> {
            String name = prefix + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                flatten(name + ".", nested, flat);
            } else if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                flat.put(name, JSON.writeValueAsString(value));
            } else {
                flat.put(name, value);
            }
        });
    }

    private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
        boolean plainName = XML_NAME.matcher(name).matches() && !name.toLowerCase().startsWith("xml");
        xml.writeStartElement(plainName ? name : "key");
        if (!plainName) {
            xml.writeAttribute("name", name);
        }
        if (value instanceof Map<?, ?> object) {
            for (Map.Entry<?, ?> field : object.entrySet()) {
                element(xml, String.valueOf(field.getKey()), field.getValue());
            }
        } else if (value instanceof Collection<?> list) {
            for (Object item : list) {
                element(xml, "item", item);
            }
        } else if (value != null) {
            xml.writeCharacters(String.valueOf(value));
        }
        xml.writeEndElement();
    }

    private static String firstOf(Map<?, ?> server, String... fields) {
        for (String field : fields) {
            String value = word(server.get(field));
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static void append(StringBuilder line, String key, String value) {
        if (value != null) {
            line.append(' ').append(key).append('=').append(value);
        }
    }

    /** A scalar as one word of an INI line (no spaces or line breaks, which would change the line's meaning). */
    private static String word(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return null;
        }
        String text = String.valueOf(value).replaceAll("\\s+", "_");
        return text.isEmpty() ? null : text;
    }
}
