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

  document.addEventListener("DOMContentLoaded", function () {
    chart();
    poll();
    upload();
  });
})();
