// The console's "Welcome them" list (rule 32): the chat's newcomers in the order they arrived. The server renders those
// who posted before the page loaded; posts caught up on Join and live posts add the others, once each.
import { t } from "./strings.js";
import { isolatedName } from "./names.js";

export class WelcomeList {
  /** @param {HTMLElement} section  @param {{ say: (text: string) => void }} options */
  constructor(section, options) {
    this.list = section.querySelector("ol");
    this.empty = section.querySelector("[data-welcome-empty]");
    this.options = options;
    this.known = new Set([...this.list.querySelectorAll("li")].map((li) => li.dataset.handle));
  }

  /** A post arrived: its author is listed when the post carries the "First chat" mark and they are not listed yet. */
  add(post, { announce = true } = {}) {
    const author = post.author;
    if (!author?.newcomer || post.held || this.known.has(author.handle)) return;
    this.known.add(author.handle);
    const li = document.createElement("li");
    li.dataset.handle = author.handle;
    const link = document.createElement("a");
    link.href = `/@${author.handle}`;
    link.append(isolatedName(author.displayName));
    const handle = document.createElement("span");
    handle.className = "muted";
    handle.textContent = ` @${author.handle}`;
    li.append(link, handle);
    this.list.append(li);
    this.empty.hidden = true;
    if (announce) this.options.say(t("New here: @{0}. Welcome them.", author.handle));
  }
}
