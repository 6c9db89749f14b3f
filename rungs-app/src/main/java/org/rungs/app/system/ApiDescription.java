package org.rungs.app.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.rungs.progression.TextField;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
          Map.of("reason", TextField.FEEDBACK_REPLY));

  @Bean
  OpenAPI rungsApi() {
    return new OpenAPI().servers(List.of(new Server().url("/").description("this Rungs")));
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
