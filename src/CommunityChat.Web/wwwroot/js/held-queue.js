// The console's queue of held posts (SPEC rule 20): oldest first, live for every moderator at once, each with
// "Approve" and "Reject" (with a reason its author is told).
import { t, n } from "./strings.js";
import { formatTime } from "./time.js";
import { askReason } from "./room-core.js";
import { isolatedName } from "./names.js";

export class HeldQueue {
  /**
   * @param {HTMLElement} section the queue's section, hidden while there is nothing to show
   * @param {{ invoke: Function, say: Function, showError: Function }} options
   */
  constructor(section, options) {
    this.section = section;
    this.list = section.querySelector("ol");
    this.count = section.querySelector("[data-held-count]");
    this.options = options;
    this.posts = new Map();
  }

  /** The queue as Join read it. */
  reset(posts) {
    this.posts = new Map(posts.map((post) => [post.id, post]));
    this.#render();
  }

  /** A post was held (it joins the queue), or approved or rejected by any moderator (it leaves). */
  changed(post) {
    if (post.held) {
      const isNew = !this.posts.has(post.id);
      this.posts.set(post.id, post);
      if (isNew) this.options.say(t("A post by @{0} is waiting for approval.", post.author.handle));
    } else if (this.posts.delete(post.id)) {
      this.options.say(post.rejected ? t("Rejected: the post by @{0}.", post.author.handle) : t("Approved: the post by @{0}.", post.author.handle));
    }
    this.#render();
  }

  /** Its author deleted it while it waited. */
  removed(postId) {
    if (this.posts.delete(postId)) this.#render();
  }

  #render() {
    // Whoever was working through the queue keeps their place: focus goes to the next post's same button.
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const index = focused ? [...this.list.querySelectorAll("button")].indexOf(focused) : -1;
    const posts = [...this.posts.values()].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
    this.section.hidden = posts.length === 0;
    this.count.textContent = n(posts.length);
    this.list.replaceChildren(...posts.map((post) => this.#item(post)));
    if (focused && !focused.isConnected) {
      const buttons = [...this.list.querySelectorAll("button")];
      (buttons[Math.min(index, buttons.length - 1)] ?? this.section.querySelector("h3"))?.focus();
    }
  }

  #item(post) {
    const li = document.createElement("li");
    li.className = "held-item";
    const meta = document.createElement("p");
    meta.className = "held-item__meta";
    meta.id = `held-${post.id}-meta`;
    const name = document.createElement("strong");
    name.append(isolatedName(post.author.displayName));
    const time = document.createElement("time");
    time.setAttribute("datetime", post.createdAt);
    time.dataset.format = "time";
    formatTime(time);
    meta.append(...(post.label ? [post.label, " · "] : []), name, ` @${post.author.handle} · `, time);
    // Why it waits: the blocked word it contains, or the chat's "approve before publish".
    const why = document.createElement("p");
    why.className = "held-item__why";
    why.textContent = post.heldFor ? t("Held: it contains “{0}”", post.heldFor) : t("Held: every post waits for approval");
    const body = document.createElement("div");
    body.className = "post__body";
    // Rendered by the server with raw HTML disabled (SPEC rule 5), like every post.
    body.innerHTML = post.html;
    const actions = document.createElement("div");
    actions.className = "inline-fields";
    const approve = this.#button(t("Approve"), "", () => this.options.invoke("Approve", post.id));
    const reject = this.#button(t("Reject"), "secondary", async () => {
      const reason = await askReason(post, "reject-dialog");
      if (reason !== null) await this.options.invoke("Reject", post.id, reason);
    });
    for (const b of [approve, reject]) b.setAttribute("aria-describedby", meta.id);
    actions.append(approve, reject);
    li.append(meta, why, body, actions);
    return li;
  }

  #button(text, className, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = `small ${className}`.trim();
    b.textContent = text;
    b.addEventListener("click", async () => {
      this.options.showError("");
      try {
        await action();
      } catch (error) {
        this.options.showError(error.message);
      }
    });
    return b;
  }
}
