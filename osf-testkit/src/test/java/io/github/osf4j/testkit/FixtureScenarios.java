package io.github.osf4j.testkit;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** For each recorded fixture: how to reach the recorded state and send the recorded request. */
final class FixtureScenarios {
  static final Map<String, Function<Osf, Http.Res>> ALL = new LinkedHashMap<>();

  private static final String NODE_BODY =
      "{\"data\":{\"type\":\"nodes\",\"attributes\":{\"title\":\"%s\",\"category\":\"%s\","
          + "\"description\":\"\",\"public\":false}}}";

  private FixtureScenarios() {}

  private static void add(String fixture, Function<Osf, Http.Res> scenario) {
    ALL.put(fixture, scenario);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static {
    add("users_me.json", o -> o.http.get("/v2/users/me/"));
    add(
        "node.json",
        o -> {
          String p = o.server.createProject("osfr-testthat");
          o.server.setPublic(p, true);
          return o.http.get("/v2/nodes/" + p + "/");
        });
    add(
        "node_component.json",
        o -> {
          String c = o.server.createComponent(o.server.createProject("p"), "component");
          return o.http.get("/v2/nodes/" + c + "/");
        });
    add(
        "node_create_201.json",
        o ->
            o.http.post(
                "/v2/nodes/",
                String.format(NODE_BODY, "osfr-test-nodes", "project"),
                "Content-Type",
                "application/json"));
    add(
        "node_children_create_201.json",
        o -> {
          String p = o.server.createProject("osfr-test-nodes");
          return o.http.post(
              "/v2/nodes/" + p + "/children/",
              String.format(NODE_BODY, "component-1", ""),
              "Content-Type",
              "application/json");
        });
    add(
        "node_children_list_page1.json",
        o -> o.http.get("/v2/nodes/" + thirtyChildren(o) + "/children/?filter%5Btitle%5D=&page=1"));
    add(
        "node_children_list_page2.json",
        o -> o.http.get("/v2/nodes/" + thirtyChildren(o) + "/children/?filter%5Btitle%5D=&page=2"));
    add(
        "node_children_filter_title.json",
        o ->
            o.http.get(
                "/v2/nodes/"
                    + thirtyChildren(o)
                    + "/children/?filter%5Btitle%5D=component-01&page=1"));
    add(
        "node_html_entity_title.json",
        o -> {
          String c = o.server.createComponent(o.server.createProject("p"), "> data & < files");
          return o.http.get("/v2/nodes/" + c + "/");
        });
    add(
        "node_children_filter_title_html_entity.json",
        o -> {
          String p = o.server.createProject("p");
          o.server.createComponent(p, "> data & < files");
          o.server.createComponent(p, "plain");
          return o.http.get("/v2/nodes/" + p + "/children/?filter%5Btitle%5D=%26amp%3B&page=1");
        });
    add(
        "error_400_node_delete_has_children.json",
        o -> {
          String p = o.server.createProject("osfr-test-nodes");
          o.server.createComponent(p, "component-1");
          return o.http.delete("/v2/nodes/" + p + "/");
        });
    add(
        "error_401_invalid_oauth_token.json",
        o -> o.http.auth("Bearer not-a-token").get("/v2/users/me/"));
    add(
        "error_503_maintenance_mode.json",
        o -> {
          String p = o.server.createProject("p");
          o.server.faults().add(Fault.maintenance());
          return o.http.get("/v2/nodes/" + p + "/");
        });
    listings();
    files();
    waterButler();
    moves();
  }

  private static String thirtyChildren(Osf o) {
    String p = o.server.createProject("osfr-testthat-paginated-component");
    for (int i = 1; i <= 30; i++) {
      o.server.createComponent(p, String.format("component-%02d", i));
    }
    return p;
  }

  /** Root: folder, file with a GUID, folder. */
  private static String mixedRoot(Osf o) {
    String p = o.server.createProject("p");
    o.server.createFolder(p, "many-files");
    String f = o.server.putFile(p, "image-file-01.pdf", bytes("pdf"));
    o.http.get("/v2/files/" + f + "/?create_guid=1");
    o.server.createFolder(p, "subdir");
    return p;
  }

  private static void listings() {
    String root = "/files/osfstorage/";
    add(
        "node_files_osfstorage_root_list.json",
        o -> o.http.get("/v2/nodes/" + mixedRoot(o) + root + "?page=1"));
    add(
        "node_files_osfstorage_root_empty.json",
        o ->
            o.http.get(
                "/v2/nodes/"
                    + o.server.createProject("p")
                    + root
                    + "?filter%5Bkind%5D=file&page=1"));
    add(
        "node_files_osfstorage_filter_kind_file.json",
        o -> o.http.get("/v2/nodes/" + mixedRoot(o) + root + "?filter%5Bkind%5D=file&page=1"));
    add(
        "node_files_osfstorage_filter_kind_folder.json",
        o -> o.http.get("/v2/nodes/" + mixedRoot(o) + root + "?filter%5Bkind%5D=folder&page=1"));
    add(
        "node_files_osfstorage_filter_name_icontains.json",
        o ->
            o.http.get(
                "/v2/nodes/"
                    + dirs(o)
                    + root
                    + "?filter%5Bkind%5D=folder&filter%5Bname%5D=dir&page=1"));
    add(
        "node_files_osfstorage_filter_name_nomatch.json",
        o ->
            o.http.get(
                "/v2/nodes/"
                    + dirs(o)
                    + root
                    + "?filter%5Bkind%5D=folder&filter%5Bname%5D=nonexistent&page=1"));
    add("node_files_osfstorage_folder_list_page1.json", o -> manyFiles(o, 1));
    add("node_files_osfstorage_folder_list_page2.json", o -> manyFiles(o, 2));
    add(
        "node_files_osfstorage_subfolder_mixed.json",
        o -> {
          String p = o.server.createProject("p");
          o.server.createFolder(p, "c1/d1");
          o.server.createFolder(p, "c1/d2");
          for (int i = 1; i <= 3; i++) {
            o.server.putFile(p, "c1/f" + i + ".txt", bytes("f" + i));
          }
          String c1 = o.server.fileId(p, "c1/").orElseThrow();
          return o.http.get("/v2/nodes/" + p + root + c1 + "/?page=1");
        });
  }

  private static String dirs(Osf o) {
    String p = o.server.createProject("p");
    o.server.createFolder(p, "dir1");
    o.server.createFolder(p, "dir2");
    o.server.putFile(p, "other.txt", bytes("x"));
    return p;
  }

  private static Http.Res manyFiles(Osf o, int page) {
    String p = o.server.createProject("p");
    String folder = o.server.createFolder(p, "many-files");
    for (int i = 1; i <= 40; i++) {
      o.server.putFile(p, "many-files/text-file-" + i + ".txt", bytes("t" + i));
    }
    return o.http.get("/v2/nodes/" + p + "/files/osfstorage/" + folder + "/?page=" + page);
  }

  private static void files() {
    add(
        "file_detail.json",
        o -> {
          String p = o.server.createProject("p");
          String f =
              o.upload(p, "/", "osfr-local-file.txt", "forty bytes of text for the fixture...");
          return o.http.get("/v2/files/" + f + "/");
        });
    add(
        "file_detail_after_update_v2.json",
        o -> {
          String p = o.server.createProject("p");
          String f = o.upload(p, "/", "osfr-local-file.txt", "one");
          o.http.put(o.wb(p, "/" + f) + "?kind=file", bytes("two"));
          return o.http.get("/v2/files/" + f + "/");
        });
    add(
        "file_detail_after_move.json",
        o -> {
          String p = o.server.createProject("p");
          String d1 = o.mkdir(p, "/", "d1");
          String f = o.upload(p, "/", "a.txt", "1\n");
          o.http.post(o.wb(p, "/" + f), "{\"path\":\"/" + d1 + "/\",\"action\":\"move\"}");
          return o.http.get("/v2/files/" + f + "/");
        });
    add(
        "file_detail_folder.json",
        o -> {
          String p = o.server.createProject("p");
          return o.http.get("/v2/files/" + o.mkdir(p, "/", "dir") + "/");
        });
  }

  private static void waterButler() {
    add(
        "waterbutler_upload_201.json",
        o ->
            o.http.put(
                o.wb(o.server.createProject("p"), "/") + "?kind=file&name=osfr-local-file.txt",
                bytes("forty")));
    add(
        "waterbutler_upload_into_folder_201.json",
        o -> {
          String p = o.server.createProject("p");
          String d = o.mkdir(p, "/", "d");
          return o.http.put(
              o.wb(p, "/" + d + "/") + "?kind=file&name=osfr-local-file.txt", bytes("x"));
        });
    add(
        "waterbutler_update_200.json",
        o -> {
          String p = o.server.createProject("p");
          String f = o.upload(p, "/", "osfr-local-file.txt", "one");
          return o.http.put(o.wb(p, "/" + f) + "?kind=file", bytes("two"));
        });
    add(
        "waterbutler_create_folder_201.json",
        o ->
            o.http.put(
                o.wb(o.server.createProject("p"), "/") + "?kind=folder&name=dir", new byte[0]));
    add(
        "waterbutler_create_folder_dotname_201.json",
        o ->
            o.http.put(
                o.wb(o.server.createProject("p"), "/") + "?kind=folder&name=.dir", new byte[0]));
    add(
        "waterbutler_create_subfolder_201.json",
        o -> {
          String p = o.server.createProject("p");
          String d = o.mkdir(p, "/", "dir1");
          return o.http.put(o.wb(p, "/" + d + "/") + "?kind=folder&name=dir11", new byte[0]);
        });
  }

  private static String move(String path, String action, String conflict) {
    return "{\"path\":\""
        + path
        + "\",\"action\":\""
        + action
        + "\",\"conflict\":\""
        + conflict
        + "\"}";
  }

  private static void moves() {
    add(
        "waterbutler_move_file_201.json",
        o -> {
          String p = o.server.createProject("p");
          String d1 = o.mkdir(p, "/", "d1");
          String f = o.upload(p, "/", "a.txt", "1\n");
          return o.http.post(o.wb(p, "/" + f), move("/" + d1 + "/", "move", "warn"));
        });
    add(
        "waterbutler_move_file_to_other_node_201.json",
        o -> {
          String p = o.server.createProject("p");
          String p2 = o.server.createProject("p2");
          String f = o.upload(p, "/", "a.txt", "1\n");
          return o.http.post(
              o.wb(p, "/" + f),
              "{\"path\":\"/\",\"resource\":\""
                  + p2
                  + "\",\"provider\":\"osfstorage\",\"action\":\"move\",\"conflict\":\"warn\"}");
        });
    add("waterbutler_move_file_replace_200.json", o -> clash(o, "move", "replace"));
    add("waterbutler_move_409_conflict.json", o -> clash(o, "move", "warn"));
    add(
        "waterbutler_copy_file_201.json",
        o -> {
          String p = o.server.createProject("p");
          String d3 = o.mkdir(p, "/", "d3");
          String f = o.upload(p, "/", "a.txt", "1\n");
          return o.http.post(o.wb(p, "/" + f), move("/" + d3 + "/", "copy", "warn"));
        });
    add("waterbutler_copy_file_replace_200.json", o -> clash(o, "copy", "replace"));
    add("waterbutler_copy_409_conflict.json", o -> clash(o, "copy", "warn"));
    add(
        "waterbutler_copy_409_conflict_same_folder.json",
        o -> {
          String p = o.server.createProject("p");
          String f = o.upload(p, "/", "a.txt", "1\n");
          return o.http.post(
              o.wb(p, "/" + f),
              "{\"path\":\"/\",\"resource\":\""
                  + p
                  + "\",\"provider\":\"osfstorage\",\"action\":\"copy\",\"conflict\":\"warn\"}");
        });
    add(
        "waterbutler_copy_400_onto_itself.json",
        o -> {
          String p = o.server.createProject("p");
          String f = o.upload(p, "/", "a.txt", "1\n");
          return o.http.post(
              o.wb(p, "/" + f),
              "{\"path\":\"/\",\"resource\":\""
                  + p
                  + "\",\"provider\":\"osfstorage\",\"action\":\"copy\",\"conflict\":\"replace\"}");
        });
    add(
        "waterbutler_move_folder_201.json",
        o -> {
          String p = o.server.createProject("p");
          String d1 = o.mkdir(p, "/", "d1");
          String d2 = o.mkdir(p, "/", "d2");
          return o.http.post(o.wb(p, "/" + d1 + "/"), move("/" + d2 + "/", "move", "warn"));
        });
  }

  /** a.txt in the root and in d1; then moves or copies the root one into d1. */
  private static Http.Res clash(Osf o, String action, String conflict) {
    String p = o.server.createProject("p");
    String d1 = o.mkdir(p, "/", "d1");
    o.upload(p, "/" + d1 + "/", "a.txt", "old\n");
    String f = o.upload(p, "/", "a.txt", "1\n");
    return o.http.post(o.wb(p, "/" + f), move("/" + d1 + "/", action, conflict));
  }
}
