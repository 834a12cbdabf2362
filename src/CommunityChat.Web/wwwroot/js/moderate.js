// The moderator console: /c/{community}/{chat}/moderate. Start, ask, settings, end; the feed with Hide and Highlight.
import { t, n } from "./strings.js";
import { openRoom, readConfig } from "./room-core.js";
import { formatTime } from "./site.js";

const config = readConfig();
const $ = (id) => document.getElementById(id);
let chat = null;

const room = openRoom(config, {
  chatChanged: (value) => { chat = value; render(); },
  postAdded: (post) => {
    if (post.kind !== "question" || !chat) return;
    const question = chat.questions.find((q) => q.number === post.questionNumber);
    if (question && !question.askedAt) { question.askedAt = post.createdAt; render(); }
  },
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
    live: t("Live. Questions are posted when you ask them."),
    ended: t("Ended. The transcript is public."),
  }[chat.status];

  const list = $("question-list");
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
      b.disabled = !live;
      b.addEventListener("click", () => run(() => room.connection.invoke("Ask", config.chatId, q.number)));
      head.append(b);
    }
    const text = document.createElement("p");
    text.textContent = q.text;
    li.append(head, text);
    return li;
  }));

  $("slow-mode").value = String(chat.slowModeSeconds);
  $("lock").checked = chat.locked;
  $("autopilot").checked = chat.autopilot;
}

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
