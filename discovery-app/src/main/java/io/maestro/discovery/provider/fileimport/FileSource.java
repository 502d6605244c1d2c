package io.maestro.discovery.provider.fileimport;

import io.maestro.discovery.provider.ProviderException;
import io.maestro.discovery.provider.SyncConnection;
import java.util.List;

/** Where a file connection's JSON files are: uploaded to server-app, on an SSH host, or in an S3 bucket. */
interface FileSource {

    /** The connection {@code service} it reads for, e.g. {@code ssh_file}. */
    String service();

    /**
     * Reads the files of the connection: the listing and the content of file number {@code index} of it, in one
     * session.
     *
     * @throws ProviderException when the source refuses, or a file cannot be read (naming the file)
     */
    Listing read(SyncConnection connection, int index);

    /**
     * @param files   every file of the connection, in a stable order
     * @param name    the name of the file read
     * @param content its bytes; {@code null} when there is no file at the index
     */
    record Listing(List<String> files, String name, byte[] content) {
    }
}
