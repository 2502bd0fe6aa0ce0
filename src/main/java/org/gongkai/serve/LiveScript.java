package org.gongkai.serve;

/** The script the preview adds to every page: reload on a new version, an overlay with the errors of a failed build (data errors, a failing template, an internal error). */
final class LiveScript {

    private LiveScript() {
    }

    static final String SOURCE = """
            (function () {
              "use strict";
              var shown = null, overlay = null;
              function clear() { if (overlay) { overlay.remove(); overlay = null; } }
              function show(diagnostics) {
                clear();
                overlay = document.createElement("div");
                overlay.id = "gongkai-overlay";
                overlay.setAttribute("role", "alertdialog");
                overlay.setAttribute("aria-label", "网站未更新");
                overlay.style.cssText = "position:fixed;inset:0;z-index:99999;overflow:auto;background:rgba(255,255,255,.97);"
                  + "color:#1a1a1a;padding:2rem;font:15px/1.6 sans-serif;border-top:6px solid #9b1c1c";
                var title = document.createElement("h2");
                title.textContent = "网站未更新：请改正下面的问题（保存后本页自动刷新）";
                overlay.appendChild(title);
                var list = document.createElement("ol");
                diagnostics.forEach(function (d) {
                  var item = document.createElement("li");
                  var where = document.createElement("code");
                  where.textContent = d.where;
                  item.appendChild(where);
                  item.appendChild(document.createTextNode(" [" + d.rule + "] " + (d.path ? "字段 " + d.path + "：" : "") + d.message));
                  list.appendChild(item);
                });
                overlay.appendChild(list);
                document.body.appendChild(overlay);
              }
              var source = new EventSource("/__gongkai/events");
              source.addEventListener("version", function (event) {
                if (shown !== null && shown !== event.data) { location.reload(); return; }
                if (overlay) { location.reload(); return; }
                shown = event.data;
              });
              source.addEventListener("errors", function (event) { show(JSON.parse(event.data)); });
            })();
            """;
}
