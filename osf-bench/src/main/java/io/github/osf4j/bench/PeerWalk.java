package io.github.osf4j.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/**
 * What the peers (osfclient, pyosf) do: walk the tree through API v2 folder listings, one request
 * at a time, following each page's {@code next} link at a page size of 10.
 */
final class PeerWalk {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String authorization;
  private int requests;
  private int files;

  PeerWalk(String token) {
    this.authorization = "Bearer " + token;
  }

  /** Walks the project's osfstorage tree; returns the number of files seen. */
  int walk(String apiUrl, String projectId) throws IOException {
    Deque<String> folders = new ArrayDeque<>();
    folders.add(apiUrl + "nodes/" + projectId + "/files/osfstorage/");
    while (!folders.isEmpty()) {
      @Nullable String next = folders.removeFirst() + "?page%5Bsize%5D=10";
      while (next != null) {
        JsonNode page = get(next);
        for (JsonNode item : page.path("data")) {
          JsonNode attributes = item.path("attributes");
          if (attributes.path("kind").asText().equals("folder")) {
            folders.add(
                item.path("relationships")
                    .path("files")
                    .path("links")
                    .path("related")
                    .path("href")
                    .asText());
          } else {
            files++;
          }
        }
        JsonNode link = page.path("links").path("next");
        next = link.isTextual() ? link.asText() : null;
      }
    }
    return files;
  }

  int requests() {
    return requests;
  }

  private JsonNode get(String url) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build();
    requests++;
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("GET " + url + " answered " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
