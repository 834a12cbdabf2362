// The room's SignalR connection: joins, reconnects for ever with back-off, and catches up from the last sequence
// it has seen (SPEC rule 7), so a dropped connection loses nothing.
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

  #seen(post) {
    // A held post (rule 20) has no sequence yet: nothing to catch up from.
    if (post.sequence !== null && post.sequence > this.lastSequence) this.lastSequence = post.sequence;
  }

  async #join(isCatchUp) {
    let result = await this.connection.invoke("Join", this.chatId, this.lastSequence);
    const posts = [...result.posts];
    const hidden = [...result.hidden];
    for (const post of result.posts) this.#seen(post);
    // A long chat arrives a page at a time: join again after the page's last post (not after live events that may
    // have arrived meanwhile) until nothing more is waiting.
    while (result.more) {
      const after = result.posts.length ? result.posts[result.posts.length - 1].sequence : this.lastSequence;
      result = await this.connection.invoke("Join", this.chatId, after);
      for (const post of result.posts) this.#seen(post);
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
