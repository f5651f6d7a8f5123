package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.IncompleteListingException;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks every page of an API v2 list, de-duplicating by id and checking the count against the
 * list's total; a walk that comes out inconsistent is repeated, then fails as a whole.
 */
final class Pager {
  private static final int WALKS = 3;

  /** Far beyond any real list (1,000 pages hold 10,000 to 100,000 items), short of forever. */
  private static final int MAX_PAGES = 1_000;

  private final Retrier retrier;
  private final URI apiBase;

  Pager(Retrier retrier, URI apiBase) {
    this.retrier = retrier;
    this.apiBase = apiBase;
  }

  /** Every item of the list that starts at {@code first}. */
  List<JsonNode> all(Step step, URI first, Credentials credentials) throws IOException {
    String problem = "";
    for (int walk = 1; walk <= WALKS; walk++) {
      Map<String, JsonNode> byId = new LinkedHashMap<>();
      long total = walk(step, first, credentials, byId);
      if (total < 0 || total == byId.size()) {
        return new ArrayList<>(byId.values());
      }
      problem = "OSF said " + total + " items but its pages held " + byId.size() + " distinct ones";
    }
    throw new IncompleteListingException(
        step.what() + " came out inconsistent " + WALKS + " times: " + problem);
  }

  private long walk(Step step, URI first, Credentials credentials, Map<String, JsonNode> byId)
      throws IOException {
    URI next = first;
    long total = -1;
    java.util.Set<URI> seen = new java.util.HashSet<>();
    for (int pages = 0; next != null; pages++) {
      if (pages >= MAX_PAGES) {
        throw new IncompleteListingException(step.what() + ": more than " + MAX_PAGES + " pages");
      }
      if (!seen.add(next)) {
        throw new IncompleteListingException(
            step.what() + ": OSF's next-page link points back to a page already read");
      }
      URI uri = next;
      Page page = retrier.run(step, () -> Req.get(uri, credentials), reply -> read(step, reply));
      for (JsonNode item : page.items()) {
        byId.putIfAbsent(Json.required(item, "id"), item);
      }
      total = page.total() >= 0 ? page.total() : total;
      next = page.next() == null ? null : checkedNext(page.next());
    }
    return total;
  }

  private static Page read(Step step, Reply reply) throws IOException {
    if (reply.status() != 200) {
      throw Failures.of(reply, step.what(), step.projectId(), step.notFoundIsProject());
    }
    return Json.page(Json.parse(reply.bytes()));
  }

  private URI checkedNext(String link) throws IOException {
    URI uri = apiBase.resolve(link);
    if (!Transport.sameOrigin(apiBase, uri)) {
      throw new IOException("OSF's next-page link points to another host: " + uri.getHost());
    }
    return uri;
  }
}
