// SPEC rule 23: the "so far" view of a live room: every asked question with the guest's answers first and everyone
// else's behind a toggle, the transcript's grouping (rule 11) read from the transcript API, kept current while open.
import { t, n } from "./strings.js";
import { isolatedName } from "./names.js";

const REFRESH_MS = 3000;

export class SoFar {
  /** @param {{ chatId: number, toggle: HTMLButtonElement, section: HTMLElement, feed: HTMLElement[] }} options */
  constructor(options) {
    this.options = options;
    this.body = options.section.querySelector("#so-far-body");
    this.status = options.section.querySelector("#so-far-status");
    this.open = false;
    this.timer = null;
    this.expanded = new Set();
    options.toggle.addEventListener("click", () => this.setOpen(!this.open));
  }

  setOpen(open) {
    this.open = open;
    const { toggle, section, feed } = this.options;
    toggle.setAttribute("aria-pressed", String(open));
    section.hidden = !open;
    for (const element of feed) element.classList.toggle("so-far-open", open);
    if (open) this.refresh();
  }

  /** A post arrived or changed: while open, read again, at most once every few seconds. */
  changed() {
    if (!this.open || this.timer) return;
    this.timer = setTimeout(() => { this.timer = null; this.refresh(); }, REFRESH_MS);
  }

  async refresh() {
    try {
      const response = await fetch(`/api/chats/${this.options.chatId}/transcript`);
      if (!response.ok) throw new Error(response.statusText);
      const document = await response.json();
      this.#render(document.transcript.questions);
      this.status.textContent = "";
    } catch {
      this.status.textContent = t("Something went wrong. Check your connection and try again.");
    }
  }

  #render(sections) {
    if (sections.length === 0) {
      this.body.replaceChildren(el("p", "empty", t("No question has been asked yet.")));
      return;
    }
    this.body.replaceChildren(...sections.map((section) => {
      const number = section.question.number;
      const part = el("section", "so-far__question");
      const heading = el("h3");
      heading.append(el("span", "post__label", `Q${number}`), " ", section.question.text);
      part.append(heading);
      if (section.guestAnswers.length) part.append(list(section.guestAnswers, "so-far__guest"));
      else part.append(el("p", "muted", t("No answer from the guest yet.")));
      if (section.answers.length) {
        const more = el("details", "so-far__more");
        const count = countPosts(section.answers);
        more.append(el("summary", "", count === 1 ? t("1 more answer") : t("{0} more answers", n(count))), list(section.answers, ""));
        more.open = this.expanded.has(number);
        more.addEventListener("toggle", () => { if (more.open) this.expanded.add(number); else this.expanded.delete(number); });
        part.append(more);
      }
      return part;
    }));
  }
}

function countPosts(nodes) {
  return nodes.reduce((sum, node) => sum + 1 + countPosts(node.replies), 0);
}

function list(nodes, className) {
  const ol = el("ol", `so-far__answers ${className}`.trim());
  for (const node of nodes) {
    const li = el("li");
    const meta = el("p", "so-far__meta");
    if (node.post.label) meta.append(el("span", "post__label", node.post.label), " ");
    const author = el("strong");
    author.append(isolatedName(node.post.author.displayName));
    meta.append(author, ` @${node.post.author.handle}`);
    const body = el("div", "post__body");
    // Rendered by the server with raw HTML disabled (SPEC rule 5), like every post.
    body.innerHTML = node.post.html;
    li.append(meta, body);
    if (node.replies.length) li.append(list(node.replies, "so-far__replies"));
    ol.append(li);
  }
  return ol;
}

function el(tag, className = "", text = "") {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text) element.textContent = text;
  return element;
}
