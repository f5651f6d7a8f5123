package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.EntryKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists one folder to learn what a write whose outcome is unknown actually did. Thread-safe. */
final class FolderLookup {
  private final Retrier retrier;
  private final Urls urls;

  FolderLookup(Retrier retrier, Urls urls) {
    this.retrier = retrier;
    this.urls = urls;
  }

  /** The direct children of a folder (the root when {@code folderId} is null). */
  List<RemoteItem> children(String projectId, @Nullable String folderId, Credentials credentials)
      throws IOException {
    Step step =
        new Step("list a folder of project " + projectId, projectId, folderId == null, true);
    return retrier.run(
        step,
        () -> Req.get(urls.folder(projectId, folderId), credentials),
        reply -> {
          if (reply.status() != 200) {
            throw Failures.of(reply, step.what(), projectId, step.notFoundIsProject());
          }
          List<RemoteItem> items = new ArrayList<>();
          for (JsonNode node : Json.list(Json.parse(reply.bytes()))) {
            items.add(Json.wbItem(node));
          }
          return items;
        });
  }

  /** The child named exactly {@code name} of that kind, or null. */
  @Nullable RemoteItem find(
      String projectId,
      @Nullable String folderId,
      String name,
      EntryKind kind,
      Credentials credentials)
      throws IOException {
    for (RemoteItem item : children(projectId, folderId, credentials)) {
      if (item.name().equals(name) && item.kind() == kind) {
        return item;
      }
    }
    return null;
  }
}
