// Footprint pages: the stacked bar by life-cycle stage (data from the element's data-chart, no
// inline script under the CSP), polling of a running job, and upload progress of a database.
(function () {
  "use strict";

  var COLORS = { direct: "#b4532a", electricity: "#5b7fa3", upstream: "#e8a25c", removals: "#2f7d4b" };

  function fmt(v) {
    return v == null ? "—" : Number(v).toLocaleString("en-US", { maximumFractionDigits: 2 });
  }

  function chart() {
    var el = document.getElementById("chart-footprint-stages");
    if (!el || typeof echarts === "undefined") {
      return;
    }
    var d = JSON.parse(el.getAttribute("data-chart"));
    var series = Object.keys(COLORS).map(function (o) {
      return { name: el.getAttribute("data-" + o), type: "bar", stack: "total", color: COLORS[o],
               data: d.series[o], barMaxWidth: 48 };
    });
    if (d.band) {
      series.push(errorBars(el.getAttribute("data-band"), d.stages, d.band));
    }
    var c = echarts.init(el, null, { renderer: "svg" });
    c.setOption({
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: "axis", valueFormatter: fmt },
      legend: { top: 0 },
      grid: { left: 12, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: d.stages },
      yAxis: { type: "value", name: "kg CO₂e/t" },
      series: series
    });
    window.addEventListener("resize", function () { c.resize(); });
  }

  // P5–P95 of each stage as a whisker over its stacked bar (a custom series, no plugin needed)
  function errorBars(name, stages, band) {
    var stroke = { stroke: "#333", lineWidth: 1.5 };
    function line(x1, y1, x2, y2) {
      return { type: "line", shape: { x1: x1, y1: y1, x2: x2, y2: y2 }, style: stroke };
    }
    return {
      name: name, type: "custom", color: "#333", z: 10,
      data: stages.map(function (s, i) { return [i, band.p5[i], band.p95[i], band.p50[i]]; }),
      encode: { x: 0, y: [1, 2] },
      tooltip: { valueFormatter: fmt },
      renderItem: function (params, api) {
        var lo = api.coord([api.value(0), api.value(1)]);
        var hi = api.coord([api.value(0), api.value(2)]);
        return { type: "group", children: [
          line(lo[0], lo[1], hi[0], hi[1]), line(lo[0] - 8, lo[1], lo[0] + 8, lo[1]),
          line(hi[0] - 8, hi[1], hi[0] + 8, hi[1])] };
      }
    };
  }

  function poll() {
    var job = document.getElementById("footprint-job");
    if (job && job.getAttribute("data-state") === "running") {
      window.setTimeout(function () { window.location.reload(); }, 2000);
    }
  }

  function upload() {
    var form = document.getElementById("lca-db-form");
    if (!form || !window.XMLHttpRequest) {
      return;
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var bar = document.getElementById("lca-db-progress");
      var xhr = new XMLHttpRequest();
      xhr.open("POST", form.action);
      xhr.upload.addEventListener("progress", function (ev) {
        if (ev.lengthComputable) {
          bar.hidden = false;
          bar.value = ev.loaded / ev.total;
        }
      });
      xhr.addEventListener("load", function () {
        // a started import answers with a redirect to its progress page: go there (it polls)
        if (xhr.responseURL && xhr.responseURL.indexOf("/lca/databases/imports/") >= 0) {
          window.location.assign(xhr.responseURL);
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
        if (xhr.responseURL) {
          window.history.replaceState(null, "", xhr.responseURL);
        }
      });
      xhr.send(new FormData(form));
    });
  }

  // A process's direct contributions (top N and the rest) as horizontal bars, largest on top
  function contributions() {
    var el = document.getElementById("chart-process-contributions");
    if (!el || typeof echarts === "undefined") {
      return;
    }
    var d = JSON.parse(el.getAttribute("data-chart"));
    var names = d.names.map(function (n) { return n === "…" ? el.getAttribute("data-rest") : n; });
    var c = echarts.init(el, null, { renderer: "svg" });
    c.setOption({
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: fmt },
      grid: { left: 12, right: 24, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: "value", name: d.unit },
      yAxis: { type: "category", data: names.slice().reverse(), inverse: false,
               axisLabel: { width: 260, overflow: "truncate" } },
      series: [{ type: "bar", color: "#e8a25c", barMaxWidth: 24, data: d.values.slice().reverse() }]
    });
    window.addEventListener("resize", function () { c.resize(); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    chart();
    contributions();
    poll();
    upload();
  });
})();
