package io.github.osf4j.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes a folder's live tree to a zip file on disk, as WaterButler's ?zip= download. */
final class Zips {
  private Zips() {}

  static Path write(Store store, FileRec folder, Path dir) throws IOException {
    Path zip = Files.createTempFile(dir, "zip", ".zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      add(store, folder, "", z);
    }
    return zip;
  }

  private static void add(Store store, FileRec folder, String prefix, ZipOutputStream z)
      throws IOException {
    for (FileRec c : store.list(folder.id)) {
      if (c.folder) {
        z.putNextEntry(new ZipEntry(prefix + c.name + "/"));
        z.closeEntry();
        add(store, c, prefix + c.name + "/", z);
        continue;
      }
      Version v;
      synchronized (store) {
        v = c.latest();
      }
      if (v != null) {
        z.putNextEntry(new ZipEntry(prefix + c.name));
        Files.copy(v.blob(), z);
        z.closeEntry();
      }
    }
  }
}
