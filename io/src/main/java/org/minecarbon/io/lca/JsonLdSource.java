package org.minecarbon.io.lca;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The JSON files of a JSON-LD package by folder ({@code processes/…json}), from a zip or a folder,
 * each folder sorted by file name so reading does not depend on archive order.
 */
final class JsonLdSource {
  /** One JSON file of the package. */
  record Entry(String path, byte[] bytes) {}

  private final TreeMap<String, List<Entry>> folders = new TreeMap<>();

  private JsonLdSource() {}

  static JsonLdSource open(Path path) throws IOException {
    JsonLdSource s = new JsonLdSource();
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          s.add(path.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        }
      }
      return s;
    }
    try (ZipFile zip = new ZipFile(path.toFile())) {
      List<? extends ZipEntry> entries =
          zip.stream()
              .filter(e -> !e.isDirectory())
              .sorted((a, b) -> a.getName().compareTo(b.getName()))
              .toList();
      for (ZipEntry e : entries) {
        try (InputStream in = zip.getInputStream(e)) {
          s.add(e.getName(), in.readAllBytes());
        }
      }
    }
    return s;
  }

  private void add(String path, byte[] bytes) {
    int slash = path.indexOf('/');
    if (!path.endsWith(".json") || slash < 0) {
      return;
    }
    folders
        .computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>())
        .add(new Entry(path, bytes));
  }

  List<Entry> folder(String name) {
    return folders.getOrDefault(name, List.of());
  }
}
