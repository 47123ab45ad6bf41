package org.minecarbon.server.api;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.AppCodes;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.core.result.Codes;
import org.minecarbon.core.result.Issue;
import org.minecarbon.io.IoCodes;
import org.minecarbon.server.config.BodyLimitFilter;
import org.minecarbon.server.config.UploadLimits;
import org.minecarbon.store.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as problem+json with an {@code issues} array. Bad input is 400 (malformed request),
 * 404 (unknown id), 409 (conflict) or 422 (well-formed but invalid data, with every problem); only
 * a server fault is 500, and its detail names no internals. Lowest precedence, so that a UI advice
 * for its own controllers wins.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final UploadLimits limits;

  public ApiExceptionHandler(
      @Value("${minecarbon.import.max-bytes:65MB}") DataSize importMax,
      @Value("${minecarbon.upload.max-bytes:21MB}") DataSize uploadMax) {
    this.limits = new UploadLimits(importMax.toBytes(), uploadMax.toBytes());
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<Object> notFound(NotFoundException e) {
    Issue issue =
        Issue.error(AppCodes.NOT_FOUND, "", e.getMessage(), e.id(), "an existing " + e.what());
    return problem(HttpStatus.NOT_FOUND, "Not found", List.of(issue), e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<Object> invalid(InvalidInputException e) {
    long errors = e.issues().stream().filter(Issue::isError).count();
    String detail = e.getMessage() + " (" + errors + (errors == 1 ? " error)" : " errors)");
    return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid input", e.issues(), detail);
  }

  @ExceptionHandler(StaleVersionException.class)
  ResponseEntity<Object> stale(StaleVersionException e) {
    Issue issue = Issue.error(AppCodes.STALE_VERSION, "", e.getMessage());
    return problem(HttpStatus.CONFLICT, "Changed meanwhile", List.of(issue), e.getMessage());
  }

  /** A locked year or a workflow transition not allowed now (409), a missing reason (400). */
  @ExceptionHandler(RefusedException.class)
  ResponseEntity<Object> refused(RefusedException e) {
    HttpStatus status = HttpStatus.valueOf(e.status());
    String title = status.getReasonPhrase();
    return problem(status, title, List.of(e.issue()), e.getMessage());
  }

  @ExceptionHandler({AccessDeniedException.class, ForbiddenException.class})
  ResponseEntity<Object> denied(RuntimeException e) {
    String detail = e.getMessage() == null ? "not allowed" : "not allowed: " + e.getMessage();
    Issue issue = Issue.error(AppCodes.FORBIDDEN, "", detail);
    return problem(HttpStatus.FORBIDDEN, "Forbidden", List.of(issue), detail);
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<Object> illegalArgument(IllegalArgumentException e) {
    Issue issue = Issue.error(AppCodes.BAD_REQUEST, "", String.valueOf(e.getMessage()));
    return problem(HttpStatus.BAD_REQUEST, "Bad request", List.of(issue), issue.message());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    LOG.error("unexpected failure", e);
    String detail = "an unexpected server error; the log has the details";
    Issue issue = Issue.error(AppCodes.INTERNAL, "", detail);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Server error", List.of(issue), detail);
  }

  /** Spring MVC's own exceptions (bad JSON, missing parameter, type mismatch, 404, 405…). */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    if (tooLarge(ex)) {
      Issue big = Issue.error(AppCodes.BODY_TOO_LARGE, "", rootMessage(ex));
      return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", List.of(big), big.message());
    }
    Issue issue = issueOf(ex, statusCode);
    String title =
        HttpStatus.resolve(statusCode.value()) == null
            ? "Error"
            : HttpStatus.resolve(statusCode.value()).getReasonPhrase();
    ProblemDetail p = Problems.of(statusCode, title, issue.message(), List.of(issue));
    return ResponseEntity.status(statusCode).headers(headers).body(p);
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    // both caps named (issue 11): document imports and every other upload
    Issue issue =
        Issue.error(
            IoCodes.FILE_TOO_LARGE, "", limits.message(), "", "at most the limit of its kind");
    return problem(HttpStatus.CONTENT_TOO_LARGE, "Too large", List.of(issue), issue.message());
  }

  /** A body cut off by {@link BodyLimitFilter} while Spring read it. */
  private static boolean tooLarge(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof BodyLimitFilter.TooLarge) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && !(t instanceof BodyLimitFilter.TooLarge)) {
      t = t.getCause();
    }
    return String.valueOf(t.getMessage());
  }

  static Issue issueOf(Exception ex, HttpStatusCode status) {
    return switch (ex) {
      case MissingServletRequestParameterException m ->
          Issue.error(
                  Codes.REQUIRED,
                  "",
                  "query parameter '" + m.getParameterName() + "' is required",
                  "",
                  m.getParameterType())
              .at("query parameter " + m.getParameterName());
      case MissingServletRequestPartException m ->
          Issue.error(
                  Codes.REQUIRED, "", "request part '" + m.getRequestPartName() + "' is required")
              .at("request part " + m.getRequestPartName());
      case TypeMismatchException t ->
          Issue.error(
                  Codes.WRONG_TYPE,
                  "",
                  "'" + t.getPropertyName() + "' has the wrong type",
                  String.valueOf(t.getValue()),
                  t.getRequiredType() == null ? "" : t.getRequiredType().getSimpleName())
              .at("parameter " + t.getPropertyName());
      case HttpMessageNotReadableException n ->
          Issue.error(
              Codes.INVALID_JSON,
              "",
              "the request body is not readable: " + firstLine(n),
              "",
              "JSON");
      case NoResourceFoundException r ->
          Issue.error(AppCodes.NOT_FOUND, "", "no such resource: /" + r.getResourcePath());
      default ->
          Issue.error(
              status.value() == 404
                  ? AppCodes.NOT_FOUND
                  : status.is4xxClientError() ? AppCodes.UNSUPPORTED : AppCodes.INTERNAL,
              "",
              status.is5xxServerError() ? "server error" : String.valueOf(ex.getMessage()));
    };
  }

  private static String firstLine(HttpMessageNotReadableException n) {
    Throwable cause = n.getMostSpecificCause();
    String msg = cause.getMessage() == null ? n.getClass().getSimpleName() : cause.getMessage();
    int nl = msg.indexOf('\n');
    return nl < 0 ? msg : msg.substring(0, nl);
  }

  private static ResponseEntity<Object> problem(
      HttpStatus status, String title, List<Issue> issues, String detail) {
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problems.of(status, title, detail, issues));
  }
}
