/* Site search: progressively enhances /search/. Reads the sharded index that SearchIndex.java
   writes (meta.json, t-XX.json term shards, d-N.json document chunks) and downloads only the
   shards of the words typed and the chunks of the results shown. Without JavaScript, or when the
   index cannot be loaded, the page keeps its A to Z list. No framework, no other origin. What it
   says is the page's: the form's data-msg-* attributes, the theme's messages in the page's
   language, with {0}, {1}… for what it fills in. */
(function () {
  'use strict';

  /* Snowball's Spanish stemmer (snowballstem.org/algorithms/spanish, BSD licence), written from
     the algorithm as Lucene 9.12 runs it (without Snowball's later '-acion' rule), so that a
     query stems as SearchIndex.java stemmed the index; SpanishSearchParityTest compares the two word by
     word. Each table maps a suffix to what its step does with it. */
  var spanishStem = (function () {
    function table(rules) {
      var t = new Map();
      Object.keys(rules).forEach(function (rule) {
        rules[rule].split(' ').forEach(function (suffix) { t.set(suffix, rule); });
      });
      return t;
    }
    var LONGEST = 8; /* the longest suffix in any table: amientos, imientos */
    var PRONOUN = table({ pronoun: 'me se sela selo selas selos la le lo las les los nos' });
    /* Before a pronoun: an accented ending loses its accent (the rule names the ending without it). */
    var BEFORE_PRONOUN = table({ iendo: 'iéndo', ando: 'ándo', ar: 'ár', er: 'ér', ir: 'ír', keep: 'ando iendo ar er ir', u: 'yendo' });
    var STANDARD = table({
      'delete': 'anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos',
      ic: 'adora ador ación adoras adores aciones ante antes ancia ancias',
      log: 'logía logías', u: 'ución uciones', ente: 'encia encias',
      amente: 'amente', mente: 'mente', idad: 'idad idades', iva: 'iva ivo ivas ivos'
    });
    var Y_VERB = table({ u: 'ya ye yan yen yeron yendo yo yó yas yes yais yamos' });
    var VERB = table({
      gu: 'en es éis emos',
      'delete': 'arían arías arán arás aríais aría aréis aríamos aremos ará aré erían erías erán erás eríais ería eréis ' +
        'eríamos eremos erá eré irían irías irán irás iríais iría iréis iríamos iremos irá iré aba ada ida ía ara iera ' +
        'ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron ado ido ando iendo ió ar er ir as abas ' +
        'adas idas ías aras ieras ases ieses ís áis abais íais arais ierais aseis ieseis asteis isteis ados idos amos ' +
        'ábamos íamos imos áramos iéramos iésemos ásemos'
    });
    var RESIDUAL = table({ 'delete': 'os a o á í ó', e: 'e é' });
    var ACUTE = { 'á': 'a', 'é': 'e', 'í': 'i', 'ó': 'o', 'ú': 'u' };

    return function (word) {
      var w = word;
      var n = w.length;
      function vowel(i) { return i < n && 'aeiouáéíóúü'.indexOf(w.charAt(i)) >= 0; }
      /* The index just after the first vowel (or non-vowel) from i on; -1 if there is none. */
      function past(i, isVowel) {
        for (; i < n; i++) if (vowel(i) === isVowel) return i + 1;
        return -1;
      }
      /* RV: after the next vowel if the second letter is a consonant, after the next consonant if
         the first two are vowels, else after the third letter. R1: after the first non-vowel that
         follows a vowel; R2: the same again within R1. Each is the word's end if there is none. */
      var rv = n;
      var r1 = n;
      var r2 = n;
      var at = vowel(0) ? past(2, !vowel(1)) : !vowel(1) ? past(2, true) : n >= 3 ? 3 : -1;
      if (at >= 0) rv = at;
      at = past(0, true);
      if (at >= 0) at = past(at, false);
      if (at >= 0) {
        r1 = at;
        at = past(at, true);
        if (at >= 0) at = past(at, false);
        if (at >= 0) r2 = at;
      }

      /* The longest suffix of w[0, end) in the table that starts at `from` or later, or ''. */
      function find(t, end, from) {
        for (var k = Math.min(LONGEST, end - from); k > 0; k--) {
          if (t.has(w.slice(end - k, end))) return w.slice(end - k, end);
        }
        return '';
      }
      function ends(s) { return w.slice(-s.length) === s; }
      function drop(s, from) {
        if (!ends(s) || w.length - s.length < from) return false;
        w = w.slice(0, w.length - s.length);
        return true;
      }

      /* Step 0: a pronoun attached to a gerund or infinitive that lies in RV. */
      var pronoun = find(PRONOUN, w.length, 0);
      if (pronoun) {
        var end = w.length - pronoun.length;
        var before = find(BEFORE_PRONOUN, end, 0);
        var start = end - before.length;
        var rule = BEFORE_PRONOUN.get(before);
        if (before && start >= rv) {
          if (rule === 'keep' || (rule === 'u' && w.charAt(start - 1) === 'u')) w = w.slice(0, end);
          else if (rule !== 'u') w = w.slice(0, start) + rule;
        }
      }

      /* Step 1, the standard suffixes in R2 (amente in R1); else step 2a, verb forms in y after u;
         else step 2b, the other verb endings. Each in its region, or not at all. */
      function standard() {
        var suffix = find(STANDARD, w.length, 0);
        var rule = STANDARD.get(suffix);
        if (!suffix || !drop(suffix, rule === 'amente' ? r1 : r2)) return false;
        if (rule === 'log' || rule === 'u' || rule === 'ente') w += rule;
        else if (rule === 'ic') drop('ic', r2);
        else if (rule === 'amente') {
          if (drop('iv', r2)) drop('at', r2);
          else ['os', 'ic', 'ad'].some(function (s) { return drop(s, r2); });
        } else if (rule === 'mente') ['ante', 'able', 'ible'].some(function (s) { return drop(s, r2); });
        else if (rule === 'idad') ['abil', 'ic', 'iv'].some(function (s) { return drop(s, r2); });
        else if (rule === 'iva') drop('at', r2);
        return true;
      }
      function yVerb() {
        var suffix = find(Y_VERB, w.length, rv);
        return suffix !== '' && w.charAt(w.length - suffix.length - 1) === 'u' && drop(suffix, rv);
      }
      function verb() {
        var suffix = find(VERB, w.length, rv);
        if (!suffix) return false;
        var cut = w.length - suffix.length;
        if (VERB.get(suffix) === 'gu' && w.slice(cut - 2, cut) === 'gu') cut--;
        w = w.slice(0, cut);
        return true;
      }
      if (!standard() && !yVerb()) verb();

      /* Step 3: a last vowel in RV; after -gu-, e takes the u with it. */
      var last = find(RESIDUAL, w.length, 0);
      if (last && drop(last, rv) && RESIDUAL.get(last) === 'e' && ends('gu')) drop('u', rv);

      return w.replace(/[áéíóú]/g, function (c) { return ACUTE[c]; });
    };
  })();

  /* Stemmers by the name meta.json gives them. */
  var STEMMERS = { 'snowball-spanish': spanishStem };

  /* The same normalization as SearchLanguage.java: accents removed, lowercased, split at anything
     that is not a letter or digit, short words and the language's stop words left out, then folded
     with the index's own rules (English: "behaviours" becomes "behavior") and stemmed with the
     index's stemmer (Spanish: "pelear" becomes "pel"). An index stemmed by a stemmer this script
     does not know cannot be searched: better said than a search that silently finds nothing. */
  function terms(text, meta) {
    var stop = new Set(meta.stop);
    var folds = meta.fold.map(function (r) { return [new RegExp(r[0], 'u'), r[1]]; });
    var stem = meta.stem ? STEMMERS[meta.stem] : function (t) { return t; };
    if (!stem) throw new Error('unknown stemmer ' + meta.stem);
    var seen = new Set();
    text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)
      .forEach(function (t) {
        var chars = Array.from(t);
        if (chars.length < 2 || stop.has(t)) return;
        var term = chars.slice(0, 32).join('');
        folds.forEach(function (r) { term = term.replace(r[0], r[1]); });
        seen.add(stem(term));
      });
    return Array.from(seen);
  }

  /* Under Node (the tests), hand over the query rules; in a page, search. */
  if (typeof module === 'object' && module.exports) {
    module.exports = { terms: terms, stemmers: STEMMERS };
    return;
  }

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

  /* doc: [title, kind, iso date, display date, summary, href, and, when not the page's, the language of its page
     (an item not translated: its title and summary too), or "" and that of its title (a source's)] */
  function item(doc) {
    var li = document.createElement('li');
    var a = document.createElement('a');
    a.href = new URL(doc[5], resultsBase).href;
    a.textContent = doc[0];
    if (doc[6]) {
      a.hreflang = doc[6];
      a.lang = doc[6];
    } else if (doc[7]) {
      a.lang = doc[7];
    }
    li.appendChild(a);
    if (doc[6] && text('untranslated')) {
      var note = document.createElement('span');
      note.className = 'in-language';
      note.textContent = text('untranslated');
      li.appendChild(document.createTextNode(' '));
      li.appendChild(note);
    }
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
      if (doc[6]) p.lang = doc[6];
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
