package org.rungs.app.people;

/**
 * What the admin's people list is narrowed to, and which page of it is shown; a {@code null}
 * criterion does not narrow.
 *
 * @param text part of a name or email address, in any case
 * @param team everyone below this manager, directly or not
 * @param manager only this manager's direct reports
 * @param subLevel only people standing at this sub-level ({@code A} to {@code D}), or {@link
 *     #NO_STANDING} for those without a standing
 * @param page from 1
 */
public record PeopleFilter(
    String text,
    Long team,
    Long manager,
    String framework,
    Integer level,
    String subLevel,
    Status status,
    int page,
    int size) {

  /** Whether deactivated people are listed. */
  public enum Status {
    ACTIVE,
    DEACTIVATED,
    ALL
  }

  public static final int MAX_SIZE = 200;

  /** The sub-level filter's value for people without a standing (no framework level, or none). */
  public static final String NO_STANDING = "none";

  /** The filter without any criterion, at page 1 of 50. */
  public static PeopleFilter everyone() {
    return new PeopleFilter(null, null, null, null, null, null, null, 1, 50);
  }

  public PeopleFilter {
    text = text == null || text.isBlank() ? null : text.strip();
    subLevel = subLevel(subLevel);
    framework = framework == null || framework.isBlank() ? null : framework.strip();
    status = status == null ? Status.ACTIVE : status;
    page = Math.max(1, page);
    size = Math.min(MAX_SIZE, Math.max(1, size));
  }

  /** This filter at another page. */
  public PeopleFilter at(int otherPage) {
    return new PeopleFilter(
        text, team, manager, framework, level, subLevel, status, otherPage, size);
  }

  /** Whether this filter narrows the list at all, whatever its page. */
  public boolean narrows() {
    return !equals(everyone().at(page).withSize(size));
  }

  private PeopleFilter withSize(int otherSize) {
    return new PeopleFilter(
        text, team, manager, framework, level, subLevel, status, page, otherSize);
  }

  /** A, B, C, D or none, in any case; anything else does not narrow. */
  private static String subLevel(String value) {
    if (value == null) {
      return null;
    }
    String upper = value.strip().toUpperCase(java.util.Locale.ROOT);
    if (upper.length() == 1 && upper.charAt(0) >= 'A' && upper.charAt(0) <= 'D') {
      return upper;
    }
    return upper.equals("NONE") ? NO_STANDING : null;
  }

  /** The query string of this filter at {@code otherPage}, for links. */
  public String query(int otherPage) {
    StringBuilder query = new StringBuilder("?page=").append(otherPage);
    append(query, "q", text);
    append(query, "team", team);
    append(query, "manager", manager);
    append(query, "framework", framework);
    append(query, "level", level);
    append(query, "sublevel", subLevel);
    append(query, "status", status == Status.ACTIVE ? null : status.name().toLowerCase());
    if (size != 50) {
      append(query, "size", size);
    }
    return query.toString();
  }

  private static void append(StringBuilder query, String name, Object value) {
    if (value != null) {
      query
          .append('&')
          .append(name)
          .append('=')
          .append(
              java.net.URLEncoder.encode(
                  value.toString(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
