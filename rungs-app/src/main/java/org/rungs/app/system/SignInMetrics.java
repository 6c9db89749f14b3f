package org.rungs.app.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts sign-ins (with a password or single sign-on), and failed ones by reason ({@code
 * rungs_sign_ins_total{outcome, reason}}), from Spring Security's events. A jump in failures is
 * someone guessing passwords. The account is never a tag: that would put email addresses into the
 * metrics.
 */
@Component
class SignInMetrics {

  private final MeterRegistry registry;
  private final Counter successes;

  SignInMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.successes = counter("success", "none");
  }

  @EventListener
  void signedIn(AuthenticationSuccessEvent event) {
    successes.increment();
  }

  @EventListener
  void refused(AbstractAuthenticationFailureEvent event) {
    if (event.getException() instanceof ProviderNotFoundException) {
      // Not a sign-in that failed: one authentication manager had nothing for a kind of sign-in
      // that another handles (a single sign-on, whose own refusal is counted as well).
      return;
    }
    // BadCredentialsException -> "bad-credentials": a handful of Spring Security's classes.
    String reason =
        event
            .getException()
            .getClass()
            .getSimpleName()
            .replaceAll("Exception$", "")
            .replaceAll("([a-z])([A-Z])", "$1-$2")
            .toLowerCase(Locale.ROOT);
    counter("failure", reason).increment();
  }

  private Counter counter(String outcome, String reason) {
    return Counter.builder("rungs.sign.ins")
        .description("Sign-ins, by outcome and the reason for a failure")
        .tag("outcome", outcome)
        .tag("reason", reason)
        .register(registry);
  }
}
