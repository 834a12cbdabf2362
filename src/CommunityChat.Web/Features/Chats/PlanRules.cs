using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// What a plan may hold: the one validation path for planning a chat and for changing its plan (SPEC rules 2, 27).
/// Each check returns the stored form of the value or refuses with the sentence to show.
/// </summary>
public sealed class PlanRules(People people, TimeProvider clock, IStringLocalizer<SharedResource> t)
{
    public const int MaxQuestions = 50;

    public const int DefaultDurationMinutes = 60;

    public string Title(string? title)
    {
        var trimmed = (title ?? "").Trim();
        return trimmed.Length is 0 or > 200 ? throw Refusal.BadRequest(t["A chat's title is 1 to 200 characters."]) : trimmed;
    }

    /// <summary>Empty means the community's own hashtag (SPEC rule 14).</summary>
    public string Hashtag(string? hashtag, string communityHashtag)
    {
        var clean = string.IsNullOrWhiteSpace(hashtag) ? communityHashtag : HashtagName.Clean(hashtag);
        return HashtagName.IsValid(clean)
            ? clean
            : throw Refusal.BadRequest(t["A hashtag starts with a letter and holds only letters, digits or underscores."]);
    }

    public DateTime Start(DateTimeOffset? start)
    {
        if (start is not { } value)
        {
            throw Refusal.BadRequest(t["Give the chat a start time."]);
        }

        var now = clock.GetUtcNow();
        return value < now.AddYears(-1) || value > now.AddYears(5)
            ? throw Refusal.BadRequest(t["A chat starts within a year before and five years after today."])
            : value.UtcDateTime;
    }

    public int Duration(int? minutes)
    {
        var duration = minutes ?? DefaultDurationMinutes;
        return duration is < 5 or > 600 ? throw Refusal.BadRequest(t["A chat lasts 5 to 600 minutes."]) : duration;
    }

    /// <summary>
    /// The planned questions as rows to store: numbers 1–99 once each, a text, an offset inside the chat. A draft may
    /// hold questions without a text yet (SPEC rule 25: the next one of a series keeps the numbers and minutes); a
    /// scheduled or live chat may not, see <see cref="RequireTexts"/>.
    /// </summary>
    public List<Question> Questions(IReadOnlyList<PlannedQuestion?> planned, int duration, int maxPostLength, bool draft = false)
    {
        if (planned.Count > MaxQuestions)
        {
            throw Refusal.BadRequest(t["A chat has at most {0} questions.", MaxQuestions]);
        }

        var maxLength = Math.Max(maxPostLength, 500);
        var questions = new List<Question>();
        foreach (var question in planned)
        {
            if (question is null)
            {
                throw Refusal.BadRequest(t["Each question needs a number and a text."]);
            }

            var text = (question.Text ?? "").Trim();
            if (question.Number is < 1 or > 99)
            {
                throw Refusal.BadRequest(t["Question numbers run from 1 to 99."]);
            }

            if (questions.Any(q => q.Number == question.Number))
            {
                throw Refusal.BadRequest(t["Q{0} is planned twice.", question.Number]);
            }

            if ((text.Length == 0 && !draft) || text.Length > maxLength)
            {
                throw Refusal.BadRequest(t["Q{0} needs a text of 1 to {1} characters.", question.Number, maxLength]);
            }

            if (question.OffsetMinutes is < 0 || question.OffsetMinutes > duration)
            {
                throw Refusal.BadRequest(t["Q{0} is timed outside the chat: use 0 to {1} minutes.", question.Number, duration]);
            }

            questions.Add(new Question { Number = question.Number, Text = text, OffsetMinutes = question.OffsetMinutes });
        }

        return questions;
    }

    /// <summary>
    /// Scheduling a chat (<paramref name="starting"/>: starting it) needs every question written: the first one without
    /// a text is named.
    /// </summary>
    public void RequireTexts(IEnumerable<Question> questions, bool starting = false)
    {
        if (questions.Where(q => string.IsNullOrWhiteSpace(q.Text)).OrderBy(q => q.Number).FirstOrDefault() is { } empty)
        {
            throw Refusal.BadRequest(starting
                ? t["Q{0} has no text yet. Write it or remove it before starting the chat.", empty.Number]
                : t["Q{0} has no text yet. Write it or remove it before scheduling the chat.", empty.Number]);
        }
    }

    /// <summary>The guests' account ids, each once; an unknown handle is refused by name.</summary>
    public async Task<List<int>> GuestsAsync(IReadOnlyList<string?> handles)
    {
        var ids = new List<int>();
        foreach (var handle in handles.Select(Handle.Clean).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var guest = await people.TryFindAsync(handle)
                ?? throw Refusal.BadRequest(t["There is no account @{0} to invite as a guest.", handle]);
            if (!ids.Contains(guest.Id))
            {
                ids.Add(guest.Id);
            }
        }

        return ids;
    }

    /// <summary>A card line: trimmed and cut to its column's length.</summary>
    public static string Limit(string? text, int max = 500)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
