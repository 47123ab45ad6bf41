package org.minecarbon.server.ui;

import org.minecarbon.app.access.Permission;
import org.minecarbon.server.access.Requires;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Links to the report downloads of the API (XLSX balance workbook, PDF analysis report). */
@Controller
class ReportController {
  /** Report URL of an enterprise, relative to the context path. */
  static String reportPath(long eid, String file) {
    return "/api/v1/enterprises/" + eid + "/reports/" + file;
  }

  @Requires(value = Permission.READ, enterprise = "eid")
  @GetMapping("/e/{eid}/reports")
  String page(@PathVariable long eid, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("xlsxPath", reportPath(eid, "balance.xlsx"));
    model.addAttribute("pdfPath", reportPath(eid, "analysis.pdf"));
    return "reports";
  }
}
