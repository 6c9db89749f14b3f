package org.rungs.app.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.rungs.app.audit.AuditTrail;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.rungs.app.people.People;
import org.rungs.app.people.Person;
import org.rungs.app.system.Refusal;
import org.rungs.app.system.Result;
import org.rungs.framework.Criterion;
import org.rungs.framework.CriterionId;
import org.rungs.framework.Framework;
import org.rungs.framework.FrameworkEdit;
import org.rungs.framework.FrameworkEditor;
import org.rungs.framework.FrameworkSet;
import org.rungs.progression.TextField;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback on frameworks: anyone signed in gives it and supports it; an owner of the framework (as
 * the OWNERS file says) or an admin accepts, rejects or answers it. Accepting a suggested example
 * or rewording writes it into the framework file ({@link FrameworkEditor}, nothing else in the file
 * changes) and commits it when the folder is a git checkout.
 *
 * <p>Feedback on a criterion is kept with the framework whose file writes the criterion, so
 * feedback on a criterion inherited from {@code /generic} goes to the owners of {@code /generic}.
 */
@Service
public class FeedbackBoard {

  /** Feedback as sent by the API or a form; {@code anonymous} may be null (named). */
  public record NewFeedback(
      String framework, String criterionId, String kind, String text, Boolean anonymous) {}

  /** What an owner decided. */
  public enum Decision {
    ACCEPT,
    REJECT,
    ANSWER
  }

  /**
   * What deciding did: the feedback's new status, the commit made (or null), and whether the change
   * could only be given as a patch because the folder is not writable.
   */
  public record Decided(Feedback.Status status, String commit, boolean patchOnly) {}

  private final FeedbackRepository feedback;
  private final FrameworkLibrary library;
  private final FrameworkOwners owners;
  private final FileWriteBack files;
  private final People people;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  public FeedbackBoard(
      FeedbackRepository feedback,
      FrameworkLibrary library,
      FrameworkOwners owners,
      FileWriteBack files,
      People people,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.feedback = feedback;
    this.library = library;
    this.owners = owners;
    this.files = files;
    this.people = people;
    this.audit = audit;
    this.events = events;
  }

  /** Gives feedback; its id, or why not (by field). */
  @Transactional
  public Result<Long> submit(Person author, NewFeedback given) {
    Map<String, String> errors = new LinkedHashMap<>();
    FrameworkSet set = library.current().set();
    Optional<Framework> framework =
        Optional.ofNullable(given.framework()).flatMap(path -> set.find(path.strip()));
    if (framework.isEmpty()) {
      errors.put("framework", "no framework at \"" + given.framework() + "\"");
    }
    Optional<FeedbackKind> kind = FeedbackKind.of(given.kind());
    if (kind.isEmpty()) {
      errors.put(
          "kind",
          "kind is one of comment, question, unclear, example, rewording, not " + given.kind());
    }
    String criterionId = blankToNull(given.criterionId());
    String home = framework.map(Framework::path).orElse(null);
    if (criterionId != null && framework.isPresent()) {
      Criterion criterion = framework.get().criteriaById().get(criterionId);
      if (criterion == null) {
        errors.put("criterionId", "no criterion " + criterionId + " in " + home);
      } else if (criterion.isInherited()) {
        home = criterion.from();
      }
    }
    if (criterionId == null && kind.isPresent() && kind.get().needsCriterion()) {
      errors.put("criterionId", "say which criterion this " + kind.get().label() + " is about");
    }
    String text = given.text() == null ? "" : given.text().strip();
    if (text.isEmpty()) {
      errors.put("text", "write the feedback");
    }
    TextField.FEEDBACK_TEXT.problem(text).ifPresent(problem -> errors.put("text", problem));
    if (!errors.isEmpty()) {
      return Result.refused(new Refusal.Invalid("the feedback is not valid", errors));
    }
    boolean anonymous = Boolean.TRUE.equals(given.anonymous());
    long id = feedback.insert(home, criterionId, kind.get(), text, author.id(), anonymous);
    audit.record(
        author.id(), "feedback", Long.toString(id), "given", null, home + " " + criterionId);
    Feedback shown = show(feedback.find(id, author.id()).orElseThrow(), author, new HashMap<>());
    String from = anonymous ? "Someone" : author.name();
    for (String email : owners.of(home)) {
      people
          .byEmail(email)
          .filter(owner -> owner.id() != author.id())
          .ifPresent(
              owner ->
                  events.publishEvent(
                      new FeedbackReceived(
                          id,
                          owner.id(),
                          from + " gave a " + kind.get().label() + " on " + shown.framework(),
                          text,
                          "/feedback/queue/")));
    }
    return Result.done(id);
  }

  /** Adds {@code supporter}'s "+1"; supporting twice counts once. */
  @Transactional
  public Optional<Refusal> support(Person supporter, long id) {
    if (feedback.find(id, supporter.id()).isEmpty()) {
      return Optional.of(new Refusal.NotFound("no feedback " + id));
    }
    feedback.support(id, supporter.id());
    return Optional.empty();
  }

  /**
   * Accepts, rejects or answers open feedback, by an owner of its framework or an admin. A reason
   * is needed to reject, an answer to answer. Accepting an example or rewording writes the file.
   */
  @Transactional
  public Result<Decided> decide(Person actor, long id, Decision decision, String reply) {
    Optional<FeedbackRepository.Row> found = feedback.find(id, actor.id());
    if (found.isEmpty()) {
      return Result.refused(new Refusal.NotFound("no feedback " + id));
    }
    FeedbackRepository.Row row = found.get();
    if (!owners.mayDecide(actor, row.framework())) {
      return Result.refused(
          new Refusal.Forbidden(
              "only an owner of " + row.framework() + " (see OWNERS) or an admin can decide"));
    }
    if (row.status() != Feedback.Status.OPEN) {
      return Result.refused(
          new Refusal.Conflict("this feedback was already " + row.status().label()));
    }
    String text = reply == null || reply.isBlank() ? null : reply.strip();
    if (text == null && decision != Decision.ACCEPT) {
      return Result.refused(
          Refusal.Invalid.of(
              "reason",
              decision == Decision.REJECT ? "say why it is rejected" : "write the answer"));
    }
    Optional<String> tooLong = TextField.FEEDBACK_REPLY.problem(text);
    if (tooLong.isPresent()) {
      return Result.refused(Refusal.Invalid.of("reason", tooLong.get()));
    }
    Feedback.Status status =
        switch (decision) {
          case ACCEPT -> Feedback.Status.ACCEPTED;
          case REJECT -> Feedback.Status.REJECTED;
          case ANSWER -> Feedback.Status.ANSWERED;
        };
    Optional<Edit> edit = Optional.empty();
    if (decision == Decision.ACCEPT && row.kind().writesBack()) {
      Result<Edit> prepared = prepare(row);
      if (prepared instanceof Result.Refused<Edit> refused) {
        return Result.refused(refused.refusal());
      }
      edit = Optional.of(((Result.Done<Edit>) prepared).value());
    }
    if (!feedback.decide(id, status, text, actor.id(), null)) {
      return Result.refused(new Refusal.Conflict("someone decided on this feedback first"));
    }
    String commit = null;
    boolean patchOnly = false;
    if (edit.isPresent()) {
      FileWriteBack.Written written = write(actor, row, edit.get());
      commit = written.commit();
      if (!written.written()) {
        patchOnly = true;
        feedback.decide(id, status, text, actor.id(), written.patch());
      }
    }
    audit.record(
        actor.id(),
        "feedback",
        Long.toString(id),
        status.label(),
        "open",
        commit == null ? text : commit);
    if (row.authorId() != actor.id()) {
      Feedback shown = show(row, actor, new HashMap<>());
      events.publishEvent(
          new FeedbackAnswered(
              id,
              row.authorId(),
              "Your " + row.kind().label() + " on " + row.framework() + " was " + status.label(),
              text == null ? row.text() : text,
              shown.link()));
    }
    return Result.done(new Decided(status, commit, patchOnly));
  }

  /**
   * The feedback about a criterion, or about a framework itself when {@code criterionId} is null.
   */
  public List<Feedback> about(Person reader, String framework, String criterionId) {
    Map<Long, String> names = new HashMap<>();
    return feedback.about(framework, criterionId, reader.id()).stream()
        .map(row -> show(row, reader, names))
        .toList();
  }

  /** Open feedback of {@code kind} by criterion id, for framework health. */
  public Map<String, Integer> openByCriterion(FeedbackKind kind) {
    return feedback.openByCriterion(kind);
  }

  /** One piece of feedback as {@code reader} may see it. */
  public Optional<Feedback> find(Person reader, long id) {
    return feedback.find(id, reader.id()).map(row -> show(row, reader, new HashMap<>()));
  }

  /** The open feedback on the frameworks {@code owner} owns (all, for an admin). */
  public List<Feedback> queue(Person owner) {
    List<String> frameworks =
        library.current().set().frameworks().stream()
            .map(Framework::path)
            .filter(path -> owners.mayDecide(owner, path))
            .toList();
    Map<Long, String> names = new HashMap<>();
    return feedback.open(frameworks, owner.id()).stream()
        .map(row -> show(row, owner, names))
        .toList();
  }

  /** The patch of an accepted change that could not be written, for whoever may decide on it. */
  public Result<String> patch(Person reader, long id) {
    Optional<FeedbackRepository.Row> row = feedback.find(id, reader.id());
    if (row.isEmpty() || !row.get().hasPatch()) {
      return Result.refused(new Refusal.NotFound("no patch for feedback " + id));
    }
    if (!owners.mayDecide(reader, row.get().framework())) {
      return Result.refused(new Refusal.Forbidden("only owners and admins download patches"));
    }
    return Result.done(feedback.patch(id).orElseThrow());
  }

  /** The file, its bytes now and after the edit. */
  private record Edit(String source, byte[] before, byte[] after, String summary) {}

  private Result<Edit> prepare(FeedbackRepository.Row row) {
    Optional<Framework> framework = library.current().set().find(row.framework());
    if (framework.isEmpty()) {
      return Result.refused(new Refusal.Conflict(row.framework() + " is no longer there"));
    }
    String source = framework.get().source();
    CriterionId criterion = new CriterionId(row.criterionId());
    FrameworkEdit edit =
        row.kind() == FeedbackKind.EXAMPLE
            ? new FrameworkEdit.AddExample(criterion, row.text())
            : new FrameworkEdit.RewordCriterion(criterion, row.text());
    byte[] before;
    try {
      before = Files.readAllBytes(files.fileOf(source));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    FrameworkEditor.Edited edited = FrameworkEditor.apply(before, source, edit);
    if (!edited.applied()) {
      String problems =
          edited.problems().stream().map(Object::toString).collect(Collectors.joining("; "));
      return Result.refused(
          new Refusal.Conflict("the change cannot be written into " + source + ": " + problems));
    }
    String summary =
        (row.kind() == FeedbackKind.EXAMPLE ? "Add an example to " : "Reword ")
            + row.criterionId()
            + " in "
            + row.framework();
    return Result.done(new Edit(source, before, edited.bytes(), summary));
  }

  private FileWriteBack.Written write(Person owner, FeedbackRepository.Row row, Edit edit) {
    StringBuilder message =
        new StringBuilder(edit.summary())
            .append("\n\nAccepted from feedback ")
            .append(row.id())
            .append(" in Rungs.\n");
    // An author who chose to be anonymous stays so in the history too.
    Optional<Person> author = people.byId(row.authorId());
    if (!row.anonymous() && author.isPresent() && author.get().id() != owner.id()) {
      message
          .append("\nCo-authored-by: ")
          .append(author.get().name())
          .append(" <")
          .append(author.get().email())
          .append(">\n");
    }
    return files.write(
        edit.source(),
        edit.before(),
        edit.after(),
        new FileWriteBack.Committer(owner.name(), owner.email()),
        message.toString());
  }

  private Feedback show(FeedbackRepository.Row row, Person reader, Map<Long, String> names) {
    String author =
        row.anonymous() && !reader.isAdmin() && row.authorId() != reader.id()
            ? null
            : names.computeIfAbsent(
                row.authorId(), id -> people.byId(id).map(Person::name).orElse("someone"));
    return new Feedback(
        row.id(),
        row.framework(),
        row.criterionId(),
        row.kind(),
        row.text(),
        // An anonymous author's id would name them as surely as their name.
        author == null ? 0 : row.authorId(),
        author,
        row.anonymous(),
        row.status(),
        row.reply(),
        row.supporters(),
        row.supportedByReader(),
        row.hasPatch(),
        row.createdAt(),
        row.version());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
