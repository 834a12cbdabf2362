namespace CommunityChat.Web.Tests.Chats;

/// <summary>A chat with the fields a plan change touches, as the API shows it (planVersion only to moderators).</summary>
public sealed record PlanView(
    int Id, string Title, string Topic, string Format, string Hashtag, string Status, DateTime ScheduledStart, int DurationMinutes,
    IReadOnlyList<GuestView> Guests, IReadOnlyList<QuestionView> Questions, bool Autopilot, int? PlanVersion);

public static class PlanApi
{
    public static Task<HttpResponseMessage> PutPlanAsync(this Person person, int chatId, object body, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/chats/{chatId}") { Content = JsonContent.Create(body, options: Http.Json) };
        if (ifMatch is { } version)
        {
            request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        }

        return person.Http.SendAsync(request);
    }

    public static async Task<PlanView> ChangePlanAsync(this Person person, int chatId, object body) =>
        await Http.ReadAsync<PlanView>(await person.PutPlanAsync(chatId, body), HttpStatusCode.OK);

    public static async Task<PlanView> PlanAsync(this HttpClient http, int chatId) =>
        await Http.ReadAsync<PlanView>(await http.GetAsync($"api/chats/{chatId}"), HttpStatusCode.OK);

    /// <summary>A draft next week in the cast's community, planned by its moderator.</summary>
    public static async Task<PlanView> CreateDraftAsync(this Cast cast, string title) =>
        await Http.ReadAsync<PlanView>(await cast.Moderator.Http.PostAsJsonAsync($"api/communities/{Cast.Community}/chats", new
        {
            title,
            scheduledStart = DateTimeOffset.UtcNow.AddDays(7),
            draft = true,
        }), HttpStatusCode.Created);

    public static object Questions(params (int Number, string Text)[] questions) =>
        questions.Select(q => new { number = q.Number, text = q.Text, offsetMinutes = (int?)null }).ToArray();
}
