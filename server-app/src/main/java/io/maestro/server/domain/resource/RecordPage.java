package io.maestro.server.domain.resource;

import java.util.List;
import org.bson.Document;

/** One page of a list: its records (list view), how many match in all, and the page asked for. */
public record RecordPage(List<Document> records, long found, long page, int limit) {
}
