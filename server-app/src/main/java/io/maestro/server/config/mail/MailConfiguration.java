package io.maestro.server.config.mail;

import io.maestro.server.domain.mail.Mailer;
import io.maestro.server.domain.mail.SmtpMailer;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);
    private static final String TIMEOUT_MILLIS = "10000";

    @Bean
    Mailer mailer(MailProperties properties) {
        if (!properties.enabled()) {
            log.info("Mail is off (SMTP_SENDER is not set): password reset links cannot be sent");
            return Mailer.disabled();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.effectiveHost());
        sender.setPort(properties.effectivePort());
        sender.setProtocol(properties.useTls() ? "smtps" : "smtp");
        sender.setDefaultEncoding("UTF-8");
        Properties javaMail = new Properties();
        String prefix = "mail." + sender.getProtocol() + ".";
        if (properties.username() != null && !properties.username().isBlank()) {
            sender.setUsername(properties.username());
            sender.setPassword(properties.password());
            javaMail.put(prefix + "auth", "true");
        }
        // like nodemailer: upgrade with STARTTLS when the server offers it, unless told to ignore TLS
        javaMail.put(prefix + "starttls.enable", String.valueOf(!properties.useTls() && !properties.ignoreTls()));
        javaMail.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        javaMail.put(prefix + "timeout", TIMEOUT_MILLIS);
        javaMail.put(prefix + "writetimeout", TIMEOUT_MILLIS);
        sender.setJavaMailProperties(javaMail);
        String server = sender.getHost() + ":" + sender.getPort();
        log.info("Mail goes through {} from {}", server, properties.sender());
        return new SmtpMailer(sender, properties.sender(), server);
    }
}
