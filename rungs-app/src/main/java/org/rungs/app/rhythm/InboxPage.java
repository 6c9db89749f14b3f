package org.rungs.app.rhythm;

import java.util.List;
import org.rungs.app.web.Chrome;

/** "Waiting for me": what waits for the signed-in person, most urgent first. */
public record InboxPage(Chrome chrome, long personId, List<Waiting> waiting) {}
