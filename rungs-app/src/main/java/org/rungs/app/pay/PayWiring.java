package org.rungs.app.pay;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The pay key, read once at start: a key that is set but wrong stops Rungs with a message. */
@Configuration
class PayWiring {

  @Bean
  PayCipher payCipher(PaySettings settings) {
    return PayCipher.of(settings);
  }
}
