// gongkai: sorting and filtering for tables. The pages are complete without it.
(function () {
  "use strict";
  function cellValue(row, index) {
    var cell = row.children[index];
    var text = cell ? cell.textContent.trim() : "";
    var number = parseFloat(text.replace(/[%,，]/g, ""));
    return isNaN(number) || !/^-?[\d.,]+%?$/.test(text.replace(/\s/g, "")) ? text : number;
  }
  function sortBy(table, index, button) {
    var body = table.tBodies[0];
    var ascending = button.getAttribute("data-order") !== "asc";
    Array.prototype.forEach.call(table.querySelectorAll("thead button"), function (b) {
      b.removeAttribute("data-order");
      b.parentNode.removeAttribute("aria-sort");
    });
    button.setAttribute("data-order", ascending ? "asc" : "desc");
    button.parentNode.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      if (x === "" && y !== "") { return 1; }
      if (y === "" && x !== "") { return -1; }
      var order = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y), "zh-CN");
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("table[data-sortable]"), function (table) {
    var headers = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1].cells : [];
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      button.textContent = th.textContent;
      button.setAttribute("aria-label", "按“" + th.textContent + "”排序");
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, index, button); });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("form[data-filter-for]"), function (form) {
    var table = document.getElementById(form.getAttribute("data-filter-for"));
    form.hidden = false;
    function apply() {
      var wanted = {};
      Array.prototype.forEach.call(form.querySelectorAll("select[data-filter]"), function (select) {
        wanted[select.getAttribute("data-filter")] = select.value;
      });
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var show = Object.keys(wanted).every(function (key) {
          return !wanted[key] || row.getAttribute("data-" + key) === wanted[key];
        });
        row.hidden = !show;
      });
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  });
})();
