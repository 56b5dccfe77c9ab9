// Shows times relative to now ("3 min ago") with the full local time on hover.
// Runs on load and after every htmx swap, so live-refreshed rows stay readable.
(function () {
  "use strict";

  function relative(date) {
    var seconds = Math.round((Date.now() - date.getTime()) / 1000);
    if (seconds < 45) return "just now";
    var minutes = Math.round(seconds / 60);
    if (minutes < 60) return minutes + " min ago";
    var hours = Math.round(minutes / 60);
    if (hours < 24) return hours + " h ago";
    return date.toLocaleDateString();
  }

  function render(root) {
    root.querySelectorAll("time[datetime]").forEach(function (el) {
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date.getTime())) return;
      el.title = date.toLocaleString();
      el.textContent = relative(date);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { render(document); });
  document.addEventListener("htmx:afterSwap", function (event) { render(event.detail.target.parentNode || document); });
})();
