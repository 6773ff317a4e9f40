// The form pages' two helpers; both pages work without them.
// 1. An error summary link lands with the question's label or legend, its hint and the error in
//    view, as GOV.UK's does, not with the bare box at the top of the screen.
// 2. Leaving a form page with unsent words asks first. Exit this page never asks.
(function () {
  "use strict";

  // 1. The label (or a date's legend) above the field, scrolled to; the field takes focus.
  function questionStart(field) {
    var fieldset = field.closest("fieldset");
    if (fieldset) {
      var legend = fieldset.querySelector("legend");
      if (legend) return legend;
    }
    return document.querySelector('label[for="' + field.id + '"]');
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest(".error-summary a[href^='#']");
    if (!link) return;
    var field = document.getElementById(link.getAttribute("href").slice(1));
    if (!field) return;
    var start = questionStart(field);
    if (!start) return;
    event.preventDefault();
    start.scrollIntoView();
    field.focus({ preventScroll: true });
  });

  // 2. Words count as unsent while any field of a marked form holds some (the check page's are
  //    hidden fields). Pressing one of the form's own buttons is not leaving.
  var submitting = false;
  document.addEventListener("submit", function () { submitting = true; });
  function hasUnsentWords() {
    var fields = document.querySelectorAll("form[data-unsent-words] input, form[data-unsent-words] textarea");
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i];
      if (field.type === "checkbox" || field.type === "radio") {
        if (field.checked) return true;
      } else if (field.value.trim() !== "") {
        return true;
      }
    }
    return false;
  }
  window.addEventListener("beforeunload", function (event) {
    if (submitting) return;
    if (window.exitThisPage && window.exitThisPage.isLeaving()) return;
    if (!hasUnsentWords()) return;
    event.preventDefault();
    // Older browsers need a value here to ask at all; none of them show it.
    event.returnValue = "";
  });
  // Back to this page from the back-forward cache: a new visit.
  window.addEventListener("pageshow", function () { submitting = false; });
})();
