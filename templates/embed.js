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
  var box = el("section", null, {
    border: "1px solid #8a4b00", borderLeft: "6px solid #8a4b00", background: "#fff8e5", color: "#1a1a1a",
    padding: "0.75em 1em", margin: "1em 0", font: "inherit", lineHeight: "1.5"
  });
  box.setAttribute("aria-label", "Advisory in force");
  box.setAttribute("lang", data.language);
  box.className = "briefing-advisory";
  var first = el("p", null, { margin: "0 0 0.5em" });
  first.appendChild(el("strong", a.levelLabel + " in force: "));
  first.appendChild(link(a.url, a.title));
  first.appendChild(document.createTextNode(". Issued " + a.issuedText + ", expires " + a.expiresText + "."));
  box.appendChild(first);
  var second = el("p", null, { margin: "0" });
  if (data.checked && data.checked.text) {
    second.appendChild(document.createTextNode("As of " + data.checked.text + ", when " + data.site + " last checked "));
    second.appendChild(link(data.checked.url, data.checked.source));
    second.appendChild(document.createTextNode(". From "));
  } else if (data.checked) {
    second.appendChild(document.createTextNode("Not yet checked against "));
    second.appendChild(link(data.checked.url, data.checked.source));
    second.appendChild(document.createTextNode("; see it for the current status. From "));
  } else {
    second.appendChild(document.createTextNode("From "));
  }
  second.appendChild(link(data.url, data.site));
  second.appendChild(document.createTextNode("."));
  box.appendChild(second);
  script.parentNode.insertBefore(box, script.nextSibling);
})();
