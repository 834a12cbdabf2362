using System.Globalization;

namespace CommunityChat.Web.Features.Participants;

/// <summary>One chat in the people chart: its date (short, for under the bar; long, for the description), participants and returning rate.</summary>
public sealed record ChartBar(string Label, string Day, int Participants, double ReturningRate)
{
    /// <summary>The chart's bars from the last chats, each labelled with its day in the community's zone and the reader's language ("Dec 2", "2 déc.", "12月2日").</summary>
    public static IReadOnlyList<ChartBar> From(PeopleReport report, CultureInfo culture, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(culture);
        var shortPattern = culture.DateTimeFormat.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal);
        return [.. report.Figures.Chats.Select(c =>
        {
            var when = TimeZoneInfo.ConvertTimeFromUtc(report.Chats[c.Id].When, zone);
            return new ChartBar(c.Title + " (" + when.ToString("d", culture) + ")", when.ToString(shortPattern, culture), c.Participants, c.ReturningRate);
        })];
    }
}
