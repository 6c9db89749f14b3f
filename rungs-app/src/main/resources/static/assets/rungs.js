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

  // Static export: search runs here, from the generated index.
  var results = document.getElementById("search-results");
  if (results && results.getAttribute("data-static") === "true") {
    var query = new URLSearchParams(location.search).get("q") || "";
    var box = document.getElementById("search-page-box");
    if (box) { box.value = query; }
    var normalise = function (s) {
      return s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    };
    var words = normalise(query).split(" ").filter(function (w) { return w.length > 0; });
    if (words.length > 0) {
      var root = results.getAttribute("data-index").replace(/search-index\.json$/, "");
      fetch(results.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (index) {
        // A word matches words that start with it ("call" finds "calls", not "specifically"),
        // as the live server's search does.
        var has = function (text, w) { return (" " + text).indexOf(" " + w) >= 0; };
        var hits = index.filter(function (e) {
          return words.every(function (w) { return has(e.h, w); });
        }).map(function (e) {
          var text = normalise(e.x);
          var score = words.filter(function (w) { return has(text, w); }).length * 10 + (e.g ? 0 : 1);
          return { e: e, score: score };
        }).sort(function (a, b) { return b.score - a.score; }).slice(0, 200);
        var summary = document.createElement("p");
        summary.className = "summary";
        summary.textContent = hits.length + (hits.length === 1 ? " criterion matches" : " criteria match") + " \u201c" + query + "\u201d.";
        var list = document.createElement("ol");
        list.className = "results";
        hits.forEach(function (hit) {
          var item = document.createElement("li");
          item.className = "result";
          var link = document.createElement("a");
          link.href = root + hit.e.u.replace(/^\//, "");
          link.textContent = hit.e.x;
          var where = document.createElement("p");
          where.className = "result-where";
          where.textContent = hit.e.f + " \u203a Level " + hit.e.l + " \u203a " + hit.e.t + (hit.e.g ? " \u00b7 Generic" : "");
          item.appendChild(link);
          item.appendChild(where);
          list.appendChild(item);
        });
        results.replaceChildren(summary, list);
      });
    }
  }
})();
