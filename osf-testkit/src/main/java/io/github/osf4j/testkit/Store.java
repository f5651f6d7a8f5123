package io.github.osf4j.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The emulated OSF's state: accounts, tokens, nodes and osfstorage trees. Thread-safe. */
final class Store {
  final Ids ids;
  private final Clock clock;
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, Token> tokens = new LinkedHashMap<>();
  private final Map<String, NodeRec> nodes = new LinkedHashMap<>();
  private final Map<String, FileRec> files = new LinkedHashMap<>();

  /** Each folder's children by id, in order of arrival, so that big folders stay fast. */
  private final Map<String, Map<String, FileRec>> byParent = new java.util.HashMap<>();

  Store(Ids ids, Clock clock) {
    this.ids = ids;
    this.clock = clock;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  synchronized Account addAccount(
      String fullName, String email, @Nullable String password, @Nullable String otp) {
    Account a = new Account(ids.guid(), fullName, email, password, otp, now());
    accounts.put(a.id(), a);
    return a;
  }

  synchronized Token addToken(String value, String userId, String name, String scopes) {
    Token t = new Token(ids.objectId().substring(0, 24), value, userId, name, scopes);
    tokens.put(value, t);
    return t;
  }

  synchronized @Nullable Token token(String value) {
    return tokens.get(value);
  }

  synchronized @Nullable Account account(String id) {
    return accounts.get(id);
  }

  synchronized @Nullable Account accountByEmail(String email) {
    for (Account a : accounts.values()) {
      if (a.email().equalsIgnoreCase(email)) {
        return a;
      }
    }
    return null;
  }

  synchronized List<Account> accounts() {
    List<Account> out = new ArrayList<>(accounts.values());
    java.util.Collections.reverse(out);
    return out;
  }

  synchronized NodeRec createNode(String ownerId, String title, @Nullable NodeRec parent) {
    String id = ids.guid();
    Instant t = now();
    FileRec root = new FileRec(ids.objectId(), id, null, "", true, t);
    files.put(root.id, root);
    NodeRec n =
        new NodeRec(
            id,
            ownerId,
            parent == null ? null : parent.id,
            parent == null ? id : parent.rootId,
            root.id,
            t,
            title);
    if (parent != null) {
      n.region = parent.region;
    }
    nodes.put(id, n);
    return n;
  }

  synchronized @Nullable NodeRec node(String id) {
    return nodes.get(id);
  }

  /** Live nodes, most recently modified first. */
  synchronized List<NodeRec> nodes() {
    List<NodeRec> out = new ArrayList<>();
    for (NodeRec n : nodes.values()) {
      if (!n.deleted) {
        out.add(n);
      }
    }
    out.sort((a, b) -> b.modified.compareTo(a.modified));
    return out;
  }

  synchronized List<NodeRec> children(String nodeId) {
    List<NodeRec> out = new ArrayList<>();
    for (NodeRec n : nodes()) {
      if (nodeId.equals(n.parentId)) {
        out.add(n);
      }
    }
    return out;
  }

  synchronized void deleteNode(NodeRec n) {
    for (NodeRec c : children(n.id)) {
      deleteNode(c);
    }
    n.deleted = true;
    for (FileRec f : files.values()) {
      if (f.nodeId.equals(n.id)) {
        f.deleted = true;
      }
    }
  }

  synchronized @Nullable FileRec file(String id) {
    return files.get(id);
  }

  synchronized @Nullable FileRec fileByGuid(String guid) {
    for (FileRec f : files.values()) {
      if (guid.equals(f.guid)) {
        return f;
      }
    }
    return null;
  }

  /** The live direct children of a folder, in creation order. */
  synchronized List<FileRec> list(String folderId) {
    List<FileRec> out = new ArrayList<>();
    for (FileRec f : byParent.getOrDefault(folderId, Map.of()).values()) {
      if (!f.deleted) {
        out.add(f);
      }
    }
    return out;
  }

  private void index(FileRec f) {
    if (f.parentId != null) {
      byParent.computeIfAbsent(f.parentId, k -> new LinkedHashMap<>()).put(f.id, f);
    }
  }

  synchronized @Nullable FileRec child(String folderId, String name, boolean folder) {
    for (FileRec f : byParent.getOrDefault(folderId, Map.of()).values()) {
      if (!f.deleted && f.folder == folder && f.name.equals(name)) {
        return f;
      }
    }
    return null;
  }

  synchronized FileRec addFolder(FileRec parent, String name) {
    FileRec f = new FileRec(ids.objectId(), parent.nodeId, parent.id, name, true, now());
    files.put(f.id, f);
    index(f);
    return f;
  }

  synchronized FileRec addFile(FileRec parent, String name, Blobs.Blob blob) {
    FileRec f = new FileRec(ids.objectId(), parent.nodeId, parent.id, name, false, now());
    files.put(f.id, f);
    index(f);
    addVersion(f, blob);
    return f;
  }

  /** Adds a version unless the bytes equal the latest; returns whether a version was added. */
  synchronized boolean addVersion(FileRec f, Blobs.Blob blob) {
    Version last = f.latest();
    if (last != null && last.sha256().equals(blob.sha256()) && last.size() == blob.size()) {
      return false;
    }
    Instant t = now();
    f.versions.add(
        new Version(f.versions.size() + 1, blob.size(), blob.md5(), blob.sha256(), blob.path(), t));
    f.touched = t;
    f.hashless = false;
    return true;
  }

  synchronized void delete(FileRec f) {
    for (FileRec c : list(f.id)) {
      delete(c);
    }
    f.deleted = true;
  }

  /** Moves (keeping ids) into a folder, possibly of another node, under a new name. */
  synchronized void move(FileRec f, FileRec dest, String name) {
    if (f.parentId != null) {
      byParent.getOrDefault(f.parentId, new LinkedHashMap<>()).remove(f.id);
    }
    f.parentId = dest.id;
    index(f);
    f.name = name;
    reassignNode(f, dest.nodeId);
  }

  private void reassignNode(FileRec f, String nodeId) {
    f.nodeId = nodeId;
    for (FileRec c : list(f.id)) {
      reassignNode(c, nodeId);
    }
  }

  /** Copies recursively with new ids; file versions are shared (blobs are immutable). */
  synchronized FileRec copy(FileRec f, FileRec dest, String name) {
    FileRec c = new FileRec(ids.objectId(), dest.nodeId, dest.id, name, f.folder, now());
    c.versions.addAll(f.versions);
    files.put(c.id, c);
    index(c);
    for (FileRec child : list(f.id)) {
      copy(child, c, child.name);
    }
    return c;
  }

  /** "/" for the root, "/a/b.txt" for a file, "/a/" for a folder. */
  synchronized String materialized(FileRec f) {
    if (f.isRoot()) {
      return "/";
    }
    StringBuilder sb = new StringBuilder(f.name + (f.folder ? "/" : ""));
    FileRec p = parent(f);
    while (p != null && !p.isRoot()) {
      sb.insert(0, p.name + "/");
      p = parent(p);
    }
    return "/" + sb;
  }

  synchronized @Nullable FileRec parent(FileRec f) {
    return f.parentId == null ? null : files.get(f.parentId);
  }

  synchronized boolean isAncestor(FileRec maybeAncestor, FileRec f) {
    for (FileRec p = f; p != null; p = parent(p)) {
      if (p.id.equals(maybeAncestor.id)) {
        return true;
      }
    }
    return false;
  }

  /** Bytes of all versions of all live files of a node. */
  synchronized long usage(String nodeId) {
    long total = 0;
    for (FileRec f : files.values()) {
      if (!f.deleted && f.nodeId.equals(nodeId)) {
        for (Version v : f.versions) {
          total += v.size();
        }
      }
    }
    return total;
  }

  synchronized String ensureGuid(FileRec f) {
    String g = f.guid;
    if (g == null) {
      g = ids.guid();
      f.guid = g;
    }
    return g;
  }
}
