// The agent's keyboard and composer helpers. No inline handlers anywhere: the CSP allows only this file.
//   Inbox: j / k move, Enter or o opens the selected case.
//   Case:  r reply, a assign, e resolve, n note, u back to the inbox.
//   Anywhere: ? shows the shortcuts.
(function () {
  "use strict";

  var SHORTCUTS = [
    ["j / k", "next / previous case in the inbox"],
    ["Enter", "open the selected case"],
    ["r", "write a reply"],
    ["a", "assign the case"],
    ["e", "resolve the case"],
    ["n", "add an internal note"],
    ["u", "back to the inbox"],
    ["?", "show or hide this help"]
  ];

  function typing(event) {
    var tag = (event.target.tagName || "").toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || event.target.isContentEditable;
  }

  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".case-row")); }

  var selectedId = null;

  function select(index) {
    var all = rows();
    if (all.length === 0) return;
    index = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row) { row.classList.remove("selected"); });
    all[index].classList.add("selected");
    all[index].scrollIntoView({ block: "nearest" });
    selectedId = all[index].getAttribute("data-case-id");
  }

  function selectedIndex() {
    var all = rows();
    for (var i = 0; i < all.length; i++) {
      if (all[i].getAttribute("data-case-id") === selectedId) return i;
    }
    return -1;
  }

  function helpOverlay() {
    var existing = document.getElementById("shortcut-help");
    if (existing) return existing;
    var overlay = document.createElement("div");
    overlay.id = "shortcut-help";
    overlay.className = "shortcut-help";
    overlay.hidden = true;
    overlay.setAttribute("role", "dialog");
    overlay.setAttribute("aria-label", "Keyboard shortcuts");
    var card = document.createElement("div");
    card.className = "card";
    var title = document.createElement("h2");
    title.textContent = "Keyboard shortcuts";
    var list = document.createElement("dl");
    SHORTCUTS.forEach(function (pair) {
      var key = document.createElement("dt");
      var kbd = document.createElement("kbd");
      kbd.textContent = pair[0];
      key.appendChild(kbd);
      var what = document.createElement("dd");
      what.textContent = pair[1];
      list.appendChild(key);
      list.appendChild(what);
    });
    card.appendChild(title);
    card.appendChild(list);
    overlay.appendChild(card);
    overlay.addEventListener("click", function () { overlay.hidden = true; });
    document.body.appendChild(overlay);
    return overlay;
  }

  function click(selector) {
    var el = document.querySelector(selector);
    if (el) el.click();
  }

  function focus(selector) {
    var el = document.querySelector(selector);
    if (el) { el.focus(); el.scrollIntoView({ block: "center" }); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") { helpOverlay().hidden = true; return; }
    if (typing(event)) return;
    switch (event.key) {
      case "?": var help = helpOverlay(); help.hidden = !help.hidden; break;
      case "j": select(selectedIndex() + 1); break;
      case "k": select(selectedIndex() <= 0 ? 0 : selectedIndex() - 1); break;
      case "Enter":
      case "o":
        var row = rows()[selectedIndex()];
        if (row) { row.click(); } else { return; }
        break;
      case "r": focus("#reply-text"); break;
      case "a": focus("#agent"); break;
      case "n": focus("#note"); break;
      case "e": click("button[data-status=resolved]"); break;
      case "u": click(".crumbs a"); break;
      default: return;
    }
    event.preventDefault();
  });

  // The inbox refreshes itself: keep the selection on the same case across refreshes.
  document.addEventListener("htmx:afterSwap", function () {
    if (selectedId === null) return;
    var index = selectedIndex();
    if (index >= 0) rows()[index].classList.add("selected");
  });

  // Bulk actions: the bar shows while cases are ticked; ticks survive the inbox's live refresh.
  var picked = new Set();

  function updateBulk() {
    var bar = document.getElementById("bulk");
    if (!bar) return;
    bar.classList.toggle("active", picked.size > 0);
    var count = bar.querySelector(".bulk-count");
    if (count) count.textContent = String(picked.size);
    var back = bar.querySelector(".bulk-back");
    if (back) back.value = window.location.search;
  }

  document.addEventListener("change", function (event) {
    if (!event.target.classList || !event.target.classList.contains("bulk-pick")) return;
    if (event.target.checked) picked.add(event.target.value); else picked.delete(event.target.value);
    updateBulk();
  });

  document.addEventListener("htmx:afterSwap", function () {
    document.querySelectorAll(".bulk-pick").forEach(function (box) { box.checked = picked.has(box.value); });
    updateBulk();
  });

  // Composer: canned responses fill the reply box; the counter follows the channel's length limit.
  function updateCounter(textarea) {
    var counter = document.querySelector(".counter");
    if (!counter) return;
    var limit = parseInt(textarea.getAttribute("data-limit") || "0", 10);
    var length = Array.from(textarea.value).length;
    counter.textContent = limit > 0 ? length + " / " + limit : length + " characters";
    counter.classList.toggle("over", limit > 0 && length > limit);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest(".canned-response") : null;
    if (!button) return;
    var textarea = document.getElementById("reply-text");
    if (!textarea) return;
    textarea.value = button.getAttribute("data-text");
    updateCounter(textarea);
    textarea.focus();
  });

  document.addEventListener("input", function (event) {
    if (event.target.id === "reply-text") updateCounter(event.target);
  });
})();
