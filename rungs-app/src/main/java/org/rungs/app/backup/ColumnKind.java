package org.rungs.app.backup;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;

/**
 * How a column's values are written in a backup: as text that means the same in H2 and in
 * PostgreSQL (instants in UTC, dates and times in ISO 8601, bytes in Base64), so a backup of one
 * restores into the other and two backups of the same rows are the same text.
 */
enum ColumnKind {
  BOOLEAN,
  INTEGER,
  DECIMAL,
  FLOATING,
  DATE,
  TIME,
  TIMESTAMP,
  INSTANT,
  BYTES,
  TEXT,
  /** PostgreSQL's own types (uuid, json...): text, handed back for the database to convert. */
  OTHER;

  static ColumnKind of(int jdbcType, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    // PostgreSQL's driver reports timestamptz as a plain TIMESTAMP; its name tells them apart.
    if (jdbcType == Types.TIMESTAMP_WITH_TIMEZONE
        || name.equals("timestamptz")
        || name.startsWith("timestamp with time zone")) {
      return INSTANT;
    }
    return switch (jdbcType) {
      case Types.BIT, Types.BOOLEAN -> BOOLEAN;
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
      case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
      case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOATING;
      case Types.DATE -> DATE;
      case Types.TIME -> TIME;
      case Types.TIMESTAMP -> TIMESTAMP;
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
      case Types.OTHER -> OTHER;
      default -> TEXT;
    };
  }

  /** The value at {@code index} as backup text, or null. */
  String read(ResultSet row, int index) throws SQLException {
    String text =
        switch (this) {
          case BOOLEAN -> String.valueOf(row.getBoolean(index));
          case INTEGER -> String.valueOf(row.getLong(index));
          case DECIMAL -> plain(row.getBigDecimal(index));
          case FLOATING -> String.valueOf(row.getDouble(index));
          case DATE -> string(row.getObject(index, LocalDate.class));
          case TIME -> string(row.getObject(index, LocalTime.class));
          case TIMESTAMP -> string(row.getObject(index, LocalDateTime.class));
          case INSTANT -> instant(row.getObject(index, OffsetDateTime.class));
          case BYTES -> bytes(row.getBytes(index));
          case TEXT, OTHER -> row.getString(index);
        };
    return row.wasNull() ? null : text;
  }

  /** Binds backup text (or null) to a parameter of a column of this kind. */
  void bind(PreparedStatement statement, int index, int jdbcType, String text) throws SQLException {
    if (text == null) {
      statement.setNull(index, jdbcType);
      return;
    }
    switch (this) {
      case BOOLEAN -> statement.setBoolean(index, Boolean.parseBoolean(text));
      case INTEGER -> statement.setLong(index, Long.parseLong(text));
      case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
      case FLOATING -> statement.setDouble(index, Double.parseDouble(text));
      case DATE -> statement.setObject(index, LocalDate.parse(text));
      case TIME -> statement.setObject(index, LocalTime.parse(text));
      case TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
      case INSTANT ->
          statement.setObject(index, OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC));
      case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(text));
      case TEXT -> statement.setString(index, text);
      case OTHER -> statement.setObject(index, text, Types.OTHER);
    }
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static String instant(OffsetDateTime value) {
    return value == null ? null : value.toInstant().toString();
  }

  private static String bytes(byte[] value) {
    return value == null ? null : Base64.getEncoder().encodeToString(value);
  }
}
