/* Site search: progressively enhances /search/. Reads the sharded index that SearchIndex.java
   writes (meta.json, t-XX.json term shards, d-N.json document chunks) and downloads only the
   shards of the words typed and the chunks of the results shown. Without JavaScript, or when the
   index cannot be loaded, the page keeps its A to Z list. No framework, no other origin. What it
   says is the page's: the form's data-msg-* attributes, the theme's messages in the page's
   language, with {0}, {1}… for what it fills in. */
(function () {
  'use strict';
  var form = document.getElementById('search');
  if (!form || !window.fetch || !String.prototype.normalize) return;
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var metaUrl = form.getAttribute('data-index');
  /* A message of the page with its {0}, {1}… filled in. */
  function text(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return (form.getAttribute('data-msg-' + name) || '').replace(/\{(\d+)\}/g, function (all, n) {
      return n < args.length ? String(args[n]) : all;
    });
  }
  var base = metaUrl.slice(0, metaUrl.lastIndexOf('/') + 1);
  /* Result hrefs are relative to /search/, the folder above the index. The later pages of the A to
     Z list (/search/page/2/) search too, so hrefs are resolved from /search/, not from the page. */
  var resultsBase = new URL(base + '../', location.href);
  var PAGE = 20;
  var cache = {};
  var latest = 0;
  var timer = 0;
  var ranked = [];
  var shown = 0;

  form.hidden = false;
  document.getElementById('search-fallback').hidden = true;

  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(base + name).then(function (r) {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        return r.json();
      });
      cache[name].catch(function () { delete cache[name]; });
    }
    return cache[name];
  }

  /* The same normalization as SearchIndex.terms: accents removed, lowercased, split at anything
     that is not a letter or digit, short words and stop words left out, then folded with the
     index's own rules (spelling variants and plurals: "behaviours" becomes "behavior"). */
  function terms(text, meta) {
    var stop = new Set(meta.stop);
    var folds = meta.fold.map(function (r) { return [new RegExp(r[0], 'u'), r[1]]; });
    var seen = new Set();
    text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .forEach(function (t) {
        var chars = Array.from(t);
        if (chars.length < 2 || stop.has(t)) return;
        var term = chars.slice(0, 32).join('');
        folds.forEach(function (r) { term = term.replace(r[0], r[1]); });
        seen.add(term);
      });
    return Array.from(seen);
  }

  function shardOf(term) {
    return Array.from(term).slice(0, 2).map(function (c) {
      return /^[a-z0-9]$/.test(c) ? c : '_' + c.codePointAt(0).toString(16);
    }).join('');
  }

  /* Score per document for one query word: the best index term it starts; an exact word counts double. */
  function match(shard, word) {
    var scores = new Map();
    Object.keys(shard).forEach(function (term) {
      if (term.lastIndexOf(word, 0) !== 0) return;
      var factor = term === word ? 2 : 1;
      var postings = shard[term];
      var doc = 0;
      for (var i = 0; i < postings.length; i += 2) {
        doc += postings[i];
        var s = postings[i + 1] * factor;
        if (!(scores.get(doc) >= s)) scores.set(doc, s);
      }
    });
    return scores;
  }

  function rank(perWord) {
    if (perWord.length === 0) return [];
    var total = new Map(perWord[0]);
    perWord.slice(1).forEach(function (scores) {
      total.forEach(function (s, doc) {
        if (scores.has(doc)) total.set(doc, s + scores.get(doc));
        else total.delete(doc);
      });
    });
    return Array.from(total.keys()).sort(function (a, b) {
      return total.get(b) - total.get(a) || a - b;
    });
  }

  function say(text) {
    status.textContent = text;
  }

  function search(query) {
    var ticket = ++latest;
    load('meta.json').then(function (meta) {
      var words = terms(query, meta);
      if (words.length === 0) {
        if (ticket !== latest) return;
        ranked = [];
        show(0, query, meta);
        return;
      }
      var known = new Set(meta.shards);
      return Promise.all(words.map(function (w) {
        var shard = shardOf(w);
        return known.has(shard) ? load('t-' + shard + '.json').then(function (s) { return match(s, w); })
          : Promise.resolve(new Map());
      })).then(function (perWord) {
        if (ticket !== latest) return;
        ranked = rank(perWord);
        return show(0, query, meta);
      });
    }).catch(function () {
      if (ticket !== latest) return;
      say(text('unavailable'));
    });
  }

  /* Shows results from index `from` on, fetching only the document chunks they fall in. */
  function show(from, query, meta) {
    var ticket = latest;
    var page = ranked.slice(from, from + PAGE);
    var chunks = Array.from(new Set(page.map(function (d) { return Math.floor(d / meta.chunk); })));
    return Promise.all(chunks.map(function (c) { return load('d-' + c + '.json'); })).then(function (loaded) {
      if (ticket !== latest) return;
      var byChunk = new Map();
      chunks.forEach(function (c, i) { byChunk.set(c, loaded[i]); });
      if (from === 0) list.textContent = '';
      var first = null;
      page.forEach(function (d) {
        var li = item(byChunk.get(Math.floor(d / meta.chunk))[d % meta.chunk]);
        if (!first) first = li.querySelector('a');
        list.appendChild(li);
      });
      shown = from + page.length;
      list.hidden = shown === 0;
      more.hidden = shown >= ranked.length;
      var q = text('query', query.trim());
      if (ranked.length === 0) say(query.trim() ? text('none', q) : '');
      else if (shown < ranked.length) say(text('showing', shown, ranked.length, q));
      else say(text(ranked.length === 1 ? 'one' : 'other', ranked.length, q));
      if (from > 0 && first) first.focus();
    });
  }

  /* doc: [title, kind, iso date, display date, summary, href] */
  function item(doc) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = new URL(doc[5], resultsBase).href;
    a.textContent = doc[0];
    li.appendChild(a);
    li.appendChild(document.createTextNode(' '));
    var kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = doc[1];
    li.appendChild(kind);
    if (doc[2]) {
      var meta = document.createElement('span');
      meta.className = 'meta';
      var time = document.createElement('time');
      time.dateTime = doc[2];
      time.textContent = doc[3];
      meta.appendChild(time);
      li.appendChild(meta);
    }
    if (doc[4]) {
      var p = document.createElement('p');
      p.textContent = doc[4];
      li.appendChild(p);
    }
    return li;
  }

  function remember(query) {
    try {
      history.replaceState(null, '', query ? '?q=' + encodeURIComponent(query) : location.pathname);
    } catch (e) {
      /* Some browsers refuse for pages opened from disk; the search still works. */
    }
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      remember(input.value);
      search(input.value);
    }, 250);
  });
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    clearTimeout(timer);
    remember(input.value);
    search(input.value);
  });
  more.addEventListener('click', function () {
    load('meta.json').then(function (meta) { return show(shown, input.value, meta); });
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    search(initial);
  }
})();
