package org.rungs.app.notifications;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on Spring's scheduler (the outbox's poll, the overdue reminders) and provides the {@link
 * Clock} jobs read the time from, which tests replace to move time on.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationsConfiguration {

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
