package org.rungs.framework;

/**
 * Why an edit cannot be written into a file as it is laid out; {@link FrameworkEditor} turns it
 * into a located problem and never lets it escape.
 */
final class EditRefused extends RuntimeException {

  private final transient Location location;

  EditRefused(Location location, String message) {
    super(message, null, false, false);
    this.location = location;
  }

  Location location() {
    return location;
  }
}
