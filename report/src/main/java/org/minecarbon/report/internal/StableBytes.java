package org.minecarbon.report.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Reports as the same bytes for the same content (issue 11), so a verifier's SHA-256 of a verified
 * report can be reproduced by fetching it again: a workbook's zip entries carry one fixed time
 * (1980-01-01 00:00, the DOS epoch reproducible builds use) instead of the time of writing; a PDF
 * carries no creation or modification date and its trailer /ID derives from the content.
 */
final class StableBytes {
  private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);

  private StableBytes() {}

  /** The zip (XLSX) with every entry in the same order and content, its time fixed. */
  static byte[] zip(byte[] zip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(DOS_EPOCH);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** The PDF without dates, its /ID the first 16 bytes of the SHA-256 of {@code source}. */
  static byte[] pdf(byte[] pdf, String source) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setCreationDate(null);
      info.setModificationDate(null);
      // the trailer /ID: both halves from the content (the renderer's own is time-based)
      byte[] id = java.util.Arrays.copyOf(sha256(source), 16);
      org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
      ids.add(new org.apache.pdfbox.cos.COSString(id));
      ids.add(new org.apache.pdfbox.cos.COSString(id));
      doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
