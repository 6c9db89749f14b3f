package org.rungs.app.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Email through the SMTP server of {@code spring.mail.*}: plain text, and the same as simple HTML
 * with every piece of text escaped. Without {@code spring.mail.host} there is no mail sender, and
 * no email is queued (logged once).
 */
@Component
class EmailChannel {

  private static final Logger log = LoggerFactory.getLogger(EmailChannel.class);

  private final ObjectProvider<JavaMailSender> mail;
  private final AtomicBoolean warned = new AtomicBoolean();
  private final NotificationSettings settings;

  EmailChannel(ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
    this.mail = mail;
    this.settings = settings;
  }

  boolean configured() {
    if (mail.getIfAvailable() != null) {
      return true;
    }
    if (warned.compareAndSet(false, true)) {
      log.warn("notifications: no email is sent until spring.mail.host names an SMTP server");
    }
    return false;
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
