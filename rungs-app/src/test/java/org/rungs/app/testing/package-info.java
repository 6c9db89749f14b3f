/**
 * What the tests of every feature share: test databases on H2 and PostgreSQL, a statement counter,
 * the real browser, an OpenID provider the test controls, the example frameworks, and running the
 * {@code rungs} command as picocli recommends.
 */
package org.rungs.app.testing;
