package io.maestro.server.api.identity;

import io.maestro.common.query.ListQuery;
import io.maestro.common.query.ListQueryDefinition;
import io.maestro.common.web.ListEnvelope;
import io.maestro.common.web.ResourceLinks;
import io.maestro.server.domain.identity.User;
import io.maestro.server.domain.identity.UserFields;
import io.maestro.server.domain.identity.UserPage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How users look on the wire: 0.6's field lists (never the password hash or {@code active}), {@code _id} as hex. */
final class UserViews {

    static final String ENTITY = "users";

    /** Exact-match filters and {@code query} keys of {@code GET /users}: the single-view fields. */
    static final ListQueryDefinition LIST_QUERY = ListQueryDefinition.of(Set.of(
            "_id", "name", "fullname", "email", "avatar", "phone", "company", "job", "country", "city", "address"));

    private UserViews() {
    }

    static Map<String, Object> single(User user) {
        return ResourceLinks.single(ENTITY, fields(user, UserFields.SINGLE));
    }

    static ListEnvelope page(UserPage page, ListQuery query) {
        List<Map<String, Object>> items = page.users().stream().map(user -> fields(user, UserFields.LIST)).toList();
        return ListEnvelope.of(ENTITY, items, page.found(), query.page(), query.limit());
    }

    /** The claims-like summary {@code POST /users/auth} answers with, {@code sub} = {@code _id} as in 0.6. */
    static Map<String, Object> tokenUser(User user) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("_id", user.id());
        summary.put("name", user.name());
        summary.put("email", user.email());
        summary.put("avatar", user.avatar());
        summary.put("sub", user.id());
        return summary;
    }

    private static Map<String, Object> fields(User user, List<String> names) {
        Map<String, Object> view = new LinkedHashMap<>();
        for (String name : names) {
            Object value = switch (name) {
                case "_id" -> user.id();
                case "admin" -> user.admin();
                default -> user.profile().get(name);
            };
            if (value != null) {
                view.put(name, value);
            }
        }
        return view;
    }
}
