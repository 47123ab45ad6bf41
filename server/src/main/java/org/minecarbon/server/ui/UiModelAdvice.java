package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.EnterpriseView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.store.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's header needs: the enterprises of the user's group, the current one (from the
 * URL, else the one last opened), the language and the links that switch it.
 */
@ControllerAdvice(basePackageClasses = UiModelAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiModelAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(UiModelAdvice.class);

  static final String SESSION_ENTERPRISE = "minecarbon.ui.enterprise";

  private static final java.util.regex.Pattern ENTERPRISE_PATH =
      java.util.regex.Pattern.compile("/e/(\\d{1,18})(/.*)?");

  private final EnterpriseService enterprises;
  private final Refusals refusals;

  UiModelAdvice(EnterpriseService enterprises, Refusals refusals) {
    this.enterprises = enterprises;
    this.refusals = refusals;
  }

  /** The header of a page. */
  record Nav(
      List<EnterpriseView> enterprises,
      @Nullable EnterpriseView current,
      String lang,
      String zhHref,
      String enHref) {
    public boolean hasCurrent() {
      return current != null;
    }
  }

  @ModelAttribute("nav")
  @Nullable Nav nav(
      HttpServletRequest request,
      @PathVariable(name = "eid", required = false) @Nullable Long eid) {
    String lang = UiLabels.lang().code();
    String zh = langHref(request, "zh");
    String en = langHref(request, "en");
    if (request.getUserPrincipal() == null) {
      return new Nav(List.of(), null, lang, zh, en);
    }
    List<EnterpriseView> all = enterprises.list();
    HttpSession session = request.getSession();
    Long id = eid != null ? eid : (Long) session.getAttribute(SESSION_ENTERPRISE);
    EnterpriseView current =
        all.stream()
            .filter(e -> id != null && e.id() == id)
            .findFirst()
            .orElse(all.isEmpty() ? null : all.getFirst());
    if (eid != null && (current == null || current.id() != eid)) {
      throw new NotFoundException("enterprise", eid);
    }
    if (current != null) {
      session.setAttribute(SESSION_ENTERPRISE, current.id());
    }
    return new Nav(all, current, lang, zh, en);
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
    return error(
        request, HttpStatus.NOT_FOUND, refusals.message("error.notFoundDetail"), List.of());
  }

  /** Bad input that a page did not handle itself: the issues, never a 500. */
  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
    return error(
        request,
        HttpStatus.UNPROCESSABLE_CONTENT,
        UiLabels.chinese() ? refusals.message("error.invalid") : e.getMessage(),
        e.issues());
  }

  /** Missing permission or outside the user's site scope: a 403 page with the reason. */
  @ExceptionHandler({AccessDeniedException.class, ForbiddenException.class})
  ModelAndView denied(RuntimeException e, HttpServletRequest request) {
    return refusal(request, HttpStatus.FORBIDDEN, e);
  }

  /** A locked year or a workflow transition not allowed now: the message says why. */
  @ExceptionHandler(RefusedException.class)
  ModelAndView refused(RefusedException e, HttpServletRequest request) {
    return refusal(request, HttpStatus.valueOf(e.status()), e);
  }

  @ExceptionHandler(StaleVersionException.class)
  ModelAndView stale(StaleVersionException e, HttpServletRequest request) {
    return refusal(request, HttpStatus.CONFLICT, e);
  }

  /**
   * A refusal in the page's language, naming who can change it; after a form post the page offers
   * to go back to the form with what was typed (the browser keeps it in its history).
   */
  private ModelAndView refusal(HttpServletRequest request, HttpStatus status, RuntimeException e) {
    ModelAndView mv = error(request, status, refusals.explain(e, enterpriseOf(request)), List.of());
    mv.addObject("refusal", true);
    mv.addObject("back", !"GET".equals(request.getMethod()));
    return mv;
  }

  /** The enterprise id of an {@code /e/{id}/…} path, if any. */
  static @Nullable Long enterpriseOf(HttpServletRequest request) {
    java.util.regex.Matcher m = ENTERPRISE_PATH.matcher(request.getRequestURI());
    return m.matches() ? Long.valueOf(m.group(1)) : null;
  }

  /**
   * Spring's own 4xx (missing parameter, wrong type, upload too large…) keep their status; anything
   * else is a 500 page (logged), still with the header.
   */
  @ExceptionHandler(Exception.class)
  ModelAndView other(Exception e, HttpServletRequest request) {
    if (e instanceof ErrorResponse er) {
      HttpStatus status = HttpStatus.resolve(er.getStatusCode().value());
      return error(
          request,
          status == null ? HttpStatus.BAD_REQUEST : status,
          UiLabels.chinese() ? refusals.message("error.request") : er.getBody().getDetail(),
          List.of());
    }
    LOG.error("UI request {} failed", request.getRequestURI(), e);
    return error(request, HttpStatus.INTERNAL_SERVER_ERROR, null, List.of());
  }

  private ModelAndView error(
      HttpServletRequest request, HttpStatus status, @Nullable String message, List<Issue> issues) {
    ModelAndView mv = new ModelAndView("error/page", status);
    mv.addObject("status", status.value());
    mv.addObject("message", message == null ? refusals.message("error.internal") : message);
    mv.addObject("issues", issues);
    try {
      mv.addObject("nav", nav(request, null));
    } catch (RuntimeException ex) {
      LOG.debug("no header for the error page", ex);
      mv.addObject("nav", new Nav(List.of(), null, "zh", "?lang=zh", "?lang=en"));
    }
    return mv;
  }

  private static String langHref(HttpServletRequest request, String lang) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(request.getRequestURI());
    if ("GET".equals(request.getMethod())) {
      Map<String, String[]> params = request.getParameterMap();
      params.forEach(
          (k, v) -> {
            if (!k.equals("lang")) {
              b.queryParam(k, (Object[]) v);
            }
          });
    }
    return b.queryParam("lang", lang).build().encode().toUriString();
  }
}
