package org.minecarbon.server.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.enterprise.EnterpriseInput;
import org.minecarbon.app.enterprise.EnterpriseService;
import org.minecarbon.app.enterprise.EnterpriseView;
import org.minecarbon.app.enterprise.SiteInput;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Enterprises of the group (list, create) and the settings and sites of one. */
@Controller
class EnterpriseController {
  private final EnterpriseService enterprises;
  private final Refusals refusals;

  EnterpriseController(EnterpriseService enterprises, Refusals refusals) {
    this.enterprises = enterprises;
    this.refusals = refusals;
  }

  @Requires(Permission.READ)
  @GetMapping("/enterprises")
  String list(Model model) {
    model.addAttribute("issues", List.of());
    return "enterprises";
  }

  @Requires(Permission.MANAGE_ENTERPRISES)
  @PostMapping("/enterprises")
  String create(
      @RequestParam String name,
      @RequestParam(required = false) @Nullable String industry,
      @RequestParam(required = false) @Nullable String province,
      @RequestParam(required = false) @Nullable String gwp,
      @RequestParam(required = false) @Nullable String factorSet,
      Model model) {
    try {
      EnterpriseView e =
          enterprises.create(
              new EnterpriseInput(
                  name,
                  blank(null),
                  blank(industry),
                  blank(province),
                  blank(gwp),
                  blank(factorSet)));
      return "redirect:/e/" + e.id() + "/settings";
    } catch (InvalidInputException ex) {
      model.addAttribute("issues", ex.issues());
      return "enterprises";
    }
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/settings")
  String settings(@PathVariable long eid, Model model) {
    model.addAttribute("enterprise", enterprises.get(eid));
    model.addAttribute("sites", enterprises.sites(eid));
    model.addAttribute("issues", List.of());
    return "settings";
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/settings")
  String update(
      @PathVariable long eid,
      @RequestParam String name,
      @RequestParam(required = false) @Nullable String creditCode,
      @RequestParam(required = false) @Nullable String industry,
      @RequestParam(required = false) @Nullable String province,
      @RequestParam(required = false) @Nullable String gwp,
      @RequestParam(required = false) @Nullable String factorSet,
      Model model) {
    EnterpriseInput in =
        new EnterpriseInput(
            name,
            blank(creditCode),
            blank(industry),
            blank(province),
            blank(gwp),
            blank(factorSet));
    // a refused save shows the form again with what was typed, not the stored values
    EnterpriseView typed =
        new EnterpriseView(
            eid, name, in.creditCode(), in.industry(), in.province(), in.gwp(), in.factorSet(), 0);
    model.addAttribute("typedEnterprise", typed);
    return saveOrShow(eid, model, () -> enterprises.update(eid, in));
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/sites")
  String addSite(
      @PathVariable long eid,
      @RequestParam String code,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable String mineType,
      @RequestParam(required = false) @Nullable String commodity,
      @RequestParam(required = false) @Nullable String province,
      @RequestParam(required = false) @Nullable String gasGrade,
      Model model) {
    SiteInput in =
        new SiteInput(
            code.strip(),
            blank(name),
            blank(mineType),
            blank(commodity),
            blank(province),
            blank(gasGrade));
    model.addAttribute("typedSite", in);
    return saveOrShow(eid, model, () -> enterprises.addSite(eid, in));
  }

  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  @PostMapping("/e/{eid}/sites/{sid}/delete")
  String deleteSite(@PathVariable long eid, @PathVariable long sid, Model model) {
    return saveOrShow(
        eid,
        model,
        () -> {
          enterprises.deleteSite(eid, sid);
          return sid;
        });
  }

  private String saveOrShow(long eid, Model model, java.util.function.Supplier<?> action) {
    try {
      action.get();
      return "redirect:/e/" + eid + "/settings?saved";
    } catch (InvalidInputException ex) {
      show(eid, model);
      model.addAttribute("issues", ex.issues());
      return "settings";
    } catch (RefusedException | ForbiddenException ex) {
      show(eid, model);
      model.addAttribute("refused", refusals.explain(ex, eid));
      return "settings";
    }
  }

  /** The settings page after a failed save: typed values stay in their form. */
  private void show(long eid, Model model) {
    Object typed = model.getAttribute("typedEnterprise");
    settings(eid, model);
    if (typed != null) {
      model.addAttribute("enterprise", typed);
    }
  }

  static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
