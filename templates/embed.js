/* The advisory notice for partner sites: include it with one script tag where the notice should
   appear. It carries its data (rebuilt with each build of the site) and makes no request, sets no
   cookie and uses no library. It shows the advisory in force, with the date the site last checked
   its official source and a link; it shows nothing after the advisory's expiry date by this
   reader's clock (even from a stale cache), and nothing when none is in force. */
(function () {
  "use strict";
  var data = /*DATA*/null;
  var script = document.currentScript;
  if (!data || !data.advisory || !script || !script.parentNode) return;
  var a = data.advisory;
  function two(n) { return (n < 10 ? "0" : "") + n; }
  var now = new Date();
  var today = now.getFullYear() + "-" + two(now.getMonth() + 1) + "-" + two(now.getDate());
  // In force from its issue date until the day before its expiry date, as on the site itself.
  if (today < a.issued || today >= a.expires) return;

  function el(tag, text, style) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    for (var k in style || {}) e.style[k] = style[k];
    return e;
  }
  function link(href, text) {
    var e = el("a", text, { color: "#00458a", textDecoration: "underline" });
    e.href = href;
    return e;
  }
  // The notice's words are the site's messages (data.words), with {0}, {1}… where a value or a link goes.
  function fill(pattern, parts) {
    var p = el("p", null, { margin: "0 0 0.5em" });
    pattern.split(/(\{\d+\})/).forEach(function (piece) {
      var n = /^\{(\d+)\}$/.exec(piece);
      var part = n ? parts[+n[1]] : piece;
      if (part == null || part === "") return;
      p.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
    });
    return p;
  }
  var w = data.words;
  var box = el("section", null, {
    border: "1px solid #8a4b00", borderLeft: "6px solid #8a4b00", background: "#fff8e5", color: "#1a1a1a",
    padding: "0.75em 1em", margin: "1em 0", font: "inherit", lineHeight: "1.5"
  });
  box.setAttribute("aria-label", w.label);
  box.setAttribute("lang", data.language);
  box.className = "briefing-advisory";
  var title = link(a.url, a.title);
  // An advisory not translated into the notice's language: its title and page are in the default language.
  if (a.lang) { title.lang = a.lang; title.hreflang = a.lang; }
  var first = fill(w.dates, [title, a.issuedText, a.expiresText]);
  first.insertBefore(document.createTextNode(" "), first.firstChild);
  first.insertBefore(el("strong", w.inForce.replace("{0}", a.levelLabel)), first.firstChild);
  box.appendChild(first);
  var site = link(data.url, data.site);
  var second = data.checked && data.checked.text
    ? fill(w.checked, [data.checked.text, data.site, link(data.checked.url, data.checked.source), site])
    : data.checked ? fill(w.notChecked, [link(data.checked.url, data.checked.source), site]) : fill(w.from, [site]);
  second.style.margin = "0";
  box.appendChild(second);
  script.parentNode.insertBefore(box, script.nextSibling);
})();
