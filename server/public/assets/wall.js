// The web wall (issue 14 item 4): draws the host's picture (/wall/picture.json), kept current by
// server-sent events (/wall/events) with polling while the stream is down; flashes each new call
// and plays its chime and announcement (a WAV from the host), one after another, never cut off.
// Text goes in with textContent only: nothing from the store is ever parsed as HTML.
(function () {
  "use strict";
  const params = new URLSearchParams(location.search);
  const groups = params.get("groups") || "";
  const query = groups ? "?groups=" + encodeURIComponent(groups) : "";
  const body = document.body;
  const $ = (id) => document.getElementById(id);

  let lastCall = null;      // key of the newest call seen; null before the first picture
  let firstPicture = true;
  let clockBase = null;     // {server: seconds, client: ms} for the ticking clock
  let bannerTimer = null;

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  const callKey = (c) => c.label + ">" + c.counter + "@" + c.at + (c.recall ? "r" : "");

  // [SECTION] sound: a queue of WAVs played in turn; browsers allow sound only after a click.
  const audioQueue = [];
  let playing = false;
  let blocked = false;      // the browser refused to play: wait for a click
  function playNext() {
    if (playing || blocked || !audioQueue.length) return;
    playing = true;
    const a = new Audio(audioQueue[0]);
    const done = () => { audioQueue.shift(); playing = false; playNext(); };
    a.onended = done;
    a.onerror = done;
    a.play().then(() => { $("sound").hidden = true; })
      .catch(() => { playing = false; blocked = true; $("sound").hidden = false; });
  }
  function enableSound() {
    blocked = false;
    $("sound").hidden = true;
    playNext();
  }
  document.addEventListener("click", enableSound);
  document.addEventListener("keydown", enableSound);

  // [SECTION] drawing
  function drawServing(p, flashCounter) {
    const box = $("serving");
    box.replaceChildren();
    for (const s of p.serving) {
      const tile = el("div", "counter" + (s.priority ? " priority" : ""));
      tile.dataset.counter = s.counter;
      tile.append(el("div", "name", s.name), el("div", "label" + (s.label ? "" : " idle"), s.label || "—"));
      if (flashCounter === s.counter) tile.classList.add("flash");
      box.append(tile);
    }
    if (!p.serving.length) box.append(el("div", "empty", "Chưa có quầy nào mở"));
  }
  function drawCalls(p) {
    const list = $("calls");
    list.replaceChildren();
    for (const c of p.shown.slice(0, 8)) {
      const li = el("li");
      li.append(el("b", "", c.label), el("span", "to", "Quầy " + c.counter));
      list.append(li);
    }
    if (!p.shown.length) list.append(el("li", "empty", "Chưa gọi số nào"));
  }
  function drawWaiting(p) {
    const list = $("waiting");
    list.replaceChildren();
    for (const w of p.waiting) {
      const li = el("li");
      li.append(el("span", "group", w.prefix + " · " + w.group), el("span", "count", w.waiting + " người"));
      list.append(li);
    }
    if (!p.waiting.length) list.append(el("li", "empty", "Không có ai đang chờ"));
  }
  function drawDossiers(p) {
    const list = $("dossiers");
    list.replaceChildren();
    for (const d of p.dossiers.slice(0, 12)) {
      const li = el("li", d.late ? "late" : "due");
      const top = el("div", "top");
      top.append(el("span", "code", d.code + " · " + d.name), el("span", "state", d.late ? "Quá hạn " + d.lateBy : "Đến hạn hôm nay, " + d.lateBy));
      li.append(top, el("div", "proc", d.procedure));
      if (d.apologySigned) li.append(el("div", "sign signed", "Đã có phiếu xin lỗi, hẹn lại"));
      else if (d.signBy) li.append(el("div", "sign" + (d.signByPassed ? " passed" : ""), d.signBy));
      list.append(li);
    }
    if (p.dossiers.length > 12) list.append(el("li", "empty", "… và " + (p.dossiers.length - 12) + " hồ sơ khác"));
    if (!p.dossiers.length) list.append(el("li", "empty", "Không có hồ sơ quá hạn hay đến hạn hôm nay"));
  }
  function tick() {
    if (!clockBase) return;
    const t = new Date((clockBase.server + (Date.now() - clockBase.client) / 1000 + 7 * 3600) * 1000);
    const two = (n) => String(n).padStart(2, "0");
    $("time").textContent = two(t.getUTCHours()) + ":" + two(t.getUTCMinutes());
  }

  // New calls since the last picture, oldest first; none on the first picture (calls made before
  // the page opened are not announced again) — as counter/wall/voice.h newCalls().
  function newCalls(calls) {
    if (firstPicture) return [];
    const out = [];
    for (const c of calls) {
      if (callKey(c) === lastCall) break;
      out.push(c);
    }
    return out.reverse();
  }
  function announce(c) {
    $("banner-label").textContent = c.label;
    $("banner-counter").textContent = "Quầy " + c.counter;
    $("banner").hidden = false;
    body.dataset.lastCall = c.label + ">" + c.counter;
    clearTimeout(bannerTimer);
    bannerTimer = setTimeout(() => { $("banner").hidden = true; }, 8000);
    audioQueue.push(c.audio);
    body.dataset.announced = String(Number(body.dataset.announced || 0) + 1);
    playNext();
  }

  function render(p, source) {
    if (p.version !== undefined) body.dataset.version = p.version;
    const fresh = newCalls(p.calls);
    if (p.calls.length) lastCall = callKey(p.calls[0]);
    firstPicture = false;
    $("office").textContent = p.office;
    $("day").textContent = p.day;
    clockBase = { server: p.now, client: Date.now() };
    tick();
    drawServing(p, fresh.length ? fresh[fresh.length - 1].counter : null);
    drawCalls(p);
    drawWaiting(p);
    drawDossiers(p);
    $("received").textContent = p.today.received;
    $("returned").textContent = p.today.returned;
    $("ontime").textContent = p.today.onTimePercent === null ? "–" : p.today.onTimePercent + "%";
    fresh.forEach(announce);
    body.dataset.updates = String(Number(body.dataset.updates) + 1);
    body.dataset.source = source;
  }

  // [SECTION] keeping current: the event stream, polling while it is down
  let stream = null;
  let lastHeard = 0;
  function poll() {
    return fetch("/wall/picture.json" + query, { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : Promise.reject(r.status)))
      .then((p) => { render(p, "json"); $("offline").hidden = true; })
      .catch(() => { $("offline").hidden = false; });
  }
  function connect() {
    if (stream) stream.close();
    stream = new EventSource("/wall/events" + query);
    stream.addEventListener("picture", (e) => {
      lastHeard = Date.now();
      $("offline").hidden = true;
      render(JSON.parse(e.data), "sse");
    });
    stream.addEventListener("ping", () => { lastHeard = Date.now(); $("offline").hidden = true; });
    stream.onerror = () => { if (stream.readyState === EventSource.CLOSED) setTimeout(connect, 3000); };
  }
  setInterval(() => {
    tick();
    // No word from the stream for a while: poll, and open it again.
    if (Date.now() - lastHeard > 40000) { poll(); connect(); lastHeard = Date.now() - 30000; }
  }, 1000);
  // The times on the wall ("late by", due today) move with the clock: read again each minute.
  setInterval(poll, 60000);
  lastHeard = Date.now();
  connect();
})();
