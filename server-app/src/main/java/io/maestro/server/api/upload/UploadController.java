package io.maestro.server.api.upload;

import io.maestro.common.token.SessionUser;
import io.maestro.common.web.RequestBodyLimitFilter;
import io.maestro.common.web.ValidationDetail;
import io.maestro.common.web.ValidatorException;
import io.maestro.server.domain.upload.SignedUpload;
import io.maestro.server.domain.upload.UploadFolder;
import io.maestro.server.domain.upload.UploadKind;
import io.maestro.server.domain.upload.UploadService;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Uploads of users and teams (Maestro 0.6 §2.10) with the fixes of compatibility.md S3. */
@RestController
public class UploadController {

    private final UploadService uploads;
    private final String configuredApiUrl;

    public UploadController(UploadService uploads, @Value("${maestro.upload.api-url:}") String configuredApiUrl) {
        this.uploads = uploads;
        this.configuredApiUrl = configuredApiUrl;
    }

    /** Where and how to upload a file of {@code filetype} named {@code filename}. */
    @GetMapping({"/users/upload", "/teams/upload"})
    public Map<String, Object> signedUpload(@AuthenticationPrincipal SessionUser caller, HttpServletRequest request,
            @RequestParam(name = "filetype", required = false) String filetype,
            @RequestParam(name = "filename", required = false) String filename) {
        if (filetype == null || filetype.isBlank()) {
            throw new ValidatorException(ValidationDetail.field("filetype", "any.required", "is required"));
        }
        SignedUpload signed = uploads.prepare(folderOf(request), caller.id(), filetype, filename, apiBase(),
                request.getHeader(HttpHeaders.AUTHORIZATION));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("signedRequest", signed.signedRequest());
        if (signed.url() != null) {
            answer.put("url", signed.url());
        }
        answer.put("filename", signed.filename());
        answer.put("headers", signed.headers());
        return answer;
    }

    /** Stores the caller's file: multipart field {@code file}, or the raw request body. */
    @PutMapping({"/users/upload", "/teams/upload"})
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> store(@AuthenticationPrincipal SessionUser caller, HttpServletRequest request,
            @RequestParam(name = "ext", required = false) String ext,
            @RequestParam(name = "folder", required = false) String folder,
            @RequestParam(name = "name", required = false) String name) throws IOException {
        String declaredType;
        byte[] content;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart != null) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new ValidatorException(ValidationDetail.field("file", "any.required", "is required"));
            }
            declaredType = file.getContentType();
            content = file.getBytes();
        } else {
            declaredType = request.getContentType();
            // a file, not a JSON body: the upload limit instead of maestro.http.max-body-size
            RequestBodyLimitFilter.allow(request, uploads.maxBytes());
            try (InputStream body = request.getInputStream()) {
                content = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, uploads.maxBytes() + 1));
            }
        }
        UploadService.StoredUpload stored = uploads.store(caller.id(), folder == null ? folderOf(request).path() : folder,
                ext, name, content, declaredType, apiBase());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("filename", stored.filename());
        if (stored.url() != null) {
            answer.put("url", stored.url());
        }
        return answer;
    }

    /** A private file, for another Maestro service or the file's owner; JSON comes back parsed, as in 0.6. */
    @GetMapping({"/users/upload/file", "/users/upload/file/", "/teams/upload/file", "/teams/upload/file/"})
    public ResponseEntity<Object> read(Authentication authentication, HttpServletRequest request,
            @RequestParam(name = "filename", required = false) String filename) {
        String readerUserId = authentication.getPrincipal() instanceof SessionUser user ? user.id() : null;
        UploadService.PrivateFile file = uploads.read(folderOf(request), filename, readerUserId);
        if (file.kind() == UploadKind.JSON) {
            try {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                        .body(JsonMapper.shared().readTree(file.content()));
            } catch (JacksonException e) {
                throw new ValidatorException(ValidationDetail.field("filename", "any.invalid", "is not a valid JSON file"));
            }
        }
        MediaType type = new MediaType(MediaType.parseMediaType(file.kind().mimeType()), StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type).body(new String(file.content(), StandardCharsets.UTF_8));
    }

    private static UploadFolder folderOf(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/teams/") ? UploadFolder.TEAMS : UploadFolder.USERS;
    }

    private String apiBase() {
        if (configuredApiUrl != null && !configuredApiUrl.isBlank()) {
            return configuredApiUrl.replaceAll("/+$", "");
        }
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
