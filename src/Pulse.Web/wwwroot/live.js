// Live updates for an organisation's pages (docs/live.md). The page works without this script; with it,
// each "import" event of /org/SLUG/live (Server-Sent Events) fetches the page again and swaps in its
// <main>, so the figures follow new messages without a reload. Same origin only (CSP script-src 'self').
(function () {
  "use strict";
  var main = document.querySelector("main[data-live]");
  if (!main || !window.EventSource || !window.fetch || !window.DOMParser) return;

  var busy = false;
  var again = false;

  // Someone typing in a form (a period, a search) keeps their input: the refresh waits until they leave it.
  function editing() {
    var active = document.activeElement;
    return active && main.contains(active) && /^(INPUT|SELECT|TEXTAREA)$/.test(active.tagName);
  }

  function refresh() {
    if (busy || editing()) { again = true; return; }
    busy = true;
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) return;
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("main");
        if (fresh) {
          main.innerHTML = fresh.innerHTML;
          main.setAttribute("data-refreshed", String(Date.now()));
        }
      })
      .catch(function () { /* the next event tries again; the page as it is stays correct for its time */ })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }

  main.addEventListener("focusout", function () { if (again && !busy) { again = false; setTimeout(refresh, 0); } });
  var source = new EventSource(main.getAttribute("data-live"));
  source.addEventListener("open", function () { main.setAttribute("data-live-state", "open"); });
  source.addEventListener("import", refresh);
})();
