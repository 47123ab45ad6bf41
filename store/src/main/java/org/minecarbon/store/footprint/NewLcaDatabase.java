package org.minecarbon.store.footprint;

/** A prepared background database to store. */
public record NewLcaDatabase(
    long groupId,
    String name,
    String schemaVersion,
    int processCount,
    int flowCount,
    long sizeBytes,
    String sha256,
    byte[] library,
    String uploadedBy) {
  public NewLcaDatabase {
    library = library.clone();
  }

  @Override
  public byte[] library() {
    return library.clone();
  }
}
