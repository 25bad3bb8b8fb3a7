// Newsroom editor autosave: every 15 seconds, if the form changed, it is saved in the background with the
// version it is based on. A newer version saved by someone else stops autosaving and says so; nothing is
// overwritten. Without JavaScript the Save button does the same.
(function () {
  'use strict';
  var form = document.getElementById('story-form');
  if (!form || !form.dataset.autosave) { return; }
  var status = document.getElementById('autosave-status');
  var versionField = form.querySelector('input[name="version"]');
  var dirty = false;
  var stopped = false;
  form.addEventListener('input', function () { dirty = true; });
  form.addEventListener('submit', function () { stopped = true; });
  function say(text) { if (status) { status.textContent = text; } }
  function save() {
    if (!dirty || stopped) { return; }
    dirty = false;
    var data = new FormData(form);
    data.delete('photoFile');
    fetch(form.dataset.autosave, { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 409) {
          stopped = true;
          say('Someone else saved a newer version. Save to see both versions.');
          return null;
        }
        if (!response.ok) { dirty = true; say('Autosave failed; your text is still here.'); return null; }
        return response.json();
      })
      .then(function (body) {
        if (body && body.version) {
          versionField.value = body.version;
          say('Saved automatically at ' + body.savedAt + '.');
        }
      })
      .catch(function () { dirty = true; say('Autosave failed; your text is still here.'); });
  }
  setInterval(save, 15000);
}());
