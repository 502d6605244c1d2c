package io.maestro.server.store.seed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The seed sets shipped in {@code seed/**}{@code /*.json}. Each file is
 * {@code {"collection": ..., "natural_key": [...], "source": ..., "documents": [...]}}. Broken files stop the start:
 * they are part of the build, not user input.
 */
@Component
public class SeedCatalog {

    static final String LOCATION = "seed/";

    private final List<SeedSet> sets;

    public SeedCatalog() {
        this.sets = load();
    }

    /** Every set, ordered by name (so adminer, flavors-public, services; files alphabetically within). */
    public List<SeedSet> sets() {
        return sets;
    }

    private static List<SeedSet> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + LOCATION + "**/*.json");
            List<SeedSet> loaded = new ArrayList<>();
            for (Resource resource : resources) {
                loaded.add(parse(nameOf(resource), read(resource)));
            }
            loaded.sort(Comparator.comparing(SeedSet::name));
            return List.copyOf(loaded);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the seed data under classpath:" + LOCATION, e);
        }
    }

    /** Parses one seed file; {@code name} becomes the set's version name. */
    static SeedSet parse(String name, byte[] json) {
        Document file = Document.parse(new String(json, StandardCharsets.UTF_8));
        String collection = file.getString("collection");
        List<String> naturalKey = file.getList("natural_key", String.class);
        List<Document> documents = file.getList("documents", Document.class);
        if (collection == null || naturalKey == null || naturalKey.isEmpty() || documents == null) {
            throw new IllegalStateException("Seed file " + name + " needs collection, natural_key and documents");
        }
        Set<List<Object>> keys = new HashSet<>();
        for (Document document : documents) {
            List<Object> key = new ArrayList<>();
            for (String field : naturalKey) {
                if (document.get(field) == null) {
                    throw new IllegalStateException("Seed file " + name + ": a document lacks key field " + field);
                }
                key.add(document.get(field));
            }
            if (!keys.add(key)) {
                throw new IllegalStateException("Seed file " + name + ": duplicate natural key " + key);
            }
            for (String field : SeedFields.BOOKKEEPING) {
                if (document.containsKey(field)) {
                    throw new IllegalStateException("Seed file " + name + ": " + field + " is set by the seeder");
                }
            }
        }
        return new SeedSet(name, collection, naturalKey, file.getString("source"), documents,
                ContentFingerprint.sha256(json));
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static String nameOf(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        String relative = url.substring(url.lastIndexOf("/" + LOCATION) + LOCATION.length() + 1);
        return relative.substring(0, relative.length() - ".json".length());
    }
}
