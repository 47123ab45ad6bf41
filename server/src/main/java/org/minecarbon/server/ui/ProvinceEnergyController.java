package org.minecarbon.server.ui;

import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.plan.PlanService;
import org.minecarbon.core.result.Issue;
import org.minecarbon.core.result.Result;
import org.minecarbon.io.zone.ProvinceEnergyCsv;
import org.minecarbon.io.zone.ProvinceEnergyTemplate;
import org.minecarbon.io.zone.ProvinceEnergyXlsx;
import org.minecarbon.planning.zone.ProvinceEnergy;
import org.minecarbon.server.access.Requires;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The provinces' energy data of the seed-004 zoning (issue 13) on a page of their own: the group's
 * rows, template downloads (XLSX, CSV; Chinese headers, example rows) and an import in two steps —
 * the file (XLSX or CSV) is checked and previewed, every problem listed with sheet, row and column
 * and nothing kept when one row is invalid; the preview says which province-years replace stored
 * values; only the confirmation stores the rows kept in the session. Group data: MANAGE_CATALOG.
 */
@Controller
class ProvinceEnergyController {
  private static final String PREVIEW = "provinceEnergyPreview";

  /** The uploaded file is neither .xlsx nor .csv. */
  static final String UNSUPPORTED = "ZONE_UNSUPPORTED_FORMAT";

  private final PlanService plans;

  ProvinceEnergyController(PlanService plans) {
    this.plans = plans;
  }

  /** A checked import waiting for confirmation, in the user's session. */
  record Preview(String token, long eid, String file, List<ProvinceEnergy> rows) {
    Preview {
      rows = List.copyOf(rows);
    }
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/province-energy")
  String page(@PathVariable long eid, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("rows", plans.provinceEnergy());
    model.addAttribute("zoning", plans.zoning(eid).orElse(null));
    if (!model.containsAttribute("issues")) {
      model.addAttribute("issues", List.of());
    }
    return "province-energy";
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/province-energy/template.{ext:xlsx|csv}")
  ResponseEntity<byte[]> template(@PathVariable long eid, @PathVariable String ext) {
    boolean xlsx = ext.equals("xlsx");
    String name = "省份能源模板." + ext;
    return ResponseEntity.ok()
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(name, java.nio.charset.StandardCharsets.UTF_8)
                .build()
                .toString())
        .header(
            HttpHeaders.CONTENT_TYPE,
            xlsx
                ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8")
        .body(xlsx ? ProvinceEnergyTemplate.xlsx() : ProvinceEnergyTemplate.csv());
  }

  @Requires(value = Permission.MANAGE_CATALOG, enterprise = "eid")
  @PostMapping("/e/{eid}/province-energy/preview")
  String preview(
      @PathVariable long eid,
      @RequestParam("file") MultipartFile file,
      HttpSession session,
      Model model) {
    String name = String.valueOf(file.getOriginalFilename());
    Result<List<ProvinceEnergy>> read = read(name, bytes(file));
    switch (read) {
      case Result.Ok<List<ProvinceEnergy>> ok -> {
        Preview p = new Preview(UUID.randomUUID().toString(), eid, name, ok.value());
        session.setAttribute(PREVIEW, p);
        model.addAttribute("preview", p);
        model.addAttribute("changes", ProvinceEnergyChanges.of(ok.value(), plans.provinceEnergy()));
      }
      case Result.Err<List<ProvinceEnergy>> err -> {
        session.removeAttribute(PREVIEW);
        model.addAttribute("issues", err.issues());
        model.addAttribute("refusedFile", name);
      }
    }
    return page(eid, model);
  }

  @Requires(value = Permission.MANAGE_CATALOG, enterprise = "eid")
  @PostMapping("/e/{eid}/province-energy/confirm")
  String confirm(
      @PathVariable long eid,
      @RequestParam String token,
      HttpSession session,
      RedirectAttributes flash) {
    if (!(session.getAttribute(PREVIEW) instanceof Preview p)
        || !p.token().equals(token)
        || p.eid() != eid) {
      flash.addFlashAttribute("expired", true);
      return "redirect:/e/" + eid + "/province-energy";
    }
    plans.putProvinceEnergy(p.rows());
    session.removeAttribute(PREVIEW);
    flash.addFlashAttribute("imported", p.rows().size());
    return "redirect:/e/" + eid + "/province-energy";
  }

  @Requires(value = Permission.MANAGE_CATALOG, enterprise = "eid")
  @PostMapping("/e/{eid}/province-energy/cancel")
  String cancel(@PathVariable long eid, HttpSession session) {
    session.removeAttribute(PREVIEW);
    return "redirect:/e/" + eid + "/province-energy";
  }

  /** XLSX or CSV by the file's extension; anything else is refused with every format named. */
  static Result<List<ProvinceEnergy>> read(String name, byte[] bytes) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".xlsx")) {
      return ProvinceEnergyXlsx.read(bytes, name);
    }
    if (lower.endsWith(".csv")) {
      return ProvinceEnergyCsv.read(new ByteArrayInputStream(bytes), name);
    }
    return Result.err(
        Issue.error(UNSUPPORTED, "", name + " is neither .xlsx nor .csv", name, ".xlsx, .csv"));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
