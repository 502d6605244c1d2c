package io.maestro.scheduler.store;

import io.maestro.scheduler.domain.Job;
import io.maestro.scheduler.domain.RunEvents;
import io.maestro.scheduler.domain.RunOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** {@link RunEvents} as documents of data-app's {@code events}, in the shape 0.6's scheduler wrote (§8). */
@Component
public class DataAppRunEvents implements RunEvents {

    private final DataAppCalls data;

    public DataAppRunEvents(DataAppCalls data) {
        this.data = data;
    }

    @Override
    public void record(Job job, RunOutcome outcome) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("msg", "Scheduler run - " + job.name());
        event.put("context", "scheduler");
        event.put("description", outcome.description());
        event.put("roles", List.of(Map.of("_id", job.id(), "refs", "scheduler", "role", 5)));
        event.put("status", outcome.status());
        event.put("active", true);
        data.bulk("events", List.of(event));
    }
}
