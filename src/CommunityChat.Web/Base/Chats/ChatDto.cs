using CommunityChat.Web.Data;

namespace CommunityChat.Web.Base.Chats;

/// <summary>
/// A chat as the API and the hub show it (SPEC section 4). <see cref="Questions"/> holds only asked ones for
/// non-moderators; <see cref="PlanVersion"/> (what a change to the plan is made from, rule 27) is for moderators only.
/// <see cref="Premoderation"/> is public: participants are told their posts wait for a moderator (rule 20).
/// <see cref="NextQuestionAt"/> is when autopilot asks the next question (rule 23): a time, never which question.
/// </summary>
public sealed record ChatDto(
    int Id,
    string CommunitySlug,
    string Slug,
    string Url,
    string Title,
    string Topic,
    string Format,
    string Hashtag,
    ChatStatus Status,
    DateTime ScheduledStart,
    int DurationMinutes,
    DateTime? StartedAt,
    DateTime? EndedAt,
    IReadOnlyList<GuestDto> Guests,
    IReadOnlyList<QuestionDto> Questions,
    bool Autopilot,
    int SlowModeSeconds,
    bool Locked,
    int MaxPostLength,
    string? RecapUrl,
    int? PlanVersion = null,
    string CommunityName = "",
    bool Premoderation = false,
    DateTime? NextQuestionAt = null);

/// <summary>A guest; <see cref="Bio"/> is their short bio (SPEC rule 25), null when they have none.</summary>
public sealed record GuestDto(string Handle, string DisplayName, string? Bio = null);

public sealed record QuestionDto(int Number, string Text, int? OffsetMinutes, DateTime? AskedAt);
