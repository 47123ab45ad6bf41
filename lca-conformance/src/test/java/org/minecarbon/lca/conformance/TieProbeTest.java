package org.minecarbon.lca.conformance;

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
import org.junit.jupiter.api.Test;
import org.openlca.core.database.Derby;
import org.openlca.core.database.IDatabase;
import org.openlca.core.matrix.index.TechIndex;
import org.openlca.jsonld.ZipStore;
import org.openlca.jsonld.input.JsonImport;

class TieProbeTest {
  @Test
  void probe() throws Exception {
    IDatabase db = Derby.createInMemory();
    try (ZipStore store = ZipStore.open(Uslci.zip().toFile())) {
      new JsonImport(store, db).run();
    }
    TechIndex idx = TechIndex.of(db);
    List<String> olca = new ArrayList<>();
    idx.each(
        (i, tf) -> {
          String p = tf.provider().refId;
          if (!olca.contains(p)) olca.add(p);
        });
    List<String> walk = new ArrayList<>();
    try (FileSystem fs =
        FileSystems.newFileSystem(URI.create("jar:" + Uslci.zip().toUri()), Map.of())) {
      Files.walkFileTree(
          fs.getPath("processes"),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
              String n = f.getFileName().toString();
              walk.add(n.substring(0, n.length() - 5));
              return FileVisitResult.CONTINUE;
            }
          });
    }
    System.out.println("PROBE olca first 10 " + olca.subList(0, 10));
    System.out.println("PROBE walk first 10 " + walk.subList(0, 10));
    List<String> walkProviders = new ArrayList<>(walk);
    walkProviders.retainAll(olca);
    System.out.println(
        "PROBE same order: "
            + walkProviders.equals(olca)
            + " sizes "
            + olca.size()
            + " "
            + walkProviders.size());
    int diff = 0;
    for (int i = 0; i < Math.min(olca.size(), walkProviders.size()); i++)
      if (!olca.get(i).equals(walkProviders.get(i))) {
        diff = i;
        break;
      }
    System.out.println("PROBE first diff at " + diff);
    db.close();
  }
}
