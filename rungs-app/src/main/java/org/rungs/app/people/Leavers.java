package org.rungs.app.people;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who has left and who has been erased, for answering erasure requests and for retention. A person
 * has left when their {@code deactivated_at} is set; an erased person keeps an anonymised row.
 */
@Component
public class Leavers {

  /** Where a person stands for erasure. */
  public record Standing(Person person, Instant leftAt, Instant erasedAt) {
    public boolean hasLeft() {
      return leftAt != null;
    }

    public boolean isErased() {
      return erasedAt != null;
    }
  }

  private final PersonRepository people;
  private final JdbcClient jdbc;

  Leavers(PersonRepository people, JdbcClient jdbc) {
    this.people = people;
    this.jdbc = jdbc;
  }

  public Optional<Standing> byId(long id) {
    return people.findById(id).map(this::standing);
  }

  public Optional<Standing> byEmail(String email) {
    return people.findByEmail(email).map(this::standing);
  }

  private Standing standing(Person person) {
    return jdbc.sql("select deactivated_at, erased_at from person where id = ?")
        .param(person.id())
        .query(
            (rs, n) ->
                new Standing(
                    person,
                    instant(rs.getObject("deactivated_at", OffsetDateTime.class)),
                    instant(rs.getObject("erased_at", OffsetDateTime.class))))
        .single();
  }

  /** People who left before {@code cutoff} and are not erased yet, those who left first first. */
  public List<Standing> leftBefore(Instant cutoff) {
    return jdbc
        .sql(
            "select id from person where deactivated_at < ? and erased_at is null"
                + " order by deactivated_at, id")
        .param(OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC))
        .query(Long.class)
        .list()
        .stream()
        .flatMap(id -> byId(id).stream())
        .toList();
  }

  /** Everyone who has left and is not erased yet, those who left first first. */
  public List<Standing> notErased() {
    return leftBefore(Instant.parse("9999-12-31T00:00:00Z"));
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }
}
