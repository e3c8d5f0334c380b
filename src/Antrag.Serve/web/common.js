"use strict";
// Shared by both pages: the calls to the server (each with the session key) and a small helper to build elements.
const antrag = (() => {
  const token = document.querySelector('meta[name="antrag-token"]').content;

  async function call(method, url, body) {
    const headers = { "X-Antrag-Token": token };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), credentials: "same-origin" });
  }

  async function json(method, url, body) {
    const response = await call(method, url, body);
    let data = {};
    try { data = await response.json(); } catch { data = { fehler: "Der Server hat nicht verständlich geantwortet." }; }
    return { ok: response.ok, status: response.status, data };
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "text") node.textContent = value;
      else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
      else node.setAttribute(name, value === true ? "" : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function today() {
    const d = new Date();
    return String(d.getDate()).padStart(2, "0") + "." + String(d.getMonth() + 1).padStart(2, "0") + "." + d.getFullYear();
  }

  return { call, json, el, today };
})();
