package org.minecarbon.server.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.RefusedException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.meter.IngestResult;
import org.minecarbon.app.meter.MeterService;
import org.minecarbon.app.meter.RegistryView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.meter.rows.MeterReport;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

/**
 * The meters page of an enterprise: the registry and each meter's completeness per month of a year
 * (READ), and a CSV / JSON-lines upload of readings showing the counts and every problem
 * (EDIT_DATA).
 */
@Controller
class MeterController {
  private final MeterService meters;
  private final org.minecarbon.app.meter.alarm.AlarmService alarms;

  MeterController(MeterService meters, org.minecarbon.app.meter.alarm.AlarmService alarms) {
    this.meters = meters;
    this.alarms = alarms;
  }

  /** One registered meter as the page lists it (kind and mode are translated by the template). */
  record MeterLine(String id, String site, String kind, String mode, String unit) {}

  /** A completeness row: the meter and its 12 months (null = not yet reached). */
  record CompletenessLine(String meter, List<@Nullable Double> months) {}

  /** One problem of an upload: line, field and code (the template gives the text). */
  record Problem(String location, String field, String code, String message) {}

  @GetMapping("/e/{eid}/meters")
  @Requires(value = Permission.READ, enterprise = "eid")
  String page(
      @PathVariable long eid, @RequestParam(required = false) @Nullable Integer year, Model model) {
    return render(eid, year, model);
  }

  @PostMapping("/e/{eid}/meters")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String upload(@PathVariable long eid, @RequestParam("file") MultipartFile file, Model model) {
    String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
    String type =
        name.endsWith(".jsonl") || name.endsWith(".ndjson") ? "application/x-ndjson" : "text/csv";
    try (InputStream in = file.getInputStream()) {
      IngestResult r = meters.ingest(eid, in, type);
      model.addAttribute("result", r);
    } catch (InvalidInputException e) {
      model.addAttribute("problems", problems(e.issues()));
    } catch (RefusedException e) {
      model.addAttribute("problems", problems(List.of(e.issue())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    model.addAttribute("fileName", name);
    return render(eid, null, model);
  }

  /**
   * Replaces the meter registry from an uploaded METERS.json (contract meters v1). A registry
   * already in place is replaced only when the form confirms it (the page names its version and
   * meter count) and only at the version the page showed (a newer one: the stale-version page).
   * Every problem of the document is listed; nothing is stored then.
   */
  @PostMapping("/e/{eid}/meters/registry")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String uploadRegistry(
      @PathVariable long eid,
      @RequestParam("file") MultipartFile file,
      @RequestParam("version") long version,
      @RequestParam(name = "replace", required = false) @Nullable String replace,
      Model model) {
    if (version > 0 && replace == null) {
      model.addAttribute(
          "registryProblems",
          List.of(
              new Problem(
                  "",
                  "",
                  "REGISTRY_REPLACE_UNCONFIRMED",
                  "tick the box to replace the registry in place")));
      return render(eid, null, model);
    }
    try {
      RegistryView v = meters.putRegistry(eid, file.getBytes(), version);
      return "redirect:/e/" + eid + "/meters?registrySaved=" + v.version();
    } catch (InvalidInputException e) {
      model.addAttribute("registryProblems", problems(e.issues()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return render(eid, null, model);
  }

  private String render(long eid, @Nullable Integer year, Model model) {
    int y = year == null ? Year.now().getValue() : year;
    model.addAttribute("eid", eid);
    model.addAttribute("year", String.valueOf(y));
    model.addAttribute("canEdit", EvidenceController.canEdit());
    try {
      RegistryView v = meters.registry(eid);
      model.addAttribute("registry", v);
      model.addAttribute("meters", lines(v.document().path("meters")));
      model.addAttribute("completeness", completeness(meters.rows(eid, y)));
      model.addAttribute("reconciliation", alarms.reconciliation(eid, y));
    } catch (NotFoundException e) {
      model.addAttribute("meters", List.of());
      model.addAttribute("completeness", List.of());
      model.addAttribute("reconciliation", List.of());
    }
    return "meters";
  }

  private static List<MeterLine> lines(JsonNode list) {
    List<MeterLine> out = new ArrayList<>();
    for (JsonNode m : list) {
      String mode = m.has("virtual") ? "virtual" : m.path("mode").asString("");
      String unit = m.path("unit").asString(m.path("flowUnit").asString(""));
      out.add(
          new MeterLine(
              m.path("id").asString(""),
              m.path("site").asString(""),
              m.path("kind").asString(""),
              mode,
              unit));
    }
    return out;
  }

  private static List<CompletenessLine> completeness(MeterReport report) {
    List<CompletenessLine> out = new ArrayList<>();
    for (Map.Entry<String, SortedMap<java.time.YearMonth, Double>> e :
        report.completeness().entrySet()) {
      List<@Nullable Double> months = new ArrayList<>();
      for (int m = 1; m <= 12; m++) {
        final int month = m;
        months.add(
            e.getValue().entrySet().stream()
                .filter(x -> x.getKey().getMonthValue() == month)
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null));
      }
      out.add(new CompletenessLine(e.getKey(), months));
    }
    return out;
  }

  private static List<Problem> problems(List<Issue> issues) {
    return issues.stream()
        .map(i -> new Problem(i.location(), i.pointer(), i.code(), i.message()))
        .toList();
  }
}
