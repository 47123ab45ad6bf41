package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.server.app.EnterpriseService;
import org.minecarbon.server.app.EnterpriseView;
import org.minecarbon.server.app.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page's header needs: the enterprises of the user's group, the current one (from the
 * URL, else the one last opened), the language and the links that switch it.
 */
@ControllerAdvice(basePackageClasses = UiModelAdvice.class)
class UiModelAdvice {
  static final String SESSION_ENTERPRISE = "minecarbon.ui.enterprise";

  private final EnterpriseService enterprises;

  UiModelAdvice(EnterpriseService enterprises) {
    this.enterprises = enterprises;
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
    String lang = UiLabels.chinese() ? "zh" : "en";
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
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(NotFoundException e, Model model, HttpServletRequest request) {
    model.addAttribute("message", e.getMessage());
    model.addAttribute("nav", nav(request, null));
    return "error/not-found";
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
