package io.maestro.server.api.upload;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Upload bodies for the tests: a multipart form with one {@code file} part, and a tiny valid PNG. */
final class UploadRequests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private UploadRequests() {
    }

    static HttpRequest multipartPut(String url, String token, String partType, byte[] content) {
        return multipartPut(url, token, partType, content, true);
    }

    /** A multipart body cut short: its part never ends, there is no closing boundary. */
    static HttpRequest multipartPutWithoutClosingBoundary(String url, String token, String partType, byte[] content) {
        return multipartPut(url, token, partType, content, false);
    }

    private static HttpRequest multipartPut(String url, String token, String partType, byte[] content, boolean closed) {
        String boundary = "maestro-test-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"upload\"\r\n"
                + "Content-Type: " + partType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        if (closed) {
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
    }

    static HttpRequest rawPut(String url, String token, String contentType, byte[] content) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content))
                .build();
    }
}
