package io.maestro.standalone;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.maestro.standalone.DashboardBrowser.shot;
import static io.maestro.standalone.DashboardBrowser.token;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Graphs page in Chromium: a map made from a system is drawn, its tooltip shows on hover, and its public link
 * opens in a browser that never signed in.
 */
class AnalyticsBrowserTest {

    /** Services on 18500-24400; distinct from the other browser tests' ports, which may run at the same time. */
    private static final int PORT_OFFSET = 13500;

    @RegisterExtension
    final DashboardBrowser dashboard = new DashboardBrowser(PORT_OFFSET);

    @Test
    void aMapFromASystemIsDrawnAndSharedPublicly() throws Exception {
        String link;
        try (BrowserContext context = dashboard.newContext()) {
            Page page = context.newPage();
            try {
                dashboard.signUp(page, "Ada Owner", "ada@example.com", "browser-pass-1");
                String token = token(page);
                String database = dashboard.postJson("/applications", token, Map.of("name", "orders-db",
                        "family", "Database")).path("_id").asString();
                String api = dashboard.postJson("/applications", token, Map.of("name", "orders-api",
                        "family", "Application", "deps", List.of(Map.of("_id", database, "name", "orders-db"))))
                        .path("_id").asString();
                dashboard.postJson("/system", token, Map.of("name", "shop", "entry",
                        List.of(Map.of("_id", api, "name", "orders-api"))));

                page.navigate(dashboard.url("/dashboard/graphs"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New map")).click();
                Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New map"));
                dialog.getByPlaceholder("3 to 30 characters").fill("Shop map");
                dialog.locator(".mae-picker .el-select").click();
                page.keyboard().type("shop");
                page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^shop"))).click();
                dialog.getByText("Start from").click();
                dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Draw the map")).click();

                FrameLocator viewer = page.frameLocator("iframe[title='Map viewer']");
                Locator boundary = viewer.locator("#app-" + api);
                assertThat(boundary).isAttached(new com.microsoft.playwright.assertions.LocatorAssertions
                        .IsAttachedOptions().setTimeout(90_000));
                boundary.hover(new Locator.HoverOptions().setForce(true));
                assertThat(viewer.locator("#tool-" + api)).hasAttribute("visibility", "visible");
                assertThat(viewer.locator("#tool-" + api)).containsText("orders-api");
                shot(page, "analytics-01-map");

                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share publicly")).click();
                Locator publicLink = page.getByLabel("Public link");
                assertThat(publicLink).hasValue(Pattern.compile("/graphs/public/[0-9a-f]{24}\\?token="));
                link = publicLink.inputValue();
            } catch (Exception | AssertionError failure) {
                shot(page, "analytics-failure");
                throw failure;
            }
        }
        try (BrowserContext stranger = dashboard.newContext()) {
            Page page = stranger.newPage();
            page.navigate(link.startsWith("//") ? "http:" + link : link);
            assertThat(page.locator("svg.maestro-graph")).isVisible();
            assertThat(page.locator("#graph-name")).hasText("Shop map");
            shot(page, "analytics-02-public");
        }
    }
}
