package io.maestro.server.config.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server of the forgot-password mail, from Maestro 0.6's variables ({@code maestro.mail.*} in server-app.yml).
 *
 * @param host      {@code SMTP_HOST}
 * @param port      {@code SMTP_PORT}; when unset 465 with {@code SMTP_USETLS}, else 587
 * @param sender    {@code SMTP_SENDER}, the From address; mail is off without it
 * @param username  {@code SMTP_USERNAME} (authentication only when set)
 * @param password  {@code SMTP_PASSWORD}
 * @param useTls    {@code SMTP_USETLS}: TLS from the first byte (SMTPS), nodemailer's {@code secure}
 * @param ignoreTls {@code SMTP_IGNORE}: never upgrade with STARTTLS, nodemailer's {@code ignoreTLS}
 */
@ConfigurationProperties("maestro.mail")
public record MailProperties(String host, Integer port, String sender, String username, String password,
        boolean useTls, boolean ignoreTls) {

    public boolean enabled() {
        return sender != null && !sender.isBlank();
    }

    public int effectivePort() {
        return port != null ? port : useTls ? 465 : 587;
    }

    public String effectiveHost() {
        return host == null || host.isBlank() ? "localhost" : host;
    }
}
