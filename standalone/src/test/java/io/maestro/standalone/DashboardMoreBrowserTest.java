package io.maestro.standalone;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.maestro.standalone.DashboardBrowser.JSON;
import static io.maestro.standalone.DashboardBrowser.shot;
import static io.maestro.standalone.DashboardBrowser.signOut;
import static io.maestro.standalone.DashboardBrowser.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.maestro.common.token.PrivateServiceTokens;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard pages {@link DashboardBrowserTest} leaves out, in a real browser against the whole runtime: an
 * application's dependency editor (add, change, remove), the events page, the scheduler page with a job's runs, the
 * dependency maker, and the profile's avatar upload, password change and account deletion. What a page only shows is
 * seeded through the API (applications, a system, events, a job and its runs); each step checks what a user sees,
 * after a reload where it matters, and that the API agrees. Screenshots go to {@code target/screenshots/more-*.png}.
 *
 * <p>Needs Debian's Chromium at {@value DashboardBrowser#CHROMIUM} and the SPA bundle (see {@link DashboardBrowser}).
 */
class DashboardMoreBrowserTest {

    /**
     * Services on 23000-28900: each port is distinct from those of DashboardBrowserTest (17000) and
     * StandaloneRuntimeTest (16000), which may run at the same time.
     */
    private static final int PORT_OFFSET = 18000;
    private static final String PASSWORD = "browser-pass-1";
    private static final String OBJECT_ID = "[0-9a-f]{24}";

    @RegisterExtension
    final DashboardBrowser dashboard = new DashboardBrowser(PORT_OFFSET);

    @Test
    void aUserWorksThroughTheRestOfTheDashboard() throws Exception {
        try (BrowserContext context = dashboard.newContext()) {
            Page page = context.newPage();
            try {
                dashboard.signUp(page, "Ada Owner", "ada@example.com", PASSWORD);
                String token = token(page);
                String ordersApi = createRecord(token, "/applications", Map.of("name", "orders-api", "family", "Application"));
                String paymentsDb = createRecord(token, "/applications", Map.of("name", "payments-db", "family", "Database"));
                String authApi = createRecord(token, "/applications", Map.of("name", "auth-api", "family", "Application"));
                String shop = createRecord(token, "/system", Map.of("name", "shop"));

                editDependencies(page, token, ordersApi, paymentsDb);
                makeDependencyTree(page, token, shop, ordersApi, paymentsDb, authApi);
                readEvents(page, token);
                readSchedulerRuns(page, token);
            } catch (Exception | AssertionError failure) {
                shot(page, "more-failure");
                throw failure;
            }
        }
        try (BrowserContext context = dashboard.newContext()) {
            Page page = context.newPage();
            try {
                // Not the first user, so not the last administrator: this account may be deleted.
                dashboard.signUpThroughTheApi("Cleo Profile", "cleo@example.com", PASSWORD);
                dashboard.signIn(page, "cleo@example.com", PASSWORD);
                uploadAvatar(page);
                changePassword(page, "cleo@example.com", "cleo-new-pass");
                deleteAccount(page, "cleo@example.com", "cleo-new-pass");
            } catch (Exception | AssertionError failure) {
                shot(page, "more-failure-profile");
                throw failure;
            }
        }
    }

    /**
     * On orders-api's page: adds a dependency on payments-db with the "Dependencies" dialog, changes its endpoint,
     * sees it on the reloaded page and stored on the application, then removes it.
     */
    private void editDependencies(Page page, String token, String applicationId, String dependencyId) throws Exception {
        page.navigate(dashboard.url("/dashboard/applications/single/" + applicationId));
        Locator dependencies = openDependencies(page, "orders-api");
        assertThat(dependencies.getByText("0 dependencies")).isVisible();

        dependencies.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add dependency")).click();
        Locator form = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New dependency of orders-api"));
        form.getByLabel("Depends on").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^payments-db"))).click();
        // Picking the application proposes its family.
        assertThat(form.locator(".el-form-item", new Locator.LocatorOptions().setHasText("Family"))).containsText("Database");
        form.getByLabel("Endpoint").fill("tcp://payments-db:5432");
        form.getByLabel("Environment").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Production").setExact(true)).click();
        shot(page, "more-01-dependency-form");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(form).isHidden();
        Locator row = dependencies.locator(".el-table__row", new Locator.LocatorOptions().setHasText("payments-db"));
        assertThat(row).containsText("tcp://payments-db:5432");
        assertThat(row).containsText("Production");
        assertThat(dependencies.getByText("1 dependency")).isVisible();

        row.getByLabel("Change payments-db").click();
        Locator change = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Dependency on payments-db"));
        change.getByLabel("Endpoint").fill("tcp://payments-db:6432");
        change.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(change).isHidden();
        assertThat(row).containsText("tcp://payments-db:6432");
        shot(page, "more-02-dependencies");

        page.reload();
        Locator dependsOn = page.locator(".el-descriptions__label", new Page.LocatorOptions().setHasText("Depends on"));
        assertThat(dependsOn).hasCount(1);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("payments-db").setExact(true))).isVisible();
        JsonNode stored = dashboard.getJson("/applications/" + applicationId, token).path("deps");
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).path("_id").asString()).isEqualTo(dependencyId);
        assertThat(stored.get(0).path("family").asString()).isEqualTo("Database");
        assertThat(stored.get(0).path("endpoint").asString()).isEqualTo("tcp://payments-db:6432");
        assertThat(stored.get(0).path("environment").asString()).isEqualTo("Production");
        shot(page, "more-03-application-depends-on");

        dependencies = openDependencies(page, "orders-api");
        dependencies.getByLabel("Remove payments-db").click();
        page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Remove dependency"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("OK")).click();
        assertThat(dependencies.getByText("0 dependencies")).isVisible();
        assertThat(dependencies.getByText("No dependencies")).isVisible();
        page.reload();
        assertThat(page.locator(".el-descriptions__label", new Page.LocatorOptions().setHasText("Family"))).isVisible();
        assertThat(dependsOn).hasCount(0);
        assertThat(dashboard.getJson("/applications/" + applicationId, token).path("deps")).isEmpty();
    }

    private static Locator openDependencies(Page page, String application) {
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dependencies")).click();
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Dependencies of " + application));
    }

    /**
     * In the dependency maker: chooses the system shop, orders-api as its entry point, orders-api → payments-db →
     * auth-api, saves; the API has the system's entry and both applications' deps, and the reopened maker, given the
     * system again, rebuilds the same tree from what is stored.
     */
    private void makeDependencyTree(Page page, String token, String systemId, String ordersApi, String paymentsDb,
            String authApi) throws Exception {
        page.navigate(dashboard.url("/dashboard/analytics/dependency-maker"));
        assertThat(page.locator("h2.mae-page-title")).hasText("Dependency maker");
        pickInMaker(page, makerCard(page, "Systems"), "shop");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Applications of shop"))).isVisible();

        Locator entryPoints = makerCard(page, "Entry points");
        pickInMaker(page, entryPoints, "orders-api");
        entryPoints.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(entryPoints.locator(".el-tag", new Locator.LocatorOptions().setHasText("orders-api"))).isVisible();

        Locator orders = treeCard(page, "orders-api");
        assertThat(orders).containsText("nothing");
        pickInMaker(page, orders, "payments-db");
        orders.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(orders.locator(".el-tag", new Locator.LocatorOptions().setHasText("payments-db"))).isVisible();
        Locator payments = treeCard(page, "payments-db");
        pickInMaker(page, payments, "auth-api");
        payments.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(treeCard(page, "auth-api")).containsText("nothing");
        shot(page, "more-04-dependency-maker");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the tree")).click();
        assertThat(page.getByText(Pattern.compile("^Dependencies saved \\("))).isVisible();
        assertThat(ids(dashboard.getJson("/system/" + systemId, token).path("entry"))).containsExactly(ordersApi);
        assertThat(ids(dashboard.getJson("/applications/" + ordersApi, token).path("deps"))).containsExactly(paymentsDb);
        assertThat(ids(dashboard.getJson("/applications/" + paymentsDb, token).path("deps"))).containsExactly(authApi);

        page.reload();
        assertThat(page.locator(".mae-maker-card")).hasCount(2);
        pickInMaker(page, makerCard(page, "Systems"), "shop");
        // The system proposes its stored entry point, and each application comes with its stored dependencies.
        assertThat(entryPoints.locator(".el-tag", new Locator.LocatorOptions().setHasText("orders-api"))).isVisible();
        assertThat(treeCard(page, "orders-api").locator(".el-tag", new Locator.LocatorOptions().setHasText("payments-db"))).isVisible();
        assertThat(treeCard(page, "payments-db").locator(".el-tag", new Locator.LocatorOptions().setHasText("auth-api"))).isVisible();
        shot(page, "more-05-dependency-maker-reloaded");

        page.navigate(dashboard.url("/dashboard/applications/single/" + ordersApi));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("payments-db").setExact(true))).isVisible();
    }

    /** The card of an application in the maker's tree (its header starts with the application's name). */
    private static Locator treeCard(Page page, String application) {
        return makerCard(page, application + " ");
    }

    private static Locator makerCard(Page page, String headerStart) {
        return page.locator(".mae-maker-card", new Page.LocatorOptions().setHas(page.locator(".el-card__header",
                new Page.LocatorOptions().setHasText(Pattern.compile("^\\s*" + literal(headerStart))))));
    }

    /** Opens the record picker in {@code scope}, types the name and picks the record. */
    private static void pickInMaker(Page page, Locator scope, String name) {
        scope.locator(".mae-picker .el-select").click();
        page.keyboard().type(name);
        Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + name)));
        option.click();
        // A multiple picker stays open after a pick, over what is below it: a click outside closes it.
        page.locator("h2.mae-page-title").click();
        assertThat(option).isHidden();
    }

    /**
     * The events page lists the user's events (seeded through {@code POST /events}) newest first with their status,
     * narrows them by message and by context, and lists them again after a reload; the home page's recent events too.
     */
    private void readEvents(Page page, String token) throws Exception {
        createRecord(token, "/events", Map.of("msg", "Backup finished for orders-db", "context", "backup", "status", "success"));
        createRecord(token, "/events", Map.of("msg", "Disk almost full on web-1", "context", "monitor", "status", "warning"));
        createRecord(token, "/events", Map.of("msg", "Sync failed for aws-prod", "context", "discovery", "status", "danger"));

        page.navigate(dashboard.url("/dashboard/events"));
        assertThat(page.locator("h2.mae-page-title")).hasText("Events 3");
        Locator rows = page.locator(".el-table__body .el-table__row");
        assertThat(rows).hasCount(3);
        assertThat(rows.first()).containsText("Sync failed for aws-prod");
        assertThat(rows.first().locator(".el-tag")).hasText("danger");
        shot(page, "more-06-events");

        page.getByLabel("Filter by message").fill("Disk");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Disk almost full on web-1");
        assertThat(rows.first()).containsText("monitor");
        page.getByLabel("Filter by message").fill("");
        page.getByLabel("Filter by context").fill("backup");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Backup finished for orders-db");
        shot(page, "more-07-events-filtered");

        page.reload();
        assertThat(page.locator("h2.mae-page-title")).hasText("Events 3");
        assertThat(rows).hasCount(3);

        page.navigate(dashboard.url("/dashboard"));
        assertThat(page.getByText("Disk almost full on web-1")).isVisible();
    }

    /**
     * The scheduler page lists a job created through {@code POST /scheduler}; a click opens it with its runs, the
     * events scheduler-app records for a job (written here as it does: through data-app, the job as their only ACL
     * entry), whose description opens under the row.
     */
    private void readSchedulerRuns(Page page, String token) throws Exception {
        String job = createRecord(token, "/scheduler", Map.of("name", "nightly export", "endpoint", "http://hooks.example/export",
                "period_type", "interval", "interval", Map.of("every", 1, "period", "days")));
        recordRuns(job, List.of(
                Map.of("msg", "Scheduler run - nightly export #1", "status", "success", "description", "{\"exported\": 120}"),
                Map.of("msg", "Scheduler run - nightly export #2", "status", "danger", "description", "{\"error\": \"timeout\"}")));
        assertThat(dashboard.getJson("/scheduler/" + job + "/events", token).path("found").asInt()).isEqualTo(2);

        page.navigate(dashboard.url("/dashboard/scheduler"));
        assertThat(page.locator("h2.mae-page-title")).hasText("Scheduler 1");
        Locator jobRow = page.locator(".el-table__row", new Page.LocatorOptions().setHasText("nightly export"));
        assertThat(jobRow).containsText("webhook");
        assertThat(jobRow).containsText("interval");
        jobRow.click();

        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("nightly export"));
        assertThat(drawer.locator(".el-descriptions")).containsText("every 1 days");
        assertThat(drawer.locator(".el-descriptions")).containsText("http://hooks.example/export");
        assertThat(drawer.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Runs"))).containsText("2");
        Locator runs = drawer.locator(".el-table__body .el-table__row");
        assertThat(runs).hasCount(2);
        Locator failedRun = runs.filter(new Locator.FilterOptions().setHasText("#2"));
        assertThat(failedRun.locator(".el-tag")).hasText("danger");
        failedRun.locator(".el-table__expand-icon").click();
        assertThat(drawer.locator(".mae-event-description")).containsText("timeout");
        shot(page, "more-08-scheduler-runs");
    }

    /** Writes run events of {@code job} as scheduler-app does: {@code PUT /events} on data-app with a service token. */
    private void recordRuns(String job, List<Map<String, String>> runs) throws Exception {
        Map<String, String> secrets = SecretsFile.loadOrCreate(dashboard.data().resolve("secrets.env"));
        String serviceToken = new PrivateServiceTokens(secrets.get("MAESTRO_SECRETJWT_PRIVATE"), secrets.get("MAESTRO_NOAUTH"))
                .issue("scheduler");
        List<Map<String, Object>> events = runs.stream().<Map<String, Object>>map(run -> Map.of(
                "msg", run.get("msg"), "status", run.get("status"), "description", run.get("description"),
                "context", "scheduler", "active", true,
                "roles", List.of(Map.of("_id", job, "refs", "scheduler", "role", 5)))).toList();
        HttpResponse<String> response = DashboardBrowser.HTTP.send(HttpRequest.newBuilder(
                        URI.create(dashboard.settings().internalUrl(MaestroService.DATA) + "/events"))
                .header("Authorization", "JWT " + serviceToken).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("body", events)))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("nInserted").asInt()).as(response.body()).isEqualTo(runs.size());
    }

    /**
     * Uploads a PNG as the avatar on the profile page: it shows there and in the top bar (the image loads from the
     * static files), still after a reload, and {@code GET /me} names the stored file.
     */
    private void uploadAvatar(Page page) throws Exception {
        Path png = dashboard.data().resolve("avatar.png");
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        image.getGraphics().fillRect(8, 8, 16, 16);
        ImageIO.write(image, "png", png.toFile());

        page.navigate(dashboard.url("/dashboard/profile"));
        assertThat(page.getByLabel("E-mail")).hasValue("cleo@example.com");
        page.locator("input[type=file][aria-label='Avatar file']").setInputFiles(png);
        assertThat(page.getByText("Avatar saved")).isVisible();
        String avatar = dashboard.getJson("/me", token(page)).path("avatar").asString();
        assertThat(avatar).endsWith(".png");

        page.reload();
        Locator profileAvatar = page.locator("[data-test=profile-avatar] img");
        assertThat(profileAvatar).hasAttribute("src", Pattern.compile(literal(avatar) + "$"));
        assertLoaded(profileAvatar);
        assertLoaded(page.locator(".mae-user img"));
        shot(page, "more-09-profile-avatar");
    }

    private static void assertLoaded(Locator image) {
        image.waitFor();
        assertThat((Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0"))
                .as("%s loaded", image.getAttribute("src")).isTrue();
    }

    /** Changes the password on the profile page; then the old one is refused at sign-in and the new one works. */
    private void changePassword(Page page, String email, String newPassword) throws Exception {
        page.getByLabel("Current password").fill(PASSWORD);
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill(newPassword);
        page.getByLabel("Repeat new password").fill(newPassword);
        page.locator("[data-test=password-form]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByText("Password changed")).isVisible();
        assertThat(page.getByLabel("Current password")).hasValue("");
        shot(page, "more-10-password-changed");

        signOut(page);
        assertSignInRefused(page, email, PASSWORD);
        assertThat(signInThroughTheApi(email, PASSWORD)).isEqualTo(400);
        dashboard.signIn(page, email, newPassword);
        assertThat(signInThroughTheApi(email, newPassword)).isEqualTo(200);
    }

    /**
     * Deletes the account from the profile page: the button waits for the typed e-mail; afterwards the user is on the
     * sign-in page and cannot sign in again.
     */
    private void deleteAccount(Page page, String email, String password) throws Exception {
        page.navigate(dashboard.url("/dashboard/profile"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Delete your account"));
        Locator delete = dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Delete account"));
        assertThat(delete).isDisabled();
        dialog.getByLabel("Confirm e-mail").fill(email.toUpperCase());
        assertThat(delete).isEnabled();
        shot(page, "more-11-delete-account");
        delete.click();
        page.waitForURL(Pattern.compile(".*#/auth/login.*"));
        assertThat(page.getByText("Your account was deleted")).isVisible();
        assertThat(page.evaluate("() => localStorage.getItem('x-access')")).isNull();

        assertSignInRefused(page, email, password);
        shot(page, "more-12-deleted-account-refused");
        assertThat(signInThroughTheApi(email, password)).isNotEqualTo(200);
    }

    private void assertSignInRefused(Page page, String email, String password) {
        dashboard.submitSignIn(page, email, password);
        assertThat(page.locator(".mae-form-alert")).containsText("Invalid username or password");
        assertThat(page).hasURL(Pattern.compile(".*#/auth/login.*"));
    }

    private int signInThroughTheApi(String email, String password) throws Exception {
        return dashboard.send("POST", "/users/auth", null, Map.of("email", email, "password", password)).statusCode();
    }

    /** Creates a record through server-app as the user and returns its id. */
    private String createRecord(String token, String route, Map<String, ?> body) throws Exception {
        String id = dashboard.postJson(route, token, body).path("_id").asString();
        assertThat(id).matches(OBJECT_ID);
        return id;
    }

    /** {@code text} as a regular expression matching it literally (Playwright runs patterns as JavaScript ones, which lack {@code \Q...\E}). */
    private static String literal(String text) {
        return text.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
    }

    private static List<String> ids(JsonNode entries) {
        return entries.valueStream().map(entry -> entry.path("_id").asString()).toList();
    }
}
