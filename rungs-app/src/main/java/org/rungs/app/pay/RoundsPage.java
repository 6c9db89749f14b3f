package org.rungs.app.pay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.progression.SubLevel;
import org.rungs.progression.pay.MeritMatrix;

/**
 * The pay review rounds, and for admins the form that opens one.
 *
 * @param errors what was wrong with the form last sent, by field; empty if nothing
 * @param typed what was typed into the form last sent, by field, to show it again
 */
public record RoundsPage(
    Chrome chrome,
    Csrf csrf,
    List<PayRound> rounds,
    boolean admin,
    Map<String, String> errors,
    Map<String, String> typed) {

  public List<SubLevel> subLevels() {
    return List.of(SubLevel.values());
  }

  /** The default matrix's raise for a cell of the form, as typed. */
  public String suggested(SubLevel subLevel, int step) {
    BigDecimal percent = MeritMatrix.DEFAULT.suggest(subLevel, step);
    return typed.getOrDefault("m-" + subLevel + step, percent.toPlainString());
  }

  public String typed(String field, String otherwise) {
    return typed.getOrDefault(field, otherwise);
  }
}
