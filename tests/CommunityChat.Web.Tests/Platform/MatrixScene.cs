using System.Text;
using System.Text.RegularExpressions;

namespace CommunityChat.Web.Tests.Platform;

/// <summary>
/// A fresh live chat (its guest gene, Q1 and Q2 asked) and, made when a row first needs them, the things a row acts
/// on: the participant's answer, a held post, a poll, a suggestion, a report, a scheduled chat, an ended chat with a
/// published recap, a pending claim, a token. Each allowed call gets a scene of its own, so none depends on another.
/// </summary>
public sealed partial class MatrixScene(MatrixWorld world, int chatId)
{
    private readonly Dictionary<string, string> _made = [];

    public int ChatId { get; } = chatId;

    public int N { get; } = world.Next();

    public static async Task<MatrixScene> CreateAsync(MatrixWorld world)
    {
        var chat = await PlanAsync(world);
        await Http.ExpectAsync(await world.Moderator.Http.PostAsync($"api/chats/{chat}/start", null), HttpStatusCode.OK);
        foreach (var n in new[] { 1, 2 })
        {
            await Http.ExpectAsync(await world.Moderator.Http.PostAsync($"api/chats/{chat}/questions/{n}/ask", null), HttpStatusCode.Created);
        }

        return new MatrixScene(world, chat);
    }

    /// <summary>Replaces each {placeholder} the scene knows by its value, making what it names first.</summary>
    public async Task<string> FillAsync(string template)
    {
        var result = new StringBuilder();
        var at = 0;
        foreach (Match match in Placeholder().Matches(template))
        {
            result.Append(template, at, match.Index - at).Append(await ValueAsync(match.Groups[1].Value));
            at = match.Index + match.Length;
        }

        return result.Append(template, at, template.Length - at).ToString();
    }

    public async Task<long> IdAsync(string name) => long.Parse(await ValueAsync(name), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> ValueAsync(string name)
    {
        if (!_made.TryGetValue(name, out var value))
        {
            value = await MakeAsync(name);
            _made[name] = value;
        }

        return value;
    }

    private async Task<string> MakeAsync(string name)
    {
        var moderator = world.Moderator.Http;
        var participant = world.People[Role.Participant].Http;
        var bystander = world.Bystander.Http;
        switch (name)
        {
            case "chat": return $"{ChatId}";
            case "n": return $"{N}";
            case "community": return MatrixWorld.Community;
            case "password": return TestApp.Password;
            case "post":
                return $"{(await Http.ReadAsync<PostView>(await participant.PostAsJsonAsync($"api/chats/{ChatId}/posts", new { text = $"A1 The participant's answer {N}" }), HttpStatusCode.Created)).Id}";
            case "bystanderPost":
                return $"{(await Http.ReadAsync<PostView>(await bystander.PostAsJsonAsync($"api/chats/{ChatId}/posts", new { text = $"A1 The bystander's answer {N}" }), HttpStatusCode.Created)).Id}";
            case "held":
                await Http.ExpectAsync(await moderator.PutAsJsonAsync($"api/chats/{ChatId}/settings", new { premoderation = true }), HttpStatusCode.OK);
                var held = await Http.ReadAsync<PostView>(await bystander.PostAsJsonAsync($"api/chats/{ChatId}/posts", new { text = $"A1 Held for a moderator {N}" }), HttpStatusCode.Created);
                await Http.ExpectAsync(await moderator.PutAsJsonAsync($"api/chats/{ChatId}/settings", new { premoderation = false }), HttpStatusCode.OK);
                return $"{held.Id}";
            case "poll":
                return (await Http.ReadAsync<JsonElement>(await moderator.PostAsJsonAsync($"api/chats/{ChatId}/polls", new { question = "Which?", options = new[] { "This", "That" }, seconds = 300 }), HttpStatusCode.Created)).GetProperty("id").ToString();
            case "suggestion":
                return (await Http.ReadAsync<JsonElement>(await bystander.PostAsJsonAsync($"api/chats/{ChatId}/suggestions", new { text = $"What would you ask {N}?" }), HttpStatusCode.Created)).GetProperty("id").ToString();
            case "report":
                // Banning from a report bans the post's author: someone of this scene alone.
                var author = await world.App.SignUpAsync($"author{N}");
                await Http.ExpectAsync(await author.Http.PostAsync($"api/communities/{MatrixWorld.Community}/agreement", null), HttpStatusCode.NoContent);
                var reported = (await Http.ReadAsync<PostView>(await author.Http.PostAsJsonAsync($"api/chats/{ChatId}/posts", new { text = $"A1 Reported {N}" }), HttpStatusCode.Created)).Id;
                return (await Http.ReadAsync<JsonElement>(await bystander.PostAsJsonAsync($"api/posts/{reported}/reports", new { reason = "spam" }), HttpStatusCode.Created)).GetProperty("id").ToString();
            case "scheduled":
                return $"{await PlanAsync(world)}";
            case "recap":
                var ended = await PlanAsync(world);
                await Http.ExpectAsync(await moderator.PostAsync($"api/chats/{ended}/start", null), HttpStatusCode.OK);
                await Http.ExpectAsync(await moderator.PostAsync($"api/chats/{ended}/end", null), HttpStatusCode.OK);
                await Http.ExpectAsync(await moderator.PutAsJsonAsync($"api/chats/{ended}/recap", new { markdown = "# Recap", publish = true }), HttpStatusCode.OK);
                return $"{ended}";
            case "claimable":
                var handle = $"ana{N}";
                var text = $"A1: Listening before talking {N}. #TagSmarter\n— Ana Lima (@{handle}) June 6, 2019\n";
                await Http.ExpectAsync(await moderator.PostAsync($"api/communities/{MatrixWorld.Community}/imports?title=Imported{N}", new StringContent(text, Encoding.UTF8, "text/plain")), HttpStatusCode.Created);
                return handle;
            case "claim":
                var claimed = await ValueAsync("claimable");
                return (await Http.ReadAsync<JsonElement>(await bystander.PostAsJsonAsync("api/claims", new { handle = claimed }), HttpStatusCode.Created)).GetProperty("id").ToString();
            case "token":
                await Http.ExpectAsync(await participant.PostAsJsonAsync("api/tokens", new { handle = "pat", password = TestApp.Password, name = $"matrix {N}" }), HttpStatusCode.Created);
                var tokens = await Http.ReadAsync<JsonElement>(await participant.GetAsync("api/tokens"), HttpStatusCode.OK);
                return tokens.EnumerateArray().Single(t => t.GetProperty("name").GetString() == $"matrix {N}").GetProperty("id").ToString();
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "No such placeholder");
        }
    }

    private static async Task<int> PlanAsync(MatrixWorld world) =>
        (await Http.ReadAsync<ChatView>(await world.Moderator.Http.PostAsJsonAsync($"api/communities/{MatrixWorld.Community}/chats", new
        {
            title = $"Matrix chat {world.Next()}",
            topic = "Authorisation",
            format = "3 questions",
            scheduledStart = DateTimeOffset.UtcNow,
            durationMinutes = 60,
            guests = new[] { "gene" },
            questions = new object[]
            {
                new { number = 1, text = "First question" },
                new { number = 2, text = "Second question" },
                new { number = 3, text = "Third question, secret" },
            },
        }), HttpStatusCode.Created)).Id;

    [GeneratedRegex(@"\{([a-zA-Z]+)\}")]
    private static partial Regex Placeholder();
}
