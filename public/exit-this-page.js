// Exit this page: without this script the button is an ordinary link to a neutral site.
// With it, the site also leaves when Shift is pressed three times within a second (as on
// GOV.UK), the page is hidden at once, and this page is replaced in the history so Back does
// not return to it. Anything the site kept in this browser's storage is removed first, and
// every form field is emptied, so a copy of the page the browser keeps for Back holds no words.
(function () {
  "use strict";
  var button = document.getElementById("exit-this-page");
  if (!button) return;
  var destination = button.getAttribute("href");

  // Screen readers hear about the Shift shortcut only now that it works.
  var plainHint = button.querySelector('[data-exit-hint="plain"]');
  var shortcutHint = button.querySelector('[data-exit-hint="shortcut"]');
  if (plainHint && shortcutHint) {
    plainHint.hidden = true;
    shortcutHint.hidden = false;
  }

  // Hidden fields carry a form's answers on the check page; text boxes hold them on the
  // questions. Both go, and so does the check page's list of answers.
  function emptyForms() {
    var fields = document.querySelectorAll("form input, form textarea, form select");
    for (var i = 0; i < fields.length; i += 1) {
      var field = fields[i];
      if (field.type === "hidden") field.parentNode.removeChild(field);
      else if (field.type === "checkbox" || field.type === "radio") field.checked = false;
      else field.value = "";
    }
    var main = document.getElementById("main-content");
    if (main && document.querySelector("form")) main.textContent = "";
  }

  var exiting = false;
  function leave(event) {
    if (event) event.preventDefault();
    exiting = true;
    try {
      window.sessionStorage.clear();
      window.localStorage.clear();
    } catch (error) {
      // Storage can be switched off; leaving matters more.
    }
    document.body.classList.add("exiting");
    document.title = "Loading";
    emptyForms();
    window.location.replace(destination);
  }

  button.addEventListener("click", leave);

  var presses = 0;
  var timer = null;
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") {
      presses = 0;
      return;
    }
    presses += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { presses = 0; }, 1000);
    if (presses >= 3) leave();
  });

  // A page brought back whole by Back (the back-forward cache) could still show what was
  // typed, or be the blank page Exit left. Ask the server again instead: a form's address
  // by GET is always an empty form, and a guide page holds nothing typed.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted && (exiting || document.querySelector("form"))) {
      emptyForms();
      window.location.replace(window.location.href);
    }
  });

  // Other scripts (the form page's prompt before leaving) ask whether this is Exit.
  window.exitThisPage = { isLeaving: function () { return exiting; } };
})();
