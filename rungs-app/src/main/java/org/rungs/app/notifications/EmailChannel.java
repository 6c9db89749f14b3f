package org.rungs.app.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Email through the SMTP server of {@code spring.mail.*}: plain text, and the same as simple HTML
 * with every piece of text escaped. Without {@code spring.mail.host} there is no mail sender, and
 * emails wait in the outbox until there is one.
 */
@Component
class EmailChannel {

  private final ObjectProvider<JavaMailSender> mail;
  private final NotificationSettings settings;

  EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
    this.mail = mail;
    this.settings = settings;
  }

  boolean configured() {
    return mail.getIfAvailable() != null;
  }

  void send(String to, String subject, String text, Optional<String> link)
      throws MessagingException {
    JavaMailSender sender = mail.getObject();
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
    helper.setFrom(settings.from());
    helper.setTo(to);
    helper.setSubject(subject);
    String plain = text + link.map(url -> "\n\nOpen it in Rungs: " + url).orElse("") + "\n";
    String html =
        "<!DOCTYPE html><html><body><p>"
            + HtmlUtils.htmlEscape(text).replace("\n", "<br>")
            + "</p>"
            + link.map(
                    url ->
                        "<p><a href=\"" + HtmlUtils.htmlEscape(url) + "\">Open it in Rungs</a></p>")
                .orElse("")
            + "</body></html>";
    helper.setText(plain, html);
    sender.send(message);
  }
}
