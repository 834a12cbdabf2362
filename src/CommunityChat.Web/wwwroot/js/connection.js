// The room's SignalR connection: joins, reconnects for ever with back-off, and catches up from the last sequence
// before which it has missed nothing (SPEC rule 7), so a dropped connection loses nothing.
/* global signalR */

const RETRY_CAP_MS = 10000;

/** The sentence to show for a failed hub call: the server's HubException message, without the client's prefix. */
export function userMessage(error, fallback) {
  const message = String(error?.message ?? "");
  const marker = "HubException: ";
  const at = message.indexOf(marker);
  if (at >= 0) return message.slice(at + marker.length);
  return fallback;
}

export class RoomConnection {
  /** @param {number} after the last sequence the page already shows (the server's first view): the first Join starts there. */
  constructor(chatId, handlers, after = 0) {
    this.chatId = chatId;
    this.handlers = handlers;
    this.lastSequence = after;
    this.ahead = new Set();
    this.joined = false;
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl("/hubs/chat")
      .withAutomaticReconnect({
        nextRetryDelayInMilliseconds: (context) =>
          Math.min(RETRY_CAP_MS, 500 * 2 ** context.previousRetryCount) + Math.floor(Math.random() * 300),
      })
      .configureLogging(signalR.LogLevel.Warning)
      .build();

    const c = this.connection;
    c.on("PostAdded", (post) => { if (post.chatId === chatId) { this.#seen(post); handlers.postAdded(post); } });
    c.on("PostChanged", (post) => { if (post.chatId === chatId) handlers.postChanged(post); });
    c.on("PostRemoved", (id, postId) => { if (id === chatId) handlers.postRemoved(postId); });
    c.on("ChatChanged", (chat) => { if (chat.id === chatId) handlers.chatChanged(chat); });
    c.on("OnlineChanged", (id, count) => { if (id === chatId) handlers.online(count); });
    c.on("PollChanged", (poll) => { if (poll.chatId === chatId) handlers.pollChanged?.(poll); });
    c.on("PostHeld", (post) => { if (post.chatId === chatId) handlers.postHeld?.(post); });
    c.on("ReportsChanged", (id) => { if (id === chatId) handlers.reportsChanged?.(); });
    c.on("SuggestionChanged", (s) => { if (s.chatId === chatId) handlers.suggestionChanged?.(s); });
    c.onreconnecting(() => handlers.state("reconnecting"));
    c.onreconnected(() => this.#join(true));
    c.onclose(() => { handlers.state("disconnected"); this.#startLater(); });
  }

  async start() {
    this.handlers.state("connecting");
    try {
      await this.connection.start();
      await this.#join(this.joined);
    } catch {
      this.handlers.state("disconnected");
      this.#startLater();
    }
  }

  /** Calls a hub method; a refusal rejects with an Error whose message is the sentence to show. */
  async invoke(method, ...args) {
    try {
      return await this.connection.invoke(method, ...args);
    } catch (error) {
      throw new Error(userMessage(error, this.handlers.failureText?.() ?? "Something went wrong."));
    }
  }

  /**
   * Live posts can arrive out of sequence order (posts committed together are broadcast by each sender, several
   * instances broadcast on their own): 4 may come before 2 and 3. The catch-up position only moves over an unbroken
   * run, so a connection dropped between them asks again for 2 and 3 (decision 78).
   */
  #seen(post) {
    // A held post (rule 20) has no sequence yet: nothing to catch up from.
    if (post.sequence === null || post.sequence <= this.lastSequence) return;
    this.ahead.add(post.sequence);
    this.#advance();
  }

  /** A Join page holds every post this person may see up to its last one (hidden ones are gaps that stay gaps). */
  #caughtUpTo(sequence) {
    if (sequence > this.lastSequence) this.lastSequence = sequence;
    for (const s of this.ahead) if (s <= this.lastSequence) this.ahead.delete(s);
    this.#advance();
  }

  #advance() {
    while (this.ahead.delete(this.lastSequence + 1)) this.lastSequence += 1;
  }

  async #join(isCatchUp) {
    let result = await this.connection.invoke("Join", this.chatId, this.lastSequence);
    const posts = [...result.posts];
    const hidden = [...result.hidden];
    this.#caughtUpTo(result.posts.at(-1)?.sequence ?? 0);
    // A long chat arrives a page at a time: join again after the page's last post (not after live events that may
    // have arrived meanwhile) until nothing more is waiting.
    while (result.more) {
      const after = result.posts.length ? result.posts[result.posts.length - 1].sequence : this.lastSequence;
      result = await this.connection.invoke("Join", this.chatId, after);
      this.#caughtUpTo(result.posts.at(-1)?.sequence ?? 0);
      posts.push(...result.posts);
      hidden.push(...result.hidden);
    }
    this.joined = true;
    this.handlers.joined({ ...result, posts, hidden }, isCatchUp);
    this.handlers.state("connected");
  }

  #startLater() {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.start(), 3000 + Math.floor(Math.random() * 1000));
  }
}
