package io.maestro.common.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Caps every request body at {@code maestro.http.max-body-size}, 413 {@code PayloadTooLargeError} beyond it, whoever
 * reads the body: one declaring a larger {@code Content-Length} is refused before a byte of it is read (the container
 * delivers no more than the declared length); one without a length (chunked) is read ahead up to the limit and
 * refused once it goes over. Either way the refusal comes when the body is opened, before any parser sees it, and no
 * request makes a service hold more than the limit. Multipart bodies are parsed by the container, under
 * {@code spring.servlet.multipart.*}; a route with a limit of its own (uploads) sets it with {@link #allow} before
 * reading the body.
 *
 * <p>After a refusal the rest of the body is read and dropped, up to {@link #DRAINED_BYTES}: Tomcat closes the
 * connection after a 413 without reading on, and a client still sending would get a reset connection instead of the
 * answer.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    static final long DRAINED_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;

    public RequestBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Lets this request's body be up to {@code maxBytes}: for a route with a limit of its own; call before reading. */
    public static void allow(HttpServletRequest request, long maxBytes) {
        LimitedBodyRequest limited = WebUtils.getNativeRequest(request, LimitedBodyRequest.class);
        if (limited != null) {
            limited.maxBytes = maxBytes;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LimitedBodyRequest limited = new LimitedBodyRequest(request, maxBytes);
        try {
            chain.doFilter(limited, response);
        } finally {
            if (limited.refused) {
                drain(request);
            }
        }
    }

    private static void drain(HttpServletRequest request) {
        byte[] buffer = new byte[64 * 1024];
        long drained = 0;
        try {
            ServletInputStream body = request.getInputStream();
            for (int n = body.read(buffer); n >= 0 && drained < DRAINED_BYTES; n = body.read(buffer)) {
                drained += n;
            }
        } catch (IOException gone) {
            // the client stopped sending: the connection closes anyway
        }
    }

    private static final class LimitedBodyRequest extends HttpServletRequestWrapper {

        private long maxBytes;
        private boolean refused;
        private ServletInputStream body;
        private BufferedReader reader;

        LimitedBodyRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                long declared = getContentLengthLong();
                if (declared > maxBytes) {
                    throw refuse();
                }
                body = declared >= 0 ? super.getInputStream() : readAhead(super.getInputStream());
            }
            return body;
        }

        /** Decodes the body as the container would: with the request's charset, else ISO-8859-1. */
        @Override
        public BufferedReader getReader() throws IOException {
            if (reader == null) {
                Charset charset = getCharacterEncoding() != null ? Charset.forName(getCharacterEncoding())
                        : StandardCharsets.ISO_8859_1;
                reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
            }
            return reader;
        }

        private ServletInputStream readAhead(ServletInputStream stream) throws IOException {
            byte[] bytes = stream.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            if (bytes.length > maxBytes) {
                throw refuse();
            }
            return new ReadAheadBody(bytes);
        }

        private PayloadTooLargeException refuse() {
            refused = true;
            return new PayloadTooLargeException(maxBytes);
        }
    }

    /** A body already read whole: every read is answered at once. */
    private static final class ReadAheadBody extends ServletInputStream {

        private final ByteArrayInputStream bytes;

        ReadAheadBody(byte[] bytes) {
            this.bytes = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, length);
        }

        @Override
        public int available() {
            return bytes.available();
        }

        @Override
        public boolean isFinished() {
            return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                if (!isFinished()) {
                    listener.onDataAvailable();
                }
                listener.onAllDataRead();
            } catch (IOException failed) {
                listener.onError(failed);
            }
        }
    }
}
