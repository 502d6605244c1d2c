package io.maestro.server.domain.upload;

import io.maestro.common.web.ErrorNames;
import io.maestro.common.web.MaestroException;
import org.springframework.http.HttpStatus;

/** 413: the upload is larger than {@code MAESTRO_UPLOAD_MAXSIZE}. */
public class FileTooLargeException extends MaestroException {

    public FileTooLargeException(long maxBytes) {
        super(ErrorNames.PAYLOAD_TOO_LARGE, HttpStatus.PAYLOAD_TOO_LARGE,
                "The file is larger than the upload limit of " + maxBytes + " bytes");
    }
}
