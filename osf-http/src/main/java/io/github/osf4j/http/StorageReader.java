package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.StorageUsage;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A project's storage use ({@code GET /v2/nodes/{id}/storage/}) against the quota for its kind
 * (public or private, from {@code GET /v2/nodes/{id}/}). Thread-safe.
 */
final class StorageReader {
  private final Retrier retrier;
  private final Urls urls;
  private final Auth auth;
  private final Directory directory;
  private final long privateQuota;
  private final long publicQuota;

  StorageReader(Retrier retrier, Urls urls, Auth auth, Directory directory, OsfHttpConfig config) {
    this.retrier = retrier;
    this.urls = urls;
    this.auth = auth;
    this.directory = directory;
    this.privateQuota = config.privateQuotaBytes();
    this.publicQuota = config.publicQuotaBytes();
  }

  Optional<StorageUsage> storage(String projectId) throws IOException {
    Step step = Step.read("read the storage use of project " + projectId, projectId);
    URI uri = urls.api("nodes/" + Urls.segment(projectId) + "/storage/");
    OptionalLong used =
        retrier.run(step, () -> Req.get(uri, auth.credentials()), reply -> used(step, reply));
    if (used.isEmpty()) {
      return Optional.empty();
    }
    ProjectInfo project = directory.project(projectId);
    long limit = project.isPublic() ? publicQuota : privateQuota;
    return Optional.of(new StorageUsage(used.getAsLong(), limit, project.isPublic()));
  }

  /**
   * The bytes used from a storage reply: empty for 202 (OSF is computing them), for {@code
   * NOT_CALCULATED} and for a reply without a usable figure.
   */
  static OptionalLong used(Step step, Reply reply) throws IOException {
    if (reply.status() == 202) {
      return OptionalLong.empty();
    }
    if (reply.status() != 200) {
      throw Failures.of(reply, step.what(), step.projectId(), step.notFoundIsProject());
    }
    return used(Json.parse(reply.bytes()).path("data").path("attributes"));
  }

  static OptionalLong used(JsonNode attributes) {
    if ("NOT_CALCULATED".equals(Json.text(attributes, "storage_limit_status"))) {
      return OptionalLong.empty();
    }
    JsonNode usage = attributes.path("storage_usage");
    if (usage.isIntegralNumber() && usage.canConvertToLong()) {
      long bytes = usage.asLong();
      return bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes);
    }
    if (!usage.isTextual()) {
      return OptionalLong.empty();
    }
    try {
      long bytes = Long.parseLong(usage.asText().strip());
      return bytes < 0 ? OptionalLong.empty() : OptionalLong.of(bytes);
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}
