// gongkai search: intersects the character-bigram postings of the query in the prebuilt index.
// The index is split (see SearchIndex.java): index.json says into how many shards of postings
// (g/<n>.json, chosen by a hash of the bigram) and chunks of documents (d/<n>.json); a query loads
// only the shards of its bigrams and the chunks of the results it shows.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form");
  if (!form) { return; }
  var input = form.querySelector("input[name=q]");
  var status = document.querySelector(".search-status");
  var list = document.querySelector(".search-results");
  var root = form.getAttribute("data-index").replace("index.json", "");
  var meta = null;
  var loaded = {};
  function load(path) {
    if (!loaded[path]) {
      loaded[path] = fetch(root + path).then(function (r) {
        if (!r.ok) { throw new Error(path); }
        return r.json();
      });
    }
    return loaded[path];
  }
  function grams(text) {
    var chars = Array.from(text.normalize("NFKC").toLowerCase().replace(/\s+/g, ""));
    var out = [];
    if (chars.length === 1) { return chars; }
    for (var i = 0; i + 1 < chars.length; i++) { out.push(chars[i] + chars[i + 1]); }
    return out;
  }
  // The same as SearchIndex.shard: h = 31 * h + code point in 32 bits, unsigned remainder.
  function shard(gram) {
    var h = 0;
    Array.from(gram).forEach(function (c) { h = (Math.imul(h, 31) + c.codePointAt(0)) | 0; });
    return (h >>> 0) % meta.shards;
  }
  function postings(gram) {
    return load("g/" + shard(gram) + ".json").then(function (postingsOf) {
      var gaps = postingsOf[gram] || [];
      var ids = [];
      var id = 0;
      for (var i = 0; i < gaps.length; i++) { id += gaps[i]; ids.push(id); }
      return ids;
    });
  }
  function search(query) {
    var terms = grams(query);
    if (!terms.length) { return Promise.resolve([]); }
    return Promise.all(terms.map(postings)).then(function (lists) {
      lists.sort(function (a, b) { return a.length - b.length; });
      var result = lists[0];
      for (var i = 1; i < lists.length && result.length; i++) {
        var has = new Set(lists[i]);
        result = result.filter(function (id) { return has.has(id); });
      }
      return result;
    });
  }
  function show(query, ids) {
    var shown = ids.slice(0, 200);
    var chunks = Array.from(new Set(shown.map(function (id) { return Math.floor(id / meta.chunk); })));
    return Promise.all(chunks.map(function (c) { return load("d/" + c + ".json"); })).then(function (docs) {
      var byChunk = {};
      chunks.forEach(function (c, i) { byChunk[c] = docs[i]; });
      list.textContent = "";
      status.textContent = ids.length ? "找到 " + ids.length + " 条结果" + (ids.length > shown.length ? "，显示前 " + shown.length + " 条。" : "。")
        : "没有找到“" + query + "”。";
      shown.forEach(function (id) {
        var doc = byChunk[Math.floor(id / meta.chunk)][id % meta.chunk];
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
    });
  }
  function run() {
    var query = input.value.trim();
    if (!query) { return; }
    status.textContent = "正在搜索……";
    load("index.json").then(function (data) {
      meta = data;
      return search(query);
    }).then(function (ids) {
      return show(query, ids);
    }).catch(function () { status.textContent = "无法载入搜索索引。"; });
  }
  form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) { input.value = initial; run(); }
})();
