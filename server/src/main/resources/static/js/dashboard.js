// Dashboard charts: one fetch of the page's JSON, eight ECharts charts.
(function () {
  "use strict";

  var EMISSION = ["#b4532a", "#d97a3f", "#e8a25c", "#8c5a3c", "#c4a484", "#5b7fa3", "#8aa9c7"];
  var SINK = "#2f7d4b";
  var NET = "#0f6b58";
  var charts = [];

  function fmt(v) {
    return v == null ? "—" : Number(v).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  }

  // ECharts encodes names in its default tooltips, not in a formatter's HTML: escape there.
  function esc(text) {
    return String(text == null ? "" : text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function base(extra) {
    var o = {
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: "axis", valueFormatter: fmt },
      grid: { left: 12, right: 16, top: 52, bottom: 8, containLabel: true },
      legend: { top: 0, type: "scroll" }
    };
    return Object.assign(o, extra);
  }

  function draw(id, option) {
    var el = document.getElementById(id);
    if (!el) {
      return;
    }
    var c = echarts.init(el, null, { renderer: "svg" });
    c.setOption(option);
    charts.push(c);
  }

  function empty(L) {
    return { title: { text: L.noData, left: "center", top: "middle", textStyle: { color: "#8a9a9d", fontSize: 13, fontWeight: 400 } } };
  }

  function netChart(d, L) {
    draw("chart-net", base({
      color: [EMISSION[0], SINK, NET],
      xAxis: { type: "category", data: d.years },
      yAxis: { type: "value", name: L.unit, axisLabel: { formatter: compact } },
      series: [
        { name: L.emissions, type: "bar", data: d.perYear.emissions, barMaxWidth: 36 },
        { name: L.sinks, type: "bar", data: d.perYear.sinks, barMaxWidth: 36 },
        { name: L.net, type: "line", data: d.perYear.net, symbolSize: 8, lineStyle: { width: 3 } }
      ]
    }));
  }

  function compositionChart(d, L) {
    if (!d.composition.length) {
      draw("chart-composition", empty(L));
      return;
    }
    draw("chart-composition", {
      color: EMISSION,
      tooltip: { trigger: "item", valueFormatter: fmt },
      legend: { type: "scroll", bottom: 0 },
      series: [{
        type: "pie", radius: ["36%", "58%"], center: ["50%", "46%"],
        label: { formatter: "{d}%" },
        data: d.composition.map(function (c) { return { name: c.name, value: c.value }; })
      }]
    });
  }

  function waterfallChart(d, L) {
    var steps = d.waterfall;
    var names = steps.map(function (s) { return s.kind === "gross" ? L.gross : s.kind === "net" ? L.net : s.name; });
    var colors = { gross: EMISSION[0], sink: SINK, net: NET };
    draw("chart-waterfall", base({
      tooltip: {
        trigger: "item",
        formatter: function (p) {
          var s = steps[p.dataIndex];
          var v = s.kind === "sink" ? -(s.high - s.low) : s.kind === "net" ? (s.low < 0 ? s.low : s.high) : s.high;
          return esc(names[p.dataIndex]) + "<br><b>" + fmt(v) + "</b> " + esc(L.unit);
        }
      },
      legend: { show: false },
      xAxis: { type: "category", data: names, axisLabel: { interval: 0, rotate: names.length > 5 ? 20 : 0 } },
      yAxis: { type: "value", name: L.unit, axisLabel: { formatter: compact } },
      series: [{
        type: "custom",
        data: steps.map(function (s, i) { return [i, s.low, s.high]; }),
        encode: { x: 0, y: [1, 2] },
        renderItem: function (params, api) {
          var lo = api.coord([api.value(0), api.value(1)]);
          var hi = api.coord([api.value(0), api.value(2)]);
          var w = Math.min(api.size([1, 0])[0] * 0.55, 56);
          var s = steps[params.dataIndex];
          return {
            type: "rect",
            shape: { x: lo[0] - w / 2, y: hi[1], width: w, height: Math.max(lo[1] - hi[1], 1) },
            style: { fill: colors[s.kind] }
          };
        }
      }]
    }));
  }

  // A year with monthly rows: its 12 months stacked by column, the previous year's total dashed
  // (year-on-year); otherwise one point per year.
  function trendChart(d, L) {
    var m = d.monthly;
    if (m && m.series.length) {
      var months = [];
      for (var i = 1; i <= 12; i++) { months.push(L.month.replace("{0}", i)); }
      var series = m.series.map(function (s) {
        return { name: s.name, type: "line", stack: "e", areaStyle: { opacity: 0.75 }, symbol: "circle", data: s.data };
      });
      if (m.previous) {
        series.push({ name: L.previousYear.replace("{0}", m.previous.year), type: "line", data: m.previous.data,
          lineStyle: { type: "dashed", width: 2, color: "#444" }, itemStyle: { color: "#444" }, symbol: "none" });
      }
      draw("chart-trend", base({
        color: EMISSION,
        xAxis: { type: "category", data: months, boundaryGap: false },
        yAxis: { type: "value", name: L.unit, axisLabel: { formatter: compact } },
        series: series
      }));
      return;
    }
    draw("chart-trend", base({
      color: EMISSION,
      xAxis: { type: "category", data: d.years, boundaryGap: d.years.length < 2 },
      yAxis: { type: "value", name: L.unit, axisLabel: { formatter: compact } },
      series: d.trend.map(function (s) {
        return { name: s.name, type: d.years.length < 2 ? "bar" : "line", stack: "e", areaStyle: { opacity: 0.75 }, symbol: "circle", data: s.data };
      })
    }));
  }

  function intensityChart(d, L) {
    var series = d.intensity.series;
    if (!series.length) {
      draw("chart-intensity", empty(L));
      return;
    }
    draw("chart-intensity", base({
      color: [NET, "#5b7fa3", "#b4532a", "#8c5a3c"],
      tooltip: { trigger: "axis", valueFormatter: function (v) { return v == null ? "—" : Number(v).toFixed(4); } },
      xAxis: { type: "category", data: d.years },
      // one axis per product: 0.0095 and 0.97 tCO2e/t do not share a scale
      yAxis: series.map(function (s, i) {
        return { type: "value", name: s.name, position: i % 2 ? "right" : "left", offset: Math.floor(i / 2) * 56,
          alignTicks: true, axisLine: { show: true }, axisLabel: { formatter: function (v) { return Number(v).toFixed(4); } } };
      }),
      series: series.map(function (s, i) {
        var o = { name: s.name, type: "line", data: s.data, symbolSize: 8, connectNulls: true, yAxisIndex: i };
        if (s.benchmark != null) {
          o.markLine = {
            symbol: "none", lineStyle: { type: "dashed", color: SINK },
            label: { formatter: L.benchmark + " " + s.benchmark, position: "insideEndTop" },
            data: [{ yAxis: s.benchmark }]
          };
        }
        return o;
      })
    }));
  }

  function scopeChart(d, L) {
    draw("chart-scope", base({
      color: [EMISSION[0], "#5b7fa3"],
      xAxis: { type: "category", data: d.years },
      yAxis: { type: "value", name: L.unit, axisLabel: { formatter: compact } },
      series: [
        { name: L.scope1, type: "bar", stack: "s", data: d.perYear.scope1, barMaxWidth: 40 },
        { name: L.scope2, type: "bar", stack: "s", data: d.perYear.scope2, barMaxWidth: 40 }
      ]
    }));
  }

  function barsChart(id, items, color, L) {
    if (!items.length) {
      draw(id, empty(L));
      return;
    }
    var rev = items.slice().reverse();
    draw(id, base({
      color: [color],
      grid: { left: 12, right: 72, top: 28, bottom: 8, containLabel: true },
      legend: { show: false },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: fmt },
      xAxis: { type: "value", name: L.unit, axisLabel: { formatter: compact } },
      yAxis: { type: "category", data: rev.map(function (i) { return i.name; }) },
      series: [{ type: "bar", data: rev.map(function (i) { return i.value; }), barMaxWidth: 26,
        label: { show: true, position: "right", formatter: function (p) { return fmt(p.value); } } }]
    }));
  }

  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e6) { return (v / 1e6).toFixed(a >= 1e7 ? 0 : 1) + "M"; }
    if (a >= 1e3) { return (v / 1e3).toFixed(a >= 1e4 ? 0 : 1) + "k"; }
    return String(v);
  }


  // Issue 13: actual annual emissions beside the chosen plan run's path and targets; the tooltip
  // names the plan, version and run the path comes from.
  function trajectoryChart(d, L) {
    var t = d.trajectory;
    var el = document.getElementById("chart-trajectory");
    if (!t || !el) {
      return;
    }
    var marks = [];
    t.targets.forEach(function (x) {
      if (x.kind === "peak" || x.kind === "neutral") {
        marks.push({ xAxis: x.year, label: { formatter: (x.kind === "peak" ? L.peak : L.neutral) + " " + x.year } });
      }
    });
    var caps = t.targets.filter(function (x) { return x.kind === "cap"; }).map(function (x) {
      return { coord: [x.year, x.value], value: x.value, name: L.cap + " " + x.year };
    });
    var series = [
      { name: L.actual, type: "line", data: t.actual, symbolSize: 8, lineStyle: { width: 3 }, connectNulls: true },
      { name: L.path, type: "line", data: t.path, symbol: "circle", showSymbol: t.years.length <= 15, lineStyle: { type: "dashed", width: 2 }, connectNulls: true,
        markLine: { symbol: "none", lineStyle: { type: "dotted", color: "#444" }, label: { position: "insideEndTop" }, data: marks },
        markPoint: { symbol: "pin", symbolSize: 36, itemStyle: { color: "#b03030" },
          label: { formatter: function (p) { return compact(p.value); } }, data: caps } },
      { name: L.pathNet, type: "line", data: t.net, symbol: "none", lineStyle: { type: "dotted", width: 2 }, connectNulls: true }
    ];
    var yAxis = [{ type: "value", name: L.unit, axisLabel: { formatter: compact } }];
    var i = t.intensity;
    if (i) {
      yAxis.push({ type: "value", name: L.unitIntensityAxis, position: "right", alignTicks: true,
        axisLabel: { formatter: function (v) { return Number(v).toFixed(4); } } });
      var limit = i.limit == null ? null : {
        symbol: "none", lineStyle: { type: "dashed", color: SINK },
        label: { formatter: L.intensityLimit + " " + Number(i.limit).toFixed(4), position: "insideEndTop" },
        data: [[{ coord: [String(i.year), i.limit] }, { coord: [t.years[t.years.length - 1], i.limit] }]]
      };
      series.push({ name: L.actualIntensity + " · " + t.productName, type: "line", yAxisIndex: 1, data: i.actual,
        symbol: "diamond", symbolSize: 7, connectNulls: true });
      var s = { name: L.pathIntensity + " · " + t.productName, type: "line", yAxisIndex: 1, data: i.path,
        symbol: "none", lineStyle: { type: "dashed" }, connectNulls: true };
      if (limit) { s.markLine = limit; }
      series.push(s);
    }
    draw("chart-trajectory", base({
      color: [EMISSION[0], "#5b7fa3", NET, "#8c5a3c", SINK],
      tooltip: { trigger: "axis", formatter: function (ps) {
        var rows = ps.filter(function (p) { return p.value != null; }).map(function (p) {
          return p.marker + esc(p.seriesName) + ": " + (p.seriesIndex > 2 ? Number(p.value).toFixed(4) : fmt(p.value));
        });
        return esc(ps.length ? ps[0].axisValue : "") + "<br>" + rows.join("<br>") + "<br><span style=\"color:#666\">" + esc(t.source) + "</span>";
      } },
      xAxis: { type: "category", data: t.years },
      yAxis: yAxis,
      series: series
    }));
    el.setAttribute("data-ready", "true");
  }

  function render(d) {
    var L = d.labels;
    netChart(d, L);
    compositionChart(d, L);
    waterfallChart(d, L);
    trendChart(d, L);
    trajectoryChart(d, L);
    intensityChart(d, L);
    scopeChart(d, L);
    barsChart("chart-site", d.bySite, "#5b7fa3", L);
    barsChart("chart-stage", d.byStage, "#8c5a3c", L);
    document.getElementById("dashboard").setAttribute("data-ready", "true");
  }

  function start() {
    var root = document.getElementById("dashboard");
    if (!root || typeof echarts === "undefined") {
      return;
    }
    fetch(root.getAttribute("data-url"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(render);
    window.addEventListener("resize", function () {
      charts.forEach(function (c) { c.resize(); });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
