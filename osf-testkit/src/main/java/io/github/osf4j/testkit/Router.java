package io.github.osf4j.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Dispatches to API v2, WaterButler, the web download redirect, or a fault's answer. */
final class Router implements Handler {
  private final Env env;
  private final ApiHandler api;
  private final WbHandler wb;
  private final RateLimits limits;

  Router(Env env, RateLimits limits) {
    this.env = env;
    this.limits = limits;
    this.api = new ApiHandler(env);
    this.wb = new WbHandler(env);
  }

  @Override
  public HttpResponse handle(HttpRequest r) throws IOException {
    Fault answer = r.decision.answer;
    if (answer != null) {
      return faultAnswer(answer, r);
    }
    HttpResponse limited = limits.check(r, env.base());
    if (limited != null) {
      return limited;
    }
    String p = r.path;
    String served = env.regions().servedOn(r.port);
    if (served != null
        && !served.equals(Regions.DEFAULT)
        && !p.startsWith("/v1/resources/")
        && !p.startsWith("/signed/")) {
      return HttpResponse.text(404, "Not found: this port serves only a region's WaterButler");
    }
    if (p.startsWith("/v2/") || p.equals("/v2") || p.startsWith("/v2//")) {
      return api.handle(r);
    }
    if (p.startsWith("/v1/resources/")) {
      return wb.handle(r);
    }
    if (p.startsWith("/signed/") && r.method.equals("GET")) {
      return wb.signed(r);
    }
    if (p.startsWith("/download/") && r.method.equals("GET")) {
      return download(p.substring("/download/".length()).replace("/", ""));
    }
    return HttpResponse.text(404, "Not found");
  }

  private HttpResponse download(String id) {
    FileRec f = env.store().file(id);
    if (f == null) {
      f = env.store().fileByGuid(id);
    }
    if (f == null || f.deleted || f.folder) {
      return HttpResponse.text(404, "Not found");
    }
    return HttpResponse.redirect(
        302,
        env.regions().wbBase(f.nodeId)
            + "/v1/resources/"
            + f.nodeId
            + "/providers/osfstorage/"
            + f.id);
  }

  private HttpResponse faultAnswer(Fault f, HttpRequest r) {
    boolean wbPath = !r.path.startsWith("/v2");
    ApiCtx c = new ApiCtx(env, 0);
    int status = (int) f.first;
    return switch (f.kind) {
      case MAINTENANCE ->
          f.second > 0
              ? Responses.maintenance().header("Retry-After", String.valueOf(f.second))
              : Responses.maintenance();
      case THROTTLE -> {
        HttpResponse resp;
        if (wbPath) {
          ObjectNode body = WbJson.MAPPER.createObjectNode();
          body.put("error", "API rate-limiting active due to too many requests");
          body.putObject("headers").put("Retry-After", status);
          resp = HttpResponse.json(429, Responses.WB_TYPE, WbJson.bytes(body));
        } else {
          String unit = status == 1 ? " second." : " seconds.";
          resp =
              Responses.apiError(
                  429, "Request was throttled. Expected available in " + status + unit, c);
        }
        yield resp.header("Retry-After", String.valueOf(status));
      }
      default ->
          wbPath
              ? Responses.wbError(status, HttpIo.reason(status))
              : Responses.apiError(status, "A server error occurred.", c);
    };
  }
}
