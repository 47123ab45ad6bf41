package org.minecarbon.store.backup;

/**
 * A backup or restore that was refused because of its input (corrupt or foreign file, newer schema,
 * target database not empty); nothing was changed.
 */
public class BackupException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BackupException(String message) {
    super(message);
  }

  public BackupException(String message, Throwable cause) {
    super(message, cause);
  }
}
