package org.rungs.progression;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A column of a people file, as its header names it, e.g. {@code manager_email}. */
enum PeopleColumn {
  EMAIL(true),
  NAME(true),
  MANAGER_EMAIL(false),
  FRAMEWORK(true),
  LEVEL(true),
  LEVEL_SINCE(false),
  BADGES(false),
  ROLE(false);

  private final boolean required;

  PeopleColumn(boolean required) {
    this.required = required;
  }

  boolean required() {
    return required;
  }

  /** The name a header gives the column: {@code manager_email}. */
  String header() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The column a header cell names, in any case, with or without underscores, spaces or hyphens:
   * {@code "Manager Email"} and {@code "E-mail"} are {@link #MANAGER_EMAIL} and {@link #EMAIL}.
   */
  static Optional<PeopleColumn> named(String cell) {
    String name = compact(cell);
    return Arrays.stream(values())
        .filter(column -> compact(column.header()).equals(name))
        .findFirst();
  }

  private static String compact(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
  }

  /** The header of a file with every column: {@code email,name,manager_email,...}. */
  static String fullHeader() {
    return String.join(",", Arrays.stream(values()).map(PeopleColumn::header).toList());
  }
}
