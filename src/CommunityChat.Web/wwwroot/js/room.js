// The live room page: /c/{community}/{chat}.
import { openRoom, readConfig } from "./room-core.js";

const config = readConfig();
openRoom(config, {
  chatChanged: (chat) => {
    // When the chat ends, the same address becomes the transcript; the reader is told, not moved.
    if (chat.status === "ended") document.getElementById("ended-notice").hidden = false;
  },
});
