package io.maestro.server.domain.mail;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends multipart (text + HTML) messages from the configured sender address. */
public class SmtpMailer implements Mailer {

    private final JavaMailSender sender;
    private final String from;
    private final String serverName;

    /** @param serverName {@code host:port}, named in delivery errors */
    public SmtpMailer(JavaMailSender sender, String from, String serverName) {
        this.sender = sender;
        this.from = from;
        this.serverName = serverName;
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
            sender.send(message);
        } catch (MessagingException | MailException e) {
            throw new MailDeliveryException(serverName, e);
        }
    }
}
