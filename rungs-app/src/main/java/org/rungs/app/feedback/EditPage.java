package org.rungs.app.feedback;

import java.util.List;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;
import org.rungs.framework.Framework;

/**
 * An owner's editor for one framework file: its text, the hash of the file it was loaded from (so a
 * save over someone else's change is refused with the difference), the validator's located
 * problems, and a preview of what the text would show.
 *
 * @param preview the framework as the text reads, or null if it does not load
 * @param notice what the last action did, or null
 * @param conflict the difference between the file as loaded and as it is now, or null
 */
public record EditPage(
    Chrome chrome,
    String path,
    String source,
    String text,
    String hash,
    List<String> problems,
    boolean hasErrors,
    Framework preview,
    String notice,
    String conflict,
    Csrf csrf) {}
