// guong: full-text search. The index is cut into small files (src/assemble/search.rs);
// a query fetches only the shards of its words, the vocabulary file of the word being
// typed and the details of the results it shows. Typed without tone marks, a word finds
// every spelling ("duong" finds "đường" and "Dương"); typed with them, its own spelling
// ranks first. Whole words rank before words that only start with what was typed, and
// a word in the title or the exemplar's name before one in the text. A query's words as
// a phrase (each pair of neighbours, indexed as "dong tien" from titles, exemplars' and
// units' names) rank first: the commune Đồng Tiến before "cải tiến … đồng ruộng".
(function () {
  "use strict";
  var form = document.getElementById("tim-kiem-form");
  var box = document.getElementById("tim-kiem-o");
  var out = document.getElementById("tim-kiem-ket-qua");
  var status = document.getElementById("tim-kiem-trang-thai");
  if (!form || !box || !out || !window.fetch) return;
  var metaUrl = form.getAttribute("data-index");
  var dir = metaUrl.slice(0, metaUrl.lastIndexOf("/") + 1);
  var files = {}, meta = null, run = 0, shown = [], hits = [];
  var PAGE = 10, PREFIXES = 6, FORMAT = 3;

  function get(name) {
    if (!files[name]) {
      files[name] = fetch(dir + name).then(function (r) {
        if (!r.ok) throw new Error(name + ": " + r.status);
        return r.json();
      });
      files[name].catch(function () { delete files[name]; });
    }
    return files[name];
  }
  function loadMeta() {
    return get("meta.json").then(function (m) {
      // A script kept in the browser's cache from before an update cannot read the index.
      if (m.v !== FORMAT) throw new Error("meta.json: format " + m.v);
      meta = m;
      return m;
    });
  }
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  }
  function words(s) {
    return s.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}\p{M}]+/u).filter(function (w) { return w && w.length <= 32; });
  }
  var utf8 = new TextEncoder();
  function fnv(s) {
    var b = utf8.encode(s), h = 0x811c9dc5;
    for (var i = 0; i < b.length; i++) h = Math.imul(h ^ b[i], 0x01000193) >>> 0;
    return h;
  }
  // Where a word occurs, as bits (title 1, exemplar 2, unit or field 4, body or summary 16).
  function weight(bits) {
    return (bits & 1 ? 10 : 0) + (bits & 2 ? 8 : 0) + (bits & 4 ? 6 : 0) + (bits & 16 ? 1 : 0);
  }
  // Each pair of neighbouring words that a story has as a phrase (in its title, its
  // exemplar's name or its unit's name), in the spelling typed: a word typed with tone
  // marks must have them ("đông tiền" is not "Đồng Tiến"; "dong tien" is both). One such
  // pair outranks any words apart.
  var PHRASE = 1000;
  function scorePhrase(pair, shard) {
    var n = meta.docs, score = new Uint8Array(n), typed = pair.split(" ");
    (shard[fold(pair)] || []).forEach(function (sp) {
      var written = sp[0].split(" ");
      if (!typed.every(function (w, i) { return fold(w) === w || w === written[i]; })) return;
      var docs = storiesOf(sp, n)[0];
      for (var j = 0; j < docs.length; j++) score[docs[j]] = 1;
    });
    return score;
  }
  // A spelling's entry: [spelling, body, title, exemplar, place], each a set of stories.
  var SETS = [16, 1, 2, 4];
  // Calls f with each story of a set: base64 of 0 and LEB128 deltas, or of 1, the first
  // byte's position (LEB128) and a bitmap (set_code in src/assemble/search.rs).
  function eachStory(code, f) {
    var s = atob(code), at = 1, id = 0, i, b;
    function varint() {
      var n = 0, scale = 1, c;
      do { c = s.charCodeAt(at++); n += (c & 127) * scale; scale *= 128; } while (c & 128);
      return n;
    }
    if (s.charCodeAt(0) === 0) {
      while (at < s.length) { id += varint(); f(id); }
      return;
    }
    var from = varint() * 8;
    for (i = at; i < s.length; i++) {
      b = s.charCodeAt(i);
      for (id = from + 8 * (i - at); b; b >>= 1, id++) if (b & 1) f(id);
    }
  }
  // A spelling's stories and where each has the word: [ids, bits], decoded once.
  function storiesOf(sp, n) {
    if (sp.found) return sp.found;
    var mark = new Uint8Array(n), docs = [];
    function add(bit) {
      return function (doc) {
        if (!mark[doc]) docs.push(doc);
        mark[doc] |= bit;
      };
    }
    for (var set = 0; set < SETS.length; set++) if (sp[set + 1]) eachStory(sp[set + 1], add(SETS[set]));
    var ids = Int32Array.from(docs), bits = new Uint8Array(ids.length);
    for (var j = 0; j < ids.length; j++) bits[j] = mark[ids[j]];
    sp.found = [ids, bits];
    return sp.found;
  }
  function shardOf(key) { return "t-" + (fnv(key) % meta.shards) + ".json"; }
  function vocabOf(key) {
    var c = key.charAt(0), i = meta.vocab.indexOf(c);
    return "tu-" + (i >= 0 && i < meta.vocab.length - 1 ? c : "_") + ".json";
  }
  // The keys a word stands for: itself, and when it is the word being typed, the most
  // common keys that start with it.
  function keysOf(term) {
    var key = fold(term.text);
    var whole = [{ key: key, prefix: false }];
    if (!term.last || key.length < 2) return Promise.resolve(whole);
    return get(vocabOf(key)).then(function (vocab) {
      var more = Object.keys(vocab).filter(function (k) { return k !== key && k.lastIndexOf(key, 0) === 0; });
      more.sort(function (a, b) { return vocab[b] - vocab[a]; });
      return whole.concat(more.slice(0, PREFIXES).map(function (k) { return { key: k, prefix: true }; }));
    });
  }
  // Scores every story for one word: the best of its spellings and keys.
  function scoreTerm(term, keys, shards) {
    var n = meta.docs, score = new Float32Array(n), where = new Uint8Array(n), marked = fold(term.text) !== term.text;
    keys.forEach(function (k, i) {
      var spellings = shards[i][k.key];
      if (!spellings) return;
      spellings.forEach(function (sp) {
        // Typed with tone marks, the exact spelling first; whole words before prefixes.
        var exact = !k.prefix && (!marked || sp[0] === term.text);
        var factor = exact ? (marked ? 4 : 2) : marked ? 0.5 : 1;
        var found = storiesOf(sp, n), docs = found[0], bits = found[1];
        for (var j = 0; j < docs.length; j++) {
          var doc = docs[j], s = factor * weight(bits[j]);
          if (s > score[doc]) score[doc] = s;
          if (exact) where[doc] |= bits[j];
        }
      });
    });
    return { score: score, where: where };
  }
  // `typing`: the last word may be unfinished, so it is completed too (a submitted
  // query's words are taken as they are, which saves the extra files).
  function search(text, typing) {
    var mine = ++run;
    var list = words(text);
    if (!list.length) { out.innerHTML = ""; status.textContent = ""; return Promise.resolve(); }
    var terms = list.map(function (w, i) { return { text: w, last: typing && i === list.length - 1 && !/\s$/.test(text) }; });
    var pairs = list.slice(1).map(function (w, i) { return list[i] + " " + w; });
    var phrases = [];
    return loadMeta().then(function () {
      return Promise.all(pairs.map(function (p) {
        return get(shardOf(fold(p))).then(function (shard) { phrases.push(scorePhrase(p, shard)); });
      }).concat(terms.map(function (t) {
        return keysOf(t).then(function (keys) {
          return Promise.all(keys.map(function (k) { return get(shardOf(k.key)); })).then(function (shards) {
            return scoreTerm(t, keys, shards);
          });
        });
      })));
    }).then(function (all) {
      if (mine !== run) return;
      var scores = all.slice(pairs.length), found = [];
      for (var d = 0; d < meta.docs; d++) {
        var total = 0, common = 7;
        for (var t = 0; t < scores.length; t++) {
          if (!scores[t].score[d]) { total = 0; break; }
          total += scores[t].score[d];
          common &= scores[t].where[d];
        }
        // Every word in the title, the exemplar's name or the place ("dong tien" is
        // the commune Đồng Tiến before a title with "Đông" and a text with "tiến").
        if (total > 0 && scores.length > 1 && common) total += 4 * scores.length * weight(common);
        if (total > 0) for (var p = 0; p < phrases.length; p++) total += PHRASE * phrases[p][d];
        if (total > 0) found.push([total, d]);
      }
      // Best first; among equals, the newer story (stories are numbered newest first).
      found.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
      hits = found;
      shown = [];
      out.innerHTML = "";
      status.textContent = found.length
        ? "Tìm thấy " + found.length + " bài cho “" + text.trim() + "”."
        : "Không tìm thấy bài nào cho “" + text.trim() + "”.";
      return more(mine);
    });
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  // Shows the next page of results, fetching only the details files they are in.
  function more(mine) {
    var next = hits.slice(shown.length, shown.length + PAGE);
    return Promise.all(next.map(function (h) { return get("d-" + Math.floor(h[1] / meta.per) + ".json"); })).then(function (chunks) {
      if (mine !== run) return;
      var old = document.getElementById("tim-kiem-them");
      if (old) old.remove();
      next.forEach(function (h, i) {
        var s = chunks[i][h[1] % meta.per], li = el("li", null, "kq");
        var a = el("a", s[1]);
        a.href = meta.base + s[0] + "/";
        var t = el("h2", null, "kq-tieu-de");
        t.appendChild(a);
        li.appendChild(t);
        li.appendChild(el("p", meta.units[s[3]] + " · " + meta.fields[s[4]] + " · " + s[5], "kq-meta"));
        if (s[2]) li.appendChild(el("p", "Điển hình: " + s[2], "kq-dien-hinh"));
        li.appendChild(el("p", s[6], "kq-tom-tat"));
        out.appendChild(li);
        shown.push(h);
      });
      if (shown.length < hits.length) {
        var b = el("button", "Xem thêm " + Math.min(PAGE, hits.length - shown.length) + " kết quả", "search-more");
        b.type = "button";
        b.id = "tim-kiem-them";
        b.addEventListener("click", function () { more(run); });
        out.parentNode.insertBefore(b, out.nextSibling);
      }
    });
  }
  function go(ev) {
    if (ev) ev.preventDefault();
    var text = box.value;
    if (!meta) status.textContent = "Đang tải dữ liệu tìm kiếm…";
    search(text, false).catch(function () { status.textContent = "Không tải được dữ liệu tìm kiếm."; });
    var url = new URL(location.href);
    url.searchParams.set("q", text);
    history.replaceState(null, "", url);
  }
  var timer = null;
  form.addEventListener("submit", go);
  box.addEventListener("focus", function () { loadMeta().catch(function () {}); }, { once: true });
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { if (meta) search(box.value, true).catch(function () {}); }, 120);
  });
  var q = new URLSearchParams(location.search).get("q");
  if (q) { box.value = q; go(); }
})();
