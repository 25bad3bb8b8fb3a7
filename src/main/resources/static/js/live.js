// Live News Line: listens to the page's event stream and shows "N new stories" when a story newer than the
// newest one on the page is published. Builds text with textContent only (never HTML). Pages work without it.
(function () {
  'use strict';
  var box = document.querySelector('[data-live-src]');
  if (!box || !('EventSource' in window)) {
    return;
  }
  var link = box.querySelector('.live-link');
  var refresh = link.getAttribute('href');
  var newest = Number(box.getAttribute('data-newest')) || 0;
  var category = box.getAttribute('data-category') || '';
  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;
  var seen = {};
  var count = 0;
  var flash = null;

  function label(n) {
    var form = rules ? rules.select(n) : (n === 1 ? 'one' : 'other');
    var pattern = box.getAttribute('data-' + form) || box.getAttribute('data-other');
    return pattern.replace('{0}', String(n));
  }

  function render() {
    link.textContent = label(count);
    if (flash) {
      var line = document.createElement('span');
      line.className = 'live-flash-headline';
      line.textContent = box.getAttribute('data-flash') + ': ' + flash.headline;
      link.appendChild(line);
      box.classList.add('live-flash');
    }
    box.hidden = false;
  }

  var source = new EventSource(box.getAttribute('data-live-src'));
  source.addEventListener('story', function (event) {
    var story;
    try {
      story = JSON.parse(event.data);
    } catch (e) {
      return;
    }
    if (seen[story.id] || story.publishedAt <= newest || (category && story.category !== category)) {
      return;
    }
    seen[story.id] = true;
    count += 1;
    if (story.urgency === 'flash') {
      flash = story;
    }
    // A distinct address per newest story: a page cache (ours or a CDN's) that has not yet been told of
    // the publish cannot answer it with the page from before.
    link.setAttribute('href', refresh + (refresh.indexOf('?') < 0 ? '?' : '&') + 'fresh=' + story.id);
    render();
  });
})();
