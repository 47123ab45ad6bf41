package org.minecarbon.server.ui;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.minecarbon.app.access.Permission;
import org.minecarbon.app.meter.alarm.AlarmService;
import org.minecarbon.app.meter.live.LiveFigures;
import org.minecarbon.app.meter.live.LiveService;
import org.minecarbon.app.meter.live.MethanePanel;
import org.minecarbon.server.access.Requires;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live meter page of a site (READ): today / month / year emissions by column updated over
 * server-sent events, each figure with its trace, the methane panel and the alarms of the year with
 * acknowledge and close (EDIT_DATA).
 */
@Controller
class MeterLiveController {
  private final LiveService live;
  private final AlarmService alarms;
  private final LiveHub hub;
  private final MessageSource messages;
  private final UiLabels ui;

  MeterLiveController(
      LiveService live, AlarmService alarms, LiveHub hub, MessageSource messages, UiLabels ui) {
    this.live = live;
    this.alarms = alarms;
    this.hub = hub;
    this.messages = messages;
    this.ui = ui;
  }

  @GetMapping("/e/{eid}/meters/live")
  @Requires(value = Permission.READ, enterprise = "eid")
  String page(
      @PathVariable long eid, @RequestParam(required = false) @Nullable String site, Model model) {
    model.addAttribute("eid", eid);
    model.addAttribute("canEdit", EvidenceController.canEdit());
    List<String> sites = live.sites(eid);
    model.addAttribute("sites", sites);
    model.addAttribute("siteNames", live.siteNames(eid));
    String chosen =
        site != null && sites.contains(site) ? site : sites.isEmpty() ? null : sites.get(0);
    model.addAttribute("site", chosen);
    int year = Year.now().getValue();
    model.addAttribute("year", String.valueOf(year));
    if (chosen != null) {
      LiveFigures f = live.figures(eid, chosen);
      model.addAttribute("live", f);
      model.addAttribute("lt", new LiveTexts(messages, ui, f.zone()));
      model.addAttribute("alarms", alarms.alarms(eid, year));
    } else {
      model.addAttribute("lt", new LiveTexts(messages, ui, ZoneId.systemDefault()));
      model.addAttribute("alarms", List.of());
    }
    return "meter-live";
  }

  @GetMapping(value = "/e/{eid}/meters/live/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @Requires(value = Permission.READ, enterprise = "eid")
  @ResponseBody
  SseEmitter events(@PathVariable long eid, @RequestParam String site) {
    // tenancy before a stream opens: 404 outside the user's enterprises, 403 outside its sites
    if (!live.sites(eid).contains(site)) {
      throw new org.minecarbon.app.NotFoundException("site with meters", site);
    }
    return hub.subscribe(eid);
  }

  @GetMapping(value = "/e/{eid}/meters/live/figures", produces = MediaType.APPLICATION_JSON_VALUE)
  @Requires(value = Permission.READ, enterprise = "eid")
  @ResponseBody
  Map<String, Object> figures(@PathVariable long eid, @RequestParam String site) {
    LiveFigures f = live.figures(eid, site);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("site", f.site());
    out.put("asOf", f.asOf().toString());
    out.put("asOfLocal", new LiveTexts(messages, ui, f.zone()).time(f.asOf()));
    out.put("readings", f.readings());
    Map<String, Object> figures = new LinkedHashMap<>();
    for (LiveFigures.Figure x : f.figures()) {
      figures.put(
          x.column().code(), Map.of("today", x.today(), "month", x.month(), "year", x.year()));
    }
    out.put("figures", figures);
    return out;
  }

  @GetMapping(value = "/e/{eid}/meters/live/methane", produces = MediaType.APPLICATION_JSON_VALUE)
  @Requires(value = Permission.READ, enterprise = "eid")
  @ResponseBody
  Map<String, Object> methane(
      @PathVariable long eid,
      @RequestParam String site,
      @RequestParam(defaultValue = "6") int hours) {
    MethanePanel p = live.methane(eid, site, hours);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("site", p.site());
    out.put("from", p.from().toString());
    out.put("to", p.to().toString());
    out.put("tco2ePerTenKNm3", Double.isNaN(p.tco2ePerTenKNm3()) ? null : p.tco2ePerTenKNm3());
    out.put(
        "series",
        p.series().stream()
            .map(
                s ->
                    Map.of(
                        "meter",
                        s.meter(),
                        "kind",
                        s.kind(),
                        "points",
                        s.points().stream().map(MeterLiveController::point).toList()))
            .toList());
    return out;
  }

  private static List<Object> point(MethanePanel.Point pt) {
    double rate = pt.tco2ePerHour();
    return List.of(
        pt.time().toEpochMilli(),
        pt.flow(),
        pt.concentration(),
        pt.ch4PerMin(),
        Double.isNaN(rate) ? "" : rate);
  }

  @PostMapping("/e/{eid}/meters/alarms/acknowledge")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String acknowledge(
      @PathVariable long eid,
      @RequestParam String code,
      @RequestParam String meter,
      @RequestParam String time,
      @RequestParam(required = false) @Nullable String comment,
      @RequestParam(required = false) @Nullable String site) {
    alarms.acknowledge(eid, code, meter, Instant.parse(time), comment);
    return back(eid, site);
  }

  @PostMapping("/e/{eid}/meters/alarms/close")
  @Requires(value = Permission.EDIT_DATA, enterprise = "eid")
  String close(
      @PathVariable long eid,
      @RequestParam String code,
      @RequestParam String meter,
      @RequestParam String time,
      @RequestParam String comment,
      @RequestParam(required = false) @Nullable String site) {
    alarms.close(eid, code, meter, Instant.parse(time), comment);
    return back(eid, site);
  }

  private static String back(long eid, @Nullable String site) {
    return "redirect:/e/"
        + eid
        + "/meters/live"
        + (site == null ? "" : "?site=" + encode(site))
        + "#alarms";
  }

  static String encode(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
