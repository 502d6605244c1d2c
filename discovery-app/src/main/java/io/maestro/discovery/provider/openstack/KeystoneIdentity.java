package io.maestro.discovery.provider.openstack;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code auth} object of a Keystone v3 token request for a connection: an application credential
 * ({@code application_credential_id} and {@code _secret}, which carries its own project), else a user's
 * {@code username} and {@code password} in the connection's domain ({@code user_domain_id}, Keystone's {@code default}
 * when empty), scoped to the connection's {@code project} in that domain (or to the user's default project).
 */
final class KeystoneIdentity {

    static final String DEFAULT_DOMAIN = "default";

    private KeystoneIdentity() {
    }

    static Map<String, Object> of(SyncConnection connection) {
        String credentialId = present(connection.credential("application_credential_id"));
        String credentialSecret = present(connection.credential("application_credential_secret"));
        if (credentialId != null && credentialSecret != null) {
            return Map.of("identity", Map.of("methods", List.of("application_credential"),
                    "application_credential", Map.of("id", credentialId, "secret", credentialSecret)));
        }
        String username = present(connection.credential("username"));
        String password = present(connection.credential("password"));
        if (username == null || password == null) {
            throw new ProviderException("The connection has neither a username and password nor an application"
                    + " credential id and secret");
        }
        Map<String, Object> domain = Map.of("id", domain(connection));
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("identity", Map.of("methods", List.of("password"),
                "password", Map.of("user", Map.of("name", username, "domain", domain, "password", password))));
        String project = present(connection.project());
        if (project != null) {
            auth.put("scope", Map.of("project", Map.of("name", project, "domain", domain)));
        }
        return auth;
    }

    private static String domain(SyncConnection connection) {
        String domain = present(connection.domain());
        return domain == null ? DEFAULT_DOMAIN : domain;
    }

    private static String present(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
