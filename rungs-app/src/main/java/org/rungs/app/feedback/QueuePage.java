package org.rungs.app.feedback;

import java.util.List;
import java.util.Map;
import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * An owner's queue: the open feedback on the frameworks they own, most supported first, and what
 * happened to what they last decided ({@code notice}, with {@code patchFor} the feedback whose
 * patch to download when the folder was not writable).
 */
public record QueuePage(
    Chrome chrome,
    List<Feedback> open,
    Map<String, String> criterionTexts,
    String notice,
    Long patchFor,
    String error,
    Csrf csrf) {}
