package org.rungs.app.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.people.Person;
import org.rungs.app.personaldata.PersonalData;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything Rungs holds about one person, from every {@link PersonalData} part, as one ZIP: {@code
 * personal-data.json} (complete, machine-readable), {@code summary.html} (the same, to read) and
 * {@code README.txt} (what the files hold). Every export is audited.
 */
@Component
public class PersonalDataExport {

  static final String FORMAT = "rungs-personal-data/1";

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private final List<PersonalData> parts;
  private final AuditTrail audit;
  private final Clock clock;

  PersonalDataExport(List<PersonalData> parts, AuditTrail audit, ObjectProvider<Clock> clock) {
    this.parts = parts.stream().sorted(Comparator.comparing(PersonalData::name)).toList();
    this.audit = audit;
    this.clock = clock.getIfAvailable(Clock::systemUTC);
  }

  /**
   * The ZIP of {@code person}'s data, recorded in the audit trail as exported by {@code actorId}
   * ({@code null} for the command line).
   */
  @Transactional
  public byte[] zip(Person person, Long actorId) {
    Map<String, Object> document = document(person.id(), clock.instant());
    audit.record(actorId, "person", Long.toString(person.id()), "exported", null, null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      entry(zip, "README.txt", ExportReadme.text(person.id()));
      entry(zip, "personal-data.json", JSON.writeValueAsString(document));
      entry(zip, "summary.html", ExportSummary.html(person.name(), document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The export as one JSON-able value: format, person, time, and each part's sections. */
  Map<String, Object> document(long personId, Instant at) {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("format", FORMAT);
    document.put("personId", personId);
    document.put("exportedAt", at.toString());
    Map<String, Object> byPart = new LinkedHashMap<>();
    for (PersonalData part : parts) {
      byPart.put(part.name(), part.export(personId));
    }
    document.put("parts", byPart);
    return document;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
