package io.maestro.standalone;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.maestro.standalone.DashboardBrowser.choose;
import static io.maestro.standalone.DashboardBrowser.shot;
import static io.maestro.standalone.DashboardBrowser.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reports pages in a real browser against the whole runtime: a pivot report made with the "New report" wizard
 * (a filter on the systems level) turns {@code finished} in the list without a reload (reports-app's push), its page
 * opens a chart, and its CSV download holds the joined rows under dotted headers. Screenshots go to
 * {@code target/screenshots/reports-*.png}.
 *
 * <p>Needs Debian's Chromium at {@value DashboardBrowser#CHROMIUM} and the SPA bundle (see {@link DashboardBrowser}).
 */
class DashboardReportsBrowserTest {

    /** Services on 26000-31900: distinct from the other standalone tests' ports and below the ephemeral range. */
    private static final int PORT_OFFSET = 21000;

    @RegisterExtension
    final DashboardBrowser dashboard = new DashboardBrowser(PORT_OFFSET);

    @Test
    void aPivotReportMadeInTheWizardFinishesLiveAndDownloads() throws Exception {
        try (BrowserContext context = dashboard.newContext()) {
            Page page = context.newPage();
            try {
                dashboard.signUp(page, "Ada Reports", "ada-reports@example.com", "browser-pass-1");
                String token = token(page);
                String acme = dashboard.postJson("/clients", token, Map.of("name", "Acme")).path("_id").asString();
                for (String system : List.of("ERP", "CRM", "Blog")) {
                    dashboard.postJson("/system", token, Map.of("name", system,
                            "clients", List.of(Map.of("_id", acme, "name", "Acme"))));
                }

                page.navigate(dashboard.url("/dashboard/reports"));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New report")).click();
                Locator wizard = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("New report"));
                wizard.getByLabel("Report name").fill("Acme systems");
                wizard.getByText("Pivot: clients").click();
                wizard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Next")).click();
                // clients and systems are enabled; the systems level keeps those whose name holds an "R"
                choose(page, wizard, "Systems add filter", "name (string)");
                wizard.getByLabel("Systems name value").fill("R");
                shot(page, "reports-01-wizard");
                wizard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Create report")).click();
                assertThat(wizard).isHidden();

                Locator row = page.locator(".el-table__row", new Page.LocatorOptions().setHasText("Acme systems"));
                assertThat(row.locator(".mae-report-status")).hasText("finished",
                        new LocatorAssertions.HasTextOptions().setTimeout(90_000));
                assertThat(row).containsText("completed");
                shot(page, "reports-02-finished");

                row.click();
                page.waitForURL(Pattern.compile(".*#/dashboard/reports/single/[0-9a-f]{24}$"));
                assertThat(page.locator(".mae-report-rows .el-table__row")).hasCount(2);
                page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(Pattern.compile("^Charts"))).click();
                page.locator("[data-chart=pivot_systems] .mae-chart-open").click();
                Locator chart = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Systems"));
                assertThat(chart.locator("canvas").first()).isVisible();
                assertThat(chart.locator(".el-table__row")).hasCount(2);
                assertThat(chart).containsText("ERP");
                assertThat(chart).containsText("CRM");
                assertThat(chart).not().containsText("Blog");
                shot(page, "reports-03-chart");
                page.keyboard().press("Escape");
                assertThat(chart).isHidden();

                Download download = page.waitForDownload(() ->
                        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("CSV").setExact(true)).click());
                List<CSVRecord> csv;
                try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new StringReader(Files.readString(download.path())))) {
                    assertThat(parser.getHeaderNames()).contains("name", "systems.name");
                    csv = parser.getRecords();
                }
                assertThat(csv).extracting(record -> record.get("systems.name")).containsExactlyInAnyOrder("ERP", "CRM");
                assertThat(csv).extracting(record -> record.get("name")).containsOnly("Acme");
            } catch (Exception | AssertionError failure) {
                shot(page, "reports-failure");
                throw failure;
            }
        }
    }
}
