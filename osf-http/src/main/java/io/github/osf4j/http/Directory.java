package io.github.osf4j.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.osf4j.core.AccessToken;
import io.github.osf4j.core.NewProject;
import io.github.osf4j.core.ProjectInfo;
import io.github.osf4j.core.UserInfo;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Accounts and projects: who am I, tokens, users, projects, components. Thread-safe. */
final class Directory {
  private static final String PAGE_SIZE = "100";

  private final Retrier retrier;
  private final Pager pager;
  private final Urls urls;
  private final Auth auth;
  private final Clock clock;

  Directory(Retrier retrier, Pager pager, Urls urls, Auth auth, Clock clock) {
    this.retrier = retrier;
    this.pager = pager;
    this.urls = urls;
    this.auth = auth;
    this.clock = clock;
  }

  UserInfo whoAmI() throws IOException {
    Step step = Step.read("look up the current user", null);
    JsonNode data = single(step, urls.api("users/me/"), auth.credentials());
    return Json.user(data);
  }

  AccessToken createToken(String username, String password, @Nullable String otp)
      throws IOException {
    ObjectNode attributes = Json.object();
    attributes.put("name", "osf4j - " + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    attributes.put("scopes", "osf.full_write");
    ObjectNode data = Json.object();
    data.put("type", "tokens");
    data.set("attributes", attributes);
    ObjectNode root = Json.object();
    root.set("data", data);
    Req base =
        Req.get(urls.apiDefaultVersion("tokens/"), Credentials.basic(username, password))
            .withBody(
                "POST", new BytesContent(Json.write(root)), "application/json", Duration.ZERO);
    Req req = otp == null ? base : base.withHeader("X-OSF-OTP", otp);
    Step step = new Step("create an access token", null, false, false);
    return retrier.run(step, () -> req, reply -> token(step, reply));
  }

  List<UserInfo> findUsers(String text) throws IOException {
    Step step = Step.read("find users named '" + text + "'", null);
    URI first = urls.api("users/", "filter[full_name]", text, "page[size]", PAGE_SIZE);
    List<UserInfo> users = new ArrayList<>();
    for (JsonNode item : pager.all(step, first, auth.credentials())) {
      users.add(Json.user(item));
    }
    return users;
  }

  List<ProjectInfo> projectsOf(String userId) throws IOException {
    Step step = Step.read("list the projects of user " + userId, null);
    URI first = urls.api("users/" + Urls.segment(userId) + "/nodes/", "page[size]", PAGE_SIZE);
    return nodes(step, first);
  }

  List<ProjectInfo> findProjects(String title) throws IOException {
    Step step = Step.read("find projects titled '" + title + "'", null);
    URI first = urls.api("nodes/", "filter[title]", Titles.escape(title), "page[size]", PAGE_SIZE);
    String wanted = title.toLowerCase(Locale.ROOT);
    List<ProjectInfo> found = new ArrayList<>();
    for (ProjectInfo project : nodes(step, first)) {
      if (project.title().toLowerCase(Locale.ROOT).contains(wanted)) {
        found.add(project);
      }
    }
    return found;
  }

  List<ProjectInfo> findProjectsByTag(String tag) throws IOException {
    Step step = Step.read("find projects tagged '" + tag + "'", null);
    URI first = urls.api("nodes/", "filter[tags]", tag, "page[size]", PAGE_SIZE);
    return nodes(step, first);
  }

  ProjectInfo createProject(NewProject project) throws IOException {
    ObjectNode attributes = Json.object();
    attributes.put("title", project.title());
    attributes.put("category", "project");
    attributes.put("description", project.description());
    attributes.put("public", project.isPublic());
    ArrayNode tags = attributes.putArray("tags");
    project.tags().forEach(tags::add);
    ObjectNode data = Json.object();
    data.put("type", "nodes");
    data.set("attributes", attributes);
    ObjectNode root = Json.object();
    root.set("data", data);
    Req req =
        Req.get(urls.api("nodes/"), auth.credentials())
            .withBody(
                "POST",
                new BytesContent(Json.write(root)),
                "application/vnd.api+json",
                Duration.ZERO);
    Step step = new Step("create project '" + project.title() + "'", null, false, false);
    return retrier.run(
        step,
        () -> req,
        reply -> {
          if (reply.status() != 201 && reply.status() != 200) {
            throw Failures.of(reply, step.what(), null, false);
          }
          JsonNode created = Json.parse(reply.bytes()).path("data");
          if (!created.isObject()) {
            throw new IOException("unexpected response: no 'data' object");
          }
          return Json.node(created);
        });
  }

  ProjectInfo project(String projectId) throws IOException {
    Step step = Step.read("open project " + projectId, projectId);
    return Json.node(
        single(step, urls.api("nodes/" + Urls.segment(projectId) + "/"), auth.credentials()));
  }

  List<ProjectInfo> components(String projectId) throws IOException {
    Step step = Step.read("list the components of project " + projectId, projectId);
    URI first =
        urls.api("nodes/" + Urls.segment(projectId) + "/children/", "page[size]", PAGE_SIZE);
    return nodes(step, first);
  }

  private List<ProjectInfo> nodes(Step step, URI first) throws IOException {
    List<ProjectInfo> projects = new ArrayList<>();
    for (JsonNode item : pager.all(step, first, auth.credentials())) {
      projects.add(Json.node(item));
    }
    return projects;
  }

  private JsonNode single(Step step, URI uri, Credentials credentials) throws IOException {
    return retrier.run(
        step,
        () -> Req.get(uri, credentials),
        reply -> {
          if (reply.status() != 200) {
            throw Failures.of(reply, step.what(), step.projectId(), step.notFoundIsProject());
          }
          JsonNode data = Json.parse(reply.bytes()).path("data");
          if (!data.isObject()) {
            throw new IOException("unexpected response: no 'data' object");
          }
          return data;
        });
  }

  private static AccessToken token(Step step, Reply reply) throws IOException {
    if (reply.status() != 201 && reply.status() != 200) {
      throw Failures.of(reply, step.what(), null, false);
    }
    String value = Json.text(Json.parse(reply.bytes()).path("data").path("attributes"), "token_id");
    if (value == null || value.isBlank()) {
      throw new IOException("OSF created a token but did not return its value");
    }
    return new AccessToken(value);
  }
}
