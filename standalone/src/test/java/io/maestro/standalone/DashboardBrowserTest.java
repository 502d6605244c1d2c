package io.maestro.standalone;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.maestro.standalone.DashboardBrowser.JSON;
import static io.maestro.standalone.DashboardBrowser.choose;
import static io.maestro.standalone.DashboardBrowser.field;
import static io.maestro.standalone.DashboardBrowser.shot;
import static io.maestro.standalone.DashboardBrowser.signOut;
import static io.maestro.standalone.DashboardBrowser.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard in a real browser against the whole runtime (all ten services and the built SPA in this JVM): a user
 * signs up and in (the first user, so a Maestro administrator), creates a datacenter and a server, finds the server
 * with the search box, edits it, shares it with a second user who then sees it read-only, links it to an application,
 * reverts an edit from its history, adds an environment in the settings and picks it in a form, imports two servers
 * from an uploaded JSON file through a File connection, creates a team, switches to it and creates a server there,
 * switches the theme and signs out. Screenshots of the main pages go to {@code target/screenshots/}.
 *
 * <p>Needs Debian's Chromium at {@value DashboardBrowser#CHROMIUM} (Playwright downloads no browser here) and the SPA
 * bundle, which Maven builds unless {@code -Dskip.npm}; without the bundle the test is skipped.
 */
class DashboardBrowserTest {

    /** Services on 22000-27900, clear of StandaloneRuntimeTest (16000), a running Maestro and ephemeral ports. */
    private static final int PORT_OFFSET = 17000;
    private static final String PASSWORD = "browser-pass-1";

    @RegisterExtension
    final DashboardBrowser dashboard = new DashboardBrowser(PORT_OFFSET);

    @Test
    void aUserWorksThroughTheDashboard() throws Exception {
        try (BrowserContext ada = dashboard.newContext()) {
            Page page = ada.newPage();
            try {
                dashboard.signUp(page, "Ada Owner", "ada@example.com", PASSWORD);
                dashboard.signUpThroughTheApi("Bob Reader", "bob@example.com", PASSWORD);
                signOut(page);
                dashboard.signIn(page, "ada@example.com", PASSWORD);
                shot(page, "01-home");

                create(page, "datacenters", "New datacenter", Map.of("Name", "aws-prod"), Map.of("Provider", "AWS"));
                shot(page, "02-datacenter");
                create(page, "servers", "New server", Map.of("Name", "web-1", "Private IPv4", "10.20.30.40"),
                        Map.of("OS", "Linux", "Datacenter", "aws-prod (AWS)"));
                shot(page, "03-server");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("aws-prod").setExact(true)).click();
                page.waitForURL(Pattern.compile(".*#/dashboard/datacenters/single/[0-9a-f]{24}$"));
                assertThat(page.locator("[data-test=orphans]")).containsText("web-1");
                shot(page, "04-datacenter-with-its-server");

                page.navigate(dashboard.url("/dashboard"));
                String serverPage = findWithSearch(page, "10.20.30", "web-1");

                editHostname(page, "web-1.example.com");
                shot(page, "07-server-edited");

                share(page, "bob@example.com");

                try (BrowserContext bob = dashboard.newContext()) {
                    Page bobPage = bob.newPage();
                    dashboard.signIn(bobPage, "bob@example.com", PASSWORD);
                    bobPage.navigate(serverPage);
                    assertThat(field(bobPage, "web-1.example.com")).isVisible();
                    assertThat(bobPage.locator("[data-test=read-only]")).containsText("You have read access to this server.");
                    assertThat(bobPage.locator("[data-test=record-actions] button")).hasText(new String[] {"History"});
                    shot(bobPage, "09-read-only");
                }

                create(page, "applications", "New application", Map.of("Name", "orders-api"), Map.of());
                linkToApplication(page, serverPage, "orders-api", "web-1");

                page.navigate(serverPage);
                assertThat(page.locator("h2.mae-page-title")).containsText("web-1");
                editHostname(page, "web-2.example.com");
                revertFromHistory(page, serverPage, "web-1.example.com");

                addEnvironmentInSettings(page, "Load test");
                assertFormOffersEnvironment(page, serverPage, "Load test");

                importServersFromFile(page, "aws-prod", Map.of("import-1", "10.1.0.1", "import-2", "10.1.0.2"));

                String teamId = createTeamAndSwitch(page, "Ops team");
                shot(page, "10-team");
                create(page, "servers", "New server", Map.of("Name", "team-web"), Map.of());
                shot(page, "11-team-server");
                assertTeamOwnsTheServer(page, teamId);

                switchToDarkTheme(page);
                shot(page, "12-dark-theme");

                signOut(page);
                shot(page, "13-signed-out");
            } catch (Exception | AssertionError failure) {
                shot(page, "failure");
                throw failure;
            }
        }
    }

    /** Opens a list, its "New" dialog, fills text fields and picks select options, saves, and waits for the record page. */
    private void create(Page page, String list, String button, Map<String, String> texts, Map<String, String> choices) {
        page.navigate(dashboard.url("/dashboard/" + list));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(button));
        texts.forEach((label, value) -> dialog.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).fill(value));
        choices.forEach((label, option) -> choose(page, dialog, label, option));
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(Pattern.compile(".*#/dashboard/" + list + "/single/[0-9a-f]{24}$"));
        assertThat(page.locator("h2.mae-page-title")).containsText(texts.get("Name"));
        assertThat(page.locator(".mae-record-section").first()).isVisible();
    }

    /** Types part of the IP into the top bar search, opens the hit and returns the record page's address. */
    private static String findWithSearch(Page page, String text, String name) {
        page.getByPlaceholder(Pattern.compile("^Search servers")).pressSequentially(text);
        Locator hit = page.locator(".el-autocomplete-suggestion li", new Page.LocatorOptions().setHasText(name));
        assertThat(hit).isVisible();
        shot(page, "05-search");
        hit.click();
        page.waitForURL(Pattern.compile(".*#/dashboard/servers/single/[0-9a-f]{24}$"));
        assertThat(page.locator("h2.mae-page-title")).containsText(name);
        return page.url();
    }

    private static void editHostname(Page page, String hostname) {
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Edit server"));
        dialog.getByLabel("Hostname", new Locator.GetByLabelOptions().setExact(true)).fill(hostname);
        shot(page, "06-server-form");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(dialog).isHidden();
        assertThat(field(page, hostname)).isVisible();
    }

    private static void share(Page page, String email) {
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Share")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(Pattern.compile("^Share ")));
        dialog.getByLabel("E-mail of the user to add").fill(email);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(dialog.getByText(email)).isVisible();
        shot(page, "08-shared");
        dialog.getByLabel("Close this dialog").click();
        assertThat(dialog).isHidden();
    }

    /**
     * Links the server to the application with the server page's relation dialog: the server page (reloaded) links to
     * the application, and the application's page lists the server in its own "Servers" dialog.
     */
    private static void linkToApplication(Page page, String serverPage, String application, String server) {
        page.navigate(serverPage);
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Applications")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Applications of " + server));
        assertThat(dialog.getByText("Nothing linked.")).isVisible();
        dialog.locator(".mae-picker .el-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + application))).click();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        assertThat(dialog.getByText("1 to link, 0 to unlink")).isVisible();
        shot(page, "14-relation-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(dialog).isHidden();

        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(application).setExact(true));
        assertThat(link).isVisible();
        shot(page, "15-server-with-application");
        link.click();
        page.waitForURL(Pattern.compile(".*#/dashboard/applications/single/[0-9a-f]{24}$"));
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Servers")).click();
        Locator servers = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Servers of " + application));
        assertThat(servers.locator(".el-tag", new Locator.LocatorOptions().setHasText(server))).isVisible();
        shot(page, "16-application-with-server");
        servers.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
    }

    /**
     * Opens the server's history from its page, finds the change that set {@code hostname} (audit rows are written
     * through the broker, so the page is read again until it is there), reverts to it and sees the value back.
     */
    private static void revertFromHistory(Page page, String serverPage, String hostname) {
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("History")).click();
        page.waitForURL(Pattern.compile(".*#/dashboard/tracking/track/single/servers/[0-9a-f]{24}$"));
        Locator change = page.locator(".el-timeline-item", new Page.LocatorOptions().setHasText(hostname));
        Locator newest = page.locator(".el-timeline-item").first();
        for (int attempt = 0; attempt < 10 && (change.count() == 0 || !newest.textContent().contains("web-2")); attempt++) {
            page.waitForTimeout(1_000);
            page.reload();
            page.locator(".el-timeline-item").first().waitFor();
        }
        assertThat(newest).containsText("hostname");
        assertThat(change).hasCount(1);
        assertThat(change).containsText("Changed by");
        shot(page, "17-history");
        change.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert")).click();
        page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Revert to this version"))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revert")).click();
        assertThat(page.getByText(Pattern.compile("Server reverted to the version of"))).isVisible();
        shot(page, "18-history-reverted");
        page.navigate(serverPage);
        assertThat(page.locator("[data-test=record-actions]")).isVisible();
        assertThat(field(page, hostname)).isVisible();
    }

    /** As the administrator: adds a value to {@code env_options.environment} on the Settings page and saves it. */
    private void addEnvironmentInSettings(Page page, String environment) {
        page.navigate(dashboard.url("/dashboard/settings"));
        assertThat(page.locator("h2.mae-page-title")).hasText("Settings");
        page.getByText("env_options", new Page.GetByTextOptions().setExact(true)).click();
        page.getByLabel("New environment").fill(environment);
        page.locator(".el-input-group", new Page.LocatorOptions().setHas(page.getByLabel("New environment")))
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Add")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save env_options")).click();
        assertThat(page.getByText("env_options saved")).isVisible();
        shot(page, "19-settings");
    }

    /** The server's edit form offers the environment just added in the settings. */
    private static void assertFormOffersEnvironment(Page page, String serverPage, String environment) {
        page.navigate(serverPage);
        page.locator("[data-test=record-actions]").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Edit server"));
        dialog.getByLabel("Environment", new Locator.GetByLabelOptions().setExact(true)).click(new Locator.ClickOptions().setForce(true));
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(environment).setExact(true))).isVisible();
        shot(page, "20-form-offers-setting");
        // Escape closes the open list (and, in some Element Plus versions, the dialog with it).
        page.keyboard().press("Escape");
        if (dialog.isVisible()) {
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel")).click();
        }
        assertThat(dialog).isHidden();
    }

    /**
     * Creates a File connection with the wizard, uploading a JSON file in Maestro's template; runs its server-import
     * from the task drawer, sees the task turn Done without a reload (the websocket push), and the servers listed.
     */
    private void importServersFromFile(Page page, String datacenter, Map<String, String> servers) throws Exception {
        Path file = dashboard.data().resolve("inventory.json");
        Files.writeString(file, JSON.writeValueAsString(Map.of("servers", servers.entrySet().stream()
                .map(server -> Map.of("name", server.getKey(), "ipv4_private", server.getValue())).toList())));

        page.navigate(dashboard.url("/dashboard/connections"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New connection")).click();
        Locator wizard = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New connection"));
        wizard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile("^File"))).click();
        wizard.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill("inventory file");
        // Both selects filter: typing opens their list (regions also offer the typed text as a new one).
        wizard.getByLabel("Datacenter", new Locator.GetByLabelOptions().setExact(true)).fill(datacenter);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^" + datacenter))).click();
        wizard.getByLabel("Regions", new Locator.GetByLabelOptions().setExact(true)).fill("all");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("all").setExact(true)).click();
        assertThat(wizard.locator(".el-select .el-tag", new Locator.LocatorOptions().setHasText("all"))).isVisible();
        // A click outside closes the region list, which covers the buttons.
        wizard.getByText("Upload a json file.").click();
        assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("all").setExact(true))).isHidden();
        shot(page, "21-connection-wizard");
        wizard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next")).click();
        wizard.locator("input[type=file][aria-label='Upload file']").setInputFiles(file);
        assertThat(wizard.locator(".el-tag", new Locator.LocatorOptions().setHasText("inventory-json.json"))).isVisible();
        shot(page, "22-connection-upload");
        wizard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(wizard).isHidden();

        Locator row = page.locator(".el-table__row", new Page.LocatorOptions().setHasText("inventory file"));
        assertThat(row).isVisible();
        shot(page, "23-connections");
        row.getByLabel("Tasks of inventory file").click();
        Locator drawer = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Tasks of inventory file"));
        Locator task = drawer.locator(".el-table__row", new Locator.LocatorOptions().setHasText("server-import"));
        task.getByLabel("Run server-import").click();
        assertThat(task).containsText("Done", new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        shot(page, "24-connection-task-done");
        // The same push as a notification; closed, as it covers the top bar.
        Locator notification = page.locator(".el-notification", new Page.LocatorOptions().setHasText("Finish Sync - [File] server-import"));
        assertThat(notification).isVisible();
        notification.locator(".el-notification__closeBtn").click();
        assertThat(notification).isHidden();

        page.navigate(dashboard.url("/dashboard/servers"));
        for (String name : servers.keySet()) {
            assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(name).setExact(true))).isVisible();
        }
        shot(page, "25-imported-servers");
    }

    /** Creates a team on the Teams page, then picks it in the top bar's tenant switch; returns the team's id. */
    private String createTeamAndSwitch(Page page, String name) {
        page.navigate(dashboard.url("/dashboard/teams"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New team")).click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New team"));
        dialog.getByLabel("Name", new Locator.GetByLabelOptions().setExact(true)).fill(name);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
        page.waitForURL(Pattern.compile(".*#/dashboard/teams/single/[0-9a-f]{24}$"));
        String teamId = page.url().replaceFirst(".*/single/", "");
        assertThat(page.locator("h2.mae-page-title")).containsText(name);
        choose(page, page.locator(".mae-topbar"), "Tenant", "Team " + name);
        assertThat(page.locator("h2.mae-page-title")).containsText("current tenant");
        return teamId;
    }

    /** What the dashboard created in the team tenant is the team's: listed under /teams/:id/servers, not personally. */
    private void assertTeamOwnsTheServer(Page page, String teamId) throws Exception {
        String token = token(page);
        assertThat(names(dashboard.getJson("/teams/" + teamId + "/servers", token))).containsExactly("team-web");
        assertThat(names(dashboard.getJson("/servers", token))).containsExactlyInAnyOrder("web-1", "import-1", "import-2");
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.path("items").forEach(item -> names.add(item.path("name").asString()));
        return names;
    }

    private static void switchToDarkTheme(Page page) {
        page.getByLabel("Theme").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName(Pattern.compile("^Dark"))).click();
        assertThat(page.locator("html")).hasClass(Pattern.compile("\\bdark\\b"));
        assertThat(page.evaluate("() => localStorage.getItem('maestro_theme')")).isEqualTo("dark");
    }
}
