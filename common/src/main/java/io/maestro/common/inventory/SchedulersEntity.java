package io.maestro.common.inventory;

import static io.maestro.common.inventory.schema.Schemas.any;
import static io.maestro.common.inventory.schema.Schemas.array;
import static io.maestro.common.inventory.schema.Schemas.bool;
import static io.maestro.common.inventory.schema.Schemas.number;
import static io.maestro.common.inventory.schema.Schemas.object;
import static io.maestro.common.inventory.schema.Schemas.oneOf;
import static io.maestro.common.inventory.schema.Schemas.string;

import io.maestro.common.inventory.schema.ObjectSchema;
import java.util.Map;

/**
 * Scheduler jobs (§2.8): route {@code /scheduler}, entity {@code scheduler}, collection {@code schedulers}. The
 * defaults make a created job complete for scheduler-app (interval every 5 minutes, GET webhook, enabled).
 */
final class SchedulersEntity {

    private SchedulersEntity() {
    }

    static InventoryEntity define() {
        ObjectSchema schema = object()
                .field("name", string().length(3, 120).required())
                .field("endpoint", string().required())
                .field("_cls", string().withDefault("PeriodicTask"))
                .field("enabled", bool().withDefault(true))
                .field("period_type", string().oneOf("interval", "cron"))
                .field("interval", object()
                        .field("every", number().max(1024).withDefault(5))
                        .field("period", string().withDefault("minutes"))
                        .withDefault(Map.of("every", 5, "period", "minutes")))
                .field("cron", object()
                        .field("second", oneOf(number(), string()).withDefault(0))
                        .field("minute", oneOf(number(), string()).withDefault(30))
                        .field("hour", oneOf(number(), string()).withDefault("*"))
                        .field("day", oneOf(number(), string()).withDefault("*"))
                        .field("week", oneOf(number(), string()).withDefault("*"))
                        .field("month", oneOf(number(), string()).withDefault("*"))
                        .field("year", oneOf(number(), string()).withDefault("*"))
                        .field("day_of_week", oneOf(number(), string()).withDefault("*")))
                .field("method", string().oneOf("GET", "POST", "PUT", "DELETE", "PATCH").withDefault("GET"))
                .field("task", string().oneOf("webhook", "connections", "reports", "jobs").withDefault("webhook"))
                .field("source", string().oneOf("discovery", "report", "analytic"))
                .field("args", array(object().field("key", any()).field("value", any())))
                .field("kwargs", any())
                .field("chain", array(object().field("_id", any()).field("name", string()).field("countdown", any())))
                .field("link", object()
                        .field("name", any())
                        .field("report", any())
                        .field("provider", any())
                        .field("owner", any())
                        .field("_id", any())
                        .field("task", any()))
                .field("total_run_count", number().withDefault(1))
                .field("run_immediately", bool().withDefault(false))
                .field("crawling", bool().withDefault(true))
                .field("msg", any())
                .field("timer", any())
                .field("last_run_at", any());
        return InventoryEntity.builder("/scheduler", "scheduler", "schedulers")
                .schema(schema)
                .listFields("_id", "name", "endpoint", "method", "task", "source", "enabled", "period_type", "interval",
                        "cron", "link", "total_run_count", "last_run_at", "crawling", "created_at", "updated_at",
                        "next_run_at", "last_run_status", "msg",
                        // the rest of Maestro 0.6's list fields (resFilled)
                        "args", "kwargs", "chain", "run_immediately")
                // written by scheduler-app only (compatibility.md D31), so not in the schema a user writes through
                .singleViewOfSchema("next_run_at", "last_run_status")
                .build();
    }
}
