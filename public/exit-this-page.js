// Exit this page: without this script the button is an ordinary link to a neutral site.
// With it, the site also leaves when Shift is pressed three times within a second (as on
// GOV.UK), the page is hidden at once, and this page is replaced in the history so Back does
// not return to it. Anything the site kept in this browser's storage is removed first.
(function () {
  "use strict";
  var button = document.getElementById("exit-this-page");
  if (!button) return;
  var destination = button.getAttribute("href");

  function leave(event) {
    if (event) event.preventDefault();
    try {
      window.sessionStorage.clear();
      window.localStorage.clear();
    } catch (error) {
      // Storage can be switched off; leaving matters more.
    }
    document.body.classList.add("exiting");
    document.title = "Loading";
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
})();
