package io.maestro.server.domain.mail;

/** Sends e-mail through the configured SMTP server. */
public interface Mailer {

    /** Whether an SMTP server and sender are configured ({@code SMTP_SENDER} enables mail, as in Maestro 0.6). */
    boolean enabled();

    /**
     * @throws MailNotConfiguredException when mail is not configured
     * @throws MailDeliveryException      when the SMTP server cannot be reached or refuses the message
     */
    void send(OutgoingMail mail);

    /** The mailer of a server-app without {@code SMTP_SENDER}. */
    static Mailer disabled() {
        return new Mailer() {
            @Override
            public boolean enabled() {
                return false;
            }

            @Override
            public void send(OutgoingMail mail) {
                throw new MailNotConfiguredException();
            }
        };
    }
}
