// Live meter page: an EventSource on the enterprise's stream; each "readings" event re-fetches the
// site's figures (the server pushes no figures, so every fetch is permission-checked) and the
// methane panel. The browser's EventSource reconnects by itself after an error or a closed stream.
(function () {
  "use strict";
  var root = document.getElementById("live");
  if (!root) {
    return;
  }
  var status = root.querySelector("[data-live=status]");
  var texts = {
    zh: { on: "实时更新已连接", retry: "连接中断，正在重连……" },
    en: { on: "Live updates connected", retry: "Connection lost, reconnecting…" }
  };
  var lang = document.documentElement.lang && document.documentElement.lang.indexOf("en") === 0 ? "en" : "zh";
  var chart = null;

  function fmt(v, digits) {
    return Number(v).toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }

  function refreshFigures() {
    fetch(root.getAttribute("data-figures"), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (data) {
        Object.keys(data.figures).forEach(function (col) {
          ["today", "month", "year"].forEach(function (w) {
            var cell = root.querySelector("[data-figure='" + col + "-" + w + "']");
            if (cell) {
              cell.textContent = fmt(data.figures[col][w], 3);
            } else {
              window.location.reload(); // a column appeared: render it with its trace
            }
          });
        });
        root.querySelector("[data-live=asOf]").textContent = data.asOfLocal;
        root.querySelector("[data-live=readings]").textContent = data.readings;
        root.setAttribute("data-updated", String(Date.now()));
      })
      .catch(function () { /* the next event retries */ });
  }

  function kindName(kind) {
    var el = document.querySelector("#methane-kinds");
    var span = el && el.content.querySelector("[data-kind='" + kind + "']");
    return span ? span.textContent : kind;
  }

  function refreshMethane() {
    var url = root.getAttribute("data-methane");
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(drawMethane)
      .catch(function () { /* keep the last panel */ });
  }

  function drawMethane(data) {
    var body = document.getElementById("methane-latest");
    if (data.series.length) {
      body.textContent = "";
    }
    data.series.forEach(function (s) {
      var last = s.points[s.points.length - 1];
      var tr = document.createElement("tr");
      [s.meter, kindName(s.kind), fmt(last[1], 0), fmt(last[2], 2), fmt(last[3], 2),
        last[4] === "" ? "–" : fmt(last[4], 3)].forEach(function (v, i) {
        var td = document.createElement("td");
        td.textContent = v;
        if (i === 0) { td.setAttribute("data-user", ""); td.className = "mono"; }
        if (i >= 2) { td.className = "num"; }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    if (!window.echarts) {
      return;
    }
    var el = document.getElementById("chart-methane");
    chart = chart || window.echarts.init(el);
    var series = [];
    // instants shifted by the registry timezone's offset and drawn in UTC: the axis reads in the
    // registry's time (北京时间), as every other time on the page, whatever the browser's timezone
    var shift = Number(root.getAttribute("data-zone-offset") || 0) * 60000;
    data.series.forEach(function (s) {
      series.push({ name: s.meter + " %", type: "line", showSymbol: s.points.length < 3, yAxisIndex: 0,
        data: s.points.map(function (p) { return [p[0] + shift, p[2]]; }) });
      series.push({ name: s.meter + " tCO2e/h", type: "line", showSymbol: s.points.length < 3, yAxisIndex: 1,
        data: s.points.map(function (p) { return [p[0] + shift, p[4] === "" ? null : p[4]]; }) });
    });
    chart.setOption({
      useUTC: true,
      textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
      tooltip: { trigger: "axis" },
      legend: { top: 0, type: "scroll" },
      grid: { left: 12, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "time" },
      yAxis: [{ type: "value", name: "CH4 %" }, { type: "value", name: "tCO2e/h" }],
      series: series
    }, true);
  }

  var source = new EventSource(root.getAttribute("data-events"));
  source.addEventListener("open", function () { status.textContent = texts[lang].on; });
  source.addEventListener("hello", function () { status.textContent = texts[lang].on; root.setAttribute("data-connected", "true"); });
  source.addEventListener("readings", function () { refreshFigures(); refreshMethane(); });
  source.addEventListener("error", function () { status.textContent = texts[lang].retry; });
  refreshMethane();
})();
