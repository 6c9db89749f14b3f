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
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may reach the routes for operators, in a filter chain of their own ahead of the app's: the
 * health probes are public; {@code /metrics} needs an admin's session or the scrape token; every
 * other Actuator endpoint is closed unless configuration exposes it ({@code
 * management.endpoints.web.exposure.include}), and then open to admins only.
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
    http.securityMatcher("/health/liveness", "/health/readiness", "/metrics", "/actuator/**")
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(
                        "/health/liveness",
                        "/health/readiness",
                        "/actuator/health",
                        "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/metrics")
                    .hasAnyRole("ADMIN", ScrapeTokenFilter.ROLE)
                    .requestMatchers("/actuator/**")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .denyAll())
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
