package org.minecarbon.server.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.factor.FactorService;
import org.minecarbon.app.factor.FactorSetView;
import org.minecarbon.core.factor.Factor;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The factor library: sets, their effective factors (filtered by key prefix), custom sets. */
@Controller
class FactorController {
  static final int MAX_SHOWN = 1000;

  private final FactorService factors;

  FactorController(FactorService factors) {
    this.factors = factors;
  }

  @Requires(Permission.READ)
  @GetMapping("/factors")
  String page(
      @RequestParam(required = false) @Nullable String set,
      @RequestParam(required = false) @Nullable String prefix,
      Model model) {
    List<FactorSetView> sets = factors.sets();
    String chosen = set != null && !set.isBlank() ? set : defaultSet(sets);
    String p = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
    List<Factor> all = chosen.isEmpty() ? List.of() : factors.factors(chosen);
    List<Factor> shown =
        all.stream().filter(f -> f.key().toLowerCase(Locale.ROOT).startsWith(p)).toList();
    model.addAttribute("sets", sets);
    model.addAttribute("set", chosen);
    model.addAttribute("prefix", p);
    model.addAttribute("total", shown.size());
    model.addAttribute("factors", shown.size() > MAX_SHOWN ? shown.subList(0, MAX_SHOWN) : shown);
    model.addAttribute(
        "prefixes", all.stream().map(f -> f.key().split("\\.")[0]).distinct().sorted().toList());
    return "factors";
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/factors/upload")
  String upload(@RequestParam("file") MultipartFile file, Model model) throws IOException {
    try {
      String name = file.getOriginalFilename() == null ? "factors.csv" : file.getOriginalFilename();
      FactorSetView v = factors.addUserSet(name, file.getBytes());
      return "redirect:/factors?set="
          + java.net.URLEncoder.encode(v.id(), java.nio.charset.StandardCharsets.UTF_8)
          + "&uploaded";
    } catch (InvalidInputException e) {
      model.addAttribute("uploadIssues", e.issues());
      model.addAttribute("fileName", file.getOriginalFilename());
      return page(null, null, model);
    }
  }

  private static String defaultSet(List<FactorSetView> sets) {
    return sets.stream()
        .filter(s -> s.id().equals("CN-2015"))
        .map(FactorSetView::id)
        .findFirst()
        .orElse(sets.isEmpty() ? "" : sets.getFirst().id());
  }
}
