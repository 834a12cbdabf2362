using System.Text;
using Microsoft.Extensions.Logging;

namespace CommunityChat.Web.Tests.Operations;

/// <summary>
/// Issue 9, operations: at Information level, even with ASP.NET Core's own categories and EF Core's SQL commands raised
/// to Information as an operator does when looking into a problem, no log line holds a post's text, a password or a
/// token.
/// </summary>
public sealed class LogSecrecyTests
{
    private const string PostText = "The walrus plan is pelican seventeen";
    private const string HubPostText = "The hub carries marmoset fortytwo";
    private const string WrongPassword = "not the right horse staple";

    [Fact]
    public async Task Posts_passwords_and_tokens_never_reach_the_logs()
    {
        var logs = new LogCapture();
        await using var app = TestApp.Start(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
            },
            environment: "Production",
            logs: logs);
        var cast = await Cast.CreateAsync(app, start: true);
        var anonymous = app.Anonymous();

        // Sign-ups and token requests (Cast) carry the password; here also a wrong one and a malformed body.
        await Http.ExpectAsync(await anonymous.PostAsJsonAsync("api/tokens", new { handle = "pat", password = WrongPassword, name = "x" }), HttpStatusCode.Unauthorized);
        var created = await anonymous.PostAsJsonAsync("api/tokens", new { handle = "pat", password = TestApp.Password, name = "logs" });
        var token = (await Http.ReadAsync<TokenView>(created, HttpStatusCode.Created)).Token;
        using var malformed = new StringContent($"{{\"text\": \"{PostText}", Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, (await cast.Participant.Http.PostAsync($"api/chats/{cast.ChatId}/posts", malformed)).StatusCode);

        // A post over the API and one over the hub; a browser-style hub request with the token in its address.
        await cast.PostAsync(cast.Participant, PostText);
        await using (var room = await app.ConnectAsync(cast.Participant))
        {
            await room.JoinAsync(cast.ChatId);
            await room.SendAsync(cast.ChatId, HubPostText);
        }

        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsync($"hubs/chat/negotiate?negotiateVersion=1&access_token={Uri.EscapeDataString(token)}", null)).StatusCode);

        var lines = logs.Lines;
        Assert.Contains(lines, line => line.Level == LogLevel.Information && line.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Level == LogLevel.Information && line.Category == "Microsoft.EntityFrameworkCore.Database.Command");
        string[] secrets = [PostText, HubPostText, TestApp.Password, WrongPassword, token, cast.Participant.Token, cast.Admin.Token];
        Assert.Equal([], lines.Where(line => secrets.Any(secret => line.Everything.Contains(secret, StringComparison.Ordinal))).Select(line => $"{line.Category}: {line.Everything}"));
    }
}
