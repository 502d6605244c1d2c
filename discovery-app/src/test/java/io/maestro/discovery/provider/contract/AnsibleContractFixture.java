package io.maestro.discovery.provider.contract;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.maestro.discovery.provider.ansible.AnsibleFixtures;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Ansible: the recorded facts files (Debian fact cache, RHEL setup output, Windows hosts keyed by name). */
final class AnsibleContractFixture extends UploadedFilesContractFixture {

    static final String SSH_PASSWORD = "s3cr3t-ansible-Pa55";

    AnsibleContractFixture(WireMockServer serverApp) {
        super(serverApp, "ansible", Set.of("server-list", "volumes-list"), "server-list", "/srv/facts", SSH_PASSWORD,
                AnsibleFixtures::connection);
    }

    @Override
    Map<String, byte[]> uploads() {
        Map<String, byte[]> uploads = new LinkedHashMap<>();
        for (String file : new String[] {"web-1", "db-1.json", "windows-hosts.json"}) {
            uploads.put("users/u/facts/" + file, AnsibleFixtures.file(file));
        }
        return uploads;
    }
}
