using Microsoft.Playwright;

namespace CommunityChat.Browser.Tests;

/// <summary>
/// SPEC rule 7 in the room's own script (wwwroot/js/connection.js), in Chromium over a stand-in for the SignalR client:
/// live posts can arrive out of sequence order (posts committed together are broadcast by each sender; the chaos test,
/// CommunityChat.Web.Tests' ChaosReconnectionTests, sees it in most bursts), so a reconnect must join again after the
/// last sequence with nothing missing before it, not after the highest one seen.
/// </summary>
public sealed class CatchUpTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_reconnect_after_post_4_came_before_2_and_3_asks_again_for_everything_after_1()
    {
        var page = await app.OpenAnonymouslyAsync("/");

        var joins = await page.EvaluateAsync<long[]>("""
            async () => {
              const joins = [];
              const on = {};
              window.signalR = {
                LogLevel: { Warning: 3 },
                HubConnectionBuilder: class {
                  withUrl() { return this; }
                  withAutomaticReconnect() { return this; }
                  configureLogging() { return this; }
                  build() {
                    return {
                      on: (name, handler) => { on[name] = handler; },
                      onreconnecting: () => {},
                      onreconnected: (handler) => { on.reconnected = handler; },
                      onclose: () => {},
                      start: async () => {},
                      invoke: async (method, chatId, after) => {
                        joins.push(after);
                        return { posts: [], hidden: [], more: false, questions: [] };
                      },
                    };
                  }
                },
              };
              const { RoomConnection } = await import("/js/connection.js");
              const nothing = () => {};
              const room = new RoomConnection(7, { joined: nothing, state: nothing, postAdded: nothing }, 1);
              await room.start();
              on.PostAdded({ chatId: 7, sequence: 4 });
              on.PostAdded({ chatId: 7, sequence: 2 });
              await on.reconnected();
              on.PostAdded({ chatId: 7, sequence: 3 });
              await on.reconnected();
              return joins;
            }
            """);

        // First Join after the page's last post (1); after 4 and 2 arrived, 3 is missing: join after 2; once 3 came, after 4.
        Assert.Equal([1L, 2L, 4L], joins);
    }
}
