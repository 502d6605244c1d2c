package io.maestro.common.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on a request no servlet answered, such as one whose headers are larger than
 * {@code server.max-http-request-header-size} or whose request line is malformed: the error envelope instead of
 * Tomcat's HTML page. Installed as the host's error report valve by {@link MaestroWebAutoConfiguration}.
 */
public class MaestroErrorReportValve extends ErrorReportValve {

    /** Tomcat answers 400 for every request it cannot parse, headers over the limit included. */
    static final String UNREADABLE_REQUEST =
            "The request could not be read: its request line or headers are malformed or larger than the server accepts";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own report: only an error nothing has answered yet, once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String detail = status == 400 ? UNREADABLE_REQUEST : known != null ? known.getReasonPhrase() : "Error " + status;
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(JsonMapper.shared().writeValueAsString(ErrorEnvelope.of(ErrorNames.forStatus(status), detail)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response cannot be written any more: nothing else to tell it
        }
    }
}
