package org.rungs.app.pay;

import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.progression.ImportProblem;
import org.rungs.progression.pay.SalaryBand;

/**
 * The admins' pay page: the bands in force and their history, the two files to import, and the
 * reports.
 *
 * @param bandProblems what is wrong with {@code bands.yml}, as framework problems are shown
 * @param form which form was sent ({@code bands} or {@code pay}), or {@code null}
 * @param problems that form's problems, each at its line
 * @param message what the form did, or why nothing was imported
 * @param typed the text sent with that form, kept when it was refused
 */
public record AdminPayPage(
    Chrome chrome,
    Csrf csrf,
    List<SalaryBand> bands,
    List<SalaryBand> fromFile,
    List<String> bandProblems,
    String form,
    List<ImportProblem> problems,
    String message,
    String typed) {

  public String typedIn(String name) {
    return name.equals(form) && typed != null ? typed : "";
  }

  public boolean fromFile(SalaryBand band) {
    return fromFile.contains(band);
  }
}
