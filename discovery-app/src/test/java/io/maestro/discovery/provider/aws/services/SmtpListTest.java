package io.maestro.discovery.provider.aws.services;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.discovery.provider.CommandTarget;
import io.maestro.discovery.provider.DiscoveryCommand;
import io.maestro.discovery.provider.FetchedPage;
import io.maestro.discovery.provider.aws.AwsPageSizes;
import io.maestro.discovery.provider.support.Checksums;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code smtp-list}: ses ListIdentities (query protocol) → one SMTP application {@code SES - SMTP} per region. */
class SmtpListTest extends AwsServiceTest {

    private DiscoveryCommand command;

    @BeforeEach
    void setUp() {
        command = new AwsManagedServiceTasks().awsSmtpList(AwsStubs.CLIENTS, AwsPageSizes.DEFAULTS).commands().get(0);
    }

    @Test
    void identitiesOfAllPagesFoldIntoOneSmtpApplication() {
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=ListIdentities"))
                .withRequestBody(notContaining("NextToken="))
                .willReturn(AwsStubs.ok("text/xml", "ses/list-identities-page1.xml")));
        aws.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=ListIdentities"))
                .withRequestBody(containing("NextToken=QUFBQkFBQUJBRkNhbk5VVlZ2ZG1ndz09"))
                .willReturn(AwsStubs.ok("text/xml", "ses/list-identities-page2.xml")));

        List<FetchedPage> pages = AwsStubs.crawl(command, connection);
        List<Map<String, Object>> documents = command.translate(pages.get(0).items(), AwsStubs.context(connection));

        List<String> identities = List.of("acme.example.com", "noreply@acme.example.com", "mail.acme-billing.example");
        assertThat(command.target()).isEqualTo(new CommandTarget("applications", "unique_id", "SMTP", "SES (AWS)"));
        aws.verify(2, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("MaxItems=500")));
        assertThat(pages).hasSize(1);
        assertThat(documents).singleElement().satisfies(smtp -> assertThat(smtp)
                .containsEntry("name", "SES - SMTP")
                .containsEntry("unique_id", "6563a1f2c3d4e5f6a7b8c9d0_ses_eu-west-1")
                .containsEntry("family", "SMTP")
                .containsEntry("provider", "SES (AWS)")
                .containsEntry("own", 1)
                .containsEntry("active", true)
                .containsEntry("domain", identities)
                .containsEntry("checksum", Checksums.of(Map.of("Identities", identities))));
    }

    @Test
    void aRegionWithoutIdentitiesGivesNoApplication() {
        aws.stubFor(post(urlEqualTo("/")).willReturn(AwsStubs.ok("text/xml", "ses/list-identities-empty.xml")));

        FetchedPage page = command.get(connection, AwsStubs.REGION, null);

        assertThat(page.items()).isEmpty();
        assertThat(command.translate(page.items(), AwsStubs.context(connection))).isEmpty();
    }
}
