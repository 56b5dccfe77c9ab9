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

  // SLA countdowns: "12:04 left" while running, "breached 3 min ago" after the deadline.
  function countdown(root) {
    root.querySelectorAll("[data-due]").forEach(function (el) {
      var due = new Date(el.getAttribute("data-due"));
      if (isNaN(due.getTime())) return;
      var left = Math.round((due.getTime() - Date.now()) / 1000);
      if (left <= 0) {
        el.textContent = "breached " + relative(due);
        el.classList.add("sla-breached");
        return;
      }
      var minutes = Math.floor(left / 60), seconds = left % 60;
      var hours = Math.floor(minutes / 60);
      el.textContent = (hours > 0 ? hours + " h " + (minutes % 60) + " min" : minutes + ":" + (seconds < 10 ? "0" : "") + seconds) + " left";
    });
  }

  document.addEventListener("DOMContentLoaded", function () { render(document); countdown(document); });
  document.addEventListener("htmx:afterSwap", function (event) {
    render(event.detail.target.parentNode || document);
    countdown(event.detail.target.parentNode || document);
  });
  setInterval(function () { countdown(document); }, 1000);
})();
