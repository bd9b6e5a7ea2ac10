// Loaded only in SCORM packages, as a classic script: it runs even when the unzipped package is opened
// from disk (a file:// address), where the course's module scripts are blocked. Then the course cannot
// run or save progress, so instead of a blank page it says what to do.
(function () {
  if (window.location.protocol !== 'file:') return;
  var show = function () {
    var root = document.getElementById('root') || document.body;
    root.innerHTML =
      '<main style="max-width:40rem;margin:3rem auto;padding:0 1rem;font:1.1rem/1.5 system-ui,sans-serif">' +
      '<h1>This course must be uploaded to a learning system</h1>' +
      '<p>This folder is a SCORM package. Upload its zip file to your learning management system (LMS), ' +
      'then open the course from there: opened straight from a folder on this computer, it cannot run ' +
      'or save your progress.</p>' +
      '<p>To try the course without an LMS, use the web version of Servewell instead.</p></main>';
  };
  if (document.getElementById('root')) show();
  else document.addEventListener('DOMContentLoaded', show);
})();
