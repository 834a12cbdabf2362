// Audience questions (SPEC rule 22), for the room and the console alike. In the room: "Suggest a question" (a small
// dialog) and the open suggestions, most votes first, each with its count and an upvote button (one vote, final;
// pressed once voted; one's own marked). Readers see the list and a sign-in link. On a phone the list folds away so
// the feed and the composer keep the screen (rule 31). In the console (#suggestion-queue): the same ranking with "Ask"
// and "Dismiss", live for every moderator, and a polite word when a co-moderator asked or dismissed one.
import { t, n } from "./strings.js";
import { isolatedName } from "./names.js";

export class Suggestions {
  /**
   * @param {{ chatId: number, me: string|null, invoke: Function, say: Function }} options
   */
  constructor({ chatId, me, invoke, say }) {
    this.chatId = chatId;
    this.me = me;
    this.invoke = invoke;
    this.say = say;
    this.suggestions = new Map();
    this.live = false;
    /** Suggestions this client just asked or dismissed: their broadcast is not announced back to it. */
    this.mine = new Set();
    this.queue = document.getElementById("suggestion-queue");
    if (this.queue) {
      this.list = this.queue.querySelector("#suggestion-queue-list");
      this.empty = this.queue.querySelector("#suggestion-queue-empty");
      // The console has its queue: the room's own section (in the shared feed partial) is not for it.
      document.getElementById("suggestions")?.remove();
    } else {
      this.#adoptRoom();
    }
  }

  /** Join (first or after a reconnect): the chat's suggestions as this account may see them. */
  reset(suggestions) {
    const known = this.suggestions;
    this.suggestions = new Map();
    for (const suggestion of suggestions ?? []) this.suggestions.set(suggestion.id, this.#merge(suggestion, known.get(suggestion.id)));
    this.#render();
  }

  /** SuggestionChanged: suggested, voted (coalesced by the server), asked, dismissed. */
  changed(suggestion) {
    if (suggestion.chatId !== this.chatId) return;
    const known = this.suggestions.get(suggestion.id);
    this.suggestions.set(suggestion.id, this.#merge(suggestion, known));
    this.#render();
    if (this.queue && known?.status === "open" && suggestion.status !== "open" && !this.mine.has(suggestion.id)) {
      this.say(suggestion.status === "asked"
        ? t("A moderator asked @{0}'s suggestion as Q{1}.", suggestion.author.handle, suggestion.questionNumber)
        : t("A moderator dismissed @{0}'s suggestion.", suggestion.author.handle));
    }
  }

  setLive(live) {
    this.live = live;
    this.#render();
  }

  /** Broadcasts say nobody voted: keep what this client knows of its own vote. */
  #merge(suggestion, known) {
    if (!known) return suggestion;
    return { ...suggestion, voted: suggestion.voted || known.voted };
  }

  #ranked() {
    return [...this.suggestions.values()]
      .filter((s) => s.status === "open")
      .sort((a, b) => b.votes - a.votes || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id - b.id);
  }

  #render() {
    const open = this.#ranked();
    if (this.root) {
      this.root.hidden = !this.live && open.length === 0;
      if (this.suggestButton) this.suggestButton.hidden = !this.live;
      this.toggle.textContent = t("Audience questions ({0})", n(open.length));
      // Nothing to unfold: no toggle (and no Tab stop) until the first suggestion.
      this.toggle.hidden = open.length === 0;
    }
    this.empty.hidden = open.length > 0;
    // Items are kept and reordered, not redrawn, so a focused button keeps the focus as counts change.
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const items = open.map((s) => this.#item(s));
    this.list.replaceChildren(...items);
    if (focused && focused.isConnected && document.activeElement !== focused) focused.focus();
    // The focused suggestion left the list (asked or dismissed, maybe by someone else): keep the focus in the section.
    if (focused && !focused.isConnected) this.#heading().focus();
  }

  #item(s) {
    let li = this.list.querySelector(`[data-suggestion-id="${s.id}"]`);
    if (!li) {
      li = document.createElement("li");
      li.className = "suggestion";
      li.dataset.suggestionId = String(s.id);
      const text = document.createElement("p");
      text.className = "suggestion__text";
      text.id = `suggestion-${s.id}-text`;
      const meta = document.createElement("p");
      meta.className = "suggestion__meta muted";
      const actions = document.createElement("div");
      actions.className = "suggestion__actions";
      li.append(text, meta, actions);
      if (this.queue) this.#moderatorActions(s, actions);
      else if (this.me && s.author.handle !== this.me) this.#voteButton(s, actions);
    }
    li.querySelector(".suggestion__text").textContent = s.text;
    const own = this.me && s.author.handle === this.me;
    const votes = s.votes === 1 ? t("1 vote") : t("{0} votes", n(s.votes));
    li.querySelector(".suggestion__meta").replaceChildren(...(own
      ? [`${t("Your suggestion")} · ${votes}`]
      : [isolatedName(s.author.displayName), ` (@${s.author.handle}) · ${votes}`]));
    li.classList.toggle("suggestion--mine", Boolean(own));
    const vote = li.querySelector("button[data-action=vote]");
    if (vote) {
      vote.setAttribute("aria-pressed", String(Boolean(s.voted)));
      vote.setAttribute("aria-disabled", String(Boolean(s.voted) || !this.live));
    }
    const ask = li.querySelector("button[data-action=ask]");
    if (ask && !this.mine.has(s.id)) ask.disabled = !this.live;
    return li;
  }

  #voteButton(s, actions) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary small suggestion__vote";
    button.dataset.action = "vote";
    button.textContent = t("Upvote");
    button.setAttribute("aria-describedby", `suggestion-${s.id}-text`);
    button.addEventListener("click", async () => {
      if (button.getAttribute("aria-disabled") === "true") return;
      this.#error("");
      try {
        const result = await this.invoke("VoteSuggestion", s.id);
        this.changed(result);
        this.say(t("Upvoted."));
      } catch (e) {
        this.#error(e.message);
      }
    });
    actions.append(button);
  }

  #moderatorActions(s, actions) {
    const ask = document.createElement("button");
    ask.type = "button";
    ask.className = "small";
    ask.dataset.action = "ask";
    ask.textContent = t("Ask");
    ask.setAttribute("aria-describedby", `suggestion-${s.id}-text`);
    const dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "secondary small";
    dismiss.dataset.action = "dismiss";
    dismiss.textContent = t("Dismiss");
    dismiss.setAttribute("aria-describedby", `suggestion-${s.id}-text`);
    const act = async (method, done) => {
      this.#error("");
      this.mine.add(s.id);
      ask.disabled = dismiss.disabled = true;
      try {
        const result = await this.invoke(method, s.id);
        this.say(done(result));
        if (method === "DismissSuggestion") this.changed(result);
      } catch (e) {
        this.mine.delete(s.id);
        ask.disabled = dismiss.disabled = false;
        this.#error(e.message);
      }
    };
    ask.addEventListener("click", () => act("AskSuggestion", (post) => t("Asked as {0}.", post.label)));
    dismiss.addEventListener("click", () => act("DismissSuggestion", () => t("Suggestion dismissed.")));
    actions.append(ask, dismiss);
  }

  #heading() {
    const heading = (this.root ?? this.queue).querySelector("h2, h3");
    heading.tabIndex = -1;
    return heading;
  }

  #error(message) {
    const element = (this.root ?? this.queue).querySelector(".suggestions__error");
    element.textContent = message;
    element.hidden = !message;
  }

  /**
   * The room's section (_LiveFeed renders it, so nothing moves when this script starts): a heading, the fold's toggle
   * (site.js opens and closes it), "Suggest a question" (or how to sign in), the list.
   */
  #adoptRoom() {
    this.root = document.getElementById("suggestions");
    if (!this.root) return;
    this.toggle = this.root.querySelector(".fold__toggle");
    this.suggestButton = this.root.querySelector(".suggestions__suggest");
    this.suggestButton?.addEventListener("click", () => this.#openDialog());
    this.empty = this.root.querySelector(".suggestions__empty");
    this.list = this.root.querySelector(".suggestions__list");
    const el = (tag, className, text) => {
      const element = document.createElement(tag);
      if (className) element.className = className;
      if (text) element.textContent = text;
      return element;
    };
    if (this.suggestButton) this.#buildDialog(el);
  }

  #buildDialog(el) {
    const dialog = el("dialog", "suggest-dialog");
    dialog.id = "suggest-dialog";
    dialog.setAttribute("aria-labelledby", "suggest-dialog-title");
    const form = el("form", "stacked-form");
    const title = el("h2", null, t("Suggest a question for the guest"));
    title.id = "suggest-dialog-title";
    const label = el("label", null, t("Your question"));
    label.htmlFor = "suggest-text";
    const text = el("textarea");
    text.id = "suggest-text";
    text.rows = 3;
    text.required = true;
    const error = el("p", "error");
    error.setAttribute("role", "alert");
    error.hidden = true;
    const row = el("div", "inline-fields");
    const send = el("button", null, t("Send suggestion"));
    send.type = "submit";
    const cancel = el("button", "secondary", t("Cancel"));
    cancel.type = "button";
    cancel.addEventListener("click", () => dialog.close());
    row.append(send, cancel);
    form.append(title, label, text, error, row);
    dialog.append(form);
    document.body.append(dialog);
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      error.hidden = true;
      send.disabled = true;
      try {
        const suggestion = await this.invoke("Suggest", this.chatId, text.value);
        this.changed(suggestion);
        text.value = "";
        dialog.close();
        this.say(t("Your question was suggested. Others can now upvote it."));
      } catch (e) {
        error.textContent = e.message;
        error.hidden = false;
      } finally {
        send.disabled = false;
      }
    });
    dialog.addEventListener("close", () => this.suggestButton.focus());
    this.dialog = dialog;
    this.dialogText = text;
  }

  #openDialog() {
    this.dialog.showModal();
    this.dialogText.focus();
  }
}
