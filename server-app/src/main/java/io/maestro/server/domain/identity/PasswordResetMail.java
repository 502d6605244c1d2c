package io.maestro.server.domain.identity;

import io.maestro.server.domain.mail.OutgoingMail;
import org.springframework.web.util.HtmlUtils;

/** The "forgot password" message: a short text and a readable HTML version with the same link. */
final class PasswordResetMail {

    static final String SUBJECT = "Maestro Server - Recovery Password";

    private PasswordResetMail() {
    }

    static OutgoingMail to(User user, String link, long validMinutes) {
        String name = user.name() == null ? "" : " " + user.name();
        String text = """
                Hello%s,

                Someone asked to reset the password of your Maestro account (%s).
                To choose a new password, open this link within %d minutes:

                %s

                The link works once. If you did not ask for it, ignore this message: your password stays as it is.

                -- Maestro
                """.formatted(name, user.email(), validMinutes, link);
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>%1$s</title></head>
                <body style="margin:0;padding:24px;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#1f2933">
                  <table role="presentation" width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">
                    <table role="presentation" width="560" cellpadding="0" cellspacing="0"
                           style="background:#ffffff;border-radius:8px;padding:32px">
                      <tr><td>
                        <h1 style="font-size:20px;margin:0 0 16px">Reset your Maestro password</h1>
                        <p style="font-size:15px;line-height:1.5">Hello%2$s,</p>
                        <p style="font-size:15px;line-height:1.5">Someone asked to reset the password of your Maestro
                          account (%3$s). To choose a new password, use the button below within %4$d minutes.</p>
                        <p style="margin:28px 0"><a href="%5$s" style="background:#2563eb;color:#ffffff;padding:12px 20px;
                          border-radius:6px;text-decoration:none;font-weight:bold">Choose a new password</a></p>
                        <p style="font-size:13px;line-height:1.5;color:#52606d">Or paste this address into your browser:<br>
                          <a href="%5$s" style="color:#2563eb;word-break:break-all">%5$s</a></p>
                        <p style="font-size:13px;line-height:1.5;color:#52606d">The link works once. If you did not ask
                          for it, ignore this message: your password stays as it is.</p>
                      </td></tr>
                    </table>
                  </td></tr></table>
                </body></html>
                """.formatted(SUBJECT, HtmlUtils.htmlEscape(name), HtmlUtils.htmlEscape(user.email()), validMinutes,
                HtmlUtils.htmlEscape(link));
        return new OutgoingMail(user.email(), SUBJECT, text, html);
    }
}
