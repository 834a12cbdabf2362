using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CommunityChat.LoadTests;

/// <summary>
/// The stack's limit, for ratios (issue 8): a SignalR hub with the room's two calls and nothing else — no database, no
/// rules, no authentication — sending a post of the same shape as the app's to one group. Run as its own process
/// (`bare-hub --urls …`) under the same GC settings as the app, and measured by the same scenarios.
/// </summary>
internal static class BareHub
{
    public static async Task RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.MapHub<RoomHub>("/hubs/chat");
        app.MapGet("/api/communities", () => Results.Ok(Array.Empty<object>()));
        await app.RunAsync();
    }

    internal sealed class RoomHub : Hub
    {
        private static readonly ConcurrentDictionary<int, long> Sequences = new();

        public async Task<object> Join(int chatId, long after)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, $"chat-{chatId}");
            return new { chatId, posts = Array.Empty<object>() };
        }

        public async Task<object> Send(int chatId, string text, int? questionNumber, long? replyToId)
        {
            var sequence = Sequences.AddOrUpdate(chatId, 1, (_, last) => last + 1);
            var post = new
            {
                id = sequence,
                chatId,
                sequence,
                kind = "answer",
                label = $"A{questionNumber}",
                questionNumber,
                part = (string?)null,
                replyToId,
                author = new { handle = "load", displayName = "Load", role = "participant" },
                text,
                html = "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>",
                createdAt = DateTime.UtcNow,
                likes = 0,
                highlighted = false,
                hidden = false,
            };
            await Clients.Group($"chat-{chatId}").SendAsync("PostAdded", post);
            return post;
        }
    }
}
