package io.maestro.discovery.provider.ansible;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.SyncConnection;
import io.maestro.discovery.provider.support.files.FileSource;
import io.maestro.discovery.provider.support.files.FileSources;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The provider over a directory of recorded facts files (a source that lists them as SSH or S3 would): every file is a
 * page, the malformed one is reported by name and the files after it are still read.
 */
class AnsibleProviderTest {

    /** The recorded facts directory, as a source of kind {@code ssh} lists it. */
    private static final FileSource DIRECTORY = new FileSource() {
        @Override
        public String kind() {
            return "ssh";
        }

        @Override
        public Listing read(SyncConnection connection, int index, Predicate<String> wanted) {
            List<String> files = AnsibleFixtures.FILES.stream().map(name -> "/facts/" + name).filter(wanted).toList();
            return index < files.size()
                    ? new Listing(files, files.get(index), AnsibleFixtures.file(AnsibleFixtures.FILES.get(index)))
                    : new Listing(files, null, null);
        }
    };

    private final AnsibleProvider provider = new AnsibleProvider(new FileSources(List.of(DIRECTORY)));

    @Test
    void servesTheThreeSourcesWithServerAndVolumeTasks() {
        AnsibleProvider withAll = new AnsibleProvider(new FileSources(List.of(DIRECTORY, source("upload"),
                source("s3"))));

        assertThat(withAll.name()).isEqualTo("ansible");
        assertThat(withAll.services()).containsExactly("s3_ansible", "ssh_ansible", "upload_ansible");
        assertThat(withAll.tasks()).containsOnlyKeys("server-list", "volumes-list");
        assertThat(withAll.regions(AnsibleFixtures.connection("ssh_ansible", Map.of()))).containsExactly("all");
    }

    @Test
    void everyFileIsReadAndTheMalformedOneIsReportedWithoutStoppingTheOthers() {
        DiscoveryCommand servers = provider.tasks().get("server-list").get(0);
        SyncConnection connection = AnsibleFixtures.connection("ssh_ansible", Map.of());

        List<Map<String, Object>> hosts = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        String token = null;
        do {
            FetchedPage page = servers.get(connection, "all", token);
            hosts.addAll(page.items());
            unreadable.addAll(page.unreadable());
            token = page.nextToken();
        } while (token != null);

        assertThat(hosts).extracting(host -> host.get("inventory_hostname"))
                .containsExactly("web-1", "db-1", "win-app-1");
        assertThat(unreadable).containsExactly("/facts/broken.json: not valid JSON");
        assertThat(servers.translate(hosts, AnsibleFixtures.context())).extracting(server -> server.get("name"))
                .containsExactly("web-1", "db-1", "WIN-APP-1");
    }

    @Test
    void aConnectionOfAnotherProviderIsRefused() {
        DiscoveryCommand volumes = provider.tasks().get("volumes-list").get(0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        volumes.get(AnsibleFixtures.connection("ssh_file", Map.of()), "all", null))
                .hasMessage("This provider does not read ssh_file connections");
    }

    private static FileSource source(String kind) {
        return new FileSource() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public Listing read(SyncConnection connection, int index, Predicate<String> wanted) {
                return new Listing(List.of(), null, null);
            }
        };
    }
}
