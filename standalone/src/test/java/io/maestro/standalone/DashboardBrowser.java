package io.maestro.standalone;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dashboard's browser tests share: the whole runtime started in the test JVM with its ports offset, Debian's
 * Chromium driven by Playwright, and the steps every test takes (sign up, sign in and out, pick an option, take a
 * screenshot, call server-app as the signed-in user).
 */
final class DashboardBrowser implements BeforeEachCallback, AfterEachCallback {

    static final String CHROMIUM = "/usr/bin/chromium";
    private static final List<String> CHROMIUM_FLAGS = List.of("--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final int portOffset;
    private Path data;
    private StandaloneSettings settings;
    private StandaloneRuntime runtime;
    private Playwright playwright;
    private Browser browser;

    /** The services' ports are offset by {@code portOffset}; the store lives in a fresh temporary directory per test. */
    DashboardBrowser(int portOffset) {
        this.portOffset = portOffset;
    }

    /**
     * Starts the runtime and Chromium before each test. Skips the test when the SPA bundle is not on the classpath
     * (built with {@code -Dskip.npm}); fails when Chromium is missing.
     */
    @Override
    public void beforeEach(ExtensionContext test) throws Exception {
        Assumptions.assumeTrue(DashboardBrowser.class.getResource("/static/index.html") != null,
                "The dashboard bundle is not on the classpath (client-app built with -Dskip.npm): browser test skipped");
        if (!Files.isExecutable(Path.of(CHROMIUM))) {
            fail("The browser test needs Chromium at " + CHROMIUM + ": install Debian's package (apt-get install chromium; "
                    + ".ci/run does it) or build with -Dskip.npm to leave the dashboard and this test out");
        }
        Files.createDirectories(SCREENSHOTS);
        data = Files.createTempDirectory("maestro-browser-test");
        settings = new StandaloneSettings(data, "127.0.0.1", portOffset, 0, 0, "localhost");
        runtime = StandaloneRuntime.start(settings);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(CHROMIUM)).setHeadless(true).setArgs(CHROMIUM_FLAGS));
    }

    /** Closes the browser, Playwright and the runtime in turn (whatever of them started), then drops the store. */
    @Override
    public void afterEach(ExtensionContext test) throws Exception {
        try (AutoCloseable dropData = () -> deleteRecursively(data); AutoCloseable stopRuntime = runtime;
             AutoCloseable stopPlaywright = playwright; AutoCloseable stopBrowser = browser) {
            // each resource closes, last opened first, even when another fails
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The runtime's data directory (store, secrets), also a place for the files a test uploads. */
    Path data() {
        return data;
    }

    StandaloneSettings settings() {
        return settings;
    }

    BrowserContext newContext() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1440, 900));
        // Ten services on two shared cores answer slowly at times: actions and assertions wait as long (a save's
        // "saved" message appears only once the save is answered; assertions wait 5 s by default).
        context.setDefaultTimeout(20_000);
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
        return context;
    }

    String url(String route) {
        return settings.publicUrl(MaestroService.CLIENT) + "/#" + route;
    }

    void signUp(Page page, String name, String email, String password) {
        page.navigate(url("/auth/create"));
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByLabel("Repeat the password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        page.waitForURL(Pattern.compile(".*#/dashboard$"));
    }

    /** Fills and sends the sign-in form; the caller checks where it led. */
    void submitSignIn(Page page, String email, String password) {
        page.navigate(url("/auth/login"));
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    void signIn(Page page, String email, String password) {
        submitSignIn(page, email, password);
        page.waitForURL(Pattern.compile(".*#/dashboard$"));
        assertThat(page.locator(".mae-user")).isVisible();
    }

    static void signOut(Page page) {
        page.locator(".mae-user").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(Pattern.compile(".*#/auth/login.*"));
    }

    /** Picks {@code option} in the select labelled {@code label} inside {@code scope}. */
    static void choose(Page page, Locator scope, String label, String option) {
        // A select that does not filter shows its value over its input: the click goes through it to the select.
        scope.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).click(new Locator.ClickOptions().setForce(true));
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
    }

    /** A value in the record page's sections (the collapsed JSON view holds it too). */
    static Locator field(Page page, String value) {
        return page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(value).setExact(true));
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** The signed-in user's token, as the dashboard keeps it. */
    static String token(Page page) {
        return (String) page.evaluate("() => localStorage.getItem('x-access')");
    }

    void signUpThroughTheApi(String name, String email, String password) throws Exception {
        HttpResponse<String> response = send("POST", "/users", null, Map.of("name", name, "email", email, "password", password));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    JsonNode getJson(String path, String token) throws Exception {
        HttpResponse<String> response = send("GET", path, token, null);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** {@code POST path} to server-app as the holder of {@code token}; the created record. */
    JsonNode postJson(String path, String token, Map<String, ?> body) throws Exception {
        HttpResponse<String> response = send("POST", path, token, body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return JSON.readTree(response.body());
    }

    /** A call to server-app; {@code token} and {@code body} may be null. */
    HttpResponse<String> send(String method, String path, String token, Map<String, ?> body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.publicUrl(MaestroService.SERVER) + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "JWT " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
