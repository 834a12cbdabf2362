namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// A plan: the body of POST /api/communities/{slug}/chats and of PUT /api/chats/{id} (SPEC rule 27), where every field
/// is optional (absent: unchanged), <see cref="Questions"/> is the whole planned list, and <see cref="PlanVersion"/>
/// (or an If-Match header) is the version the change was made from.
/// </summary>
public sealed record PlanChatRequest(
    string? Title,
    string? Topic,
    string? Format,
    string? Hashtag,
    DateTimeOffset? ScheduledStart,
    int? DurationMinutes,
    IReadOnlyList<string?>? Guests,
    IReadOnlyList<PlannedQuestion?>? Questions,
    bool? Autopilot,
    bool? Draft,
    int? PlanVersion = null);

public sealed record PlannedQuestion(int Number, string? Text, int? OffsetMinutes);

public sealed record ChatSettingsRequest(int? SlowModeSeconds, bool? Locked, bool? Autopilot, bool? Premoderation = null);
