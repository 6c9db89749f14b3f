package org.rungs.app.privacy;

import java.util.List;
import org.rungs.app.people.Leavers;
import org.rungs.app.web.Chrome;

/**
 * The admin's view of leavers: the retention period, who is due for erasure now (the dry run of the
 * nightly job), and everyone who left and is not erased yet.
 *
 * @param retention the period, or {@code null} when retention is off
 */
public record PrivacyPage(
    Chrome chrome,
    String retention,
    List<Leavers.Standing> due,
    List<Leavers.Standing> leavers,
    String notice) {}
