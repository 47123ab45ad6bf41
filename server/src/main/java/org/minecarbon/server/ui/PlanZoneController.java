package org.minecarbon.server.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.zone.ProvinceEnergyCsv;
import org.minecarbon.planning.zone.ProvinceEnergy;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Provinces' energy data for the seed-004 zoning (issue 13), entered as one row or imported as CSV
 * from the plans page; both go through {@link ProvinceEnergyCsv}, so a form row is checked exactly
 * like a file and every problem is listed. Group data: needs MANAGE_CATALOG.
 */
@Controller
class PlanZoneController {
  private static final String HEADER =
      "province,year,production_10k_tce,consumption_10k_tce,new_energy_share_pct,source\n";

  private final PlanService plans;
  private final PlanController editor;

  PlanZoneController(PlanService plans, PlanController editor) {
    this.plans = plans;
    this.editor = editor;
  }

  @Requires(value = Permission.MANAGE_CATALOG, enterprise = "eid")
  @PostMapping("/e/{eid}/plans/province-energy")
  String add(@PathVariable long eid, @RequestParam Map<String, String> p, Model model) {
    String row =
        String.join(
            ",",
            List.of(
                csv(p.get("province")),
                csv(p.get("year")),
                csv(p.get("production")),
                csv(p.get("consumption")),
                csv(p.get("share")),
                csv(p.get("source"))));
    byte[] bytes = (HEADER + row + "\n").getBytes(StandardCharsets.UTF_8);
    return store(eid, new ByteArrayInputStream(bytes), "form", model);
  }

  @Requires(value = Permission.MANAGE_CATALOG, enterprise = "eid")
  @PostMapping("/e/{eid}/plans/province-energy/import")
  String upload(@PathVariable long eid, @RequestParam("file") MultipartFile file, Model model) {
    try (InputStream in = file.getInputStream()) {
      return store(eid, in, String.valueOf(file.getOriginalFilename()), model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String store(long eid, InputStream in, String name, Model model) {
    Result<List<ProvinceEnergy>> read = ProvinceEnergyCsv.read(in, name);
    return switch (read) {
      case Result.Ok<List<ProvinceEnergy>> ok -> {
        plans.putProvinceEnergy(ok.value());
        yield "redirect:/e/" + eid + "/plans#plan-zone";
      }
      case Result.Err<List<ProvinceEnergy>> err -> {
        List<Issue> issues = err.issues();
        editor.list(eid, model);
        model.addAttribute("issues", issues);
        yield "plans";
      }
    };
  }

  /** One CSV field: quoted, quotes doubled, so a comma in a form field stays in its cell. */
  private static String csv(String value) {
    return "\"" + (value == null ? "" : value.strip().replace("\"", "\"\"")) + "\"";
  }
}
