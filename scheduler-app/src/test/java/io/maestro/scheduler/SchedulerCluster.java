package io.maestro.scheduler;

import static io.maestro.common.testsupport.Eventually.eventually;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.maestro.common.messaging.MessagePublisher;
import io.maestro.common.scheduler.JobChanged;
import io.maestro.common.testsupport.MaestroTestEnvironment;
import io.maestro.data.DataApplication;
import io.maestro.scheduler.domain.SchedulerProperties;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * data-app and any number of scheduler-apps in one JVM, on the in-process store and the machine's RabbitMQ; discovery-app,
 * reports-app, analytics-app and outside endpoints played by one WireMock. The schedulers share their board (a
 * collection of their own per cluster) and take job changes from a queue of their own, so that no other scheduler of
 * this JVM or machine takes them.
 */
final class SchedulerCluster implements AutoCloseable {

    /** Who holds every job the cluster stores (role 7 on it), as server-app makes a job's creator. */
    static final ObjectId HOLDER = new ObjectId();

    private final String name;
    private final String[] extraArgs;
    private final ConfigurableApplicationContext dataApp;
    private final WireMockServer peers;
    private final List<ConfigurableApplicationContext> schedulers = new ArrayList<>();

    private SchedulerCluster(String name, String... extraArgs) {
        this.name = name;
        this.extraArgs = extraArgs;
        dataApp = DataApplication.builder().initializers(new MaestroTestEnvironment()).run("--server.port=0");
        for (String collection : List.of("schedulers", "events", "connections", "reports")) {
            if (inventory().collectionExists(collection)) {
                inventory().dropCollection(collection);
            }
        }
        peers = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        peers.start();
    }

    /** data-app, the WireMock peers and {@code instances} schedulers, each started with {@code extraArgs}. */
    static SchedulerCluster start(String name, int instances, String... extraArgs) {
        SchedulerCluster cluster = new SchedulerCluster(name, extraArgs);
        for (int instance = 0; instance < instances; instance++) {
            cluster.startScheduler();
        }
        return cluster;
    }

    /** One more scheduler-app; {@code moreArgs} after the cluster's own. */
    ConfigurableApplicationContext startScheduler(String... moreArgs) {
        String peersUrl = peers.baseUrl();
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--maestro.peers.data=" + dataAppUrl(),
                "--maestro.peers.discovery=" + peersUrl,
                "--maestro.peers.report=" + peersUrl + "/reports-app",
                "--maestro.peers.analytics=" + peersUrl + "/analytics-app",
                "--maestro.scheduler.queue=" + name,
                "--maestro.messaging.queues=" + name,
                "--maestro.scheduler.collection=" + name,
                "--maestro.scheduler.instance=" + name + "-" + (schedulers.size() + 1),
                "--maestro.scheduler.poll-interval=200ms",
                "--maestro.scheduler.loop-time=1s",
                "--maestro.scheduler.leader-lease=10s",
                "--maestro.timeout=1500ms"));
        args.addAll(List.of(extraArgs));
        args.addAll(List.of(moreArgs));
        // a later argument replaces an earlier one of the same name (Boot would join them)
        Map<String, String> byName = new LinkedHashMap<>();
        args.forEach(arg -> byName.put(arg.substring(0, arg.indexOf('=')), arg));
        ConfigurableApplicationContext scheduler = SchedulerApplication.builder()
                .initializers(new MaestroTestEnvironment()).run(byName.values().toArray(String[]::new));
        schedulers.add(scheduler);
        return scheduler;
    }

    ConfigurableApplicationContext scheduler(int index) {
        return schedulers.get(index);
    }

    /** data-app's base URL, as the schedulers know it. */
    String dataAppUrl() {
        return "http://127.0.0.1:" + port(dataApp);
    }

    WireMockServer peers() {
        return peers;
    }

    /** data-app's store: where server-app keeps jobs, connections, reports and events. */
    MongoTemplate inventory() {
        return dataApp.getBean(MongoTemplate.class);
    }

    /** The schedulers' own store (the board), through the last one started. */
    MongoTemplate schedulerStore() {
        return schedulers.get(schedulers.size() - 1).getBean(MongoTemplate.class);
    }

    String boardCollection() {
        return schedulers.get(schedulers.size() - 1).getBean(SchedulerProperties.class).collection();
    }

    /** Stores a job as server-app creates it (its defaults, {@code crawling: true}) with {@code fields} over them. */
    ObjectId storeJob(Document fields) {
        ObjectId id = new ObjectId();
        Date now = new Date();
        Document job = new Document("_id", id).append("name", "job " + id).append("_cls", "PeriodicTask")
                .append("enabled", true).append("active", true).append("method", "GET").append("task", "webhook")
                .append("period_type", "interval").append("interval", new Document("every", 5).append("period", "minutes"))
                .append("total_run_count", 1).append("run_immediately", false).append("crawling", true)
                .append("roles", List.of(heldBy(HOLDER, 7))).append("created_at", now).append("updated_at", now);
        job.putAll(fields);
        inventory().insert(job, "schedulers");
        return id;
    }

    /** An ACL entry giving {@code user} {@code role}. */
    static Document heldBy(ObjectId user, int role) {
        return new Document("_id", user).append("refs", "users").append("role", role);
    }

    /**
     * {@code path} on an outside server: WireMock under another host name than the one the services know it by, so
     * that it is on no service's base URL.
     */
    String outside(String path) {
        return peers.baseUrl().replace("localhost", "127.0.0.1") + path;
    }

    /** What server-app does after each write of a job: tells the schedulers on their queue. */
    void announce(ObjectId jobId) {
        schedulers.get(schedulers.size() - 1).getBean(MessagePublisher.class).publish(name, new JobChanged(jobId.toHexString()));
    }

    /** Changes the stored job as a PATCH through server-app does (and marks it {@code crawling}), then announces it. */
    void patchJob(ObjectId jobId, Document fields) {
        inventory().getCollection("schedulers").updateOne(new Document("_id", jobId), new Document("$set",
                new Document(fields).append("crawling", true).append("updated_at", new Date())));
        announce(jobId);
    }

    Document job(ObjectId id) {
        return inventory().findById(id, Document.class, "schedulers");
    }

    /** The job's run events, as {@code GET /scheduler/:id/events} finds them ({@code roles._id}), oldest first. */
    List<Document> events(ObjectId jobId) {
        return inventory().find(new Query(Criteria.where("roles._id").in(jobId, jobId.toHexString()))
                .with(org.springframework.data.domain.Sort.by("_id")), Document.class, "events");
    }

    /** Requests the peers' stand-in got on {@code path}. */
    List<LoggedRequest> requests(String path) {
        return peers.findAll(anyRequestedFor(urlPathEqualTo(path)));
    }


    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        schedulers.forEach(ConfigurableApplicationContext::close);
        dataApp.close();
        peers.stop();
    }
}
