using System.Globalization;
using CommunityChat.Web.Base.Access;
using CommunityChat.Web.Base.Chats;
using CommunityChat.Web.Base.Communities;
using CommunityChat.Web.Data;
using CommunityChat.Web.Infrastructure;
using CommunityChat.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CommunityChat.Web.Features.Chats;

/// <summary>Planning a chat: its card, schedule, guests and numbered questions.</summary>
public sealed class ChatPlanning(
    AppDbContext db,
    Permissions permissions,
    People people,
    CommunityReader communities,
    ChatReader chats,
    AuditLog audit,
    ChatSlugs slugs,
    TimeProvider clock,
    IStringLocalizer<SharedResource> t)
{
    public const int MaxQuestions = 50;

    public async Task<ChatDto> CreateAsync(int? userId, string communitySlug, PlanChatRequest request)
    {
        var community = await communities.FindAsync(communitySlug);
        var hostId = await permissions.RequireModeratorAsync(userId, community.Id);

        var title = (request.Title ?? "").Trim();
        if (title.Length is 0 or > 200)
        {
            throw Refusal.BadRequest(t["A chat's title is 1 to 200 characters."]);
        }

        var hashtag = string.IsNullOrWhiteSpace(request.Hashtag) ? community.Hashtag : HashtagName.Clean(request.Hashtag);
        if (!HashtagName.IsValid(hashtag))
        {
            throw Refusal.BadRequest(t["A hashtag starts with a letter and holds only letters, digits or underscores."]);
        }

        if (request.ScheduledStart is not { } start)
        {
            throw Refusal.BadRequest(t["Give the chat a start time."]);
        }

        var now = clock.GetUtcNow();
        if (start < now.AddYears(-1) || start > now.AddYears(5))
        {
            throw Refusal.BadRequest(t["A chat starts within a year before and five years after today."]);
        }

        var duration = request.DurationMinutes ?? 60;
        if (duration is < 5 or > 600)
        {
            throw Refusal.BadRequest(t["A chat lasts 5 to 600 minutes."]);
        }

        var chat = new Chat
        {
            CommunityId = community.Id,
            Slug = await slugs.UniqueAsync(community.Id, title, start),
            Title = title,
            Topic = Limit(request.Topic, 500),
            Format = Limit(request.Format, 500),
            Hashtag = hashtag,
            Status = request.Draft == true ? ChatStatus.Draft : ChatStatus.Scheduled,
            ScheduledStart = start.UtcDateTime,
            DurationMinutes = duration,
            Autopilot = request.Autopilot ?? false,
            HostId = hostId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            Questions = ValidateQuestions(request.Questions ?? [], duration, community.MaxPostLength),
        };
        foreach (var guestId in await FindGuestsAsync(request.Guests ?? []))
        {
            chat.Guests.Add(new ChatGuest { UserId = guestId });
        }

        db.Chats.Add(chat);
        audit.Record(community.Id, null, hostId, "chat.planned", chat.Slug);
        await db.SaveChangesAsync();
        return await chats.GetAsync(chat.Id, hostId);
    }

    private List<Question> ValidateQuestions(IReadOnlyList<PlannedQuestion> planned, int duration, int maxLength)
    {
        if (planned.Count > MaxQuestions)
        {
            throw Refusal.BadRequest(t["A chat has at most {0} questions.", MaxQuestions]);
        }

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

            if (text.Length == 0 || text.Length > Math.Max(maxLength, 500))
            {
                throw Refusal.BadRequest(t["Q{0} needs a text of 1 to {1} characters.", question.Number, Math.Max(maxLength, 500)]);
            }

            if (question.OffsetMinutes is < 0 || question.OffsetMinutes > duration)
            {
                throw Refusal.BadRequest(t["Q{0} is timed outside the chat: use 0 to {1} minutes.", question.Number, duration]);
            }

            questions.Add(new Question { Number = question.Number, Text = text, OffsetMinutes = question.OffsetMinutes });
        }

        return questions;
    }

    private async Task<List<int>> FindGuestsAsync(IReadOnlyList<string> handles)
    {
        var ids = new List<int>();
        foreach (var handle in handles.Select(Handle.Clean).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var guest = await people.TryFindAsync(handle)
                ?? throw Refusal.BadRequest(t["There is no account @{0} to invite as a guest.", handle]);
            ids.Add(guest.Id);
        }

        return ids;
    }

    private static string Limit(string? text, int max)
    {
        var trimmed = (text ?? "").Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..max];
    }
}
