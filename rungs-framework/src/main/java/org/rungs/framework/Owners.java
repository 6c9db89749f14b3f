package org.rungs.framework;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who owns which frameworks, from the {@code OWNERS} file at the root of a frameworks folder: one
 * rule a line, a path or glob and the owners' emails, as in GitHub's CODEOWNERS.
 *
 * <pre>{@code
 * # OWNERS
 * *                      cto@example.com
 * /engineering/          eng-leads@example.com
 * /engineering/backend   ada@example.com grace@example.com
 * }</pre>
 *
 * <p>{@code Owners.parse(text, "OWNERS").owners().of("/engineering/backend")} gives Ada and Grace:
 * the last matching rule wins. Patterns match framework paths as CODEOWNERS patterns match files:
 * {@code *} within one part of a path, {@code **} across parts; a leading {@code /} (or a {@code /}
 * inside the pattern) anchors it at the root, otherwise it matches at any depth; a pattern matches
 * everything under what it names, except that {@code /engineering/} (trailing slash) matches only
 * what is under it and {@code /engineering/*} only one level down. A rule with no emails leaves its
 * paths without owners. {@code #} starts a comment. A line with an unreadable pattern or email is
 * skipped, as GitHub skips it, and reported as a located problem.
 *
 * <p>Immutable and thread-safe.
 */
public final class Owners {

  /** One line's rule: its pattern as written, its owners, and its line (from 1). */
  public record Rule(String pattern, List<String> emails, int line) {
    public Rule {
      Objects.requireNonNull(pattern, "pattern");
      emails = List.copyOf(emails);
    }
  }

  /** The rules that could be read and a problem for each line that could not. */
  public record Parsed(Owners owners, List<Problem> problems) {
    public Parsed {
      problems = List.copyOf(problems);
    }
  }

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern TOKEN = Pattern.compile("\\S+");

  private final List<Rule> rules;
  private final List<Pattern> patterns;

  private Owners(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.patterns = this.rules.stream().map(rule -> OwnersPattern.compile(rule.pattern())).toList();
  }

  /** Nobody owns anything: a folder without an OWNERS file. */
  public static Owners none() {
    return new Owners(List.of());
  }

  /** Reads {@code OWNERS} in {@code folder}; no file means no owners. */
  public static Parsed load(Path folder) {
    Path file = folder.resolve("OWNERS");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (NoSuchFileException none) {
      return new Parsed(none(), List.of());
    } catch (IOException unreadable) {
      return new Parsed(
          none(),
          List.of(
              Problem.of(
                  file.toString(),
                  1,
                  1,
                  ProblemCode.UNREADABLE_FILE,
                  "cannot read file: " + unreadable)));
    }
  }

  public static Parsed parse(String text, String source) {
    List<Rule> rules = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String[] lines = text.replace("\uFEFF", "").split("\r?\n|\r", -1);
    for (int number = 1; number <= lines.length; number++) {
      readLine(lines[number - 1], number, source, rules, problems);
    }
    return new Parsed(new Owners(rules), problems);
  }

  private static void readLine(
      String line, int number, String source, List<Rule> rules, List<Problem> problems) {
    List<Problem> found = new ArrayList<>();
    var tokens = TOKEN.matcher(line);
    String pattern = null;
    LinkedHashSet<String> emails = new LinkedHashSet<>();
    while (tokens.find() && !tokens.group().startsWith("#")) {
      String token = tokens.group();
      int column = tokens.start() + 1;
      if (pattern == null) {
        pattern = token;
        OwnersPattern.problem(token)
            .ifPresent(
                why -> found.add(Problem.of(source, number, column, ProblemCode.OWNERS_RULE, why)));
      } else if (EMAIL.matcher(token).matches()) {
        emails.add(token);
      } else {
        found.add(
            Problem.of(
                source,
                number,
                column,
                ProblemCode.OWNERS_EMAIL,
                "\""
                    + token
                    + "\" is not an email address: write 'PATH-OR-GLOB EMAIL [EMAIL...]';"
                    + " this line is skipped"));
      }
    }
    if (pattern != null && found.isEmpty()) {
      rules.add(new Rule(pattern, List.copyOf(emails), number));
    }
    problems.addAll(found);
  }

  public List<Rule> rules() {
    return rules;
  }

  /** The owners of the framework at {@code path} (e.g. {@code /engineering/backend}). */
  public List<String> of(String path) {
    return ruleFor(path).map(Rule::emails).orElse(List.of());
  }

  /** The rule that decides {@code path}'s owners: the last one that matches it. */
  public java.util.Optional<Rule> ruleFor(String path) {
    String relative = path.startsWith("/") ? path.substring(1) : path;
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (patterns.get(i).matcher(relative).matches()) {
        return java.util.Optional.of(rules.get(i));
      }
    }
    return java.util.Optional.empty();
  }
}
