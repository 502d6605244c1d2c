package io.maestro.discovery.provider.support.files;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Where a file connection's files are: uploaded to server-app, on an SSH host, or in an S3 bucket. The same three
 * sources serve every file provider (JSON import, Ansible facts, Terraform state): a connection's {@code service} is
 * the source's {@link #kind()} and the provider's suffix, e.g. {@code ssh_file}, {@code s3_terraform}.
 */
public interface FileSource {

    /** {@code upload}, {@code ssh} or {@code s3}. */
    String kind();

    /**
     * Reads the files of the connection: the listing and the content of file number {@code index} of it, in one
     * session.
     *
     * @param wanted which file names (paths, object keys) of a directory or prefix the provider reads; uploaded files
     *               and a file named outright are read whatever their name
     * @throws ProviderException when the source refuses, or a file cannot be read (naming the file)
     */
    Listing read(SyncConnection connection, int index, Predicate<String> wanted);

    /**
     * @param files   every file of the connection, in a stable order
     * @param name    the name of the file read
     * @param content its bytes; {@code null} when there is no file at the index
     */
    record Listing(List<String> files, String name, byte[] content) {
    }
}
