package io.maestro.common.query;

import java.util.Map;
import java.util.Set;

/**
 * What a list query may touch on one entity.
 *
 * @param fields           the entity's single-view field names: the only exact-match filters, the {@code query} keys
 *                         and {@code orderBy} values accepted (dotted paths below them too, e.g. {@code os.base})
 * @param aliases          {@code query} JSON keys renamed before use, source → destination (0.6's per-entity "swap",
 *                         e.g. {@code os → os.base}); the source names are accepted as keys
 * @param upperFirstFields {@code query} keys whose value gets an upper-case first letter (0.6: applications'
 *                         {@code language}, {@code provider}, {@code environment})
 */
public record ListQueryDefinition(Set<String> fields, Map<String, String> aliases, Set<String> upperFirstFields) {

    public ListQueryDefinition {
        fields = Set.copyOf(fields);
        aliases = Map.copyOf(aliases);
        upperFirstFields = Set.copyOf(upperFirstFields);
    }

    public static ListQueryDefinition of(Set<String> fields) {
        return new ListQueryDefinition(fields, Map.of(), Set.of());
    }

    public ListQueryDefinition withAliases(Map<String, String> sourceToDestination) {
        return new ListQueryDefinition(fields, sourceToDestination, upperFirstFields);
    }

    public ListQueryDefinition withUpperFirst(Set<String> names) {
        return new ListQueryDefinition(fields, aliases, names);
    }

    /** A field of the entity, or a path below one. */
    boolean isKnownPath(String path) {
        int dot = path.indexOf('.');
        return fields.contains(path) || (dot > 0 && fields.contains(path.substring(0, dot)));
    }
}
