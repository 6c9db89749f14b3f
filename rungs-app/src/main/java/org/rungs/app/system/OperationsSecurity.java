package org.rungs.app.system;

import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach the routes for operators, in a filter chain of their own ahead of the app's: the
 * health probes are public, and {@code /metrics} asked with a Bearer token needs the scrape token.
 * {@code /metrics} asked with an admin's session, and every other Actuator endpoint (closed unless
 * configuration exposes it with {@code management.endpoints.web.exposure.include}), go through the
 * app's own chain, which reads the admin's role from the database on every request: a session here
 * would carry the role it had at sign-in.
 */
@Configuration
@EnableConfigurationProperties(MetricsSettings.class)
class OperationsSecurity {

  @Bean
  @Order(1)
  @ConditionalOnWebApplication
  SecurityFilterChain operations(HttpSecurity http, MetricsSettings settings) throws Exception {
    MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
    // Only an explicit text/html (a browser), not */* (curl, Prometheus), means "send to sign in".
    browser.setIgnoredMediaTypes(Set.of(MediaType.ALL));
    // A scraper sends its token; a signed-in admin's session goes through the app's chain.
    RequestMatcher scrape =
        request ->
            "/metrics".equals(request.getRequestURI())
                && request.getHeader("Authorization") != null;
    http.securityMatcher(
            new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/health/liveness"),
                PathPatternRequestMatcher.withDefaults().matcher("/health/readiness"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/health"),
                PathPatternRequestMatcher.withDefaults().matcher("/actuator/health/**"),
                scrape))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/metrics")
                    .hasRole(ScrapeTokenFilter.ROLE)
                    .anyRequest()
                    .permitAll())
        // Nothing here is signed in by a session: the scrape token or nobody.
        .securityContext(
            context ->
                context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
        .addFilterBefore(new ScrapeTokenFilter(settings), BasicAuthenticationFilter.class)
        // A person opening /metrics in a browser is sent to sign in, as for any page; a scraper
        // gets 401.
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), browser)
                    .defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> true))
        .headers(headers -> headers.cacheControl(cache -> cache.disable()));
    return http.build();
  }
}
