package org.minecarbon.io.lca;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The order in which openLCA 2.4.0's JSON-LD import writes the processes of a package, which is the
 * order of its tech index and so decides provider ties ({@code ProviderTies.OpenLca}). openLCA's
 * {@code ZipStore.getRefIds} walks {@code processes/} with {@code Files.walkFileTree} on the JDK's
 * zip file system, whose directory order is neither archive nor name order; walking it the same way
 * reproduces it (a folder package is walked with the same call on the default file system).
 */
public final class OpenLcaOrder {
  private OpenLcaOrder() {}

  /** Process @ids (file names without {@code .json}) in openLCA's import order. */
  public static List<String> processes(Path db) throws IOException {
    if (Files.isDirectory(db)) {
      return walk(db.resolve("processes"));
    }
    URI uri = URI.create("jar:" + db.toAbsolutePath().toUri());
    try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
      return walk(fs.getPath("processes"));
    }
  }

  private static List<String> walk(Path folder) throws IOException {
    List<String> ids = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return ids;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            String name = f.getFileName().toString();
            if (name.endsWith(".json")) {
              ids.add(name.substring(0, name.length() - ".json".length()));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return ids;
  }
}
