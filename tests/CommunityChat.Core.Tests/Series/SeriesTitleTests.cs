using CommunityChat.Core.Series;

namespace CommunityChat.Core.Tests.Series;

public class SeriesTitleTests
{
    [Theory]
    [InlineData("#TwitterSmarter chat 41", "#TwitterSmarter chat 42")]
    [InlineData("Episode 12", "Episode 13")]
    [InlineData("Episode 12: leadership", "Episode 13: leadership")]
    [InlineData("Chat #99", "Chat #100")]
    [InlineData("Episode 09", "Episode 10")]
    [InlineData("Episode 009 (rerun)", "Episode 010 (rerun)")]
    [InlineData("41", "42")]
    [InlineData("Chat 7 of 2026", "Chat 8 of 2026")]
    [InlineData("Web3 chat 5", "Web3 chat 6")]
    [InlineData("第12期 社区聊天", "第13期 社区聊天")]
    [InlineData("Épisode 3 — la suite", "Épisode 4 — la suite")]
    public void The_last_number_standing_on_its_own_goes_up_by_one(string title, string next) =>
        Assert.Equal(next, SeriesTitle.Next(title));

    [Theory]
    [InlineData("Leadership in social media communities")]
    [InlineData("Web3 and the community")]
    [InlineData("Q3 planning")]
    [InlineData("Release v1.5 review")]
    [InlineData("Year-end 2026")]
    [InlineData("")]
    public void A_title_without_a_series_number_stays(string title) =>
        Assert.Equal(title, SeriesTitle.Next(title));
}
