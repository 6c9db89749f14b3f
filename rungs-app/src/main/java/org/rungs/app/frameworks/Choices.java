package org.rungs.app.frameworks;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The values of an enum-typed option, as the lower-case words people type: {@code --format json}.
 * One class is both picocli's converter (any case accepted) and its completion candidates, which
 * {@code ${COMPLETION-CANDIDATES}} lists in the help and shell completion offers.
 *
 * <pre>{@code
 * static final class Words extends Choices<Format> { Words() { super(Format.class); } }
 * @Option(names = "--format", converter = Words.class, completionCandidates = Words.class) Format f;
 * }</pre>
 *
 * <p>picocli needs a class with a no-argument constructor for each, hence the subclass per enum.
 */
abstract class Choices<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

  private final Class<E> type;

  Choices(Class<E> type) {
    this.type = type;
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    // picocli puts "Invalid value for option '--format': " before this.
    throw new TypeConversionException(
        "must be one of " + String.join(", ", words()) + ", not '" + value + "'");
  }

  @Override
  public Iterator<String> iterator() {
    return words().iterator();
  }

  private List<String> words() {
    return Arrays.stream(type.getEnumConstants())
        .map(constant -> constant.name().toLowerCase(Locale.ROOT))
        .toList();
  }
}
