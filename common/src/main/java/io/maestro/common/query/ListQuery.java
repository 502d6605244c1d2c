package io.maestro.common.query;

import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A parsed list request: the Mongo filter (always with {@code active: true}), the page, page size and order.
 * Add the caller's ACL clause with {@link #and(Document)} before running it.
 */
public record ListQuery(Document filter, long page, int limit, String orderBy, boolean ascending) {

    /** How many records precede this page. */
    public long skip() {
        return (page - 1) * limit;
    }

    /** The order, with {@code _id} breaking ties so that pages do not overlap. */
    public Sort sort() {
        Sort.Direction direction = ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
        Sort sort = Sort.by(direction, orderBy);
        return "_id".equals(orderBy) ? sort : sort.and(Sort.by(direction, "_id"));
    }

    /**
     * This query restricted by one more clause, e.g. the ACL filter. The clauses are joined with {@code $and} so that
     * a client's filter on the same field can never replace the restriction.
     */
    public ListQuery and(Document clause) {
        return new ListQuery(new Document("$and", List.of(filter, clause)), page, limit, orderBy, ascending);
    }

    /** The Spring Data query for this page: filter, sort, skip and limit. Counting uses {@link #filter()} alone. */
    public Query toQuery() {
        return new BasicQuery(filter).with(sort()).skip(skip()).limit(limit);
    }
}
