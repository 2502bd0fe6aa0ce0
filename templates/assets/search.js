// gongkai search: intersects the character-bigram postings of the query in the prebuilt index.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) { return; }
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var index = null;
  var root = form.getAttribute("data-index").replace("index.json", "");
  function grams(text) {
    var chars = Array.from(text.normalize("NFKC").toLowerCase().replace(/\s+/g, ""));
    var out = [];
    if (chars.length === 1) { return chars; }
    for (var i = 0; i + 1 < chars.length; i++) { out.push(chars[i] + chars[i + 1]); }
    return out;
  }
  function search(query) {
    var terms = grams(query);
    if (!terms.length) { return []; }
    var result = null;
    for (var i = 0; i < terms.length; i++) {
      var ids = index.grams[terms[i]] || [];
      result = result === null ? ids.slice() : result.filter(function (id) { return ids.indexOf(id) >= 0; });
      if (!result.length) { break; }
    }
    return result || [];
  }
  function show(query) {
    var ids = search(query);
    list.textContent = "";
    status.textContent = ids.length ? "找到 " + ids.length + " 条结果。" : "没有找到“" + query + "”。";
    ids.slice(0, 200).forEach(function (id) {
      var doc = index.documents[id];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = "../" + doc.u;
      link.textContent = doc.t;
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = " " + doc.k;
      var snippet = document.createElement("p");
      snippet.textContent = doc.s;
      item.appendChild(link);
      item.appendChild(kind);
      item.appendChild(snippet);
      list.appendChild(item);
    });
  }
  function run() {
    var query = input.value.trim();
    if (!query) { return; }
    if (index) { show(query); return; }
    status.textContent = "正在载入索引……";
    fetch(root + "index.json").then(function (r) { return r.json(); }).then(function (data) {
      index = data;
      show(query);
    }).catch(function () { status.textContent = "无法载入搜索索引。"; });
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
