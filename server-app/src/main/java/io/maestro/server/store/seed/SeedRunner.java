package io.maestro.server.store.seed;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seeds the inventory database on start (adminer settings, services catalogue, public flavor price lists).
 * {@code maestro.seed.enabled=false} turns it off.
 */
@Component
@ConditionalOnProperty(name = "maestro.seed.enabled", havingValue = "true", matchIfMissing = true)
public class SeedRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedRunner.class);

    private final SeedCatalog catalog;
    private final SeedApplier applier;

    public SeedRunner(SeedCatalog catalog, SeedApplier applier) {
        this.catalog = catalog;
        this.applier = applier;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed();
    }

    /** Applies every set that changed since it was last applied; returns what happened to each. */
    public List<SeedOutcome> seed() {
        long started = System.nanoTime();
        List<SeedOutcome> outcomes = catalog.sets().stream().map(applier::apply).toList();
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        outcomes.stream()
                .filter(outcome -> outcome.status() == SeedOutcome.Status.APPLIED)
                .forEach(outcome -> log.info("Seed {} applied: {} inserted, {} updated, {} unchanged, {} kept as edited",
                        outcome.set(), outcome.inserted(), outcome.updated(), outcome.unchanged(),
                        outcome.keptEdited()));
        log.info("Seed data checked: {} sets in {} ms", outcomes.size(), tookMillis);
        return outcomes;
    }
}
