// Prints, as JSON, what Mozilla pdf.js reads from a PDF for screen readers, page by page: the structure tree that
// getStructTree() gives (as Firefox builds its accessibility tree from it), with the text of each marked-content item
// from getTextContent({ includeMarkedContent: true }) put in place of its id.
//   node structure.mjs file.pdf
// Output: { "pages": [ { "role": "Root", "children": [ { "role": "Document", "children": [ … ] } ] }, … ] }
// A node is { role, alt?, lang?, children }; marked content is { text }.

// pdf.js 6 uses Promise.withResolvers, which Node.js 20 lacks.
Promise.withResolvers ??= () => {
  let resolve, reject;
  const promise = new Promise((a, b) => { resolve = a; reject = b; });
  return { promise, resolve, reject };
};

const { getDocument, VerbosityLevel } = await import("pdfjs-dist/legacy/build/pdf.mjs");
const { readFile } = await import("node:fs/promises");

const file = process.argv[2];
if (!file) {
  console.error("usage: node structure.mjs file.pdf");
  process.exit(2);
}

const data = new Uint8Array(await readFile(file));
const doc = await getDocument({ data, verbosity: VerbosityLevel.ERRORS, useSystemFonts: false, disableFontFace: true }).promise;
const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const texts = new Map();
  const open = [];
  for (const item of content.items) {
    if (item.type === "beginMarkedContentProps" || item.type === "beginMarkedContent") {
      open.push(item.id ?? null);
    } else if (item.type === "endMarkedContent") {
      open.pop();
    } else if (typeof item.str === "string") {
      const id = open.findLast((i) => i !== null);
      if (id !== undefined) {
        texts.set(id, (texts.get(id) ?? "") + item.str + (item.hasEOL ? "\n" : ""));
      }
    }
  }

  const convert = (node) => {
    if (node.type === "content") {
      return { text: texts.get(node.id) ?? "" };
    }
    if (node.type) {
      return { [node.type]: node.id };
    }
    const out = { role: node.role };
    if (node.alt !== undefined) out.alt = node.alt;
    if (node.lang !== undefined) out.lang = node.lang;
    out.children = (node.children ?? []).map(convert);
    return out;
  };
  const tree = await page.getStructTree();
  pages.push(tree ? convert(tree) : null);
}
console.log(JSON.stringify({ pages }, null, 1));
