package org.rungs.app.pay;

import java.util.List;
import org.rungs.app.people.Person;
import org.rungs.progression.Standing;
import org.rungs.progression.pay.PayChange;
import org.rungs.progression.pay.PayPosition;
import org.rungs.progression.pay.SalaryBand;

/**
 * One person's pay as they (or an admin) see it: where it sits in their band, or why it cannot be
 * placed, and its history.
 *
 * @param position where the pay sits, or {@code null} with {@code missing} saying why
 * @param history every change, newest first
 */
public record MyPay(
    Person person,
    PayChange pay,
    SalaryBand band,
    Standing standing,
    PayPosition position,
    String missing,
    List<PayChange> history) {}
