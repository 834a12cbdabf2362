namespace CommunityChat.Web.Features.Chats;

/// <summary>
/// <c>CommunityChat:Schedule</c>: how often the schedule runs, and how long the instance that runs it keeps the lease
/// without renewing it: when that instance dies, another takes over after at most <see cref="LeaseSeconds"/>.
/// </summary>
public sealed class ChatScheduleOptions
{
    public const string Section = "CommunityChat:Schedule";

    public double TickSeconds { get; set; } = 2;

    public double LeaseSeconds { get; set; } = 10;

    public TimeSpan Tick => TimeSpan.FromSeconds(TickSeconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>The holder renews at every tick, so a lease shorter than two ticks could lapse between them.</summary>
    public bool IsValid => TickSeconds is > 0 and <= 3600 && LeaseSeconds >= 2 * TickSeconds;
}
