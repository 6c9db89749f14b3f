package org.rungs.app.feedback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.rungs.app.frameworks.FrameworkLibrary;
import org.springframework.stereotype.Component;

/**
 * Writes a new version of a framework file into the live folder and, when the folder is inside a
 * git checkout, commits it (JGit: no {@code git} binary needed) with the deciding owner as author
 * and committer, and pushes when {@link GitSettings#push()} says so. When the file cannot be
 * written, it gives the change as a unified diff for the owner to apply by hand.
 *
 * <p>One write at a time, so two accepted edits of one file cannot interleave.
 */
@Component
class FileWriteBack {

  /** Who the change is by, for the commit. */
  record Committer(String name, String email) {}

  /**
   * What happened: the file written (and the commit's id if one was made), or not writable and only
   * the patch made.
   */
  record Written(boolean written, String commit, String patch) {}

  private final FrameworkLibrary library;
  private final GitSettings git;

  FileWriteBack(FrameworkLibrary library, GitSettings git) {
    this.library = library;
    this.git = git;
  }

  /** The file of the framework whose {@code source} (file name in the folder) is given. */
  Path fileOf(String source) {
    return library.directory().resolve(source);
  }

  synchronized Written write(
      String source, byte[] before, byte[] after, Committer committer, String message) {
    Path file = fileOf(source);
    String patch = patch(source, before, after);
    if (!Files.isWritable(file) || !Files.isWritable(file.getParent())) {
      return new Written(false, null, patch);
    }
    try {
      Path temporary = Files.createTempFile(file.getParent(), ".rungs-edit-", ".tmp");
      Files.write(temporary, after);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException unwritable) {
      throw new UncheckedIOException("could not write " + file, unwritable);
    }
    return new Written(true, commit(file, committer, message), patch);
  }

  /** Commits {@code file} alone, if it is in a git checkout; the commit's id, or null. */
  private String commit(Path file, Committer committer, String message) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(file.toFile());
    if (builder.getGitDir() == null) {
      return null;
    }
    try (Repository repository = builder.setMustExist(true).build();
        Git checkout = new Git(repository)) {
      String path =
          repository
              .getWorkTree()
              .toPath()
              .toRealPath()
              .relativize(file.toRealPath())
              .toString()
              .replace('\\', '/');
      PersonIdent who = new PersonIdent(committer.name(), committer.email());
      checkout.add().addFilepattern(path).call();
      RevCommit commit =
          checkout
              .commit()
              .setOnly(path)
              .setAuthor(who)
              .setCommitter(who)
              .setMessage(message)
              .setSign(false)
              .call();
      if (git.push()) {
        checkout.push().setRemote(git.remote()).call();
      }
      return commit.getId().name();
    } catch (IOException | GitAPIException failed) {
      // The file is written and the live site shows it; the commit can be made by hand.
      throw new IllegalStateException(
          "wrote " + file + " but could not commit it: " + failed.getMessage(), failed);
    }
  }

  /** The change as a unified diff that {@code git apply} or {@code patch -p1} takes. */
  static String patch(String source, byte[] before, byte[] after) {
    RawText a = new RawText(before);
    RawText b = new RawText(after);
    EditList edits =
        DiffAlgorithm.getAlgorithm(DiffAlgorithm.SupportedAlgorithm.HISTOGRAM)
            .diff(RawTextComparator.DEFAULT, a, b);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DiffFormatter formatter = new DiffFormatter(out)) {
      out.writeBytes(
          ("--- a/" + source + "\n+++ b/" + source + "\n")
              .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      formatter.format(edits, a, b);
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
