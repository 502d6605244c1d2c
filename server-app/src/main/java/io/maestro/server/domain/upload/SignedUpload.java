package io.maestro.server.domain.upload;

import java.util.Map;

/**
 * The answer of {@code GET /users/upload}: where to PUT the file, under which {@code filename} it will be known,
 * the headers to send, and ({@code url}, S3 only) where a public file can be fetched afterwards.
 */
public record SignedUpload(String signedRequest, String url, String filename, Map<String, String> headers) {
}
