package org.rungs.app.web;

/** A page that does not exist, on the framework site or among the signed-in pages. */
public record NotFoundPage(Chrome chrome, String message) {}
