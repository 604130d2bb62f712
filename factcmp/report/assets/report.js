/* factcmp report: select a finding to highlight its evidence in every source; filter findings by kind and slot.
   The page works without this script (everything is shown); it reads only attributes the report wrote. */
(function () {
  "use strict";
  var findings = Array.prototype.slice.call(document.querySelectorAll(".finding"));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".event-group"));
  var filters = document.querySelector(".filters");
  var emptyNote = document.querySelector(".findings-panel .empty");
  var selected = null;

  function each(list, action) { Array.prototype.forEach.call(list, action); }

  function marksOf(findingId) {
    // Finding ids are the report's own (f1, f2 ...), never document text.
    return document.querySelectorAll('.ev[data-f~="' + findingId + '"]');
  }

  /* Centre a mark in its own scrolling text pane, without moving the page. */
  function revealInPane(mark) {
    var pane = mark.closest(".text");
    if (!pane) { return; }
    var markBox = mark.getBoundingClientRect();
    var paneBox = pane.getBoundingClientRect();
    pane.scrollTop += (markBox.top - paneBox.top) - (pane.clientHeight - markBox.height) / 2;
  }

  function clearSelection() {
    each(document.querySelectorAll(".ev.hl"), function (mark) { mark.classList.remove("hl"); });
    if (selected) {
      selected.classList.remove("selected");
      selected.setAttribute("aria-pressed", "false");
    }
    selected = null;
  }

  function select(finding) {
    var again = finding === selected;
    clearSelection();
    if (again) { return; }
    selected = finding;
    finding.classList.add("selected");
    finding.setAttribute("aria-pressed", "true");
    var marks = marksOf(finding.getAttribute("data-finding"));
    var firstInPane = [];
    each(marks, function (mark) {
      mark.classList.add("hl");
      var pane = mark.closest(".text");
      if (firstInPane.every(function (seen) { return seen.closest(".text") !== pane; })) { firstInPane.push(mark); }
    });
    firstInPane.forEach(revealInPane);
    if (firstInPane.length) {
      var source = firstInPane[0].closest(".source");
      var box = source.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) { source.scrollIntoView({ block: "nearest" }); }
    }
  }

  each(findings, function (finding) {
    finding.addEventListener("click", function () { select(finding); });
    finding.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select(finding);
      }
    });
  });

  /* Clicking highlighted evidence in a source selects the (first) finding it belongs to. */
  each(document.querySelectorAll(".ev"), function (mark) {
    mark.addEventListener("click", function () {
      var first = (mark.getAttribute("data-f") || "").split(" ")[0];
      var finding = first && document.getElementById(first);
      if (finding && !finding.hidden) {
        if (finding !== selected) { select(finding); }
        finding.scrollIntoView({ block: "nearest" });
      }
    });
  });

  function checkedValues(name) {
    var values = {};
    each(filters.querySelectorAll('input[name="' + name + '"]'), function (box) { values[box.value] = box.checked; });
    return values;
  }

  function applyFilters() {
    var kinds = checkedValues("kind");
    var slots = checkedValues("slot");
    var shown = 0;
    findings.forEach(function (finding) {
      var visible = kinds[finding.getAttribute("data-kind")] !== false && slots[finding.getAttribute("data-slot")] !== false;
      finding.hidden = !visible;
      if (!visible && finding === selected) { clearSelection(); }
      shown += visible ? 1 : 0;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector(".finding:not([hidden])");
    });
    if (emptyNote) { emptyNote.hidden = shown > 0 || findings.length === 0; }
  }

  if (filters) {
    filters.addEventListener("change", applyFilters);
    applyFilters();
  }
})();
