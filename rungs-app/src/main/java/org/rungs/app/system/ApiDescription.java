package org.rungs.app.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.rungs.progression.TextField;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The OpenAPI description at {@code /api/docs}: its server is this one, written as the relative
 * {@code /} (springdoc wrote the request's {@code Host} header there, which anyone can set), and
 * each text field of a request states its {@code maxLength} from {@link TextField}.
 */
@Configuration
class ApiDescription {

  /** Request bodies' text fields, by schema and property; a test checks each is in the schema. */
  static final Map<String, Map<String, TextField>> TEXT_FIELDS =
      Map.of(
          "NewEvidence",
          Map.of("note", TextField.EVIDENCE_NOTE, "link", TextField.EVIDENCE_LINK),
          "AssessmentChange",
          Map.of("note", TextField.ASSESSMENT_NOTE),
          "AgreementRequest",
          Map.of("summary", TextField.CHECK_IN_SUMMARY),
          "ConfirmationRequest",
          Map.of("note", TextField.CONFIRMATION_NOTE),
          "NewFeedback",
          Map.of("text", TextField.FEEDBACK_TEXT),
          "FeedbackReason",
          Map.of("reason", TextField.FEEDBACK_REPLY),
          "NewPayReview",
          Map.of("name", TextField.ROUND_NAME),
          "RaiseChange",
          Map.of("reason", TextField.RAISE_REASON));

  /** Titled and versioned with the build's version ({@code development} when run from classes). */
  @Bean
  OpenAPI rungsApi(ObjectProvider<BuildProperties> build) {
    BuildProperties properties = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("Rungs API")
                .version(properties == null ? "development" : properties.getVersion())
                .description(
                    "People, assessments, evidence, check-ins, feedback and pay (pay review rounds"
                        + " under /api/v1/pay-reviews). Send a personal API token"
                        + " (made on your account page) as Authorization: Bearer TOKEN."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "token", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
        .addSecurityItem(new SecurityRequirement().addList("token"))
        .servers(List.of(new Server().url("/").description("this Rungs")));
  }

  /**
   * Swagger UI's files (springdoc's resource handler for {@code /api/docs/swagger-ui/**}, the only
   * resource handler Rungs has) are looked up before the controllers, whose {@code /**} would
   * otherwise take them for framework pages.
   */
  @Bean
  WebMvcConfigurer swaggerUiFirst() {
    return new WebMvcConfigurer() {
      @Override
      public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.setOrder(Ordered.HIGHEST_PRECEDENCE);
      }
    };
  }

  @Bean
  OpenApiCustomizer textLimits() {
    return openApi -> {
      Map<String, Schema> schemas = openApi.getComponents().getSchemas();
      if (schemas == null) {
        return;
      }
      TEXT_FIELDS.forEach(
          (schemaName, fields) -> {
            Schema<?> schema = schemas.get(schemaName);
            if (schema == null || schema.getProperties() == null) {
              return;
            }
            fields.forEach(
                (property, field) -> {
                  Schema<?> text = schema.getProperties().get(property);
                  if (text != null) {
                    text.setMaxLength(field.max());
                  }
                });
          });
    };
  }
}
