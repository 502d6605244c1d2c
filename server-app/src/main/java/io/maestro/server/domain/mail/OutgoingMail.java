package io.maestro.server.domain.mail;

/** One e-mail to one recipient, in plain text and HTML (mail readers show whichever they can). */
public record OutgoingMail(String to, String subject, String text, String html) {
}
