package io.maestro.common.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stored documents share one String per field name, at every level, in their own order. */
class FieldNamesTest {

    @Test
    void documentsDecodedApartShareTheirFieldNamesAndKeepTheirOrder() {
        Document first = decoded();
        Document second = decoded();
        FieldNames.share(first);
        FieldNames.share(second);

        assertThat(List.copyOf(second.keySet())).containsExactly("zone", "name", "seen_by", "roles");
        for (int i = 0; i < 4; i++) {
            assertThat(List.copyOf(second.keySet()).get(i)).isSameAs(List.copyOf(first.keySet()).get(i));
        }
        assertThat(((Document) second.get("seen_by")).keySet().iterator().next())
                .isSameAs(((Document) first.get("seen_by")).keySet().iterator().next());
        Document role = (Document) ((List<?>) second.get("roles")).get(0);
        assertThat(role.keySet().iterator().next()).isSameAs(((Document) ((List<?>) first.get("roles")).get(0)).keySet().iterator().next());
    }

    /** A document an update changed: pooled names at its top level, a new embedded document from the wire. */
    @Test
    void aChangedDocumentHasItsNewFieldsPooledToo() {
        Document stored = decoded();
        FieldNames.share(stored);
        String pooledName = stored.keySet().stream().filter("name"::equals).findFirst().orElseThrow();
        stored.put("seen_by", new Document(new String("c1".toCharArray()), 1));
        stored.put(new String("tags".toCharArray()), List.of());

        FieldNames.share(stored);

        Document other = decoded();
        FieldNames.share(other);
        assertThat(stored.keySet().stream().filter("name"::equals).findFirst().orElseThrow()).isSameAs(pooledName);
        assertThat(((Document) stored.get("seen_by")).keySet().iterator().next())
                .isSameAs(((Document) other.get("seen_by")).keySet().iterator().next());
        assertThat(List.copyOf(stored.keySet())).containsExactly("zone", "name", "seen_by", "roles", "tags");
    }

    /** As the wire decoder gives it: a String of its own for every name. */
    private static Document decoded() {
        Document document = new Document(fresh("zone"), "eu");
        document.put(fresh("name"), "srv-1");
        document.put(fresh("seen_by"), new Document(fresh("c1"), 1));
        document.put(fresh("roles"), List.of(new Document(fresh("_id"), "u1")));
        return document;
    }

    private static String fresh(String name) {
        return new String(name.toCharArray());
    }
}
