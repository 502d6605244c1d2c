package io.maestro.discovery.provider.support.files;

import io.maestro.common.client.ServerAppClient;
import io.maestro.common.http.PeerCallException;
import io.maestro.common.http.ServiceCallException;
import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code upload_<provider>}: the files the user uploaded with the connection ({@code artifacts}: their names, a JSON list), read
 * from server-app ({@code GET /users/upload/file?filename=<name>}, private service token; docs/identity.md).
 */
@Component
public class UploadedFiles implements FileSource {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerAppClient serverApp;

    public UploadedFiles(ServerAppClient serverApp) {
        this.serverApp = serverApp;
    }

    @Override
    public String kind() {
        return "upload";
    }

    @Override
    public Listing read(SyncConnection connection, int index, Predicate<String> wanted) {
        List<String> files = artifacts(connection.credential("artifacts"));
        if (index >= files.size()) {
            return new Listing(files, null, null);
        }
        String name = files.get(index);
        try {
            byte[] content = serverApp.uploadedFile(name);
            return new Listing(files, name, content);
        } catch (ServiceCallException refused) {
            throw new ProviderException(name + ": server-app refused the file (" + refused.status().value() + ")");
        } catch (PeerCallException unavailable) {
            throw new ProviderException(name + ": server-app is unavailable");
        }
    }

    /**
     * The uploaded files' names: a JSON list of names or of objects with a {@code filename} (as the dashboard's uploader
     * keeps them), or one name.
     */
    public static List<String> artifacts(String value) {
        if (value == null || value.isBlank()) {
            throw new ProviderException("The connection has no uploaded files (artifacts)");
        }
        if (!value.trim().startsWith("[")) {
            return List.of(value.trim());
        }
        List<String> names = new ArrayList<>();
        try {
            for (JsonNode artifact : JSON.readTree(value)) {
                String name = artifact.isObject() ? artifact.path("filename").asString("") : artifact.asString("");
                if (!name.isBlank()) {
                    names.add(name);
                }
            }
        } catch (JacksonException e) {
            throw new ProviderException("The connection's uploaded files (artifacts) are not a list of file names");
        }
        return names;
    }
}
