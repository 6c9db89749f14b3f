package org.rungs.app.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rungs.progression.SubLevel;
import org.rungs.progression.pay.MeritMatrix;
import org.rungs.progression.pay.Money;
import org.rungs.progression.pay.ReviewProposals.BudgetRule;
import org.rungs.progression.pay.RoundState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The pay review tables, the only code that touches them. They hold raises in percent and no
 * salary: the money is worked out from the sealed pay history ({@link PayRepository}) when shown.
 * Every update names the version it read, and changes nothing if someone changed the row first.
 */
@Repository
class RoundRepository {

  /**
   * One person's place in a round as stored.
   *
   * @param percent the raise, or {@code null} for the merit matrix's suggestion
   */
  record Row(
      long personId,
      String budget,
      SubLevel subLevel,
      BigDecimal percent,
      String reason,
      Long adjustedBy,
      boolean approved,
      int version) {}

  private final JdbcClient jdbc;
  private final org.springframework.jdbc.core.JdbcTemplate batches;

  RoundRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  long open(
      String name,
      LocalDate effectiveFrom,
      Currency currency,
      PayRound.BudgetScope scope,
      BudgetRule budget,
      MeritMatrix matrix,
      Long openedBy,
      List<Row> rows) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into pay_round (name, effective_from, state, currency, budget_scope,"
                + " budget_percent, budget_amount, matrix, opened_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            name,
            effectiveFrom,
            RoundState.OPEN.name(),
            currency.getCurrencyCode(),
            scope.name(),
            budget.percent(),
            budget.amount() == null ? null : budget.amount().amount(),
            matrixText(matrix),
            openedBy)
        .update(key, "id");
    long id = key.getKey().longValue();
    // In batches: the demo's round holds 100,000 people.
    batches.batchUpdate(
        "insert into pay_round_proposal (round_id, person_id, budget, sub_level)"
            + " values (?, ?, ?, ?)",
        rows.stream()
            .map(
                row ->
                    new Object[] {
                      id,
                      row.personId(),
                      row.budget(),
                      row.subLevel() == null ? null : row.subLevel().name()
                    })
            .toList());
    return id;
  }

  List<PayRound> rounds() {
    return jdbc.sql(SELECT_ROUND + " order by effective_from desc, id desc")
        .query((rs, n) -> round(rs))
        .list();
  }

  Optional<PayRound> round(long id) {
    return jdbc.sql(SELECT_ROUND + " where id = ?")
        .param(id)
        .query((rs, n) -> round(rs))
        .optional();
  }

  List<Row> rows(long roundId) {
    return jdbc.sql(
            "select person_id, budget, sub_level, percent, reason, adjusted_by, approved, version"
                + " from pay_round_proposal where round_id = ? order by person_id")
        .param(roundId)
        .query(
            (rs, n) -> {
              String subLevel = rs.getString(3);
              BigDecimal percent = rs.getBigDecimal(4);
              long by = rs.getLong(6);
              Long adjustedBy = rs.wasNull() ? null : by;
              return new Row(
                  rs.getLong(1),
                  rs.getString(2),
                  subLevel == null ? null : SubLevel.valueOf(subLevel.strip()),
                  percent == null ? null : percent.stripTrailingZeros(),
                  rs.getString(5),
                  adjustedBy,
                  rs.getBoolean(7),
                  rs.getInt(8));
            })
        .list();
  }

  /** Sets a raise if the row is still at {@code version} and not approved; false otherwise. */
  boolean adjust(
      long roundId, long personId, BigDecimal percent, String reason, long by, int version) {
    return jdbc.sql(
                "update pay_round_proposal set percent = ?, reason = ?, adjusted_by = ?,"
                    + " version = version + 1 where round_id = ? and person_id = ?"
                    + " and version = ? and approved = false")
            .params(percent, reason, by, roundId, personId, version)
            .update()
        == 1;
  }

  /** Approves a raise if the row is still at {@code version}; false otherwise. */
  boolean approve(long roundId, long personId, int version) {
    return jdbc.sql(
                "update pay_round_proposal set approved = true, version = version + 1"
                    + " where round_id = ? and person_id = ? and version = ?")
            .params(roundId, personId, version)
            .update()
        == 1;
  }

  void approveAll(long roundId) {
    jdbc.sql(
            "update pay_round_proposal set approved = true, version = version + 1"
                + " where round_id = ? and approved = false")
        .param(roundId)
        .update();
  }

  /** Moves the round if it is still at {@code version}; false otherwise. */
  boolean move(long roundId, RoundState next, int version) {
    return jdbc.sql(
                "update pay_round set state = ?, version = version + 1,"
                    + " closed_at = case when ? then current_timestamp else closed_at end"
                    + " where id = ? and version = ?")
            .params(next.name(), next == RoundState.CLOSED, roundId, version)
            .update()
        == 1;
  }

  private static final String SELECT_ROUND =
      "select id, name, effective_from, state, currency, budget_scope, budget_percent,"
          + " budget_amount, matrix, version from pay_round";

  private static PayRound round(java.sql.ResultSet rs) throws java.sql.SQLException {
    Currency currency = Currency.getInstance(rs.getString(5).strip());
    BigDecimal percent = rs.getBigDecimal(7);
    BigDecimal amount = rs.getBigDecimal(8);
    return new PayRound(
        rs.getLong(1),
        rs.getString(2),
        rs.getObject(3, LocalDate.class),
        RoundState.valueOf(rs.getString(4)),
        currency,
        PayRound.BudgetScope.valueOf(rs.getString(6)),
        new BudgetRule(
            percent == null ? null : percent.stripTrailingZeros(),
            amount == null ? null : new Money(currency, amount.stripTrailingZeros())),
        matrix(rs.getString(9)),
        rs.getInt(10));
  }

  /** "3.0 2.0 1.0 0.0;4.0 3.0 2.0 1.0;…", sub-levels A to D. */
  static String matrixText(MeritMatrix matrix) {
    List<String> rows = new ArrayList<>();
    for (SubLevel subLevel : SubLevel.values()) {
      rows.add(
          String.join(
              " ",
              matrix.percents().get(subLevel).stream().map(BigDecimal::toPlainString).toList()));
    }
    return String.join(";", rows);
  }

  static MeritMatrix matrix(String text) {
    Map<SubLevel, List<BigDecimal>> percents = new EnumMap<>(SubLevel.class);
    String[] rows = text.split(";");
    for (SubLevel subLevel : SubLevel.values()) {
      percents.put(
          subLevel,
          Arrays.stream(rows[subLevel.ordinal()].split(" ")).map(BigDecimal::new).toList());
    }
    return new MeritMatrix(percents);
  }
}
