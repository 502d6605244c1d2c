package io.maestro.server.domain.settings;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.bool;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.string;

import java.util.List;

/** The global catalogues of server-app and their rules (§2.7, §2.13, §2.14). */
public final class SettingsCatalogues {

    /** Global settings documents {@code {key, value}}; listed by {@code ?key=server_options}. PATCH only. */
    public static final Catalogue ADMINER = Catalogue.of("adminer", "/adminer", "adminer",
            object().field("key", string().max(35).required()).field("value", any().required()),
            List.of(), List.of(), "key");

    /** The catalogue of products (Redis, ELB (AWS)...) and their families. */
    public static final Catalogue SERVICES = Catalogue.of("services", "/services", "services",
            object()
                    .field("name", string().max(180).required())
                    .field("family", array().required())
                    .field("tags", array(string().max(32)))
                    .field("owner", bool()),
            List.of("_id", "name", "family", "tags", "owner", "updated_at"),
            List.of("_id", "name", "family", "tags", "owner", "active", "created_at", "updated_at"),
            "name", "family", "tags", "owner");

    /** Seeded provider price lists (AWS EC2, RDS, Azure); read-only. */
    public static final Catalogue FLAVORS_PUBLIC = Catalogue.of("flavorsPublic", "/flavors_public", "flavors-public", null,
            List.of(), List.of(), "name", "api_name", "provider", "vcpus", "memory");

    private SettingsCatalogues() {
    }
}
