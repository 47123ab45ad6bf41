package org.minecarbon.server.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.minecarbon.app.AppCodes;
import org.minecarbon.core.result.Issue;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of ordinary API requests (rows, settings, benchmarks, users…): a 150 MB {@code POST
 * /benchmarks} was accepted before (issue 11). Document imports ({@code …/import}) and multipart
 * uploads keep their own, larger limits. A declared {@code Content-Length} over the cap is refused
 * before anything is read; a chunked body is counted while it is read and fails as soon as it
 * passes the cap. Either way the answer is 413 {@code BODY_TOO_LARGE} and nothing is changed. The
 * same filter, configured by {@link UploadLimits}, caps document imports at {@code
 * minecarbon.import.max-bytes} and every other multipart upload at {@code
 * minecarbon.upload.max-bytes}.
 */
public final class BodyLimitFilter extends OncePerRequestFilter {
  private final long maxBytes;
  private final Predicate<HttpServletRequest> applies;
  private final String message;

  BodyLimitFilter(long maxBytes) {
    this(
        maxBytes,
        r -> !isImport(r) && !isMultipart(r),
        "the request body is larger than "
            + maxBytes
            + " bytes; documents go through the import endpoints");
  }

  /**
   * A cap on the requests {@code applies} selects, refused with {@code message} (issue 11: the
   * import endpoints take a document of the documented row limit, other uploads keep their cap).
   */
  BodyLimitFilter(long maxBytes, Predicate<HttpServletRequest> applies, String message) {
    this.maxBytes = maxBytes;
    this.applies = applies;
    this.message = message;
  }

  /**
   * A document import or validation (API or page): its path ends with {@code /import} or {@code
   * /validate}; it takes a document of the documented row limit.
   */
  static boolean isImport(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.endsWith("/import") || uri.endsWith("/validate");
  }

  static boolean isMultipart(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !applies.test(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      refuse(request, response);
      return;
    }
    Capped capped = new Capped(request, maxBytes, message);
    chain.doFilter(capped, response);
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemAuthenticationEntryPoint.write(
        request,
        response,
        HttpStatus.CONTENT_TOO_LARGE,
        Issue.error(AppCodes.BODY_TOO_LARGE, "", message));
  }

  /** Thrown while reading a chunked body past the cap; the exception handler answers 413. */
  public static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** The request with its body stream counted against the cap. */
  private static final class Capped extends HttpServletRequestWrapper {
    private final long max;
    private final String message;
    private ServletInputStream stream;

    Capped(HttpServletRequest request, long max, String message) {
      super(request);
      this.max = max;
      this.message = message;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new Counting(super.getInputStream(), max, message);
      }
      return stream;
    }
  }

  private static final class Counting extends ServletInputStream {
    private final ServletInputStream in;
    private final long max;
    private final String message;
    private long read;

    Counting(ServletInputStream in, long max, String message) {
      this.in = in;
      this.max = max;
      this.message = message;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > max) {
        throw new TooLarge(message);
      }
    }

    @Override
    public boolean isFinished() {
      return in.isFinished();
    }

    @Override
    public boolean isReady() {
      return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      in.setReadListener(listener);
    }
  }
}
