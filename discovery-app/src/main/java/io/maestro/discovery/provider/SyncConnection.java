package io.maestro.discovery.provider;

import java.util.List;
import java.util.Map;

/**
 * A connection as discovery sees it while syncing: the stored document's fields plus its credentials, decrypted
 * only here (compatibility.md S4). {@link #toString()} never shows the credentials, so the record is safe in log lines.
 *
 * @param id             the connection's {@code _id}; discovered records carry it in {@code accountant}
 * @param name           the connection's name
 * @param provider       the provider label as stored, e.g. {@code AWS}, {@code Digital Ocean}
 * @param service        the connector key, e.g. {@code iam_aws}, {@code upload_file}, {@code ssh_file}
 * @param datacenterName the datacenter's name ({@code dc})
 * @param datacenterId   the datacenter's {@code _id} ({@code dc_id})
 * @param regions        the regions to crawl, as stored (labels; the region code is the first word)
 * @param url            an endpoint override ({@code url}); for AWS every client of the connection uses it
 * @param project        the project (OpenStack) or other provider scope, may be null
 * @param domain         the Keystone domain of the user and project (OpenStack's {@code user_domain_id}), may be null
 * @param ownerUser      {@code owner_user} of the connection: {@code {_id, email, refs, role}}
 * @param roles          the connection's ACL entries, copied onto every record it discovers
 * @param credentials    the decrypted {@code conn} fields, e.g. {@code access}, {@code secret}
 */
public record SyncConnection(
        String id,
        String name,
        String provider,
        String service,
        String datacenterName,
        String datacenterId,
        List<String> regions,
        String url,
        String project,
        String domain,
        Map<String, Object> ownerUser,
        List<Map<String, Object>> roles,
        Map<String, String> credentials) {

    public SyncConnection {
        regions = regions == null ? List.of() : List.copyOf(regions);
        roles = roles == null ? List.of() : List.copyOf(roles);
        credentials = credentials == null ? Map.of() : Map.copyOf(credentials);
    }

    /** A connection of a provider without domains (every provider but OpenStack). */
    public SyncConnection(String id, String name, String provider, String service, String datacenterName,
            String datacenterId, List<String> regions, String url, String project, Map<String, Object> ownerUser,
            List<Map<String, Object>> roles, Map<String, String> credentials) {
        this(id, name, provider, service, datacenterName, datacenterId, regions, url, project, null, ownerUser, roles,
                credentials);
    }

    /** The {@code _id} of the connection's owner (a user or a team): the tenant its records belong to; may be null. */
    public String ownerId() {
        Object id = ownerUser == null ? null : ownerUser.get("_id");
        return id == null ? null : String.valueOf(id);
    }

    /** A credential field, or {@code null} when the connection has none by that name. */
    public String credential(String field) {
        return credentials.get(field);
    }

    @Override
    public String toString() {
        return "SyncConnection[id=" + id + ", provider=" + provider + ", service=" + service + ", dc=" + datacenterName
                + ", regions=" + regions + ", credentials=" + credentials.keySet() + " (values hidden)]";
    }
}
