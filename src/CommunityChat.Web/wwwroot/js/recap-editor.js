// The console's recap editor (SPEC rule 10): draft from highlights, edit beside a live preview, save, publish.
// Drafting writes nothing on the server; a new draft replaces edited text only when the moderator says so.
import { t } from "./strings.js";
import { readConfig } from "./room-core.js";

const { chatId } = readConfig();
const $ = (id) => document.getElementById(id);
const editor = $("recap-markdown");
const api = `/api/chats/${chatId}/recap`;
let saved = "";
let drafted = "";
let previewTimer = 0;

async function call(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(data.detail ?? t("Something went wrong. Check your connection and try again."));
  return data;
}

async function run(action) {
  const error = $("recap-error");
  error.hidden = true;
  try {
    await action();
  } catch (e) {
    error.textContent = e.message;
    error.hidden = false;
  }
}

function when(value) {
  return new Intl.DateTimeFormat(document.documentElement.lang || "en", { dateStyle: "medium", timeStyle: "short" }).format(new Date(value));
}

function showState(state) {
  saved = state.markdown;
  let text = t("Not saved yet.");
  if (state.publishedAt) text = state.publishedIsCurrent ? t("Published {0}.", when(state.publishedAt)) : t("Published {0}; the editor has changes since.", when(state.publishedAt));
  else if (state.updatedAt) text = t("Saved {0}, not published.", when(state.updatedAt));
  $("recap-status").textContent = text;
  $("recap-view").hidden = !state.url;
  showHidden(state.hiddenQuotes);
}

function showHidden(quotes) {
  $("recap-hidden").hidden = quotes.length === 0;
  $("recap-hidden-list").replaceChildren(...quotes.map((q) => {
    const li = document.createElement("li");
    li.textContent = `@${q.handle} ${q.label ?? ""} “${q.excerpt}”${q.reason ? ` (${t("hidden: {0}", q.reason)})` : ""}`;
    return li;
  }));
}

function preview() {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => run(async () => {
    const result = await call("POST", `${api}/preview`, { markdown: editor.value });
    $("recap-preview").innerHTML = result.html; // rendered on the server under the posts' Markdown policy
    showHidden(result.hiddenQuotes);
  }), 300);
}

function edited() {
  if (editor.value !== saved) $("recap-status").textContent = t("Unsaved changes.");
  preview();
}

function replaceWith(markdown) {
  editor.value = markdown;
  drafted = markdown;
  edited();
}

$("recap-draft").addEventListener("click", () => run(async () => {
  const { markdown } = await call("POST", `${api}/draft`);
  const mine = editor.value.trim() !== "" && editor.value !== drafted;
  if (!mine) return replaceWith(markdown);
  const dialog = $("recap-replace-dialog");
  dialog.addEventListener("close", () => { if (dialog.returnValue === "replace") replaceWith(markdown); }, { once: true });
  dialog.showModal();
}));

$("recap-save").addEventListener("click", () => run(async () => showState(await call("PUT", api, { markdown: editor.value, publish: false }))));
$("recap-publish").addEventListener("click", () => run(async () => showState(await call("PUT", api, { markdown: editor.value, publish: true }))));
editor.addEventListener("input", edited);
window.addEventListener("beforeunload", (event) => { if (editor.value !== saved) event.preventDefault(); });

run(async () => {
  const state = await call("GET", api);
  editor.value = state.markdown;
  drafted = "";
  showState(state);
  if (state.markdown) preview();
});
