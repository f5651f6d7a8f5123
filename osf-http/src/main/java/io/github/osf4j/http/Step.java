package io.github.osf4j.http;

import org.jspecify.annotations.Nullable;

/**
 * What a request does, for messages and for the retry policy.
 *
 * @param what a phrase such as "list project abc12"
 * @param projectId the project concerned, or null
 * @param notFoundIsProject whether 404/410 means the project is missing
 * @param idempotent whether repeating the request after an unknown outcome is harmless
 */
record Step(
    String what, @Nullable String projectId, boolean notFoundIsProject, boolean idempotent) {

  static Step read(String what, @Nullable String projectId) {
    return new Step(what, projectId, true, true);
  }

  static Step write(String what, String projectId, boolean idempotent) {
    return new Step(what, projectId, false, idempotent);
  }
}
