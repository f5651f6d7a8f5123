package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** API v2: auth, versioning, trailing slashes, and the user, node, guid and token routes. */
final class ApiHandler {
  private static final Pattern VERSION = Pattern.compile("2\\.(\\d{1,2})");
  private static final Pattern ACCEPT_VERSION = Pattern.compile("version=([0-9.]+|latest)");
  private static final Pattern FILE_DETAIL =
      Pattern.compile("/v2/nodes/[^/]+/files/osfstorage/[^/]+");
  static final Set<String> NODE_FIELDS =
      Set.of(
          "id",
          "title",
          "description",
          "public",
          "category",
          "parent",
          "root",
          "tags",
          "date_created",
          "date_modified");

  private final Env env;

  ApiHandler(Env env) {
    this.env = env;
  }

  HttpResponse handle(HttpRequest r) throws IOException {
    String path = r.path.replaceAll("/{2,}", "/");
    ApiCtx c = new ApiCtx(env, 0);
    String qv = r.param("version");
    Integer minor = qv == null ? Integer.valueOf(0) : minor(qv);
    if (minor == null) {
      return Responses.apiError(404, "Invalid version in query parameter.", c);
    }
    if (qv == null && r.header("accept") != null) {
      Matcher m = ACCEPT_VERSION.matcher(String.valueOf(r.header("accept")));
      if (m.find()) {
        minor = minor(m.group(1));
        if (minor == null) {
          return Responses.apiError(406, "Invalid version in \"Accept\" header.", c);
        }
      }
    }
    c = new ApiCtx(env, minor);
    boolean read = r.method.equals("GET") || r.method.equals("HEAD");
    if (read && !path.endsWith("/") && !FILE_DETAIL.matcher(path).matches()) {
      return HttpResponse.redirect(
          301, env.base() + path + "/" + (r.rawQuery.isEmpty() ? "" : "?" + r.rawQuery));
    }
    Caller who = Caller.of(r, env.store(), env.clock());
    if (who.error() != null) {
      HttpResponse resp = Responses.apiError(401, String.valueOf(who.error()), c);
      if (who.otpRequired()) {
        resp.header("X-OSF-OTP", "required; app");
      }
      return resp;
    }
    String[] s = path.substring("/v2/".length()).split("/");
    return new ApiRoutes(env, c, r, who).route(s, path.endsWith("/"));
  }

  static @Nullable Integer minor(String v) {
    if (v.equals("latest")) {
      return ApiCtx.LATEST;
    }
    Matcher m = VERSION.matcher(v);
    if (!m.matches()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    return n <= ApiCtx.LATEST ? n : null;
  }

  static @Nullable JsonNode readJson(HttpRequest r) throws IOException {
    byte[] body = r.body.readNBytes(1024 * 1024);
    try {
      return body.length == 0 ? null : ApiJson.MAPPER.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  static List<ObjectNode> nodesJson(ApiJson j, List<NodeRec> nodes, @Nullable Account who) {
    List<ObjectNode> out = new ArrayList<>();
    for (NodeRec n : nodes) {
      out.add(j.node(n, who == null ? null : who.id()));
    }
    return out;
  }
}
