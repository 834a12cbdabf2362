// The moderator console: /c/{community}/{chat}/moderate. Start, ask, settings, end; the feed with Hide and Highlight;
// the running clock and, under autopilot, the countdown to the next question; inline edits of the questions (rule 27).
import { t, n } from "./strings.js";
import { openRoom, readConfig } from "./room-core.js";
import { formatTime } from "./time.js";
import { HeldQueue } from "./held-queue.js";
import { ReportQueue } from "./report-queue.js";
import { WelcomeList } from "./welcome.js";

const config = readConfig();
const $ = (id) => document.getElementById(id);
let chat = null;
/** The question being edited inline: { number, text, version (the plan's version when the edit began), error }. */
let editing = null;
// The server's clock, as the page saw it: the clocks below count from the server's start time, not this machine's.
const skew = Date.parse($("console-clock").dataset.serverNow) - Date.now();

const room = openRoom(config, {
  chatChanged: (value) => { chat = value; render(); },
  held: (posts) => held.reset(posts),
  postHeld: (post) => held.changed(post),
  postRemoved: (postId) => held.removed(postId),
  reportsChanged: () => reports.refresh().catch(() => {}),
  joined: (result) => { for (const post of result.posts) welcome.add(post, { announce: false }); },
  postAdded: (post) => {
    welcome.add(post);
    if (post.kind !== "question" || !chat) return;
    const question = chat.questions.find((q) => q.number === post.questionNumber);
    if (question && !question.askedAt) { question.askedAt = post.createdAt; render(); }
  },
});

const held = new HeldQueue($("held-queue"), {
  invoke: (...args) => room.connection.invoke(...args),
  say: (text) => room.announcer.say(text),
  showError: (message) => room.showError(message),
});

const welcome = new WelcomeList($("welcome-them"), { say: (text) => room.announcer.say(text) });

const reports = new ReportQueue($("report-queue"), {
  chatId: config.chatId,
  community: config.community,
  invoke: (...args) => room.connection.invoke(...args),
  say: (text) => room.announcer.say(text),
  showError: (message) => room.showError(message),
});

async function run(action) {
  room.showError("");
  try {
    await action();
  } catch (error) {
    room.showError(error.message);
  }
}

function nextQuestion() {
  return chat?.questions.filter((q) => !q.askedAt).sort((a, b) => a.number - b.number)[0];
}

function render() {
  if (!chat) return;
  const live = chat.status === "live";
  $("start-chat").hidden = chat.status === "live" || chat.status === "ended";
  $("end-chat").hidden = !live;
  const next = nextQuestion();
  const ask = $("ask-next");
  ask.disabled = !live || !next;
  $("ask-next-detail").textContent = next ? t("Next: Q{0}", next.number) : t("Every question has been asked.");
  $("console-status").textContent = {
    draft: t("Draft: not on the community page yet."),
    scheduled: t("Scheduled. Start the chat when you're ready."),
    live: chat.autopilot
      ? t("Live. Autopilot asks each question at its minute; you can still ask one early.")
      : t("Live. Questions are posted when you ask them."),
    ended: t("Ended. The transcript is public."),
  }[chat.status];
  for (const e of document.querySelectorAll("[data-plan-action=delete]")) e.hidden = !["draft", "scheduled"].includes(chat.status);
  for (const e of document.querySelectorAll("[data-plan-action=schedule]")) e.hidden = chat.status !== "draft";
  for (const e of document.querySelectorAll("[data-plan-action=edit]")) e.hidden = chat.status === "ended";
  if (chat.status === "ended") editing = null;
  tick();

  const list = $("question-list");
  // The list is rebuilt on every change: whoever had focus in it (an edit box, a button) keeps it.
  const focused = list.contains(document.activeElement) ? document.activeElement : null;
  const selection = focused?.tagName === "TEXTAREA" ? [focused.selectionStart, focused.selectionEnd] : null;
  list.replaceChildren(...chat.questions.map((q) => {
    const li = document.createElement("li");
    li.dataset.asked = String(Boolean(q.askedAt));
    const head = document.createElement("div");
    head.className = "q-head";
    const title = document.createElement("strong");
    title.textContent = `Q${q.number}`;
    head.append(title);
    if (q.askedAt) {
      const time = document.createElement("time");
      time.setAttribute("datetime", q.askedAt);
      time.dataset.format = "time";
      formatTime(time);
      const asked = document.createElement("span");
      asked.className = "muted";
      asked.append(t("Asked") + " ", time);
      head.append(asked);
    } else {
      if (q.offsetMinutes !== null && q.offsetMinutes !== undefined) {
        const at = document.createElement("span");
        at.className = "muted";
        at.textContent = t("minute {0}", n(q.offsetMinutes));
        head.append(at);
      }
      const b = document.createElement("button");
      b.type = "button";
      b.className = "secondary small";
      b.textContent = t("Ask Q{0}", q.number);
      b.id = `ask-q${q.number}`;
      b.disabled = !live;
      b.addEventListener("click", () => run(() => room.connection.invoke("Ask", config.chatId, q.number)));
      head.append(b);
    }
    if (editing?.number === q.number) {
      li.append(head, editForm(q));
      return li;
    }
    if (chat.status !== "ended") {
      const edit = document.createElement("button");
      edit.type = "button";
      edit.className = "secondary small";
      edit.id = `edit-q${q.number}`;
      edit.textContent = t("Edit Q{0}", q.number);
      edit.addEventListener("click", () => {
        editing = { number: q.number, text: q.text, version: chat.planVersion, error: "" };
        render();
        $(`edit-q${q.number}-text`)?.focus();
      });
      head.append(edit);
    }
    const text = document.createElement("p");
    text.textContent = q.text;
    li.append(head, text);
    return li;
  }));
  if (focused?.id && $(focused.id) && $(focused.id) !== focused) {
    $(focused.id).focus();
    if (selection) $(focused.id).setSelectionRange(...selection);
  }

  $("slow-mode").value = String(chat.slowModeSeconds);
  $("lock").checked = chat.locked;
  $("autopilot").checked = chat.autopilot;
  $("premoderation").checked = chat.premoderation;
}

/** The inline editor of one question's text: Save sends the whole planned list with this one changed (PUT /api/chats/{id}). */
function editForm(q) {
  const form = document.createElement("form");
  form.className = "stacked-form question-edit";
  const id = `edit-q${q.number}-text`;
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = t("Q{0} text", q.number);
  const box = document.createElement("textarea");
  box.id = id;
  box.rows = 3;
  box.maxLength = 2000;
  box.value = editing.text;
  box.addEventListener("input", () => { editing.text = box.value; });
  box.addEventListener("keydown", (event) => { if (event.key === "Escape") stopEditing(q.number); });
  const error = document.createElement("p");
  error.className = "error";
  error.setAttribute("role", "alert");
  error.textContent = editing.error;
  error.hidden = !editing.error;
  const actions = document.createElement("div");
  actions.className = "inline-fields";
  const save = document.createElement("button");
  save.type = "submit";
  save.textContent = t("Save");
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "secondary";
  cancel.textContent = t("Cancel");
  cancel.addEventListener("click", () => stopEditing(q.number));
  actions.append(save, cancel);
  form.append(label, box, error, actions);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    saveQuestion(q.number, save).catch(() => showEditError(t("Something went wrong. Check your connection and try again.")));
  });
  return form;
}

function stopEditing(number) {
  editing = null;
  render();
  $(`edit-q${number}`)?.focus();
}

function showEditError(message) {
  if (!editing) return;
  editing.error = message;
  render();
  $(`edit-q${editing.number}-text`)?.focus();
}

/**
 * Saves from the plan's version the edit began with: if another moderator changed the plan meanwhile, the server says so
 * (409) and the text stays here; their change is already on screen, so Save again applies this one on top of it.
 */
async function saveQuestion(number, button) {
  button.disabled = true;
  const questions = chat.questions.map((q) => ({
    number: q.number,
    text: q.number === number ? editing.text : q.text,
    offsetMinutes: q.offsetMinutes ?? null,
  }));
  const response = await fetch(`/api/chats/${config.chatId}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", "If-Match": `"${editing.version}"` },
    body: JSON.stringify({ questions }),
  });
  const data = await response.json().catch(() => ({}));
  button.disabled = false;
  if (!response.ok) {
    if (response.status === 409) editing.version = chat.planVersion;
    showEditError(data.detail ?? t("Something went wrong. Check your connection and try again."));
    return;
  }
  chat = data;
  stopEditing(number);
}

/** "12:07": minutes (past 59 too) and seconds. */
function minutesAndSeconds(milliseconds) {
  const seconds = Math.max(0, Math.floor(milliseconds / 1000));
  return `${String(Math.floor(seconds / 60)).padStart(2, "0")}:${String(seconds % 60).padStart(2, "0")}`;
}

/** Under autopilot, the next question it will ask: the unasked one with the earliest minute. */
function nextTimedQuestion() {
  return chat.questions
    .filter((q) => !q.askedAt && q.offsetMinutes !== null && q.offsetMinutes !== undefined)
    .sort((a, b) => a.offsetMinutes - b.offsetMinutes || a.number - b.number)[0];
}

/** The running clock since the start and the countdown to autopilot's next question (SPEC rule 31). */
function tick() {
  const started = chat?.status === "live" && chat.startedAt ? Date.parse(chat.startedAt) : NaN;
  $("console-clock").hidden = Number.isNaN(started);
  if (Number.isNaN(started)) return;
  const now = Date.now() + skew;
  $("clock-elapsed").textContent = minutesAndSeconds(now - started);
  const next = chat.autopilot ? nextTimedQuestion() : null;
  $("clock-next-row").hidden = !next;
  if (next) $("clock-next").textContent = minutesAndSeconds(started + next.offsetMinutes * 60_000 - now);
}
setInterval(tick, 1000);

$("start-chat").addEventListener("click", () => run(() => room.connection.invoke("Start", config.chatId)));
$("ask-next").addEventListener("click", () => {
  const next = nextQuestion();
  if (next) run(() => room.connection.invoke("Ask", config.chatId, next.number));
});
$("end-chat").addEventListener("click", () => $("end-dialog").showModal());
$("end-dialog").addEventListener("close", () => {
  if ($("end-dialog").returnValue === "end") run(() => room.connection.invoke("End", config.chatId));
});
$("slow-mode").addEventListener("change", (event) =>
  run(() => room.connection.invoke("SetSlowMode", config.chatId, Number(event.target.value))));
$("lock").addEventListener("change", (event) =>
  run(() => room.connection.invoke("SetLock", config.chatId, event.target.checked)));
$("autopilot").addEventListener("change", (event) =>
  run(() => room.connection.invoke("SetAutopilot", config.chatId, event.target.checked)));
$("premoderation").addEventListener("change", (event) =>
  run(() => room.connection.invoke("SetPremoderation", config.chatId, event.target.checked)));

/** "2 held posts · 1 report · 3 audience questions", each a link to its queue (under the feed where the console is one column). */
function renderQueueSummary() {
  const queues = [
    ["held-heading", document.querySelectorAll("#held-queue .held-list > li").length, (c) => c === 1 ? t("1 held post") : t("{0} held posts", n(c))],
    ["report-heading", document.querySelectorAll("#report-queue .held-list > li").length, (c) => c === 1 ? t("1 report") : t("{0} reports", n(c))],
    ["suggestion-queue-heading", document.querySelectorAll("#suggestion-queue-list > li").length, (c) => c === 1 ? t("1 audience question") : t("{0} audience questions", n(c))],
  ].filter(([, count]) => count > 0);
  const summary = $("queue-summary");
  summary.hidden = queues.length === 0;
  summary.replaceChildren(...queues.flatMap(([target, count, text], i) => {
    const link = document.createElement("a");
    link.href = `#${target}`;
    link.textContent = text(count);
    return i === 0 ? [link] : [" · ", link];
  }));
}
new MutationObserver(renderQueueSummary).observe(document.querySelector(".console__panel"), { childList: true, subtree: true });
renderQueueSummary();
