// Rungs: small enhancements on top of pages that work without script.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // Phones: the sidebar opens from the Menu button.
  var menu = document.querySelector(".menu-button");
  var sidebar = document.getElementById("sidebar");
  if (menu && sidebar) {
    menu.hidden = false;
    menu.addEventListener("click", function () {
      var open = sidebar.classList.toggle("open");
      menu.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Framework pages are the same for everyone (rendered once, sent from memory); a signed-in
  // person's name, Sign out and links come from a small answer made for them. Without script, or
  // when nobody is signed in (204), the page's own "Sign in" link stays.
  var account = document.querySelector("nav.account-links[data-account]");
  if (account && window.fetch && window.DOMParser) {
    var folder = location.pathname.replace(/[^\/]*$/, "");
    fetch(account.getAttribute("data-account") + "?from=" + encodeURIComponent(folder), {
      credentials: "same-origin", redirect: "manual", headers: { Accept: "text/html" }
    }).then(function (r) { return r.status === 200 ? r.text() : ""; }).then(function (html) {
      var links = html && new DOMParser().parseFromString(html, "text/html").querySelector("nav.account-links");
      if (links) { account.replaceWith(document.importNode(links, true)); }
    }).catch(function () { /* the page works as it is */ });
  }

  // The admin menu opens without script (details); with it, Escape or a click elsewhere closes it,
  // as people expect of a menu. Listening on the document covers account links filled in later.
  var closeMenus = function (except) {
    document.querySelectorAll("details.admin-menu[open]").forEach(function (menu) {
      if (menu !== except) { menu.open = false; }
    });
  };
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.querySelector("details.admin-menu[open]");
    if (open) { open.open = false; open.querySelector("summary").focus(); }
  });
  document.addEventListener("click", function (event) {
    closeMenus(event.target.closest ? event.target.closest("details.admin-menu") : null);
  });

  // Level pages: open or close every example at once.
  var expand = document.querySelector(".expand-all");
  var examples = document.querySelectorAll("details.examples");
  if (expand && examples.length > 0) {
    expand.hidden = false;
    expand.addEventListener("click", function () {
      var open = expand.getAttribute("data-open") !== "true";
      examples.forEach(function (d) { d.open = open; });
      expand.setAttribute("data-open", open ? "true" : "false");
      expand.textContent = open ? "Collapse all examples" : "Expand all examples";
    });
  }

  // A linked criterion inside closed examples opens them.
  if (location.hash) {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      var details = target.querySelector("details");
      if (details) { details.open = true; }
    }
  }

  // Compare: choosing levels submits the form (the server redirects to that comparison).
  var compare = document.querySelector(".compare-form");
  if (compare) {
    compare.addEventListener("change", function () { compare.submit(); });
  }

  // Static export: search runs here, from the generated index, as the live server's does: every
  // word must start a word of the criterion, its examples, topic or framework; results grouped by
  // framework, the query's words marked, and "did you mean" for a near miss. Results are built
  // as DOM nodes with text content only, never as HTML: the index holds framework authors' text.
  var results = document.getElementById("search-results");
  if (results && results.getAttribute("data-static") === "true") {
    var query = new URLSearchParams(location.search).get("q") || "";
    var box = document.getElementById("search-page-box");
    if (box) { box.value = query; }
    var normalise = function (s) {
      return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    };
    var words = normalise(query).split(" ").filter(function (w, i, all) {
      return w.length > 0 && all.indexOf(w) === i;
    });
    // A word matches words that start with it ("call" finds "calls", not "specifically").
    var has = function (text, w) { return (" " + text).indexOf(" " + w) >= 0; };
    var element = function (name, className, text) {
      var node = document.createElement(name);
      if (className) { node.className = className; }
      if (text !== undefined) { node.textContent = text; }
      return node;
    };
    // The criterion's words, each one that starts with a word of the query in <mark>.
    var highlighted = function (text) {
      var fragment = document.createDocumentFragment();
      var word = /[\p{L}\p{N}\p{M}]+/gu;
      var at = 0;
      var found;
      while ((found = word.exec(text)) !== null) {
        if (found.index > at) { fragment.appendChild(document.createTextNode(text.slice(at, found.index))); }
        var folded = normalise(found[0]).replace(/ /g, "");
        var hit = words.some(function (w) { return folded.indexOf(w) === 0; });
        fragment.appendChild(hit ? element("mark", null, found[0]) : document.createTextNode(found[0]));
        at = word.lastIndex;
      }
      if (at < text.length) { fragment.appendChild(document.createTextNode(text.slice(at))); }
      return fragment;
    };
    var distance = function (a, b) {
      var previous = [];
      var current = [];
      var i;
      var j;
      for (j = 0; j <= b.length; j++) { previous[j] = j; }
      for (i = 1; i <= a.length; i++) {
        current = [i];
        for (j = 1; j <= b.length; j++) {
          current[j] = Math.min(previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1), previous[j] + 1, current[j - 1] + 1);
        }
        previous = current;
      }
      return previous[b.length];
    };
    // As the live search: each word that starts no word of the index becomes the closest word of
    // the index (one edit for words of up to four letters, two for longer), or nothing is offered.
    var didYouMean = function (index) {
      var vocabulary = {};
      index.forEach(function (e) {
        e.h.split(" ").forEach(function (w) { if (w.length > 2) { vocabulary[w] = true; } });
      });
      var known = Object.keys(vocabulary).sort();
      var changed = false;
      var meant = [];
      for (var k = 0; k < words.length; k++) {
        var w = words[k];
        if (known.some(function (v) { return v.indexOf(w) === 0; })) { meant.push(w); continue; }
        var allowed = w.length <= 4 ? 1 : 2;
        var best = null;
        var bestDistance = allowed + 1;
        known.forEach(function (v) {
          if (Math.abs(v.length - w.length) > allowed) { return; }
          var d = distance(w, v);
          if (d < bestDistance) { best = v; bestDistance = d; }
        });
        if (best === null) { return null; }
        meant.push(best);
        changed = true;
      }
      return changed ? meant.join(" ") : null;
    };
    if (words.length > 0) {
      var root = results.getAttribute("data-index").replace(/search-index\.json$/, "");
      fetch(results.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
        var hits = index.filter(function (e) {
          return words.every(function (w) { return has(e.h, w); });
        }).map(function (e) {
          var text = normalise(e.x);
          var score = words.filter(function (w) { return has(text, w); }).length * 10 + (e.g ? 0 : 1);
          return { e: e, score: score };
        }).sort(function (a, b) { return b.score - a.score; }).slice(0, 200);
        var nodes = [element("p", "summary", hits.length + (hits.length === 1 ? " criterion matches" : " criteria match") + " \u201c" + query + "\u201d.")];
        if (hits.length === 0) {
          var meant = didYouMean(index);
          if (meant) {
            var suggestion = element("p", "did-you-mean", "Did you mean ");
            var again = element("a", null, meant);
            again.href = "?q=" + encodeURIComponent(meant);
            suggestion.appendChild(again);
            suggestion.appendChild(document.createTextNode("?"));
            nodes.push(suggestion);
          }
        }
        // One group per framework, in the order of each framework's best hit.
        var groups = [];
        var byFramework = {};
        hits.forEach(function (hit) {
          if (!Object.prototype.hasOwnProperty.call(byFramework, hit.e.f)) {
            byFramework[hit.e.f] = [];
            groups.push(hit.e.f);
          }
          byFramework[hit.e.f].push(hit);
        });
        groups.forEach(function (framework) {
          var group = element("section", "result-group");
          group.setAttribute("aria-label", framework);
          var heading = element("h2", "result-framework", framework + " ");
          heading.appendChild(element("span", "result-count", "(" + byFramework[framework].length + ")"));
          var list = element("ol", "results");
          byFramework[framework].forEach(function (hit) {
            var item = element("li", "result");
            var link = element("a");
            link.href = root + hit.e.u.replace(/^\//, "");
            link.appendChild(highlighted(hit.e.x));
            item.appendChild(link);
            item.appendChild(element("p", "result-where", "Level " + hit.e.l + " \u203a " + hit.e.t + (hit.e.g ? " \u00b7 Generic" : "")));
            list.appendChild(item);
          });
          group.appendChild(heading);
          group.appendChild(list);
          nodes.push(group);
        });
        results.replaceChildren.apply(results, nodes);
      });
    }
  }
})();
