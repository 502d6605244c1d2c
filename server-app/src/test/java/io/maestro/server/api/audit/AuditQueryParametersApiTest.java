package io.maestro.server.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.maestro.server.api.identity.AuditStub;
import io.maestro.server.api.identity.IdentityApiTestBase;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The list parameters of {@code GET R/:id/audit} and {@code GET /me/audit} reach audit-app (here its stand-in) as the
 * values they are: a {@code {}, {@code }}, {@code &} or {@code =} in a value is encoded, neither expanded as a URI
 * template (a 500 before) nor turned into another parameter.
 */
class AuditQueryParametersApiTest extends IdentityApiTestBase {

    private static final String ODD_PARAMETERS = "limit=5&name=%7Bid%7D&query=a%26b%3Dc%7D";

    @Test
    void aRecordsHistoryPassesOddValuesOnEncoded() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");
        String id = call("POST", "/servers", Map.of("name", "web-1"), me.token()).json().path("_id").asString();

        Answer history = get("/servers/" + id + "/audit?" + ODD_PARAMETERS, me.token());

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(AuditStub.lastRequest.get()).isEqualTo("/audit/servers/" + id + "?" + ODD_PARAMETERS);
    }

    @Test
    void theCallersOwnHistoryPassesOddValuesOnEncoded() {
        Account me = account("MaestroUsers", "maestro@maestrousers.com");

        Answer history = get("/me/audit?" + ODD_PARAMETERS, me.token());

        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(AuditStub.lastRequest.get()).isEqualTo("/audit/users/" + me.id() + "?" + ODD_PARAMETERS);
    }
}
