package org.rungs.app.web;

/**
 * Who a signed-in page is for, as its top bar shows them. Features adapt their own idea of a person
 * to it, so the web kit knows nothing of people.
 */
public record Viewer(String name, boolean admin) {}
