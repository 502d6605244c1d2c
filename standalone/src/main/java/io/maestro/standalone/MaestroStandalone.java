package io.maestro.standalone;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code ./maestro up}: starts the whole runtime and prints where everything is. */
public final class MaestroStandalone {

    private static final Logger log = LoggerFactory.getLogger(MaestroStandalone.class);

    private MaestroStandalone() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        StandaloneRuntime runtime;
        try {
            runtime = StandaloneRuntime.start(StandaloneSettings.fromEnvironment(System.getenv()));
        } catch (Exception e) {
            log.error("Maestro did not start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(runtime::close, "maestro-shutdown"));
        Map<MaestroService, String> answers = runtime.probe();
        System.out.println(runtime.summary(answers, (System.nanoTime() - started) / 1e9));
    }
}
