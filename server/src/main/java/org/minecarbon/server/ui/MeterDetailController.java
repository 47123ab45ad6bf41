package org.minecarbon.server.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.InvalidInputException;
import org.minecarbon.app.NotFoundException;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.meter.alarm.AlarmService;
import org.minecarbon.app.meter.alarm.CalibrationView;
import org.minecarbon.core.result.Issue;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The registry page of one meter (READ): its calibration status, expiry highlighted, and its
 * calibration records; a form adds a record (EDIT_DATA), every problem shown.
 */
@Controller
class MeterDetailController {
  private final AlarmService alarms;

  MeterDetailController(AlarmService alarms) {
    this.alarms = alarms;
  }

  @GetMapping("/e/{eid}/meters/m/{meter}")
  @Requires(value = Permission.READ, enterprise = "eid")
  String page(@PathVariable long eid, @PathVariable String meter, Model model) {
    return render(eid, meter, model);
  }

  @PostMapping("/e/{eid}/meters/m/{meter}/calibrations")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String add(
      @PathVariable long eid,
      @PathVariable String meter,
      @RequestParam(defaultValue = "") String calibratedOn,
      @RequestParam(defaultValue = "") String certificate,
      @RequestParam(defaultValue = "") String validUntil,
      @RequestParam(required = false) @Nullable String evidence,
      Model model) {
    try {
      List<Issue> issues = new java.util.ArrayList<>();
      @Nullable LocalDate on = date(calibratedOn, "/calibratedOn", issues);
      @Nullable LocalDate until = date(validUntil, "/validUntil", issues);
      if (on == null || until == null) {
        if (certificate.isBlank()) {
          issues.add(
              Issue.error("CERTIFICATE_REQUIRED", "/certificate", "a certificate is required"));
        }
        throw new InvalidInputException("invalid calibration record", issues);
      }
      alarms.addCalibration(eid, meter, on, certificate, until, evidence);
      return "redirect:/e/" + eid + "/meters/m/" + MeterLiveController.encode(meter) + "?saved";
    } catch (InvalidInputException e) {
      model.addAttribute("problems", e.issues());
      return render(eid, meter, model);
    }
  }

  private static @Nullable LocalDate date(String text, String pointer, List<Issue> issues) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      issues.add(Issue.error("INVALID_DATE", pointer, "a date YYYY-MM-DD is required"));
      return null;
    }
  }

  private String render(long eid, String meter, Model model) {
    List<CalibrationView> all = alarms.calibrations(eid);
    CalibrationView view =
        all.stream()
            .filter(c -> c.meter().equals(meter))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("meter", meter));
    model.addAttribute("eid", eid);
    model.addAttribute("meter", view);
    model.addAttribute("canEdit", EvidenceController.canEdit());
    return "meter-detail";
  }
}
