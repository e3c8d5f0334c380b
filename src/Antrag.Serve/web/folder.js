"use strict";
// The folder at a glance: every motion with kind, number, date, Betreff, state and a thumbnail; filters; "Neuer Antrag".
(() => {
  const { json, call, el, today } = antrag;
  const list = document.getElementById("liste");
  const status = document.getElementById("status");
  const search = document.getElementById("suche");
  const kindFilter = document.getElementById("filter-art");
  const yearFilter = document.getElementById("filter-jahr");
  let motions = [];
  let kinds = [];
  let folders = [""];

  const stateText = { ok: "in Ordnung", warnungen: "Warnungen", fehler: "Fehler" };

  function year(date) {
    const m = /(\d{4})/.exec(date || "");
    return m ? m[1] : "";
  }

  function show() {
    const text = search.value.trim().toLowerCase();
    const shown = motions.filter(m =>
      (!text || [m.betreff, m.nummer, m.datei, m.datum].some(v => (v || "").toLowerCase().includes(text)))
      && (!kindFilter.value || m.art === kindFilter.value)
      && (!yearFilter.value || year(m.datum) === yearFilter.value));
    list.replaceChildren(...shown.map(row));
    status.textContent = motions.length === 0
      ? "In diesem Ordner ist noch kein Antrag. Legen Sie mit „Neuer Antrag“ einen an."
      : `${shown.length} von ${motions.length} Anträgen`;
  }

  function row(m) {
    const href = "/bearbeiten?datei=" + encodeURIComponent(m.datei);
    const picture = el("img", { class: "daumen", alt: "", width: "84", height: "119" });
    thumbnail(m.datei, picture);
    const stateLabel = stateText[m.zustand] || m.zustand;
    const detail = m.zustand === "ok" ? "" : ` (${m.fehler} Fehler, ${m.warnungen} Warnungen)`;
    return el("li", { class: "eintrag" },
      el("a", { href, class: "daumen-verweis", tabindex: "-1", "aria-hidden": "true" }, picture),
      el("div", { class: "angaben" },
        el("h2", {}, el("a", { href, text: m.betreff || m.datei })),
        el("p", { class: "daten" },
          el("span", { class: "art", text: m.artTitel }),
          m.nummer ? el("span", { text: "Nr. " + m.nummer }) : null,
          m.datum ? el("span", { text: m.datum }) : null,
          el("span", { class: "datei", text: m.datei })),
        el("p", { class: "zustand " + m.zustand, text: stateLabel + detail }),
        m.meldung ? el("p", { class: "erste-meldung", text: m.meldung }) : null));
  }

  async function thumbnail(file, img) {
    try {
      const response = await call("GET", "/api/vorschaubild?datei=" + encodeURIComponent(file));
      if (response.status === 200) img.src = URL.createObjectURL(await response.blob());
      else img.classList.add("leer");
    } catch { img.classList.add("leer"); }
  }

  async function load() {
    const { ok, data } = await json("GET", "/api/ordner");
    if (!ok) { status.textContent = data.fehler; return; }
    motions = data.antraege;
    kinds = data.arten;
    folders = data.ordnerListe;
    const present = new Set(motions.map(m => m.art));
    kindFilter.replaceChildren(el("option", { value: "", text: "alle Arten" }),
      ...kinds.filter(k => present.has(k.name)).map(k => el("option", { value: k.name, text: k.titel })));
    const years = [...new Set(motions.map(m => year(m.datum)).filter(y => y))].sort().reverse();
    yearFilter.replaceChildren(el("option", { value: "", text: "alle Jahre" }), ...years.map(y => el("option", { value: y, text: y })));
    show();
  }

  for (const input of [search, kindFilter, yearFilter]) input.addEventListener("input", show);
  document.getElementById("filter").addEventListener("submit", e => e.preventDefault());

  // "Neuer Antrag": kind, folder and file name; the server writes the skeleton (as antrag new does) and the editor opens.
  const dialog = document.getElementById("neu-dialog");
  const kindSelect = document.getElementById("neu-art");
  const folderSelect = document.getElementById("neu-ordner");
  const nameInput = document.getElementById("neu-name");
  const message = document.getElementById("neu-meldung");
  let nameTouched = false;

  function suggestName() {
    if (nameTouched) return;
    const [d, m, y] = today().split(".");
    nameInput.value = `${kindSelect.value}-${y}-${m}-${d}.yaml`;
  }

  document.getElementById("neu").addEventListener("click", () => {
    kindSelect.replaceChildren(...kinds.map(k => el("option", { value: k.name, text: k.titel })));
    const counts = new Map();
    for (const m of motions) {
      const folder = m.datei.includes("/") ? m.datei.slice(0, m.datei.lastIndexOf("/")) : "";
      counts.set(folder, (counts.get(folder) || 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    folderSelect.replaceChildren(...folders.map(f => el("option", { value: f, text: f === "" ? "(dieser Ordner)" : f })));
    if (best) folderSelect.value = best[0];
    nameTouched = false;
    message.textContent = "";
    suggestName();
    dialog.showModal();
    kindSelect.focus();
  });
  kindSelect.addEventListener("change", suggestName);
  nameInput.addEventListener("input", () => { nameTouched = true; });
  document.getElementById("neu-abbrechen").addEventListener("click", () => dialog.close());
  document.getElementById("neu-form").addEventListener("submit", async e => {
    e.preventDefault();
    const { ok, data } = await json("POST", "/api/neu", { art: kindSelect.value, ordner: folderSelect.value, name: nameInput.value });
    if (!ok) { message.textContent = data.fehler; return; }
    location.href = "/bearbeiten?datei=" + encodeURIComponent(data.datei);
  });

  load();
})();
