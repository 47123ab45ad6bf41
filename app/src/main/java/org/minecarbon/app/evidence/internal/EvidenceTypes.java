package org.minecarbon.app.evidence.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.RefusedException;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.Sha256;

/**
 * The evidence file types that are accepted, recognised by extension AND content (magic bytes, or
 * valid UTF-8 without NUL for text), so that an HTML page, script or executable renamed to .pdf is
 * refused. Nothing is ever served inline, but the type is still checked so that only documents are
 * kept.
 */
public final class EvidenceTypes {
  /** One allowed type: extensions, stored content type, and the content check. */
  enum Type {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "jpg", "jpeg"),
    XLSX(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        new byte[] {'P', 'K', 3, 4},
        "xlsx"),
    DOCX(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        new byte[] {'P', 'K', 3, 4},
        "docx"),
    CSV("text/csv; charset=utf-8", null, "csv"),
    TXT("text/plain; charset=utf-8", null, "txt");

    private final String contentType;
    private final byte @Nullable [] magic;
    private final List<String> extensions;

    Type(String contentType, byte @Nullable [] magic, String... extensions) {
      this.contentType = contentType;
      this.magic = magic;
      this.extensions = List.of(extensions);
    }

    String contentType() {
      return contentType;
    }

    boolean matches(byte[] content) {
      return magic == null
          ? isText(content)
          : content.length >= magic.length
              && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
  }

  /** For messages: {@code pdf, png, jpg, jpeg, xlsx, docx, csv, txt}. */
  static final String ALLOWED = "pdf, png, jpg, jpeg, xlsx, docx, csv, txt";

  private static final int NOTE_MAX = 1000;

  private EvidenceTypes() {}

  /** The type named by the file's extension, if allowed. */
  static Optional<Type> byName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(Type.values()).filter(t -> t.extensions.contains(ext)).findFirst();
  }

  /** UTF-8 (a BOM allowed) with no NUL byte. */
  static boolean isText(byte[] content) {
    for (byte b : content) {
      if (b == 0) {
        return false;
      }
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The file name to keep: the last path segment, without control and formatting characters,
   * trimmed, at most 200 characters (the extension kept); empty when nothing usable is left.
   */
  static String cleanName(@Nullable String raw) {
    if (raw == null) {
      return "";
    }
    String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
    StringBuilder sb = new StringBuilder();
    name.codePoints()
        .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(sb::appendCodePoint);
    String clean = sb.toString().strip();
    if (clean.codePointCount(0, clean.length()) > 200) {
      int dot = clean.lastIndexOf('.');
      String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
      clean = clean.substring(0, clean.offsetByCodePoints(0, 200 - ext.length())) + ext;
    }
    return clean.equals(".") || clean.equals("..") ? "" : clean;
  }

  /** The allowed type named by the extension, if the content matches it; else 415. */
  static Type check(String name, byte[] content) {
    Type type =
        byName(name)
            .orElseThrow(
                () ->
                    reject(
                        415,
                        AppCodes.EVIDENCE_TYPE,
                        "this file type is not allowed as evidence; allowed: " + ALLOWED,
                        name,
                        ALLOWED));
    if (!type.matches(content)) {
      throw reject(
          415,
          AppCodes.EVIDENCE_TYPE,
          "the content is not a "
              + type.name()
              + " file (it does not match its extension);"
              + " allowed: "
              + ALLOWED,
          name,
          ALLOWED);
    }
    return type;
  }

  /** The note, stripped and cut to the column's 1000 characters; null when blank. */
  static @Nullable String note(@Nullable String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String n = note.strip();
    return n.length() > NOTE_MAX ? n.substring(0, NOTE_MAX) : n;
  }

  static RefusedException reject(
      int status, String code, String message, String value, String expected) {
    return new RefusedException(status, Issue.error(code, "", message, value, expected).at("file"));
  }

  static String sha256(byte[] content) {
    return Sha256.hex(content);
  }
}
