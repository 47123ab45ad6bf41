// Plan result charts: the pathway (baseline vs planned, reductions stacked by seed-004 path,
// removals and allowances) and the MACC (bar width = abatement, height = cost per tonne, sorted).
(function () {
  "use strict";

  var PATH_COLORS = ["#0f6b58", "#5b7fa3", "#8c5a3c", "#2f7d4b", "#8a9a9d"];

  function fmt(v) {
    return v == null ? "—" : Number(v).toLocaleString("en-US", { maximumFractionDigits: 2 });
  }

  function pathway(d, L) {
    var el = document.getElementById("chart-pathway");
    var series = [
      { name: L.emissions, type: "line", stack: "e", areaStyle: { opacity: 0.15 }, data: d.emissions, color: "#b4532a" }
    ];
    for (var i = 0; i < 5; i++) {
      var key = ["碳减排", "碳替代", "碳封存", "碳循环", "其他"][i];
      var values = d.paths[key] || [];
      if (values.some(function (v) { return v > 0; })) {
        series.push({ name: L["p" + i], type: "line", stack: "e", areaStyle: {}, symbol: "none",
          data: values, color: PATH_COLORS[i] });
      }
    }
    series.push({ name: L.baseline, type: "line", data: d.baseline, color: "#333", lineStyle: { type: "dashed" } });
    series.push({ name: L.removals, type: "bar", data: d.removals.map(function (v) { return -v; }), color: "#2f7d4b" });
    series.push({ name: L.allowances, type: "bar", data: d.allowances.map(function (v) { return -v; }), color: "#d97a3f" });
    var c = echarts.init(el, null, { renderer: "svg" });
    c.setOption({
      tooltip: { trigger: "axis", valueFormatter: fmt },
      legend: { top: 0, type: "scroll" },
      grid: { left: 12, right: 16, top: 52, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: d.years },
      yAxis: { type: "value", name: L.unit },
      series: series
    });
    return c;
  }

  function macc(d, L) {
    var el = document.getElementById("chart-macc");
    var items = d.macc.slice().sort(function (a, b) { return a.costPerTonne - b.costPerTonne; });
    var x = 0;
    var data = items.map(function (m) {
      var from = x;
      x += m.abatement;
      return [from, x, m.costPerTonne, m.name];
    });
    var c = echarts.init(el, null, { renderer: "svg" });
    c.setOption({
      tooltip: { formatter: function (p) { return String(p.value[3]).replace(/[&<>"']/g, "") + ": " + fmt(p.value[2]) + " " + L.cpt + " · " + fmt(p.value[1] - p.value[0]) + " " + L.unit; } },
      grid: { left: 12, right: 16, top: 24, bottom: 8, containLabel: true },
      xAxis: { type: "value", name: L.unit, max: Math.max(x, 1) },
      yAxis: { type: "value", name: L.cpt,
        max: function (v) { return Math.max(v.max, (d.prices || []).reduce(function (m, p) { return Math.max(m, p.price * 1.1); }, v.max)); } },
      series: [{
        type: "custom",
        renderItem: function (params, api) {
          var a = api.coord([api.value(0), 0]);
          var b = api.coord([api.value(1), api.value(2)]);
          return { type: "rect", shape: { x: a[0], y: Math.min(a[1], b[1]), width: Math.max(1, b[0] - a[0]), height: Math.abs(b[1] - a[1]) },
            style: api.style({ fill: api.value(2) < 0 ? "#2f7d4b" : "#b4532a", stroke: "#fff" }) };
        },
        encode: { x: [0, 1], y: 2 },
        data: data,
        markLine: {
          symbol: "none",
          lineStyle: { type: "dashed", color: "#1F3864" },
          label: { position: "insideEndTop", formatter: function (p) { return String(p.name).replace(/[&<>"']/g, "") + " " + fmt(p.value); } },
          data: (d.prices || []).map(function (p) { return { name: (L["s" + p.name] || p.name), yAxis: p.price }; })
        }
      }]
    });
    return c;
  }

  function init() {
    var holder = document.getElementById("plan-charts");
    var l10n = document.getElementById("plan-l10n");
    if (!holder || !l10n || typeof echarts === "undefined") {
      return;
    }
    var d = JSON.parse(holder.getAttribute("data-chart"));
    var L = l10n.dataset;
    var charts = [pathway(d, L), macc(d, L)];
    holder.setAttribute("data-ready", "true");
    window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
