// MineCarbon UI glue: enterprise switcher, CSRF header for htmx, selected balance cell.
(function () {
  "use strict";

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  document.addEventListener("htmx:configRequest", function (e) {
    var c = csrf();
    if (c) {
      e.detail.headers[c.header] = c.token;
    }
  });

  document.addEventListener("change", function (e) {
    var sel = e.target.closest("[data-switcher]");
    if (!sel) {
      return;
    }
    var m = location.pathname.match(/^(.*\/e\/)(\d+)(\/[^?]*)?/);
    if (m) {
      // same page of the other enterprise (period filters do not carry over)
      location.href = m[1] + sel.value + (m[3] || "/dashboard");
    } else {
      sel.form.submit();
    }
  });

  // forms with data-confirm ask first (no inline handlers: the Content-Security-Policy forbids them)
  document.addEventListener("submit", function (e) {
    var f = e.target;
    if (f.dataset && f.dataset.confirm && !window.confirm(f.dataset.confirm)) {
      e.preventDefault();
    }
  });

  // "go back, keeping what was typed" on a refusal page: the browser restores the form
  document.addEventListener("click", function (e) {
    if (e.target.closest("[data-back]")) {
      e.preventDefault();
      history.back();
    }
  });

  // a refused boosted request (403/409/422) shows its page instead of silently doing nothing
  document.addEventListener("htmx:beforeSwap", function (e) {
    var s = e.detail.xhr.status;
    if (s === 400 || s === 403 || s === 404 || s === 409 || s === 413 || s === 415 || s === 422) {
      e.detail.shouldSwap = true;
      e.detail.isError = false;
    }
  });

  document.addEventListener("click", function (e) {
    var a = e.target.closest("table.t1 td.cell a");
    if (!a) {
      return;
    }
    document.querySelectorAll("table.t1 td.cell a.selected").forEach(function (s) {
      s.classList.remove("selected");
    });
    a.classList.add("selected");
  });

  // times rendered as <time class="local-time" datetime="ISO"> are shown in the browser's zone
  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }
  function localTimes() {
    document.querySelectorAll("time.local-time[datetime]").forEach(function (t) {
      var d = new Date(t.getAttribute("datetime"));
      if (!isNaN(d.getTime())) {
        t.textContent = d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate()) +
          " " + pad(d.getHours()) + ":" + pad(d.getMinutes());
        t.title = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
      }
    });
  }
  document.addEventListener("DOMContentLoaded", localTimes);

  // [data-copy="#id"] copies that field's text: Clipboard API, else a selection and execCommand;
  // the field stays selected either way, and [data-copied] shows the outcome
  document.addEventListener("click", function (e) {
    var b = e.target.closest("[data-copy]");
    if (!b) {
      return;
    }
    var field = document.querySelector(b.dataset.copy);
    var state = document.querySelector("[data-copied]");
    if (!field) {
      return;
    }
    field.focus();
    field.select();
    function done(ok) {
      if (state) {
        state.textContent = ok ? state.dataset.ok : state.dataset.fail;
        state.hidden = false;
      }
    }
    function fallback() {
      field.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (err) {
        ok = false;
      }
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  });

  // repeating rows of a list field (entry forms): add a blank row with the next number, remove one
  document.addEventListener("click", function (e) {
    var add = e.target.closest("[data-list-add]");
    var remove = e.target.closest("[data-list-remove]");
    if (!add && !remove) {
      return;
    }
    e.preventDefault();
    var list = (add || remove).closest("[data-list]");
    var rows = list.querySelectorAll("[data-list-row]");
    if (remove) {
      var row = remove.closest("[data-list-row]");
      if (rows.length > 1) {
        row.remove();
      } else {
        row.querySelectorAll("input").forEach(function (i) { i.value = ""; });
      }
      return;
    }
    var last = rows[rows.length - 1];
    var next = 0;
    rows.forEach(function (r) {
      var m = r.querySelector("input").name.match(/\.(\d+)\.[A-Za-z]+$/);
      next = Math.max(next, m ? parseInt(m[1], 10) + 1 : 0);
    });
    var copy = last.cloneNode(true);
    copy.querySelectorAll("input").forEach(function (i) {
      i.value = "";
      i.name = i.name.replace(/\.\d+\.([A-Za-z]+)$/, "." + next + ".$1");
      i.id = i.id.replace(/-\d+-([A-Za-z]+)$/, "-" + next + "-$1");
    });
    last.parentNode.appendChild(copy);
    copy.querySelector("input").focus();
  });
})();
