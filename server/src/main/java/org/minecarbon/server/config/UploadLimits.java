package org.minecarbon.server.config;

import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.util.unit.DataSize;

/**
 * The two upload caps (issue 11): a document import ({@code …/import}, API and pages, multipart or
 * raw body) takes up to {@code minecarbon.import.max-bytes} (default 65 MB: io reads files of up to
 * 64 MiB; the documented limit of 200,000 rows is 34 MiB as a JSON document, see
 * docs/operations.md); every other upload (evidence, factor sets, meter files, background
 * databases) keeps {@code minecarbon.upload.max-bytes} (default 21 MB per request, 20 MB per file).
 * The servlet's multipart limit is the import cap, so the smaller cap is enforced here, before
 * anything is parsed.
 */
public record UploadLimits(long importMax, long uploadMax) {
  /** The refusal, naming both limits. */
  public String message() {
    return "the upload is larger than "
        + mb(importMax)
        + " (minecarbon.import.max-bytes, document imports) or, for any other upload, "
        + mb(uploadMax)
        + " (minecarbon.upload.max-bytes); nothing was read or changed";
  }

  static UploadLimits of(DataSize importMax, DataSize uploadMax) {
    return new UploadLimits(importMax.toBytes(), uploadMax.toBytes());
  }

  /** Adds both caps to a filter chain (before authentication reads anything). */
  void apply(HttpSecurity http) {
    for (BodyLimitFilter f :
        List.of(
            new BodyLimitFilter(importMax, BodyLimitFilter::isImport, message()),
            new BodyLimitFilter(
                uploadMax,
                r -> BodyLimitFilter.isMultipart(r) && !BodyLimitFilter.isImport(r),
                message()))) {
      http.addFilterBefore(f, BasicAuthenticationFilter.class);
    }
  }

  private static String mb(long bytes) {
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
  }
}
