package org.minecarbon.server.ui;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.ForbiddenException;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.benchmark.BenchmarkInput;
import org.minecarbon.app.benchmark.BenchmarkService;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Industry-advanced intensity values per product (tCO2e/t), maintained by the users; the balance
 * page shows each year's gap to them.
 */
@Controller
class BenchmarkController {
  private final BenchmarkService benchmarks;
  private final Refusals refusals;

  BenchmarkController(BenchmarkService benchmarks, Refusals refusals) {
    this.benchmarks = benchmarks;
    this.refusals = refusals;
  }

  @Requires(Permission.READ)
  @GetMapping("/benchmarks")
  String page(@RequestParam(required = false) @Nullable Long edit, Model model) {
    model.addAttribute("benchmarks", benchmarks.list());
    model.addAttribute("editId", edit);
    model.addAttribute("issues", List.of());
    return "benchmarks";
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/benchmarks")
  String create(
      @RequestParam(required = false) @Nullable String product,
      @RequestParam(required = false) @Nullable String intensity,
      @RequestParam(required = false) @Nullable String year,
      @RequestParam(required = false) @Nullable String sourceNote,
      Model model) {
    BenchmarkInput in = input(product, intensity, year, sourceNote);
    return saveOrShow(model, null, () -> benchmarks.create(in));
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/benchmarks/{id}")
  String update(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String product,
      @RequestParam(required = false) @Nullable String intensity,
      @RequestParam(required = false) @Nullable String year,
      @RequestParam(required = false) @Nullable String sourceNote,
      Model model) {
    BenchmarkInput in = input(product, intensity, year, sourceNote);
    return saveOrShow(model, id, () -> benchmarks.update(id, in));
  }

  @Requires(Permission.MANAGE_CATALOG)
  @PostMapping("/benchmarks/{id}/delete")
  String delete(@PathVariable long id, Model model) {
    try {
      benchmarks.delete(id);
      return "redirect:/benchmarks?deleted";
    } catch (ForbiddenException e) {
      page(null, model);
      model.addAttribute("refused", refusals.explain(e, null));
      return "benchmarks";
    }
  }

  private String saveOrShow(Model model, @Nullable Long editId, Runnable action) {
    try {
      action.run();
      return "redirect:/benchmarks?saved";
    } catch (InvalidInputException e) {
      page(editId, model);
      model.addAttribute("issues", e.issues());
      return "benchmarks";
    } catch (ForbiddenException e) {
      page(editId, model);
      model.addAttribute("refused", refusals.explain(e, null));
      return "benchmarks";
    }
  }

  /** Unparseable numbers become null: the service reports them as missing. */
  private static BenchmarkInput input(
      @Nullable String product,
      @Nullable String intensity,
      @Nullable String year,
      @Nullable String sourceNote) {
    return new BenchmarkInput(
        EnterpriseController.blank(product),
        parse(intensity, Double::valueOf),
        parse(year, Integer::valueOf),
        EnterpriseController.blank(sourceNote));
  }

  private static <T> @Nullable T parse(
      @Nullable String s, java.util.function.Function<String, T> f) {
    try {
      return s == null || s.isBlank() ? null : f.apply(s.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
