namespace CommunityChat.Web.Features.Chats;

public sealed record PlanChatRequest(
    string? Title,
    string? Topic,
    string? Format,
    string? Hashtag,
    DateTimeOffset? ScheduledStart,
    int? DurationMinutes,
    IReadOnlyList<string>? Guests,
    IReadOnlyList<PlannedQuestion>? Questions,
    bool? Autopilot,
    bool? Draft);

public sealed record PlannedQuestion(int Number, string? Text, int? OffsetMinutes);

public sealed record ChatSettingsRequest(int? SlowModeSeconds, bool? Locked, bool? Autopilot);
