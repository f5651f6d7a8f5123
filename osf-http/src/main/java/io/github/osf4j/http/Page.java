package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of an API v2 list.
 *
 * @param items the resource objects
 * @param next the next page's URL, or null on the last page
 * @param total the list's total count ({@code meta.total}, or {@code links.meta.total} at 2.0), or
 *     -1 when the body gives none
 */
record Page(List<JsonNode> items, @Nullable String next, long total) {

  Page {
    items = List.copyOf(items);
  }
}
