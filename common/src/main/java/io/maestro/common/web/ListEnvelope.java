package io.maestro.common.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of a list as Maestro 0.6 answered it: {@code {found, limit, total_pages, current_page, items, _links}}.
 * {@code _links} has {@code _self}; {@code prev} when past the first page, {@code next} before the last,
 * {@code first} and {@code last} when there is more than one page.
 */
public record ListEnvelope(
        long found,
        int limit,
        @JsonProperty("total_pages") long totalPages,
        @JsonProperty("current_page") long currentPage,
        List<Map<String, Object>> items,
        @JsonProperty("_links") Map<String, Link> links) {

    /**
     * The envelope for one page of records, each given {@code _links._self}.
     *
     * @param path      where the records are served, without the leading slash: {@code servers},
     *                  {@code teams/<id>/volumes} ({@link ResourceLinks})
     * @param documents the records of this page
     * @param found     how many records match in all
     * @throws NotFoundException "Data not found" when records match but {@code page} is past the last page
     */
    public static ListEnvelope of(String path, List<? extends Map<String, ?>> documents, long found, long page, int limit) {
        long totalPages = (found + limit - 1) / limit;
        if (found > 0 && page > totalPages) {
            throw new NotFoundException();
        }
        Map<String, Link> links = new LinkedHashMap<>();
        links.put("_self", ResourceLinks.page(path, page, limit));
        if (page > 1) {
            links.put("prev", ResourceLinks.page(path, page - 1, limit));
        }
        if (page < totalPages) {
            links.put("next", ResourceLinks.page(path, page + 1, limit));
        }
        if (totalPages > 1) {
            links.put("first", ResourceLinks.page(path, 1, limit));
            links.put("last", ResourceLinks.page(path, totalPages, limit));
        }
        return new ListEnvelope(found, limit, totalPages, page, ResourceLinks.listItems(path, documents), links);
    }
}
