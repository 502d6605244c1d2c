package io.maestro.common.query;

/**
 * Which fields hold an id: {@code _id} and any {@code <path>._id} (a link, e.g. {@code datacenters._id}). A 24-hex text
 * under such a key is read as an ObjectId by the list filters and data-app, so every place that builds or reads such a
 * filter tells them the same way.
 */
public final class IdFields {

    private IdFields() {
    }

    /** A suffix test, not a regular expression: data-app asks it of every string of a bulk body. */
    public static boolean isIdField(String field) {
        return field.equals("_id") || field.endsWith("._id");
    }
}
