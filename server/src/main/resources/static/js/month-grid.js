// Month grid: a multi-cell paste from Excel (tab-separated lines) into a cell spreads over the grid
// from that cell, as in a spreadsheet. Without script the paste box does the same on the server.
(function () {
  "use strict";
  document.addEventListener("paste", function (e) {
    var input = e.target.closest && e.target.closest("#grid input.cell");
    if (!input) {
      return;
    }
    var text = (e.clipboardData || window.clipboardData).getData("text");
    if (text.indexOf("\t") < 0 && text.indexOf("\n") < 0) {
      return;
    }
    e.preventDefault();
    var at = input.id.split("-");
    var line0 = parseInt(at[1], 10);
    var month0 = parseInt(at[2], 10);
    text.replace(/\r/g, "").split("\n").forEach(function (row, i) {
      if (row.length === 0) {
        return;
      }
      row.split("\t").forEach(function (value, j) {
        var cell = document.getElementById("c-" + (line0 + i) + "-" + (month0 + j));
        if (cell && !cell.readOnly) {
          cell.value = value.trim();
        }
      });
    });
  });
})();
