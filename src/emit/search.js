// guong: client-side search. Loads the index only when the search box is used, and
// matches without regard to case or diacritics ("dong tien" finds "Đồng Tiến").
(function () {
  "use strict";
  var form = document.getElementById("tim-kiem-form");
  var box = document.getElementById("tim-kiem-o");
  var out = document.getElementById("tim-kiem-ket-qua");
  var status = document.getElementById("tim-kiem-trang-thai");
  if (!form || !box || !out) return;
  var index = null, loading = null, rows = null;
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-index")).then(function (r) { return r.json(); }).then(function (data) {
        index = data;
        rows = data.stories.map(function (s) {
          return { s: s, title: fold(s[1]), rest: fold([s[2], data.units[s[3]], data.fields[s[4]], s[6]].join(" ")) };
        });
      });
    }
    return loading;
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function search() {
    var q = fold(box.value).trim();
    out.innerHTML = "";
    if (!q) { status.textContent = ""; return; }
    var terms = q.split(/\s+/);
    var hits = [];
    rows.forEach(function (r) {
      var all = r.title + " " + r.rest, ok = true, score = 0;
      for (var i = 0; i < terms.length; i++) {
        if (all.indexOf(terms[i]) < 0) { ok = false; break; }
        if (r.title.indexOf(terms[i]) >= 0) score += 2;
      }
      if (all.indexOf(q) >= 0) score += 3;
      if (ok) hits.push([score, r.s]);
    });
    hits.sort(function (a, b) { return b[0] - a[0]; });
    status.textContent = hits.length ? "Tìm thấy " + hits.length + " bài cho “" + box.value.trim() + "”." : "Không tìm thấy bài nào cho “" + box.value.trim() + "”.";
    hits.slice(0, 50).forEach(function (h) {
      var s = h[1], li = el("li", null, "kq");
      var a = el("a", s[1]);
      a.href = index.base + s[0] + "/";
      var t = el("h2", null, "kq-tieu-de");
      t.appendChild(a);
      li.appendChild(t);
      li.appendChild(el("p", index.units[s[3]] + " · " + index.fields[s[4]] + " · " + s[5], "kq-meta"));
      if (s[2]) li.appendChild(el("p", "Điển hình: " + s[2], "kq-dien-hinh"));
      li.appendChild(el("p", s[6], "kq-tom-tat"));
      out.appendChild(li);
    });
  }
  function go(ev) {
    if (ev) ev.preventDefault();
    status.textContent = "Đang tải dữ liệu tìm kiếm…";
    load().then(search, function () { status.textContent = "Không tải được dữ liệu tìm kiếm."; });
    var url = new URL(location.href);
    url.searchParams.set("q", box.value);
    history.replaceState(null, "", url);
  }
  form.addEventListener("submit", go);
  box.addEventListener("focus", load, { once: true });
  box.addEventListener("input", function () { if (rows) search(); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { box.value = q; go(); }
})();
