using CommunityChat.Core.Transcripts;
using static CommunityChat.Core.Tests.Transcripts.Sample;

namespace CommunityChat.Core.Tests.Transcripts;

public class TranscriptStatsTests
{
    private static Transcript Chat() => TranscriptBuilder.Build(
        [Asked(1, "Why?"), Asked(2, "How?")],
        [
            Question(1, 1, "Why?"),
            Answer(2, Guest, 1, "Because."),
            Answer(3, Ann, 1, "Also because."),
            Reply(4, Bob, 3, "Agreed."),
            Answer(5, Ann, 1, "More.", part: 'b'),
            Question(6, 2, "How?"),
            Answer(7, Guest, 2, "Slowly."),
            Comment(9, Bob, "Thanks all"),
        ]);

    [Fact]
    public void Participants_and_posts_are_counted_without_the_host_asking()
    {
        var stats = TranscriptStats.From(Chat(), Start);

        Assert.Equal(3, stats.Participants);
        Assert.Equal(8, stats.Posts);
    }

    [Fact]
    public void Answers_per_question_count_guest_and_other_answers_but_not_replies()
    {
        var stats = TranscriptStats.From(Chat(), Start);

        Assert.Equal([(1, 3), (2, 1)], stats.AnswersPerQuestion);
    }

    [Fact]
    public void Posts_per_minute_counts_each_minute_from_the_start_including_quiet_ones()
    {
        var stats = TranscriptStats.From(Chat(), Start);

        // Sample posts land at minute == sequence; minute 0 and minute 8 are quiet.
        Assert.Equal(1, stats.MinutesPerBar);
        Assert.Equal([0, 1, 1, 1, 1, 1, 1, 1, 0, 1], stats.PostsPerBar);
    }

    [Fact]
    public void A_long_chat_is_charted_in_bars_of_several_minutes()
    {
        var transcript = TranscriptBuilder.Build([], [Comment(1, Ann, "start"), Comment(300, Bob, "five hours later")]);

        var stats = TranscriptStats.From(transcript, Start);

        Assert.Equal(3, stats.MinutesPerBar);
        Assert.True(stats.PostsPerBar.Count <= TranscriptStats.MaxBars);
        Assert.Equal(2, stats.PostsPerBar.Sum());
    }

    [Fact]
    public void Top_contributors_are_ranked_by_posts_then_handle()
    {
        var stats = TranscriptStats.From(Chat(), Start);

        Assert.Equal(["ann", "bob", "gene"], stats.TopContributors.Select(c => c.Author.Handle));
        Assert.Equal([2, 2, 2], stats.TopContributors.Select(c => c.Posts));
    }

    [Fact]
    public void An_empty_transcript_has_no_bars_and_no_contributors()
    {
        var stats = TranscriptStats.From(TranscriptBuilder.Build([], []), null);

        Assert.Empty(stats.PostsPerBar);
        Assert.Empty(stats.TopContributors);
        Assert.Equal(0, stats.Posts);
    }
}
