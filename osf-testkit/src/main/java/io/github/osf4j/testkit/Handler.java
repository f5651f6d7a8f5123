package io.github.osf4j.testkit;

import java.io.IOException;

/** Turns one request into one response. */
@FunctionalInterface
interface Handler {
  HttpResponse handle(HttpRequest request) throws IOException;
}
