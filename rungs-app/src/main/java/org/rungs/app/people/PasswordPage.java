package org.rungs.app.people;

import org.rungs.app.web.Chrome;
import org.rungs.app.web.Csrf;

/**
 * The page where a person changes their password.
 *
 * @param oneTime whether they still hold a one-time password, which they must replace to go on
 * @param error why the last try was refused, or {@code null}
 */
public record PasswordPage(
    Chrome chrome, boolean oneTime, int minLength, int maxLength, String error, Csrf csrf) {}
