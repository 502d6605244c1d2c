package io.maestro.server.api.resource;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.common.testsupport.MaestroApiTest;
import io.maestro.server.ServerApplication;
import io.maestro.server.api.resource.ApiClient.Reply;
import io.maestro.server.api.resource.ApiClient.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Issue 14: every {@code _links} href the API emits answers 200 when its reader follows it, with and without a
 * trailing slash (compatibility.md D50): the list envelope's {@code _self}, {@code prev}, {@code next}, {@code first},
 * {@code last}, each item's and the single view's {@code _self}, the links of ACL entries, on the personal routes and
 * on the team mirror, for every resource of {@link ResourceFixtures}.
 */
@MaestroApiTest(classes = ServerApplication.class, properties = "spring.config.name=server-app")
class ResourceLinksAnswerTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    static Stream<ResourceFixture> fixtures() {
        return ResourceFixtures.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyLinkOfListsAndSingleViewsAnswers(ResourceFixture fixture) {
        ApiClient api = new ApiClient(port, mongo);
        User user = api.newUser("links");
        Set<String> hrefs = new TreeSet<>(linksUnder(api, user, fixture, fixture.route(), "p"));
        if (fixture.teamMirror()) {
            Reply team = api.post(user, "/teams", Map.of("name", "links-" + user.name().substring(6)));
            assertThat(team.status()).as(team.raw()).isEqualTo(201);
            String teamBase = "/teams/" + team.at("/_id").asString() + fixture.route();
            List<String> teamLinks = linksUnder(api, user, fixture, teamBase, "t");
            assertThat(teamLinks).as("a team mirror's records link to the team mirror").allMatch(href ->
                    href.startsWith(teamBase + "/") || href.startsWith("/users/") || href.startsWith("/teams/"));
            hrefs.addAll(teamLinks);
        }

        assertThat(hrefs).as("links of %s", fixture.route()).hasSizeGreaterThanOrEqualTo(6);
        List<String> failures = new ArrayList<>();
        for (String href : hrefs) {
            for (String variant : List.of(href, otherSlash(href))) {
                Reply followed = api.get(user, variant);
                if (followed.status() != 200) {
                    failures.add(variant + " -> " + followed.status() + " " + followed.raw());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Creates three records under {@code base} and collects the links of the first two pages of one record each
     * (so that {@code prev}, {@code next}, {@code first} and {@code last} are there) and of one single view.
     */
    private static List<String> linksUnder(ApiClient api, User user, ResourceFixture fixture, String base, String tag) {
        String id = null;
        for (int i = 0; i < 3; i++) {
            Reply created = api.post(user, base, fixture.validCreate().apply(tag + i + user.name().substring(6)));
            assertThat(created.status()).as(base + " " + created.raw()).isEqualTo(201);
            id = created.at("/_id").asString();
        }
        List<String> hrefs = new ArrayList<>();
        for (String page : List.of("?limit=1", "?limit=1&page=2")) {
            Reply list = api.get(user, base + page);
            assertThat(list.status()).as(list.raw()).isEqualTo(200);
            collect(list.at("/_links"), hrefs);
            list.at("/items").forEach(item -> collect(item.path("_links"), hrefs));
        }
        Reply single = api.get(user, base + "/" + id);
        assertThat(single.status()).as(single.raw()).isEqualTo(200);
        collect(single.at("/_links"), hrefs);
        single.at("/" + fixture.aclRoute()).forEach(entry -> collect(entry.path("_links"), hrefs));
        return hrefs;
    }

    private static void collect(JsonNode links, List<String> hrefs) {
        links.forEach(link -> hrefs.add(link.path("href").asString()));
    }

    /** {@code /servers/?page=1} ↔ {@code /servers?page=1}; {@code /servers/1} ↔ {@code /servers/1/}. */
    private static String otherSlash(String href) {
        int query = href.indexOf('?');
        String path = query < 0 ? href : href.substring(0, query);
        String rest = query < 0 ? "" : href.substring(query);
        return (path.endsWith("/") ? path.substring(0, path.length() - 1) : path + "/") + rest;
    }
}
