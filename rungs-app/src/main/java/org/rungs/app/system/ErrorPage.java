package org.rungs.app.system;

import org.rungs.app.web.Chrome;

/**
 * A page for a request Rungs could not answer as asked, in the site's layout: what happened in
 * words, and where to go instead.
 *
 * @param signedIn whether someone is signed in, so the page offers sign-in only to visitors
 */
public record ErrorPage(
    Chrome chrome, int status, String heading, String message, boolean signedIn) {}
